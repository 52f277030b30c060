const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const CLAIMS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

const SCIM_PATHS = [
  'userName',
  'displayName',
  'title',
  'name.givenName',
  'name.familyName',
  'emails[type eq "work"].value',
  'phoneNumbers[type eq "work"].value',
  'addresses[type eq "work"].region',
  'addresses[type eq "work"].country',
  'addresses[type eq "work"].locality',
  `${ENTERPRISE}:department`,
  `${ENTERPRISE}:division`,
  `${ENTERPRISE}:organization`,
  `${ENTERPRISE}:costCenter`,
  `${ENTERPRISE}:employeeNumber`,
  `${ENTERPRISE}:manager.value`,
];

const SAML_CLAIMS = [
  `${CLAIMS}/emailaddress`,
  `${CLAIMS}/givenname`,
  `${CLAIMS}/surname`,
  `${CLAIMS}/name`,
  `${CLAIMS}/department`,
  `${CLAIMS}/country`,
  `${CLAIMS}/stateorprovince`,
  'http://schemas.microsoft.com/identity/claims/displayname',
];

export const SCIM_PATH_LIST_ID = 'scim-path-suggestions';
export const SAML_CLAIM_LIST_ID = 'saml-claim-suggestions';

/** Typing suggestions for the common Entra/Okta attributes; any valid path may still be entered. */
export function PathSuggestions() {
  return (
    <>
      <datalist id={SCIM_PATH_LIST_ID}>
        {SCIM_PATHS.map((path) => (
          <option key={path} value={path} />
        ))}
      </datalist>
      <datalist id={SAML_CLAIM_LIST_ID}>
        {SAML_CLAIMS.map((claim) => (
          <option key={claim} value={claim} />
        ))}
      </datalist>
    </>
  );
}
