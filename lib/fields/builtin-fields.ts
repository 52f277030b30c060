import { SCHEMA_URNS } from '@/lib/scim';

const CLAIMS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

export type BuiltinField = {
  machineName: string;
  label: string;
  type: 'text' | 'list';
  scimPath: string;
  samlClaim: string;
  position: number;
  /** Read in order when the field's own path has no value (DESIGN: email falls back to the primary email, then userName). */
  fallbackScimPaths: readonly string[];
};

/** DESIGN's five application fields with their default SCIM sources and the SAML claims IdPs use for them. */
export const BUILTIN_FIELDS: readonly BuiltinField[] = [
  {
    machineName: 'email',
    label: 'Email',
    type: 'text',
    scimPath: 'emails[type eq "work"].value',
    samlClaim: `${CLAIMS}/emailaddress`,
    position: 0,
    fallbackScimPaths: ['emails[primary eq true].value', 'userName'],
  },
  {
    machineName: 'first_name',
    label: 'First Name',
    type: 'text',
    scimPath: 'name.givenName',
    samlClaim: `${CLAIMS}/givenname`,
    position: 1,
    fallbackScimPaths: [],
  },
  {
    machineName: 'last_name',
    label: 'Last Name',
    type: 'text',
    scimPath: 'name.familyName',
    samlClaim: `${CLAIMS}/surname`,
    position: 2,
    fallbackScimPaths: [],
  },
  {
    machineName: 'user_organizational_unit',
    label: 'Business Unit',
    type: 'list',
    scimPath: `${SCHEMA_URNS.enterpriseUser}:department`,
    samlClaim: `${CLAIMS}/department`,
    position: 3,
    fallbackScimPaths: [],
  },
  {
    machineName: 'user_region',
    label: 'Region',
    type: 'list',
    scimPath: 'addresses[type eq "work"].region',
    samlClaim: `${CLAIMS}/stateorprovince`,
    position: 4,
    fallbackScimPaths: [],
  },
];

export const BUILTIN_FIELD_NAMES: ReadonlySet<string> = new Set(BUILTIN_FIELDS.map((field) => field.machineName));
