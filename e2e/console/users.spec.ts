import { expect, test } from '../fixtures/console';
import { saveScreenshot } from '../fixtures/screenshot';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

test('users are searched and filtered on the server, and a user shows its fields, SCIM document and audit history', async ({
  ownerPage: page,
  scim,
}) => {
  const run = Date.now().toString(36);
  const people = [
    { given: 'Ada', family: 'Lovelace', active: true, department: 'Research' },
    { given: 'Grace', family: `Hopper-${run}`, active: true, department: 'Navy' },
    { given: 'Alan', family: 'Turing', active: false, department: 'Research' },
  ];
  const ids: string[] = [];
  for (const person of people) {
    const response = await scim.post('Users', {
      data: {
        schemas: [USER, ENTERPRISE],
        userName: `${person.given.toLowerCase()}.${run}@contoso.example`,
        name: { givenName: person.given, familyName: person.family },
        emails: [{ type: 'work', value: `${person.given.toLowerCase()}.${run}@contoso.example`, primary: true }],
        active: person.active,
        [ENTERPRISE]: { department: person.department },
      },
    });
    expect(response.status()).toBe(201);
    ids.push((await response.json()).id);
  }

  await page.goto('/users');
  await page.getByLabel('Search users').fill(run);
  await expect(page.getByTestId('user-row')).toHaveCount(3);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1–3 of 3');

  await page.getByLabel('Status').selectOption('inactive');
  await expect(page.getByTestId('user-row')).toHaveCount(1);
  await expect(page.getByTestId('user-row')).toContainText(`alan.${run}@contoso.example`);
  await expect(page.getByTestId('user-row')).toContainText('Inactive');

  await page.reload();
  await expect(page.getByLabel('Status')).toHaveValue('inactive');
  await expect(page.getByTestId('user-row')).toHaveCount(1);

  await page.getByLabel('Status').selectOption('all');
  await page.getByLabel('Search users').fill(`grace hopper-${run}`);
  const grace = page.getByTestId('user-row').filter({ hasText: `grace.${run}@contoso.example` });
  await expect(page.getByTestId('user-row')).toHaveCount(1, { timeout: 10_000 });
  await expect(grace).toContainText('Navy');
  await page.getByLabel('Search users').fill(run);
  await expect(page.getByTestId('user-row')).toHaveCount(3);
  await saveScreenshot(page, 'users');

  await page.getByRole('link', { name: `grace.${run}@contoso.example` }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${ids[1]}$`));
  await expect(page.getByRole('heading', { name: `grace.${run}@contoso.example` })).toBeVisible();
  const document = page.getByTestId('scim-document');
  await expect(document).toContainText(`"userName": "grace.${run}@contoso.example"`);
  await expect(document).toContainText(`"department": "Navy"`);
  await expect(document).toContainText(`"location": "`);
  const history = page.getByRole('table', { name: `Audit history of grace.${run}@contoso.example` });
  await expect(history.getByText('user.create')).toBeVisible();
  await saveScreenshot(page, 'user');
});

test('groups list their member counts and page their members', async ({ ownerPage: page, scim }) => {
  const run = Date.now().toString(36);
  const members: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    const response = await scim.post('Users', { data: { schemas: [USER], userName: `member${index}.${run}@contoso.example` } });
    members.push((await response.json()).id);
  }
  const groupName = `Engineering ${run}`;
  const group = await scim.post('Groups', { data: { schemas: [GROUP], displayName: groupName, members: members.map((value) => ({ value })) } });
  expect(group.status()).toBe(201);
  const groupId = (await group.json()).id;

  await page.goto('/groups');
  await page.getByLabel('Search groups').fill(run);
  const row = page.getByTestId('group-row').filter({ hasText: groupName });
  await expect(row).toContainText('3');
  await expect(row.getByTestId('no-role')).toBeVisible();
  await saveScreenshot(page, 'groups');

  await row.getByRole('link', { name: groupName }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${groupId}$`));
  await expect(page.getByRole('heading', { name: groupName })).toBeVisible();
  await expect(page.getByTestId('member-row')).toHaveCount(3);
  await expect(page.getByTestId('member-row').first()).toContainText(`member0.${run}@contoso.example`);

  const firstPage = await page.request.get(`/api/console/groups/${groupId}/members?count=2`);
  expect(await firstPage.json()).toMatchObject({ total: 3, members: [{}, {}] });
  const refused = await page.request.get('/api/console/users?count=1000');
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toMatchObject({ field: 'count', message: 'Show at most 100 per page.' });
  await saveScreenshot(page, 'group');
});

test('a user that is not there (deleted) says so and offers no "Try again"', async ({ ownerPage: page }) => {
  await page.goto('/users/0190a3c4-0000-7000-8000-000000000000');
  await expect(page.getByText('This user no longer exists')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
});

test('a filter chosen while a search is still pending keeps both, in the URL and in the search box', async ({ ownerPage: page, scim }) => {
  const run = Date.now().toString(36);
  const userName = `race.${run}@contoso.example`;
  const created = await scim.post('Users', { data: { schemas: [USER], userName, active: true } });
  expect(created.status()).toBe(201);

  await page.goto('/users');
  const search = page.getByLabel('Search users');
  // The status is chosen before the search's pause has passed: neither may undo the other.
  await search.fill(run);
  await page.getByLabel('Status').selectOption('active');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${run}(&|$)`));
  await expect(page).toHaveURL(/[?&]status=active(&|$)/);
  await expect(search).toHaveValue(run);
  await expect(page.getByTestId('user-row')).toHaveCount(1);
  await expect(page.getByTestId('user-row')).toContainText(userName);
});

test('a result clicked while a search is still pending opens, whether that search would change the list or not', async ({ ownerPage: page, scim }) => {
  const run = Date.now().toString(36);
  const userName = `click.${run}@contoso.example`;
  const created = await scim.post('Users', { data: { schemas: [USER], userName, active: true } });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id;

  // Typed back to the search in effect, then typed a new one; each time a result is clicked before the pause passes.
  for (const typed of [[`${run}x`, run], [`${run} more`]]) {
    await page.goto(`/users?q=${run}`);
    const link = page.getByRole('link', { name: userName });
    await expect(link).toBeVisible();
    for (const text of typed) await page.getByLabel('Search users').fill(text);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/users/${id}$`));
    await expect(page.getByRole('heading', { name: userName })).toBeVisible();
  }
});
