import { Button } from '@/components/ui/button';

export type CursorPagerProps = {
  /** 1-based. */
  page: number;
  hasOlder: boolean;
  onNewer: () => void;
  onOlder: () => void;
  isFetching?: boolean;
};

/** Paging for a keyset list (newest first): the log has no stable page numbers, only newer and older. */
export function CursorPager({ page, hasOlder, onNewer, onOlder, isFetching = false }: CursorPagerProps) {
  return (
    <nav aria-label="Pagination" className="mt-3 flex items-center justify-between gap-3 text-sm text-zinc-600">
      <p aria-live="polite">Page {page}</p>
      <div className="flex gap-2">
        <Button size="sm" disabled={page === 1 || isFetching} onClick={onNewer}>
          Newer
        </Button>
        <Button size="sm" disabled={!hasOlder || isFetching} onClick={onOlder}>
          Older
        </Button>
      </div>
    </nav>
  );
}
