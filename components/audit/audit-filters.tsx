'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { AUDIT_OPERATIONS } from '@/lib/contracts/audit-operations';
import { AUDIT_RESOURCE_TYPES } from '@/lib/contracts/audit';
import { AUDIT_FILTER_DEFAULTS, AUDIT_RANGES, fromLocalInput, toLocalInput, type AuditUrlFilters } from './audit-range';

export type AuditFiltersProps = {
  filters: AuditUrlFilters;
  onApply: (patch: Partial<AuditUrlFilters>) => void;
  onClear: () => void;
  isFiltered: boolean;
};

const RESOURCE_TYPE_LIST_ID = 'audit-resource-types';

/** The draft with the fields the URL changed taken over, and the fields it left alone as the user has them. */
function takeOverChanged(draft: AuditUrlFilters, before: AuditUrlFilters, after: AuditUrlFilters): AuditUrlFilters {
  const next = { ...draft };
  for (const key of Object.keys(after) as (keyof AuditUrlFilters)[]) {
    if (after[key] !== before[key]) next[key] = after[key];
  }
  return next;
}

/**
 * The audit log's filters. Choices from a list apply at once; typed ones apply with Enter or "Apply", so a
 * half-typed word never fires a search (a choice applies what was typed so far too).
 */
export function AuditFilters({ filters, onApply, onClear, isFiltered }: AuditFiltersProps) {
  const [draft, setDraft] = useState(filters);

  // The URL can change under the form (a choice applied, a link): take over the fields it changed without remounting,
  // so focus stays put and what is being typed in another field is kept.
  const [applied, setApplied] = useState(filters);
  if (JSON.stringify(applied) !== JSON.stringify(filters)) {
    setApplied(filters);
    setDraft((current) => takeOverChanged(current, applied, filters));
  }

  const edit = (name: keyof AuditUrlFilters) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const choose = (name: keyof AuditUrlFilters) => (value: string) => {
    const next = { ...draft, [name]: value };
    setDraft(next);
    onApply(next);
  };

  const clear = () => {
    setDraft(AUDIT_FILTER_DEFAULTS);
    onClear();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <form onSubmit={submit} aria-label="Audit log filters" className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="audit-range" label="Time range">
          <Select value={draft.range} onChange={(event) => choose('range')(event.target.value)}>
            {AUDIT_RANGES.map((range) => (
              <option key={range.value} value={range.value}>
                {range.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="audit-outcome" label="Outcome">
          <Select value={draft.outcome} onChange={(event) => choose('outcome')(event.target.value)}>
            <option value="">Any outcome</option>
            <option value="success">Success</option>
            <option value="failure">Failure</option>
          </Select>
        </Field>
        <Field id="audit-operation" label="Operation">
          <Select value={draft.operation} onChange={(event) => choose('operation')(event.target.value)}>
            <option value="">Any operation</option>
            {AUDIT_OPERATIONS.map((operation) => (
              <option key={operation} value={operation}>
                {operation}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="audit-actor" label="Token or actor" hint="A token name or id, or a console user's email.">
          <Input value={draft.actor} onChange={(event) => edit('actor')(event.target.value)} autoComplete="off" />
        </Field>
      </div>

      {draft.range === 'custom' ? (
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="audit-from" label="From">
            <Input type="datetime-local" value={toLocalInput(draft.from)} onChange={(event) => edit('from')(fromLocalInput(event.target.value))} />
          </Field>
          <Field id="audit-to" label="To">
            <Input type="datetime-local" value={toLocalInput(draft.to)} onChange={(event) => edit('to')(fromLocalInput(event.target.value))} />
          </Field>
        </div>
      ) : null}

      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="audit-resource-type" label="Resource type">
          <Input
            list={RESOURCE_TYPE_LIST_ID}
            value={draft.resourceType}
            onChange={(event) => edit('resourceType')(event.target.value)}
            autoComplete="off"
          />
        </Field>
        <datalist id={RESOURCE_TYPE_LIST_ID}>
          {AUDIT_RESOURCE_TYPES.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
        <Field id="audit-resource-id" label="Resource id">
          <Input value={draft.resourceId} onChange={(event) => edit('resourceId')(event.target.value)} autoComplete="off" spellCheck={false} />
        </Field>
        <Field id="audit-text" label="Search" hint="Path, resource, error or actor name.">
          <Input type="search" value={draft.text} onChange={(event) => edit('text')(event.target.value)} autoComplete="off" />
        </Field>
        <div className="flex items-end gap-2 pb-5">
          <Button type="submit" variant="primary">
            Apply filters
          </Button>
          <Button onClick={clear} disabled={!isFiltered}>
            Clear
          </Button>
        </div>
      </div>
    </form>
  );
}
