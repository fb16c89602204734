// The game screen as a class meets it, on a laptop, a projector, a small laptop, a tablet and a
// phone: the view lands on the decision after Play, Continue and Rewind; the indicators stay in
// view while deciding and never cover a Choose button; changes are told good or bad for the
// country in words and colour; glossary terms explain themselves; axe finds nothing.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import {
  expectNoAxeViolations,
  finishRound,
  mapShare,
  playByClicking,
  playSteps,
} from './support.ts';

const SIZES = [
  { name: 'laptop', width: 1366, height: 768, touch: false },
  { name: 'projector', width: 1920, height: 1080, touch: false },
  { name: 'small-laptop', width: 1024, height: 768, touch: false },
  { name: 'tablet', width: 768, height: 1024, touch: true },
  { name: 'phone', width: 390, height: 844, touch: true },
] as const;

const choose = (page: Page) => page.getByRole('button', { name: /^Choose: / });

/** The page is at its top, focus is on the decision's title, and the title is on screen. */
async function expectLandedOnDecision(page: Page) {
  await expect(choose(page).first()).toBeVisible();
  const title = page.locator('.decision h2[tabindex="-1"]');
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
}

async function expectIndicatorsInView(page: Page) {
  await expect(page.locator('.hud')).toBeInViewport();
  await expect(page.locator('.hud [data-indicator="connectivity"]')).toBeInViewport();
}

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}x${size.height}`, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      hasTouch: size.touch,
      isMobile: size.touch,
    });

    test('the view lands on the decision after Play, Continue and Rewind', async ({ page }) => {
      await page.goto('/?seed=8');
      await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
      await expectLandedOnDecision(page);
      await finishRound(page);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expectLandedOnDecision(page);
      await playByClicking(page, 0);
      // The rewinds are folded under "What if?" in the debrief.
      await page.getByRole('heading', { name: 'What if?' }).click();
      await page
        .getByRole('button', { name: /^Rewind to 2018: / })
        .first()
        .click();
      await expect(page.getByText(/^What if: you are replaying from/)).toBeVisible();
      await expectLandedOnDecision(page);
    });

    test('the view lands on the decision when a saved game is continued from the title', async ({
      page,
    }) => {
      await page.goto('/?seed=8');
      await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
      await finishRound(page);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: /^Continue: / }).click();
      await expectLandedOnDecision(page);
    });

    test('the indicators stay in view while deciding, clear of every Choose button', async ({
      page,
    }) => {
      await page.goto('/?seed=8');
      await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
      await expectIndicatorsInView(page);
      const buttons = choose(page);
      const count = await buttons.count();
      for (let i = 0; i < count; i++) {
        // Focus scrolls a button into view as a keyboard would; the strip must not sit over it.
        await buttons.nth(i).focus();
        await expectIndicatorsInView(page);
        const onTop = await buttons.nth(i).evaluate((button) => {
          const box = button.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return hit === button || button.contains(hit);
        });
        expect(onTop).toBe(true);
      }
      // A real tap (or click) on the last option, right where the player sees it, chooses it.
      const last = buttons.nth(count - 1);
      const box = await last.boundingBox();
      if (!box) throw new Error('the last Choose button has no box');
      if (size.touch) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      else await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await finishRound(page);
    });

    test('good and bad changes are told in words and in colour by meaning, not direction', async ({
      page,
    }) => {
      await page.goto('/?seed=11');
      await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
      await page.getByRole('button', { name: 'Choose: Keep the Huawei contract' }).click();
      // 2018's second decision (the regional cyber network) moves neither indicator below.
      await page.getByRole('button', { name: 'Choose: Name incident officials to PaCSON' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(choose(page).first()).toBeVisible();
      // Both rise as the cable comes into service: more people online is better, more data
      // within another state's reach is worse.
      const online = page.locator('.hud [data-indicator="connectivity"] .change');
      const exposed = page.locator('.hud [data-indicator="dataExposure"] .change');
      await expect(online).toHaveText(/^▲ up [\d.]+, better$/);
      await expect(exposed).toHaveText(/^▲ up [\d.]+, worse$/);
      const colour = (name: string) =>
        page.evaluate(
          (v) => getComputedStyle(document.documentElement).getPropertyValue(v).trim(),
          name,
        );
      const rgb = (hex: string) =>
        `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
      await expect(online).toHaveCSS('color', rgb(await colour('--up')));
      await expect(exposed).toHaveCSS('color', rgb(await colour('--down')));
    });

    test('a glossary term is explained on focus, and the decision passes axe', async ({ page }) => {
      await page.goto('/?seed=11');
      await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
      // The first decision names no glossary term; the second (the regional network) does.
      await playSteps(page, 1);
      const term = page.locator('.decision button.term:visible').first();
      await expect(term).toHaveText('PaCSON');
      await term.focus();
      const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
      await expect(tip).toBeVisible();
      await expect(tip).toHaveText(/\w+: \w+.*/);
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
      await expectNoAxeViolations(page);
    });

    test('a decision looks as it did (screenshot baseline)', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/?seed=11');
      await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
      await expect(page.locator('.map-panel canvas')).toBeVisible();
      await expect(page).toHaveScreenshot(`decision-${size.name}.png`, {
        // The map has a baseline of its own (map.spec.ts); here the layout around it matters.
        mask: [page.locator('.map-panel canvas')],
        maxDiffPixelRatio: 0.01,
      });
    });
  });
}

