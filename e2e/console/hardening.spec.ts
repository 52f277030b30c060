import { expect, test } from '../fixtures/console';
import { BASE_URL } from '../fixtures/paths';

const SECURITY_HEADERS = {
  'content-security-policy': /default-src 'self';.*frame-ancestors 'none'/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  // `next start` runs with NODE_ENV=production.
  'strict-transport-security': /^max-age=\d+; includeSubDomains$/,
};

test('a page and an API route carry the security headers', async ({ request }) => {
  for (const path of ['/login', '/api/console/me']) {
    const response = await request.get(path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers()[name], `${name} on ${path}`).toMatch(value);
  }
});

test('the sign-in form posts (never a GET with the password in the URL) and stays disabled until hydrated', async ({ request, page }) => {
  const html = await (await request.get('/login')).text();
  expect(html).toMatch(/<form[^>]*method="post"/);
  expect(html).toMatch(/<fieldset disabled=""/);

  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await expect(page.getByLabel('Password')).toBeEditable();
});

test('a signed-in user is never sent off-site by a crafted callbackUrl', async ({ ownerPage }) => {
  for (const callbackUrl of ['/%09/evil.example.com/phish', '/%0a/evil.example.com', '/%5Cevil.example.com', '%2F%2Fevil.example.com', 'https://evil.example.com/']) {
    const response = await ownerPage.goto(`/login?callbackUrl=${callbackUrl}`);
    expect(response?.status(), callbackUrl).toBeLessThan(500);
    expect(new URL(ownerPage.url()).origin, callbackUrl).toBe(BASE_URL);
  }
  const response = await ownerPage.goto('/login?callbackUrl=/benutzer/m%C3%BCller');
  expect(response?.status()).toBeLessThan(500);
});
