import type { Database } from '@/db/database';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent, type AuditEventInput } from '@/lib/audit/record-audit-event';
import { createConsoleUserSchema, type ConsoleUserSummary, type CreateConsoleUserInput } from '@/lib/contracts/auth';
import { DomainError } from '@/lib/errors/domain-error';
import { describeZodError, zodErrorField } from '@/lib/errors/describe-zod-error';
import { hashPassword } from './password';
import { insertConsoleUser } from './insert-console-user';

/** Adds a console user (owner or success manager) with a hashed password, audited as console.user.create. */
export async function createConsoleUser(
  db: Database,
  input: CreateConsoleUserInput,
  actor: AuditEventInput['actor'],
  now: Date,
): Promise<ConsoleUserSummary> {
  const parsed = createConsoleUserSchema.safeParse(input);
  if (!parsed.success) throw DomainError.about(zodErrorField(parsed.error), 'invalid_input', describeZodError(parsed.error));
  const { email, name, role, password } = parsed.data;
  const passwordHash = await hashPassword(password);

  return db.transaction(async (tx) => {
    const user = await insertConsoleUser(tx, { email, name, role, passwordHash, createdAt: now });
    await recordAuditEvent(tx, {
      operation: 'console.user.create',
      outcome: 'success',
      actor,
      resourceType: 'console_user',
      resourceId: user.id,
      resourceName: user.email,
      changes: diffFields(null, { email: user.email, name: user.name, role: user.role }),
      occurredAt: now,
    });
    return user;
  });
}
