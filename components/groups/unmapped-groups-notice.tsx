import { Button } from '@/components/ui/button';

export type UnmappedGroupsNoticeProps = {
  count: number;
  isShowingUnmapped: boolean;
  onShowUnmapped: () => void;
};

/** Groups that give no role leave their members without access: say how many, and offer to list only those. */
export function UnmappedGroupsNotice({ count, isShowingUnmapped, onShowUnmapped }: UnmappedGroupsNoticeProps) {
  if (count === 0) {
    return (
      <p className="rounded-lg border border-green-200 bg-green-50 px-4 py-2.5 text-sm text-green-800" data-testid="unmapped-notice">
        Every group received gives at least one role.
      </p>
    );
  }
  return (
    <div
      role="status"
      data-testid="unmapped-notice"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-2.5 text-sm text-amber-900"
    >
      <p>
        <strong>
          {count} {count === 1 ? 'group has' : 'groups have'} no role.
        </strong>{' '}
        Their members get no access from them until you map a role.
      </p>
      {isShowingUnmapped ? null : (
        <Button size="sm" onClick={onShowUnmapped}>
          Show groups with no role
        </Button>
      )}
    </div>
  );
}
