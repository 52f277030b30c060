/** Application fields with a value, labelled; machine names stand in until the labels have loaded. */
export function AppFieldValues({ values, labels }: { values: Record<string, string | null>; labels: Map<string, string> }) {
  const entries = Object.entries(values).filter(([, value]) => value !== null && value !== '');
  if (entries.length === 0) return <span className="text-xs text-zinc-500">—</span>;

  return (
    <dl className="space-y-0.5 text-xs">
      {entries.map(([name, value]) => (
        <div key={name} className="flex gap-1">
          <dt className="text-zinc-500">{labels.get(name) ?? name}:</dt>
          <dd className="break-all text-zinc-800">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
