import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False in the server's HTML and until React has hydrated the page, then true. Forms that carry a password stay
 * disabled until then: a form submitted before hydration would be sent by the browser itself, not by our handler.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
