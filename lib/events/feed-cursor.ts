/** A position in the change feed: the (transaction id, sequence number) of the last event read. */
export type FeedPosition = { xid: string; seq: string };

/** The `after` cursor is not one the feed handed out. */
export class MalformedCursorError extends Error {
  constructor() {
    super('The cursor is not one this feed handed out; start without `after` or pass a `nextCursor` you received.');
    this.name = 'MalformedCursorError';
  }
}

const START: FeedPosition = { xid: '0', seq: '0' };
const CURSOR = /^([0-9]{1,20})-([0-9]{1,19})$/;
const MAX_BIGINT = 9223372036854775807n;
const MAX_XID8 = 18446744073709551615n;

/** Opaque to clients; `<xid>-<seq>` inside. */
export function formatCursor(position: FeedPosition): string {
  return `${position.xid}-${position.seq}`;
}

export function parseCursor(cursor: string | undefined): FeedPosition {
  if (cursor === undefined || cursor === '') return START;
  const match = CURSOR.exec(cursor);
  if (!match || BigInt(match[1]) > MAX_XID8 || BigInt(match[2]) > MAX_BIGINT) throw new MalformedCursorError();
  return { xid: BigInt(match[1]).toString(), seq: BigInt(match[2]).toString() };
}
