import type { CpuSample } from './cpu';

/** Latency and throughput of one benchmark phase. */
export type PhaseResult = {
  phase: string;
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  /** Domain units per second (users, memberships…) where the phase has one. */
  unitsPerSecond?: number;
  unit?: string;
  p50: number;
  p95: number;
  p99: number;
  /** CPU milliseconds per request spent by the server, PostgreSQL and the load generator. */
  cpuPerRequest?: CpuSample;
  firstErrors: string[];
};

let cpuProbe: (() => CpuSample) | undefined;

/** Every phase recorder started after this also measures CPU time through `probe`. */
export function measureCpuWith(probe: (() => CpuSample) | undefined): void {
  cpuProbe = probe;
}

export class PhaseRecorder {
  private readonly latencies: number[] = [];
  private errorCount = 0;
  private readonly errorSamples: string[] = [];
  private readonly startedAt = performance.now();
  private readonly cpuAtStart = cpuProbe?.();

  constructor(readonly phase: string) {}

  record(milliseconds: number, error?: string): void {
    this.latencies.push(milliseconds);
    if (error === undefined) return;
    this.errorCount += 1;
    if (this.errorSamples.length < 5) this.errorSamples.push(error);
  }

  finish(units?: { count: number; unit: string }): PhaseResult {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const cpu = this.cpuAtStart && cpuProbe?.();
    const perRequest = (key: keyof CpuSample) => roundTo(2, (cpu![key] - this.cpuAtStart![key]) / Math.max(1, this.latencies.length));
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const percentile = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
    return {
      phase: this.phase,
      requests: sorted.length,
      errors: this.errorCount,
      seconds: round(seconds),
      requestsPerSecond: round(sorted.length / seconds),
      ...(units ? { unitsPerSecond: round(units.count / seconds), unit: units.unit } : {}),
      p50: round(percentile(50)),
      p95: round(percentile(95)),
      p99: round(percentile(99)),
      ...(cpu ? { cpuPerRequest: { server: perRequest('server'), database: perRequest('database'), client: perRequest('client') } } : {}),
      firstErrors: this.errorSamples,
    };
  }
}

/** CPU per request to two decimals: the figure compared across runs (issue 10's outbox cost is a few hundredths). */
function roundTo(decimals: number, value: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function round(value: number): number {
  return roundTo(1, value);
}

/** Runs `work(i)` for i in [0, total) with `concurrency` workers pulling from one counter. */
export async function runConcurrently(total: number, concurrency: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const index = next++;
      await work(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}

export function formatTable(results: PhaseResult[]): string {
  const header = ['phase', 'requests', 'errors', 'req/s', 'units/s', 'p50 ms', 'p95 ms', 'p99 ms', 'cpu ms/req server+pg+client'];
  const rows = results.map((r) => [
    r.phase,
    String(r.requests),
    String(r.errors),
    String(r.requestsPerSecond),
    r.unitsPerSecond === undefined ? '' : `${r.unitsPerSecond} ${r.unit}`,
    String(r.p50),
    String(r.p95),
    String(r.p99),
    r.cpuPerRequest ? `${r.cpuPerRequest.server} + ${r.cpuPerRequest.database} + ${r.cpuPerRequest.client}` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
