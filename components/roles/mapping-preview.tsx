import type { UseQueryResult } from '@tanstack/react-query';
import { errorMessage } from '@/lib/client/fetch-json';
import { describeMappingPreview, type MappingChangePreviewDto } from '@/lib/contracts/group-mappings';

export type MappingPreviewProps = {
  preview: UseQueryResult<MappingChangePreviewDto>;
  isEmpty: boolean;
  /** Said when nothing changes because the group has not arrived yet. */
  pendingNote?: string;
};

/** "14 users gain Owner, 2 users lose Viewer", announced politely as the change is edited. */
export function MappingPreview({ preview, isEmpty, pendingNote }: MappingPreviewProps) {
  const text = isEmpty
    ? 'No change yet: tick or untick a role.'
    : preview.isPending
      ? 'Working out who is affected…'
      : preview.isError
        ? `The effect could not be worked out: ${errorMessage(preview.error)}`
        : describeMappingPreview(preview.data);
  const isQuiet = !isEmpty && preview.isSuccess && preview.data.gains.length + preview.data.losses.length === 0;

  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="mapping-preview"
      className={
        preview.isError
          ? 'rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800'
          : 'rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900'
      }
    >
      <p className="font-medium">{text}</p>
      {isQuiet && pendingNote ? <p className="mt-1 text-xs">{pendingNote}</p> : null}
    </div>
  );
}
