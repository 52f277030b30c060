import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../fixtures/console';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

async function provisionUser(scim: APIRequestContext, userName: string): Promise<string> {
  const response = await scim.post('Users', { data: { schemas: [USER], userName, name: { givenName: 'Pat', familyName: 'Example' }, active: true } });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

async function provisionGroup(scim: APIRequestContext, displayName: string, memberIds: string[]): Promise<string> {
  const response = await scim.post('Groups', { data: { schemas: [GROUP], displayName, members: memberIds.map((value) => ({ value })) } });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

/** Entra adds members with one small PATCH per change. */
async function addMember(scim: APIRequestContext, groupId: string, userId: string): Promise<void> {
  const response = await scim.patch(`Groups/${groupId}`, {
    data: { schemas: [PATCH], Operations: [{ op: 'Add', path: 'members', value: [{ value: userId }] }] },
  });
  expect(response.status()).toBeLessThan(300);
}

test('create a role, map a group with a preview, provision a member over SCIM and see its role on the user page', async ({
  ownerPage: page,
  scim,
}) => {
  const run = Date.now().toString(36);
  const roleName = `Approver ${run}`;
  const groupName = `Finance ${run}`;
  const first = await provisionUser(scim, `first.${run}@contoso.example`);
  const groupId = await provisionGroup(scim, groupName, [first]);

  await page.goto('/roles');
  await page.getByRole('button', { name: 'New role' }).click();
  const create = page.getByRole('dialog', { name: 'Create a role' });
  await create.getByRole('button', { name: 'Create role' }).click();
  await expect(create.getByText('Enter a role name')).toBeVisible();
  await create.getByLabel('Name').fill(roleName);
  await create.getByLabel('Description (optional)').fill('Approves invoices');
  await create.getByRole('button', { name: 'Create role' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByTestId('role-row').filter({ hasText: roleName })).toContainText('Approves invoices');

  await page.getByLabel('Search groups').fill(groupName);
  await expect(page).toHaveURL(new RegExp(`q=Finance\\+${run}`));
  const groupRow = page.getByTestId('group-row').filter({ hasText: groupName });
  await expect(groupRow.getByTestId('no-role')).toBeVisible();
  await expect(page.getByTestId('unmapped-notice')).toContainText(/no role/);

  await groupRow.getByRole('button', { name: `Edit roles of ${groupName}` }).click();
  const mapping = page.getByRole('dialog', { name: `Roles given by “${groupName}”` });
  await mapping.getByRole('checkbox', { name: new RegExp(roleName) }).check();
  await expect(mapping.getByTestId('mapping-preview')).toHaveText(`1 user gains ${roleName}`);
  await mapping.getByRole('button', { name: 'Apply' }).click();
  await expect(mapping).toBeHidden();
  await expect(groupRow.getByText(roleName)).toBeVisible();
  await expect(groupRow.getByTestId('no-role')).toHaveCount(0);

  const second = await provisionUser(scim, `second.${run}@contoso.example`);
  await addMember(scim, groupId, second);

  await page.goto(`/users/${second}`);
  await expect(page.getByRole('heading', { name: `second.${run}@contoso.example` })).toBeVisible();
  await expect(page.getByTestId('user-role')).toContainText(roleName);
  await expect(page.getByTestId('user-role')).toContainText(`via ${groupName}`);
  await expect(page.getByTestId('scim-document')).toContainText(`"display": "${groupName}"`);

  await page.goto('/roles');
  await page.screenshot({ path: 'docs/screenshots/roles.png', fullPage: true });
});

test('a group pre-mapped by name binds when the identity provider sends it', async ({ ownerPage: page, scim }) => {
  const run = Date.now().toString(36);
  const roleName = `Auditor ${run}`;
  const groupName = `Audit Committee ${run}`;

  const role = await page.request.post('/api/console/roles', { data: { name: roleName } });
  expect(role.status()).toBe(201);

  await page.goto('/roles');
  await page.getByRole('button', { name: 'Pre-map a group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pre-map a group by name' });
  await dialog.getByLabel('Group display name').fill(groupName.toUpperCase());
  await dialog.getByRole('checkbox', { name: new RegExp(roleName) }).check();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByTestId('mapping-preview')).toContainText("No user's roles change");
  await expect(dialog.getByTestId('mapping-preview')).toContainText('the mapping waits for it');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('pending-row').filter({ hasText: groupName.toUpperCase() })).toContainText(roleName);

  const member = await provisionUser(scim, `member.${run}@contoso.example`);
  await provisionGroup(scim, groupName, [member]);

  await page.reload();
  await expect(page.getByTestId('pending-row').filter({ hasText: groupName.toUpperCase() })).toHaveCount(0);
  await page.goto(`/users/${member}`);
  await expect(page.getByTestId('user-role')).toContainText(roleName);
  await expect(page.getByTestId('user-role')).toContainText(`via ${groupName}`);
});

test('deleting a mapped role asks first and shows the groups and users it affects', async ({ ownerPage: page, scim }) => {
  const run = Date.now().toString(36);
  const roleName = `Temporary ${run}`;
  const groupName = `Contractors ${run}`;
  const members = [await provisionUser(scim, `c1.${run}@contoso.example`), await provisionUser(scim, `c2.${run}@contoso.example`)];
  const groupId = await provisionGroup(scim, groupName, members);
  const role = await (await page.request.post('/api/console/roles', { data: { name: roleName } })).json();
  expect((await page.request.post('/api/console/group-mappings', { data: { roleId: role.role.id, groupId } })).status()).toBe(201);

  await page.goto('/roles');
  await page.getByRole('button', { name: `Delete ${roleName}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete the role “${roleName}”?` });
  await expect(confirm).toContainText('takes it from 2 users');
  await expect(confirm.getByTestId('role-delete-impact')).toContainText(`${groupName} (2 members)`);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('role-row').filter({ hasText: roleName })).toBeVisible();

  await page.getByRole('button', { name: `Delete ${roleName}` }).click();
  await page.getByRole('dialog', { name: `Delete the role “${roleName}”?` }).getByRole('button', { name: 'Delete role' }).click();
  await expect(page.getByTestId('role-row').filter({ hasText: roleName })).toHaveCount(0);
  await page.goto(`/users/${members[0]}`);
  await expect(page.getByText('No role', { exact: true })).toBeVisible();
  await expect(page.getByTestId('user-role')).toHaveCount(0);
});
