import { GROUP_LIST_CSV_URL } from '@/lib/client/onboarding';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { ClaimsTable } from './claims-table';
import { CopyableValue } from './copyable-value';
import { Guide, GuideStep } from './guide-step';
import { PROVISIONING_MODE } from './idp-settings-card';
import { OwnerLink } from './owner-link';
import { TenantUrlValue } from './tenant-url-value';

const link = 'font-medium text-blue-700 hover:underline';
const ui = (text: string) => <span className="font-medium text-zinc-900">{text}</span>;

export type EntraGuideProps = { applicationDomain: string | null; fields: AppFieldDto[]; fieldsCsvUrl: string; isOwner: boolean };

/** Microsoft Entra ID, step by step, as the customer's IT team does it. */
export function EntraGuide({ applicationDomain, fields, fieldsCsvUrl, isOwner }: EntraGuideProps) {
  return (
    <Guide id="entra" title="Microsoft Entra ID" description="For the customer’s IT team, in the Microsoft Entra admin center.">
      <GuideStep number={1} title="Create the enterprise application">
        <p>
          Open {ui('Enterprise applications')} → {ui('New application')} → {ui('Create your own application')}, choose{' '}
          {ui('Integrate any other application you don’t find in the gallery')} and create it. If SAML sign-in already has an
          enterprise application, open that one instead: provisioning belongs to the same application.
        </p>
      </GuideStep>
      <GuideStep number={2} title="Open the Provisioning tab">
        <p>
          In the application choose {ui('Provisioning')} → {ui('Get started')} (or {ui('Connect your application')}).
        </p>
      </GuideStep>
      <GuideStep number={3} id="tenant-url" title="Set the mode, tenant URL and secret token">
        <dl className="divide-y divide-zinc-100">
          <CopyableValue label="Provisioning Mode" value={PROVISIONING_MODE} />
          <TenantUrlValue applicationDomain={applicationDomain} isOwner={isOwner} />
          <TenantUrlValue applicationDomain={applicationDomain} isOwner={isOwner} label="Tenant URL with Entra’s compatibility flag" withEntraFlag />
          <div className="py-2">
            <dt className="text-sm font-medium text-zinc-800">Secret Token</dt>
            <dd className="mt-1">
              The secret of a Roster token. It is shown once, when the token is created.{' '}
              <OwnerLink isOwner={isOwner} href="/tokens" otherwise="The Application Owner creates tokens.">
                Create a token
              </OwnerLink>
            </dd>
          </div>
        </dl>
        <p>
          Choose {ui('Test Connection')}, then {ui('Save')}. Entra looks up a random user and expects an empty answer; the{' '}
          <a href="#test-connection" className={link}>
            token test
          </a>{' '}
          on this page checks the same token from here.
        </p>
      </GuideStep>
      <GuideStep number={4} title="Create the groups and assign them">
        <p>
          Create one security group per application role under {ui('Groups')} → {ui('New group')} and add the members. In the
          application open {ui('Users and groups')} → {ui('Add user/group')} and assign the groups. Under {ui('Provisioning')} →{' '}
          {ui('Settings')}, keep {ui('Scope')} at {ui('Sync only assigned users and groups')}.
        </p>
      </GuideStep>
      <GuideStep number={5} title="Send the group list for mapping">
        <p>
          Send the names of the assigned groups to the application team, who map each to a role (before the first sync is
          fine). The current mapping table shows what is mapped and what is still waiting.
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <a href={GROUP_LIST_CSV_URL} download className={link}>
            Download the mapping table (CSV)
          </a>
          <OwnerLink isOwner={isOwner} href="/roles" otherwise="The Application Owner maps them to roles.">
            Map groups to roles
          </OwnerLink>
        </p>
      </GuideStep>
      <GuideStep number={6} title="Add the claims and custom SSO attributes">
        <p>
          For each field, add the SAML claim under {ui('Single sign-on')} → {ui('Attributes & Claims')}, and the provisioning
          attribute under {ui('Provisioning')} → {ui('Mappings')} → {ui('Provision Microsoft Entra ID Users')}. An attribute Entra
          does not list yet is added with {ui('Show advanced options')} → {ui('Edit attribute list for customappsso')}.
        </p>
        <ClaimsTable fields={fields} />
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <a href={fieldsCsvUrl} download className={link}>
            Download the claim and attribute table (CSV)
          </a>
          <OwnerLink isOwner={isOwner} href="/attributes" otherwise="The Application Owner registers further fields.">
            Register another field
          </OwnerLink>
        </p>
      </GuideStep>
      <GuideStep number={7} id="start-provisioning" title="Start provisioning">
        <p>
          Once the application team confirms the application is fully configured, set {ui('Provisioning Status')} to {ui('On')}{' '}
          and {ui('Save')}. {ui('Provision on demand')} tries one user first. The first cycle sends every assigned group and user;
          after that Entra runs a cycle about every 40 minutes, and the overview shows how it goes.
        </p>
      </GuideStep>
    </Guide>
  );
}