test.describe('laptop 1366x768, the map as the stage', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the map fills at least 45% of the screen while a decision is shown', async ({ page }) => {
    await page.goto('/?seed=11');
    await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
    await expect(page.locator('.map-panel canvas')).toBeVisible();
    await expect(page.locator('.decision h2')).toBeInViewport();
    const share = await mapShare(page);
    expect(share).toBeGreaterThanOrEqual(0.45);
  });
  // Every card's headline, sentence and Choose on the first screen: tests/e2e/fold.spec.ts.
});

/** Serves the Solomon Islands with its first news item made a major event at Honiara. */
async function withMajorNews(page: Page) {
  await page.route(/\/assets\/solomon-islands-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    let body = await response.text();
    const at = body.indexOf('"id":"african-union-warning"');
    // Another chunk of that name (the map's region) passes through untouched.
    if (at < 0) return route.fulfill({ response, body });
    const major = body.indexOf('"major":false', at);
    if (major < 0) throw new Error('the first news item is not where the test expects');
    body = `${body.slice(0, major)}"major":true${body.slice(major + '"major":false'.length)}`;
    body = body.replace('"id":"african-union-warning"', '$&,"place":"honiara"');
    await route.fulfill({ response, body });
  });
}

test.describe('laptop 1366x768, a major event', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  // A chunk still being rewritten when a test ends must not fail the next test.
  test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

  test('gets a moment over the map, is announced, closes with Escape and never covers the decision', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await withMajorNews(page);
    await page.goto('/?seed=11');
    await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
    const moment = page.locator('.event-moment');
    await expect(moment).toBeVisible();
    await expect(moment).toContainText('Breaking news · Honiara');
    await expect(moment.getByRole('heading')).toHaveText(/donated network leaked/);
    await expect(page.getByRole('status')).toContainText('Breaking news: ');
    await expect(moment.locator('.moment-card')).toHaveCSS('animation-name', 'none');
    const [a, b] = [await moment.boundingBox(), await page.locator('.decision').boundingBox()];
    if (!a || !b) throw new Error('no boxes');
    expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
    // Focus stays on the decision: the moment is seen and heard, not in the way.
    await expect(page.locator('.decision h2')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(moment).toBeHidden();
  });

  test('is cleared by the next move, so it never lingers into the next decision', async ({
    page,
  }) => {
    await withMajorNews(page);
    await page.goto('/?seed=11');
    await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
    await expect(page.locator('.event-moment')).toBeVisible();
    const title = (await page.locator('.decision h2').textContent()) ?? '';
    await choose(page).first().click();
    // 2018 holds a second decision: the moment must not linger into it.
    await expect(page.locator('.decision h2')).not.toHaveText(title);
    await expect(page.locator('.event-moment')).toBeHidden();
  });
});

