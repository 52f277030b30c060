/** The one visible keyboard-focus style every interactive primitive shares. */
export const FOCUS_RING =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';
