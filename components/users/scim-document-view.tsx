import { CopyButton } from '@/components/ui/copy-button';

/** The SCIM resource as pretty JSON, as GET /Users/{id} returns it, with a copy button for support tickets. */
export function ScimDocumentView({ document }: { document: Record<string, unknown> }) {
  const text = JSON.stringify(document, null, 2);

  return (
    <div className="relative">
      <CopyButton value={text} label="SCIM document" className="absolute top-2 right-2" />
      <pre
        tabIndex={0}
        aria-label="SCIM document"
        data-testid="scim-document"
        className="max-h-[32rem] overflow-auto rounded-lg border border-zinc-200 bg-zinc-950 p-4 font-mono text-xs leading-relaxed text-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        {text}
      </pre>
    </div>
  );
}
