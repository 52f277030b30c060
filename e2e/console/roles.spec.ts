import type { APIRequestContext } from '@playwright/test';
import { saveScreenshot } from '../fixtures/screenshot';
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

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

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
  const writes: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/console/') && !['GET', 'HEAD'].includes(request.method()) && !request.url().includes('/preview')) {
      writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
    }
  });
  await mapping.getByRole('button', { name: 'Apply' }).click();
  await expect(mapping).toBeHidden();
  // One save is one request and one audit entry, whatever the number of roles.
  expect(writes).toEqual(['PUT /api/console/group-roles']);
  const audited = await (await page.request.get(`/api/console/audit?operation=mapping.update&text=${encodeURIComponent(groupName)}`)).json();
  expect(audited.events).toHaveLength(1);
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
  await saveScreenshot(page, 'roles');
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

  // The same name in another letter case: the preview says it is already pre-mapped, and the first spelling stays.
  const secondRole = `Reviewer ${run}`;
  expect((await page.request.post('/api/console/roles', { data: { name: secondRole } })).status()).toBe(201);
  await page.reload();
  await page.getByRole('button', { name: 'Pre-map a group' }).click();
  await dialog.getByLabel('Group display name').fill(groupName.toLowerCase());
  await dialog.getByRole('checkbox', { name: new RegExp(secondRole) }).check();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByTestId('premap-existing')).toContainText(`“${groupName.toUpperCase()}” is already pre-mapped to ${roleName}`);
  await saveScreenshot(page, 'roles-premap-existing');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('pending-row').filter({ hasText: groupName.toUpperCase() })).toContainText(secondRole);
  // Playwright's hasText ignores case: the cell's exact name does not.
  await expect(page.getByTestId('pending-row').getByRole('cell', { name: groupName.toUpperCase(), exact: true })).toHaveCount(1);
  await expect(page.getByTestId('pending-row').getByRole('cell', { name: groupName.toLowerCase(), exact: true })).toHaveCount(0);
  // The toast does not cover the button that opened the dialog.
  const toastBox = await page.locator('[data-sonner-toast]').filter({ hasText: 'is mapped' }).boundingBox();
  const buttonBox = await page.getByRole('button', { name: 'Pre-map a group' }).boundingBox();
  expect(toastBox && buttonBox && intersects(toastBox, buttonBox)).toBeFalsy();

  const member = await provisionUser(scim, `member.${run}@contoso.example`);
  await provisionGroup(scim, groupName, [member]);

  await page.reload();
  await expect(page.getByTestId('pending-row').filter({ hasText: groupName.toUpperCase() })).toHaveCount(0);
  await page.goto(`/users/${member}`);
  // Both pre-mapped roles bound to the group when it arrived.
  for (const name of [roleName, secondRole]) await expect(page.getByTestId('user-role').filter({ hasText: name })).toContainText(`via ${groupName}`);
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
