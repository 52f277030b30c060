import { GROUP_LIST_CSV_URL } from '@/lib/client/onboarding';
import { CopyableValue } from './copyable-value';
import { Guide, GuideStep } from './guide-step';
import { OwnerLink } from './owner-link';
import { TenantUrlValue } from './tenant-url-value';

const ui = (text: string) => <span className="font-medium text-zinc-900">{text}</span>;

/** Okta, shorter: the same values in Okta's words. Okta deactivates users and never deletes them. */
export function OktaGuide({ applicationDomain, isOwner }: { applicationDomain: string | null; isOwner: boolean }) {
  return (
    <Guide id="okta" title="Okta" description="For the customer’s IT team, in the Okta Admin Console, on the app integration used for SAML sign-in.">
      <GuideStep number={1} title="Turn on SCIM provisioning">
        <p>
          In the app integration open {ui('General')} → {ui('App Settings')} → {ui('Edit')}, set {ui('Provisioning')} to{' '}
          {ui('SCIM')} and save.
        </p>
      </GuideStep>
      <GuideStep number={2} title="Connect to Roster">
        <p>
          Under {ui('Provisioning')} → {ui('Integration')} → {ui('Edit')}:
        </p>
        <dl className="divide-y divide-zinc-100">
          <TenantUrlValue applicationDomain={applicationDomain} isOwner={isOwner} label="SCIM connector base URL" />
          <CopyableValue label="Unique identifier field for users" value="userName" />
          <CopyableValue label="Authentication Mode" value="HTTP Header" hint="Paste a Roster token’s secret as the Bearer token." />
        </dl>
        <p>
          Tick {ui('Push New Users')}, {ui('Push Profile Updates')} and {ui('Push Groups')}, choose {ui('Test Connector Configuration')}{' '}
          and save.{' '}
          <OwnerLink isOwner={isOwner} href="/tokens" otherwise="The Application Owner creates tokens.">
            Create a token
          </OwnerLink>
        </p>
      </GuideStep>
      <GuideStep number={3} title="Choose what Okta sends">
        <p>
          Under {ui('Provisioning')} → {ui('To App')}, enable {ui('Create Users')}, {ui('Update User Attributes')} and{' '}
          {ui('Deactivate Users')}. Okta deactivates users and never deletes them.
        </p>
      </GuideStep>
      <GuideStep number={4} title="Assign and push the groups">
        <p>
          Assign the groups under {ui('Assignments')}, push them under {ui('Push Groups')}, and send their names to the
          application team.{' '}
          <a href={GROUP_LIST_CSV_URL} download className="font-medium text-blue-700 hover:underline">
            Download the mapping table (CSV)
          </a>
        </p>
      </GuideStep>
    </Guide>
  );
}
