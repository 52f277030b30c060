export type AppFieldValuesProps = {
  values: Record<string, string | null>;
  /** machine name → label, in the fields' display order; machine names stand in until it has loaded. */
  labels: Map<string, string>;
  /** Fields shown elsewhere on the same row. */
  omit?: readonly string[];
};

/** Application fields with a value, labelled, in the order the Attributes page lists them. */
export function AppFieldValues({ values, labels, omit = [] }: AppFieldValuesProps) {
  const order = [...labels.keys()];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const entries = Object.entries(values)
    .filter(([name, value]) => value !== null && value !== '' && !omit.includes(name))
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  if (entries.length === 0) return <span className="text-xs text-zinc-500">—</span>;

  return (
    <dl className="space-y-0.5 text-xs">
      {entries.map(([name, value]) => (
        <div key={name} className="flex gap-1">
          <dt className="shrink-0 text-zinc-500">{labels.get(name) ?? name}:</dt>
          <dd className="wrap-anywhere text-zinc-800">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
