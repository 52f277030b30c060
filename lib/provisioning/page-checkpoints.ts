import { MINUTE_MS } from '@/lib/time/durations';

/** A row's place in list order (created_at, id); created_at as PostgreSQL prints it, so no microsecond is lost. */
export type RowKey = { createdAt: string; id: string };

export type Checkpoint = RowKey & { position: number };

const MAX_LISTS = 64;
const MAX_CHECKPOINTS_PER_LIST = 4096;
const TTL_MS = 5 * MINUTE_MS;

type Saved = Checkpoint & { savedAt: number };

/**
 * Where recently served pages ended, per list (a table and a filter), so that a later page starts from the nearest
 * row key and skips only the rows after it, instead of walking OFFSET rows from the start: a client paging through
 * 100,000 users reads page 1,000 at the cost of page 1. Positions count from when the page was served: a client
 * walking the pages while users are deleted before its place sees every remaining user once, where OFFSET would
 * skip as many as were deleted. Kept per process, for minutes; a list it does not know is walked with OFFSET.
 */
export class PageCheckpoints {
  private readonly lists = new Map<string, Map<number, Saved>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The checkpoint at the highest position at or before `position`, if one is fresh. */
  nearest(list: string, position: number): Checkpoint | undefined {
    const saved = this.lists.get(list);
    if (!saved) return undefined;
    const oldest = this.now() - TTL_MS;
    let best: Saved | undefined;
    for (const checkpoint of saved.values()) {
      if (checkpoint.savedAt < oldest) saved.delete(checkpoint.position);
      else if (checkpoint.position <= position && (!best || checkpoint.position > best.position)) best = checkpoint;
    }
    return best && { position: best.position, createdAt: best.createdAt, id: best.id };
  }

  save(list: string, position: number, key: RowKey): void {
    let saved = this.lists.get(list);
    if (saved) this.lists.delete(list);
    saved ??= new Map();
    this.lists.set(list, saved); // the most recently used list last
    if (this.lists.size > MAX_LISTS) this.lists.delete(this.lists.keys().next().value!);
    saved.delete(position);
    saved.set(position, { ...key, position, savedAt: this.now() });
    if (saved.size > MAX_CHECKPOINTS_PER_LIST) saved.delete(saved.keys().next().value!);
  }
}
