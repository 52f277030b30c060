import { diffFields, type FieldChange } from '@/lib/audit/diff-fields';
import { REDACTED, isSecretFieldName } from '@/lib/audit/redact';
import { memoPerRegistry, tryParseAttributePath, type SchemaRegistry } from '@/lib/scim';

/**
 * Whether a changed field's value must never be shown: what the schema says is write-only or never returned (a
 * SCIM `password`); for attributes the schema does not know (kept as sent), a credential-like name.
 */
function isSecretField(field: string, registry: SchemaRegistry): boolean {
  const path = tryParseAttributePath(field);
  const leaf = 'problem' in path ? undefined : registry.resolve(path)?.leaf;
  if (!leaf) return isSecretFieldName(field);
  return leaf.returned === 'never' || leaf.mutability === 'writeOnly';
}

/** isSecretField once per registry and field: a write's change list names the same fields every time. */
const isSecretFieldOf = memoPerRegistry<boolean>(1024);

/**
 * The audit change list of a SCIM write, old → new per attribute. With the resource type's registry the secret
 * attributes are masked by name here and nothing else is rewritten; without one, lib/audit redacts every value.
 */
export function documentChanges(before: object | null, after: object | null, registry: SchemaRegistry | undefined): FieldChange[] {
  const changes = diffFields(before, after);
  if (!registry) return changes;
  return changes.map((change) =>
    isSecretFieldOf(registry, change.field, () => isSecretField(change.field, registry))
      ? { field: change.field, old: change.old === null ? null : REDACTED, new: change.new === null ? null : REDACTED }
      : change,
  );
}
