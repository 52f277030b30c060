import postgres from 'postgres';
import type { StatementClient } from './run-statement';

type Connection = StatementClient & { end(): Promise<void> };

/**
 * Sends each statement on the connection with the fewest statements in flight; `connections` pipeline what they are
 * given. Each is a postgres-js client of its own with one connection, rather than one client of several: postgres-js
 * 3.4 keeps its busy connections in an array that is emptied only when a shift drains it, and under a steady load two
 * busy connections never drain it, so the array grew by one entry per statement (24,497 entries after 30,000 GETs)
 * and every statement scanned it (`indexOf`): 4.7 % of the server's time and growing (docs/PERFORMANCE.md). With one
 * connection per client every shift drains it.
 */
export function spreadStatements(connections: StatementClient[]): StatementClient {
  const inFlight = connections.map(() => 0);
  return {
    async unsafe(text, parameters, options) {
      let chosen = 0;
      for (let index = 1; index < connections.length; index += 1) if (inFlight[index] < inFlight[chosen]) chosen = index;
      inFlight[chosen] += 1;
      try {
        return await connections[chosen].unsafe(text, parameters, options);
      } finally {
        inFlight[chosen] -= 1;
      }
    },
  };
}

/** `count` statement connections to `url` with the given session settings, and their end. */
export function openStatementConnections(url: string, count: number, connection: Record<string, string>): { client: StatementClient; end: () => Promise<void> } {
  const connections: Connection[] = Array.from({ length: Math.max(1, count) }, () => postgres(url, { max: 1, onnotice: () => {}, connection }));
  return { client: spreadStatements(connections), end: async () => void (await Promise.all(connections.map((each) => each.end()))) };
}
