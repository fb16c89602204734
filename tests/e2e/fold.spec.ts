// Issue 9, "Play, don't read": on a laptop (1366x768) and a projector (1920x1080) a decision
// fits the first screen. Every option card's headline, sentence and Choose button are in view
// without scrolling, for the first decision and for the decisions with the most options; the map
// stays the main area (at least 45% of the screen) and the indicator strip stays in view; a
// focused control is never hidden under a sticky one; axe finds nothing.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, mapShare } from './support.ts';

const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

const choose = (page: Page) => page.getByRole('button', { name: /^Choose: / });
const next = (page: Page) => page.getByRole('button', { name: /^(Continue|See how it ended)$/ });

async function startSolomon(page: Page) {
  await page.goto('/?seed=11');
  await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
  await expect(choose(page).first()).toBeVisible();
}

async function startKazakhstan(page: Page) {
  await page.goto('/?seed=11');
  await page.getByRole('button', { name: /^Play: Central Asia/ }).click();
  await page.getByRole('button', { name: 'Play as Kazakhstan' }).click();
  await expect(choose(page).first()).toBeVisible();
}

/** Plays the first open option until a decision offers `count` options (the towers: six). */
async function playToOptions(page: Page, count: number) {
  for (let step = 0; step < 60; step++) {
    await expect(choose(page).first().or(next(page))).toBeVisible();
    if (await next(page).isVisible()) {
      await next(page).click();
      continue;
    }
    if ((await page.locator('.decision .option').count()) >= count) return;
    await choose(page).first().click();
  }
  throw new Error(`no decision with ${count} options was reached`);
}

/**
 * Every card's headline, sentence (or the reason it is closed) and Choose button lie inside the
 * screen, below the indicator strip, with the page at its top.
 */
async function expectWholeDecisionOnFirstScreen(page: Page) {
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const boxes = await page.locator('.decision .option').evaluateAll((cards) => {
    const hud = document.querySelector('.hud')?.getBoundingClientRect().bottom ?? 0;
    return cards.map((card) => {
      const parts = ['.option-headline', '.option-short, .closed-reason', 'button.choose'];
      return {
        name: card.querySelector('.option-headline')?.textContent ?? '',
        hud,
        parts: parts.map((selector) => {
          const part = card.querySelector(selector);
          const box = part?.getBoundingClientRect();
          return { selector, top: box?.top ?? -1, bottom: box?.bottom ?? Infinity };
        }),
        open: !card.classList.contains('closed'),
      };
    });
  });
  expect(boxes.length).toBeGreaterThan(1);
  const height = page.viewportSize()?.height ?? 0;
  const outside = boxes.flatMap((card) =>
    card.parts
      // A closed option has no Choose button.
      .filter((p) => card.open || p.selector !== 'button.choose')
      .filter((p) => p.top < card.hud || p.bottom > height)
      .map((p) => `${card.name}: ${p.selector} at ${Math.round(p.top)}-${Math.round(p.bottom)}`),
  );
  expect(outside).toEqual([]);
  // The buttons are the ones a player can press: on top where they are drawn.
  for (const button of await choose(page).all()) await expect(button).toBeInViewport();
}

/** No Choose button is drawn over a card's "Known now" chips (on the first screen or scrolled). */
async function expectChipsUncovered(page: Page) {
  const covered = () =>
    page.evaluate(() => {
      const buttons = [...document.querySelectorAll('.decision button.choose')].map((b) =>
        b.getBoundingClientRect(),
      );
      return [...document.querySelectorAll<HTMLElement>('.decision .option > .chips .chip')]
        .filter((chip) => chip.offsetParent !== null)
        .filter((chip) => {
          const c = chip.getBoundingClientRect();
          return buttons.some(
            (b) => c.left < b.right && c.right > b.left && c.top < b.bottom && c.bottom > b.top,
          );
        })
        .map((chip) => chip.textContent);
    });
  expect(await covered()).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 120));
  expect(await covered()).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function expectMapIsTheStage(page: Page) {
  const share = await mapShare(page);
  expect(share).toBeGreaterThanOrEqual(0.45);
  await expect(page.locator('.hud')).toBeInViewport({ ratio: 1 });
}

/** Whatever is drawn at the middle of the focused control is the control itself. */
function focusedIsOnTop(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const box = el.getBoundingClientRect();
    if (box.bottom > innerHeight || box.top < 0) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit === el || el.contains(hit);
  });
}

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}x${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the first decision (three options) fits the first screen beside the map', async ({
      page,
    }) => {
      await startSolomon(page);
      await expect(page.locator('.decision .option')).toHaveCount(3);
      await expectWholeDecisionOnFirstScreen(page);
      await expectMapIsTheStage(page);
      // What is known now shows on each card, under its Choose button and never beneath it.
      await expect(page.locator('.decision .option > .chips').first()).toBeVisible();
      await expectChipsUncovered(page);
    });

    test('a first decision with four options fits the first screen (Kazakhstan)', async ({
      page,
    }) => {
      await startKazakhstan(page);
      await expect(page.locator('.decision .option')).toHaveCount(4);
      await expectWholeDecisionOnFirstScreen(page);
      await expectMapIsTheStage(page);
    });

    test('the decision with the most options (six towers) fits the first screen', async ({
      page,
    }) => {
      await startSolomon(page);
      await playToOptions(page, 6);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectWholeDecisionOnFirstScreen(page);
      await expectMapIsTheStage(page);
      // What is known now: on the laptop one click away in each card's "Why say yes"; the
      // projector has room to show it on the card.
      const first = page.locator('.decision .option').first();
      const onCard = first.locator(':scope > .chips');
      if (size.name === 'laptop') {
        await expect(onCard).toBeHidden();
        await first.getByText('Why say yes, what critics warn').click();
        await expect(first.locator('details .chips')).toBeVisible();
        await expect(first.locator('details .chips')).toContainText(/Lender: /);
      } else {
        await expect(onCard).toBeVisible();
        await expect(first.locator('details .chips')).toBeHidden();
      }
    });

    test('focus on a Choose button or a card link is never covered by a sticky element', async ({
      page,
    }) => {
      await startSolomon(page);
      const controls = page.locator('.decision .option').locator('button.choose, summary');
      const count = await controls.count();
      expect(count).toBeGreaterThan(3);
      for (let i = 0; i < count; i++) {
        await controls.nth(i).focus();
        expect(await focusedIsOnTop(page), `control ${i} is covered`).toBe(true);
      }
      await expect(page.locator('.hud')).toBeInViewport();
    });

    test('the compact decision passes axe, its advisors marked illustrative', async ({ page }) => {
      await startSolomon(page);
      const voices = page.getByRole('region', { name: 'Your advisors' });
      await expect(voices).toContainText('Illustrative, invented voices');
      await voices.getByText('Who they are').click();
      await expect(voices).toContainText(/Minister of Finance/);
      await expectNoAxeViolations(page);
    });
  });
}
