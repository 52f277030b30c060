import { Button } from './button';

export type PagerProps = {
  /** 1-based index of the first item on this page (SCIM's startIndex convention). */
  startIndex: number;
  pageSize: number;
  total: number;
  onPageChange: (startIndex: number) => void;
  isFetching?: boolean;
};

/** Server paging controls: "21–40 of 230" with previous / next. */
export function Pager({ startIndex, pageSize, total, onPageChange, isFetching = false }: PagerProps) {
  const first = total === 0 ? 0 : startIndex;
  const last = Math.min(startIndex + pageSize - 1, total);
  const hasPrevious = startIndex > 1;
  const hasNext = startIndex + pageSize <= total;

  return (
    <nav aria-label="Pagination" className="mt-3 flex items-center justify-between gap-3 text-sm text-zinc-600">
      <p aria-live="polite">
        {first}–{last} of {total}
      </p>
      <div className="flex gap-2">
        <Button
          size="sm"
          disabled={!hasPrevious || isFetching}
          onClick={() => onPageChange(Math.max(1, startIndex - pageSize))}
        >
          Previous
        </Button>
        <Button size="sm" disabled={!hasNext || isFetching} onClick={() => onPageChange(startIndex + pageSize)}>
          Next
        </Button>
      </div>
    </nav>
  );
}
