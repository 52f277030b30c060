import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/console';
import { watchConsoleErrors } from '../fixtures/console-errors';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

const SHARED_PAGES = ['/overview', '/onboarding', '/setup-guide', '/audit'];
const OWNER_PAGES = ['/tokens', '/roles', '/attributes', '/settings', '/users', '/groups'];

/** Opens a page, lets it hydrate and load its data, and returns what the console logged meanwhile. */
async function visit(page: Page, path: string, problems: string[]): Promise<string[]> {
  const before = problems.length;
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  return problems.slice(before);
}

test('no console page logs an error or a hydration error, for the owner and for a success manager', async ({ ownerPage, managerPage, scim }) => {
  const stamp = Date.now().toString(36);
  const user = await (await scim.post('Users', { data: { schemas: [USER], userName: `console.errors.${stamp}@contoso.example` } })).json();
  const group = await (await scim.post('Groups', { data: { schemas: [GROUP], displayName: `Console errors ${stamp}`, members: [{ value: user.id }] } })).json();
  const { events } = await (await ownerPage.request.get('/api/console/audit?limit=1')).json();
  const details = [`/users/${user.id}`, `/groups/${group.id}`, `/audit/${events[0].id}`];

  const owner = watchConsoleErrors(ownerPage);
  for (const path of [...SHARED_PAGES, ...OWNER_PAGES, ...details]) expect(await visit(ownerPage, path, owner), path).toEqual([]);

  const manager = watchConsoleErrors(managerPage);
  for (const path of [...SHARED_PAGES, `/audit/${events[0].id}`]) expect(await visit(managerPage, path, manager), path).toEqual([]);
  // Owner pages answer the 403 page, which must not log anything beyond the refused document itself.
  for (const path of OWNER_PAGES) expect(await visit(managerPage, path, manager), path).toEqual([]);
});
