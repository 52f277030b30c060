/** A timestamp column as read through queryRows (a Date from either driver, or an ISO string), or null. */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}