const solomon = loadScenarioText(
  readFileSync('scenarios/solomon-islands.yaml', 'utf8'),
  'solomon-islands.yaml',
);

test.describe('laptop 1366x768, short forms', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('each card shows its headline and one sentence (else its label and first sentence); the reasons wait behind one click', async ({
    page,
  }) => {
    await page.goto('/?seed=11');
    await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
    const decision = solomon.decisions[0];
    if (!decision) throw new Error('the scenario has no decision');
    const cards = page.locator('.option');
    await expect(cards).toHaveCount(decision.options.length);
    for (const [i, option] of decision.options.entries()) {
      const card = cards.nth(i);
      await expect(card.getByRole('heading')).toHaveText(option.headline ?? option.label);
      const sentence = card.locator('.option-short');
      if (option.short) await expect(sentence).toHaveText(option.short);
      else await expect(sentence).toHaveText(/\.$/);
    }
    const first = cards.first();
    await expect(first.locator('.appeal')).toBeHidden();
    await first.getByText('Why say yes, what critics warn').click();
    await expect(first.locator('.appeal')).toBeVisible();
    // The words the player reads, without the glossary's explanations tucked inside them.
    const prompt = await page.locator('.decision .prompt').evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.term-tip').forEach((tip) => tip.remove());
      return copy.textContent;
    });
    expect(prompt).toBe(decision.short ?? decision.prompt);
    // One name on the card; its button reads "Choose" and is announced with the option's label.
    const option = decision.options[0];
    if (!option) throw new Error('the decision has no option');
    const button = first.getByRole('button', { name: `Choose: ${option.label}` });
    await expect(button).toHaveText('Choose');
    await expect(first.getByText(option.label, { exact: true })).toHaveCount(
      option.headline === option.label ? 1 : 0,
    );
    await expectNoAxeViolations(page);
  });

  test('the round report names the choice as its card did and says what it led to at once in a word', async ({
    page,
  }) => {
    await page.goto('/?seed=11');
    await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
    const option = solomon.decisions[0]?.options[0];
    if (!option) throw new Error('the scenario has no option');
    await page.getByRole('button', { name: `Choose: ${option.label}` }).click();
    await finishRound(page);
    const report = page.locator('.round-report');
    const titles = report.locator('.log-entry:not(.event-card) .log-title');
    // "You chose" on a line of its own over the card's headline, which reads as the one on the card.
    await expect(titles.first().locator('.log-label')).toHaveText('You chose');
    await expect(titles.first().locator('.log-name')).toHaveText(option.headline ?? option.label);
    expect(
      await titles.first().evaluate((title) => (title as HTMLElement).innerText.split('\n')),
    ).toEqual(['You chose', option.headline ?? option.label]);
    await expect(titles.nth(1)).toHaveText(/^Then: /);
    // This year's choice is named above; only effects of earlier years say which choice led there.
    await expect(report.getByText(/^Because in .* you chose/)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('two advisors speak by default, the others one click away', async ({ page }) => {
    await page.goto('/?seed=11');
    await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
    const decision = solomon.decisions[0];
    const lines = decision?.voices ?? [];
    if (lines.length < 3) throw new Error('the first decision needs three voices for this test');
    const voices = page.getByRole('region', { name: 'Your advisors' });
    await expect(voices).toContainText('Illustrative');
    const shown = voices.locator('li:visible');
    await expect(shown).toHaveCount(2);
    await expect(shown.first()).toContainText(lines[0]?.line ?? '');
    await expect(shown.nth(1)).toContainText(lines[1]?.line ?? '');
    await voices
      .getByText(lines.length === 3 ? 'One more voice' : `${lines.length - 2} more voices`)
      .click();
    await expect(voices.locator('li:visible')).toHaveCount(lines.length);
    await expectNoAxeViolations(page);
  });
});
