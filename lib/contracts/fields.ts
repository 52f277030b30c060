import { z } from 'zod';

export const FIELD_TYPES = ['text', 'list'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const FIELD_TYPE_LABELS: Record<FieldType, string> = { text: 'Single-line text', list: 'List' };

const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** Roster's own SCIM extension: a field registered without a SCIM path is read from `<this>:<machine name>`. */
export const ROSTER_EXTENSION_URN = 'urn:roster:params:scim:schemas:extension:roster:2.0:User';

/**
 * The format of a machine name (it is also an attribute name in Roster's SCIM extension). Uniqueness, including
 * against the built-in names, is checked by the server (409).
 */
export const machineNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter a machine name, for example cost_center' })
  .regex(/^[a-z]/, { error: 'Start the machine name with a lowercase letter (for example cost_center)' })
  .regex(/^[a-z0-9_]*$/, {
    error: 'Use lowercase letters, digits and underscores only (for example cost_center)',
  })
  .min(2, { error: 'Use at least 2 characters for the machine name' })
  .max(63, { error: 'Keep the machine name to 63 characters or fewer' });

const labelSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter a label, for example Cost Center' })
  .max(100, { error: 'Keep the label to 100 characters or fewer' });

const scimPathSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter the SCIM path the value comes from, for example name.givenName' })
  .max(300, { error: 'Keep the SCIM path to 300 characters or fewer' });

/** Optional; a blank entry means "no claim". */
const samlClaimSchema = z
  .string()
  .trim()
  .max(500, { error: 'Keep the claim URI to 500 characters or fewer' })
  .refine((value) => value === '' || URI.test(value), {
    error: 'Enter the claim as a URI, for example http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department',
  })
  .nullish()
  .transform((value) => value || null);

export const registerFieldBodySchema = z.object({
  machineName: machineNameSchema,
  label: labelSchema,
  type: z.enum(FIELD_TYPES, { error: 'Choose single-line text or list' }),
  /** Blank: the value is read from Roster's own extension, under the machine name. */
  scimPath: z
    .string()
    .trim()
    .max(300, { error: 'Keep the SCIM path to 300 characters or fewer' })
    .nullish()
    .transform((value) => value || null),
  samlClaim: samlClaimSchema,
});
export type RegisterFieldInput = z.input<typeof registerFieldBodySchema>;
export type RegisterFieldBody = z.output<typeof registerFieldBodySchema>;

/** Editing a field changes its label and mapping; machine name and type are fixed once registered. */
export const updateFieldBodySchema = z
  .object({ label: labelSchema, scimPath: scimPathSchema, samlClaim: samlClaimSchema })
  .partial()
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    error: 'Send at least one of label, scimPath or samlClaim',
  });
export type UpdateFieldInput = z.input<typeof updateFieldBodySchema>;
export type UpdateFieldBody = z.output<typeof updateFieldBodySchema>;

export const fieldIdParamsSchema = z.object({ id: z.uuid({ error: 'Unknown field id' }) });

/** An application field: one of the five built-in ones or one the owner registered. */
export type AppFieldDto = {
  id: string;
  machineName: string;
  label: string;
  type: FieldType;
  scimPath: string;
  samlClaim: string | null;
  isBuiltin: boolean;
  position: number;
};

export type FieldOptionDto = { id: string; value: string; origin: 'owner' | 'idp'; createdAt: string };

/** Progress of one re-derivation of a field for existing users (the console polls it while it runs). */
export type RederiveJobDto = {
  id: string;
  fieldId: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export type FieldListDto = { fields: AppFieldDto[] };
