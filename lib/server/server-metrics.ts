import { sql } from 'drizzle-orm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { queryRows, type Database } from '@/db/database';
import { auditGroupCommitFor } from '@/lib/audit/audit-group-commit';
import { clusterMetricsText } from './cluster-metrics';
import { scimOperationLabel } from './scim-operation-label';

export type ServerMetrics = {
  registry: Registry;
  /** The Prometheus text of /metrics: this process's, or in a cluster worker the whole cluster's. */
  text: () => Promise<string>;
  /** Counts and times one answered SCIM request. */
  observeScim: (method: string, segments: string[], status: number, seconds: number) => void;
};

/** SCIM latencies in seconds: sub-millisecond reads up to the slowest bulk writes. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

/** Connections to this database by state, from PostgreSQL's own view: every instance's pool, as the server sees them. */
async function connectionsByState(db: Database): Promise<{ state: string; count: number }[]> {
  return queryRows<{ state: string; count: number }>(
    db,
    sql`select coalesce(state, 'unknown') as state, count(*)::int as count from pg_stat_activity where datname = current_database() and backend_type = 'client backend' group by 1`,
  );
}

/**
 * The process's Prometheus metrics (prom-client): Node's defaults (CPU, memory, event-loop lag, GC), SCIM requests
 * by operation and status with a latency histogram, the audit group commit's queue, and the database's connections.
 * `database` resolves once the database is open; until then the database gauges stay empty. In a cluster worker
 * (`inCluster`) the text is the sum over all workers, gathered by the primary.
 */
export function createServerMetrics(database: () => Database | undefined, options: { inCluster?: boolean } = {}): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'roster_scim_requests_total',
    help: 'SCIM requests answered, by operation and HTTP status.',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'roster_scim_request_duration_seconds',
    help: 'Time from receiving a SCIM request to handing its answer to the socket, by operation.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  new Gauge({
    name: 'roster_audit_queue_depth',
    help: 'Audit events of reads and refusals waiting for the next group-commit INSERT in this process.',
    registers: [registry],
    collect() {
      const db = database();
      this.set(db ? auditGroupCommitFor(db).waiting : 0);
    },
  });
  new Gauge({
    name: 'roster_database_connections',
    help: "Connections to Roster's database by state (pg_stat_activity: all instances' pools together).",
    labelNames: ['state'] as const,
    registers: [registry],
    // Every worker reads the same view: one worker's reading is the answer, not their sum.
    aggregator: 'first',
    async collect() {
      const db = database();
      if (!db) return;
      this.reset();
      try {
        for (const row of await connectionsByState(db)) this.set({ state: row.state }, Number(row.count));
      } catch {
        // Embedded PGlite has no statistics collector; the gauge stays empty there.
      }
    },
  });

  return {
    registry,
    text: options.inCluster ? clusterMetricsText(registry) : () => registry.metrics(),
    observeScim(method, segments, status, seconds) {
      const operation = scimOperationLabel(method, segments);
      requests.inc({ operation, status: String(status) });
      latency.observe({ operation }, seconds);
    },
  };
}
