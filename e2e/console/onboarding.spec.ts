import type { Page } from '@playwright/test';
import { saveScreenshot } from '../fixtures/screenshot';
import { expect, test } from '../fixtures/console';
import { createScimClient } from '../fixtures/scim-client';

const DERIVED = ['scim_configured_in_idp', 'user_configuration', 'role_configuration', 'token_configuration', 'first_synchronisation'];
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

// Needs a deployment no identity provider has talked to yet: the config runs it before the other console specs.
/** The checklist loads on the client; a loaded shared machine can take a while. */
async function openChecklist(page: Page) {
  await page.goto('/onboarding');
  await expect(page.getByTestId('checklist-summary')).toBeVisible({ timeout: 30_000 });
}

test('a fresh deployment shows every derived step open @fresh-deployment', async ({ ownerPage: page }) => {
  await openChecklist(page);

  for (const key of DERIVED) {
    const step = page.getByTestId(`step-${key}`);
    await expect(step.getByTestId('step-state')).toHaveText('Open');
    await expect(step.getByText('Checked by Roster')).toBeVisible();
    await expect(step.getByTestId('step-found')).not.toBeEmpty();
    await expect(step.getByRole('button', { name: /^Update/ })).toHaveCount(0);
  }
  await expect(page.getByTestId('checklist-summary')).toContainText('0 of 11 steps done');
});

test('after a token, mapped groups and an Entra-style provisioning run, the derived steps tick themselves', async ({
  ownerPage: page,
  playwright,
  baseURL,
}) => {
  const stamp = Date.now();
  const api = page.request;

  const created = await api.post('/api/console/tokens', { data: { name: `Entra onboarding ${stamp}`, expiry: { kind: 'days', days: 180 } } });
  expect(created.status()).toBe(201);
  const { secret } = await created.json();

  const { settings } = await (await api.get('/api/console/settings')).json();
  const saved = await api.patch('/api/console/settings', {
    data: { applyUserNameChanges: settings.applyUserNameChanges, deleteMode: settings.deleteMode },
  });
  expect(saved.status()).toBe(200);

  // The customer sent its group list ahead of the first sync: pre-map the group by name.
  const groupName = `Onboarding Editors ${stamp}`;
  const role = await (await api.post('/api/console/roles', { data: { name: `Onboarding editor ${stamp}` } })).json();
  const premapped = await api.post('/api/console/group-mappings', { data: { roleId: role.role.id, groupDisplayName: groupName } });
  expect(premapped.status()).toBe(201);

  const scim = await createScimClient(playwright.request, baseURL!, secret);
  const userName = `ada.onboarding.${stamp}@contoso.example`;
  const lookup = await scim.get(`Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
  expect((await lookup.json()).totalResults).toBe(0);
  const user = await scim.post('Users', {
    data: {
      schemas: [USER, ENTERPRISE],
      externalId: `ext-${stamp}`,
      userName,
      active: true,
      displayName: 'Ada Lovelace',
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      emails: [{ primary: true, type: 'work', value: userName }],
      [ENTERPRISE]: { department: 'Engineering' },
    },
  });
  expect(user.status()).toBe(201);
  const userId = (await user.json()).id;
  const groupLookup = await scim.get(`Groups?excludedAttributes=members&filter=${encodeURIComponent(`displayName eq "${groupName}"`)}`);
  expect((await groupLookup.json()).totalResults).toBe(0);
  const group = await scim.post('Groups', { data: { schemas: [GROUP], externalId: `grp-${stamp}`, displayName: groupName, members: [] } });
  expect(group.status()).toBe(201);
  const addMember = await scim.patch(`Groups/${(await group.json()).id}`, {
    data: { schemas: [PATCH_OP], Operations: [{ op: 'Add', path: 'members', value: [{ value: userId }] }] },
  });
  expect(addMember.status()).toBeLessThan(300);
  await scim.dispose();

  // Groups other specs provisioned must have a role too before "every group received is mapped" holds.
  const unmapped = await (await api.get('/api/console/groups?mapping=unmapped&count=100')).json();
  for (const other of unmapped.groups) {
    expect((await api.post('/api/console/group-mappings', { data: { roleId: role.role.id, groupId: other.id } })).status()).toBe(201);
  }

  await openChecklist(page);
  for (const key of DERIVED) {
    const step = page.getByTestId(`step-${key}`);
    await expect(step.getByTestId('step-state'), key).toHaveText('Done');
    await expect(step.getByTestId('step-changed')).toContainText('Ticked by Roster');
  }
  await expect(page.getByTestId('step-role_configuration').getByTestId('step-found')).toContainText(/mapped to a role/);
  await saveScreenshot(page, 'onboarding');

  await page.goto('/overview');
  const glance = page.getByRole('region', { name: 'Provisioning at a glance' });
  await expect(glance.getByText('Provisioned users')).toBeVisible();
  await expect(glance.getByText(/^[1-9][\d,]*$/).first()).toBeVisible();
  const health = page.getByRole('region', { name: 'Sync health' });
  await expect(health.getByTestId('last-successful-request')).toBeVisible({ timeout: 30_000 });
  await expect(health.getByTestId('last-successful-request')).not.toHaveText('None yet');
  await expect(health.getByTestId('requests-24h')).not.toHaveText('0');
  await saveScreenshot(page, 'overview');
});

test('a manual step marked blocked with a reason shows who did it', async ({ managerPage: page }) => {
  const reason = `Waiting for the signed SAML document ${Date.now()}`;
  await openChecklist(page);

  const step = page.getByTestId('step-saml_configuration_document');
  await step.getByRole('button', { name: 'Update SAML configuration document completed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update “SAML configuration document completed”' });
  await dialog.getByLabel('State').selectOption('blocked');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Say what blocks the step')).toBeVisible();
  await dialog.getByLabel('What blocks it').fill(reason);
  await dialog.getByLabel('Note').fill('Chase the customer’s IT lead on Monday');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await openChecklist(page);
  await expect(step.getByTestId('step-state')).toHaveText('Blocked');
  await expect(step.getByTestId('step-blocked-reason')).toHaveText(reason);
  await expect(step.getByTestId('step-changed')).toContainText('Changed by manager@example.com');
  await expect(page.getByTestId('checklist-summary')).toContainText(`Blocked: SAML configuration document completed (${reason})`);

  const derived = await page.request.patch('/api/console/onboarding/steps/token_configuration', { data: { state: 'done' } });
  expect(derived.status()).toBe(400);
  expect((await derived.json()).error.message).toMatch(/checked by Roster from the data/);
});
