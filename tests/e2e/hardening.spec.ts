// What a hostile or careless address cannot do: run script past the page's security policy, blank
// the page through a built-in name, or silently hand a class different dice.
import { expect, test } from '@playwright/test';
import { playSteps } from './support.ts';

test('the built page carries a strict security policy that a whole round of play never trips', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  await page.goto('/?seed=3');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);

  await page.getByRole('button', { name: /^Play: Solomon/ }).click();
  await playSteps(page, 4);
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
});

for (const route of ['constructor', 'toString', '__proto__']) {
  test(`the address #/${route} opens the title screen, not a blank page`, async ({ page }) => {
    await page.goto(`/#/${route}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Digital Silk Road' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Play/ }).first()).toBeVisible();
  });
}

test('an address with impossible dice says they were ignored', async ({ page }) => {
  await page.goto('/?seed=-1');
  await expect(page.getByRole('complementary', { name: 'Dice' })).toContainText(
    'this game uses random dice',
  );
  await page.goto('/?seed=4294967297');
  await expect(page.getByRole('complementary', { name: 'Dice' })).toContainText('4294967297');
});
