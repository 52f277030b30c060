import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

const REQUEST = 'roster:cluster-metrics-request';
const REPLY = 'roster:cluster-metrics-reply';
const REPLY_TIMEOUT_MS = 6_000;

type Request = { type: typeof REQUEST; id: number };
type Reply = { type: typeof REPLY; id: number; text?: string; error?: string };

/**
 * In the cluster primary: answers a worker's request for the whole cluster's metrics. prom-client's aggregator
 * collects every worker's registry over IPC and adds them up (counters, histograms, queue depths), so a scrape of
 * /metrics, whichever worker it reaches, describes Roster, not one process.
 */
export function answerClusterMetricsRequests(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: Request) => {
    if (message?.type !== REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: REPLY, id: message.id, text } satisfies Reply),
      (error: unknown) => worker.send({ type: REPLY, id: message.id, error: String(error) } satisfies Reply),
    );
  });
}

/** In a worker: lends its registry to the primary's aggregation and returns how to ask the primary for the total. */
export function clusterMetricsText(registry: Registry): () => Promise<string> {
  // Constructing the aggregator installs prom-client's reply to the primary's collection requests.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
  let lastId = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  process.on('message', (message: Reply) => {
    if (message?.type === REPLY) waiting.get(message.id)?.(message);
  });
  return () =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      const timer = setTimeout(() => settle({ type: REPLY, id, error: 'the cluster primary did not answer' }), REPLY_TIMEOUT_MS);
      function settle(reply: Reply): void {
        clearTimeout(timer);
        waiting.delete(id);
        if (reply.text !== undefined) resolve(reply.text);
        else reject(new Error(reply.error));
      }
      waiting.set(id, settle);
      process.send!({ type: REQUEST, id } satisfies Request);
    });
}
