import { z } from 'zod';
import { validateMachineName } from './validate-machine-name';

const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

export const machineNameInputSchema = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const problem = validateMachineName(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const labelInputSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter a label, for example Cost Center.' })
  .max(100, { error: 'Keep the label to 100 characters or fewer.' });

export const scimPathInputSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter the SCIM path the value comes from, for example name.givenName.' })
  .max(300, { error: 'Keep the SCIM path to 300 characters or fewer.' });

/** A blank claim means "no claim" (null). */
export const samlClaimInputSchema = z
  .string()
  .trim()
  .max(500, { error: 'Keep the SAML claim URI to 500 characters or fewer.' })
  .refine((value) => value === '' || URI.test(value), {
    error: 'Enter the SAML claim as a URI, for example http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department.',
  })
  .nullable()
  .transform((value) => value || null);
