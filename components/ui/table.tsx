import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cn } from './cn';

/** On a narrow screen a table keeps a readable width and scrolls sideways in its frame rather than squeezing its cells. */
export function Table({ className, children, ...props }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className={cn('w-full min-w-4xl border-collapse text-left text-sm', className)} {...props}>
        {children}
      </table>
    </div>
  );
}

export type TableColumn =
  | string
  | {
      label: ReactNode;
      /** Numbers line up on the right. */
      align?: 'right';
      /** A column of row actions needs a name for screen readers but no visible heading. */
      isLabelHidden?: boolean;
    };

/** The header row: one column heading per entry, in order. */
export function TableHeader({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <thead className="border-b border-zinc-200 bg-zinc-50">
      <tr>
        {columns.map((column, index) => {
          const { label, align, isLabelHidden } = typeof column === 'string' ? { label: column } : column;
          return (
            <TableHeaderCell key={index} className={align === 'right' ? 'text-right' : undefined}>
              {isLabelHidden ? <span className="sr-only">{label}</span> : label}
            </TableHeaderCell>
          );
        })}
      </tr>
    </thead>
  );
}

/** The last column of a table whose rows carry buttons. */
export const ACTIONS_COLUMN: TableColumn = { label: 'Actions', isLabelHidden: true };

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn('divide-y divide-zinc-100', className)} {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn('hover:bg-zinc-50/60', className)} {...props} />;
}

function TableHeaderCell({ className, scope = 'col', ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      className={cn('px-3 py-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase', className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn('px-3 py-2 align-top text-zinc-800', className)} {...props} />;
}
