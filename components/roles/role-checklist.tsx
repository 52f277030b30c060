'use client';

import type { RoleSummaryDto } from '@/lib/contracts/roles';

export type RoleChecklistProps = {
  legend: string;
  roles: RoleSummaryDto[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
};

/** One checkbox per role: a group can give several roles. */
export function RoleChecklist({ legend, roles, selected, onChange }: RoleChecklistProps) {
  const toggle = (id: string, isChecked: boolean) => {
    const next = new Set(selected);
    if (isChecked) next.add(id);
    else next.delete(id);
    onChange(next);
  };

  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1 text-sm font-medium text-zinc-800">{legend}</legend>
      {roles.map((role) => (
        <label key={role.id} className="flex items-start gap-2 rounded-md px-1 py-1 text-sm hover:bg-zinc-50">
          <input
            type="checkbox"
            className="mt-0.5 size-4 accent-blue-600"
            checked={selected.has(role.id)}
            onChange={(event) => toggle(role.id, event.target.checked)}
          />
          <span>
            <span className="font-medium text-zinc-900">{role.name}</span>
            {role.description ? <span className="block text-xs text-zinc-500">{role.description}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
