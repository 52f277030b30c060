/** Set by proxy.ts on page requests: the path and query asked for, so a guard can send the user back after login. */
export const REQUEST_PATH_HEADER = 'x-roster-request-path';
