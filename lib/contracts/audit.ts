import { z } from 'zod';
import { AUDIT_OPERATIONS } from './audit-operations';
import { HOUR_MS } from '@/lib/time/durations';

export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_PAGE_SIZE = 50;
const MAX_AUDIT_PAGE_SIZE = 200;
/** Up to two days the chart shows hours, beyond that days. */
const HOURLY_UP_TO_MS = 48 * HOUR_MS;

/** The resource types the audit log names today; the filter accepts any other too. */
export const AUDIT_RESOURCE_TYPES = ['User', 'Group', 'Role', 'GroupMapping', 'Field', 'Settings', 'token', 'console_user', 'OnboardingStep'] as const;

/** URLs carry empty parameters for cleared filters: blank means "no filter". */
const optionalText = (name: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep ${name} to ${max} characters or fewer` })
    .optional()
    .transform((value) => value || undefined);

/** A cleared select or date arrives as an empty parameter. */
const blankAsAbsent = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const instant = (name: string) =>
  z.iso
    .datetime({ offset: true, error: `${name} must be a date and time such as 2030-01-31T09:00:00Z` })
    .transform((value) => new Date(value));

const filterFields = {
  from: blankAsAbsent(instant('from')),
  to: blankAsAbsent(instant('to')),
  outcome: blankAsAbsent(z.enum(AUDIT_OUTCOMES, { error: 'outcome must be success or failure' })),
  operation: blankAsAbsent(z.enum(AUDIT_OPERATIONS, { error: 'operation must be one of the audit operations, for example user.create' })),
  resourceType: optionalText('the resource type', 100),
  resourceId: optionalText('the resource id', 200),
  /** A token id or name, or a console user id or email. */
  actor: optionalText('the token or actor', 200),
  /** Free text over path, resource id and name, error and actor name. */
  text: optionalText('the search text', 200),
};

type Range = { from?: Date; to?: Date };
const rangeInOrder = (range: Range) => !range.from || !range.to || range.from.getTime() < range.to.getTime();
const RANGE_ORDER = { error: 'from must be before to', path: ['to'] };

export const auditFiltersSchema = z.object(filterFields).refine(rangeInOrder, RANGE_ORDER);

export const listAuditQuerySchema = z
  .object({
    ...filterFields,
    cursor: optionalText('the cursor', 300),
    limit: z.coerce
      .number({ error: 'limit must be a number' })
      .int({ error: 'limit must be a whole number' })
      .min(1, { error: 'limit must be at least 1' })
      .max(MAX_AUDIT_PAGE_SIZE, { error: `limit can be at most ${MAX_AUDIT_PAGE_SIZE}` })
      .default(AUDIT_PAGE_SIZE),
  })
  .refine(rangeInOrder, RANGE_ORDER);

export type ActivityBucketSize = 'hour' | 'day';

export function bucketForRange(from: Date, to: Date): ActivityBucketSize {
  return to.getTime() - from.getTime() <= HOURLY_UP_TO_MS ? 'hour' : 'day';
}

/** The chart needs a range; the bucket follows it unless asked for. */
export const activityQuerySchema = z
  .object({
    ...filterFields,
    from: instant('from'),
    to: instant('to'),
    bucket: z.enum(['hour', 'day'], { error: 'bucket must be hour or day' }).optional(),
  })
  .refine(rangeInOrder, RANGE_ORDER)
  .transform((query) => ({ ...query, bucket: query.bucket ?? bucketForRange(query.from, query.to) }));

export const auditEventIdParamsSchema = z.object({
  id: z.string().regex(/^[1-9]\d{0,14}$/, { error: 'An audit event id is a positive whole number' }),
});

export type FieldChangeDto = { field: string; old: unknown; new: unknown };

export type AuditEventDto = {
  id: number;
  occurredAt: string;
  operation: string;
  outcome: AuditOutcome;
  actorType: 'token' | 'console' | 'system' | 'anonymous';
  actorId: string | null;
  actorName: string | null;
  tokenId: string | null;
  clientAddress: string | null;
  method: string | null;
  path: string | null;
  status: number | null;
  durationMs: number | null;
  resourceType: string | null;
  resourceId: string | null;
  resourceName: string | null;
  changes: FieldChangeDto[];
  error: string | null;
  detail: Record<string, unknown>;
};

export type AuditPageDto = { events: AuditEventDto[]; nextCursor: string | null };

/** `requests`/`failures`: the identity provider's SCIM requests; `consoleActions`: console changes, tests, housekeeping. */
export type ActivityBucketDto = { bucketStart: string; requests: number; failures: number; consoleActions: number };

export type ActivityDto = { bucket: ActivityBucketSize; buckets: ActivityBucketDto[] };
