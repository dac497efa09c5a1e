import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, scrollsSideways } from './helpers';
import { decodeQr, printedAddress, printedText, squeeze } from './print-helpers';
import { content } from '../helpers/real-content';
import { progressKey } from '../../src/lib/pathways/progress';

const SITE = 'https://alliance-pathways.example.org';
const pathways = content.pathways;
const start = pathways.find((pathway) => pathway.id === 'start-a-new-alliance')!;
const totalItems = (pathway: (typeof pathways)[number]) => pathway.data.steps.reduce((sum, step) => sum + step.checklist.length, 0);

test('the pathways list links to every pathway and each of its steps; the nav marks the section', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pathways' }).click();
  await expect(page).toHaveURL(/\/pathways\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pathways');
  for (const pathway of pathways) {
    await expect(page.getByRole('heading', { level: 2, name: pathway.data.title })).toBeVisible();
    for (const step of pathway.data.steps) {
      await expect(page.locator(`a[href="/pathways/${pathway.id}/#step-${step.id}"]`)).toHaveCount(1);
    }
  }
  await page.getByRole('link', { name: start.data.title }).click();
  await expect(page).toHaveURL(/\/pathways\/start-a-new-alliance\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pathways' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

for (const pathway of pathways) {
  test(`pathway ${pathway.id}: every step has its anchor, stage, actions, checklist and working resource links`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/pathways/${pathway.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pathway.data.title);
    const total = pathway.data.steps.length;
    for (const [index, step] of pathway.data.steps.entries()) {
      const heading = page.locator(`h2#step-${step.id}`);
      await expect(heading).toHaveText(step.title);
      const section = page.getByRole('region', { name: step.title });
      await expect(section).toContainText(`Step ${index + 1} of ${total}`);
      await expect(section.locator(`a[href="/stages/${step.stage}/"]`).first()).toBeVisible();
      await expect(section.getByRole('checkbox')).toHaveCount(step.checklist.length);
      const resourceLinks = section.locator('.handout-item article a');
      await expect(resourceLinks).toHaveCount(step.resources.length);
      await expect(resourceLinks.first()).toHaveAttribute('href', `/resources/${step.resources[0]}/`);
      for (const id of step.guidance) await expect(section.locator(`a[href="/stages/${step.stage}/#step-${id}"]`)).toHaveCount(1);
    }
    // The stepper lists the steps in order, each linking to its anchor.
    const stepper = page.getByRole('navigation', { name: 'Steps' });
    await expect(stepper.getByRole('link')).toHaveCount(total);
    expect(errors).toEqual([]);
  });
}

test('every resource a pathway curates opens its own page', async ({ page }) => {
  const ids = [...new Set(pathways.flatMap((pathway) => pathway.data.steps.flatMap((step) => step.resources)))];
  for (const id of ids) {
    const response = await page.request.get(`/resources/${id}/`);
    expect(response.status(), id).toBe(200);
  }
});

test('a link to a step anchor lands on that step, and the stepper shows where you are', async ({ page }) => {
  const step = start.data.steps[3]!;
  await page.goto(`/pathways/${start.id}/#step-${step.id}`);
  await expect(page.locator(`#step-${step.id}`)).toBeInViewport();
  const stepper = page.getByRole('navigation', { name: 'Steps' });
  await expect(stepper.locator('[aria-current="step"]')).toHaveAttribute('href', `#step-${step.id}`);
  // Following the stepper to another step moves the marker with it.
  const last = start.data.steps.at(-1)!;
  await stepper.getByRole('link', { name: new RegExp(last.title) }).click();
  await expect(page.locator(`#step-${last.id}`)).toBeInViewport();
  await expect(stepper.locator('[aria-current="step"]')).toHaveAttribute('href', `#step-${last.id}`);
});

/** The status line of the progress panel. */
const status = (page: Page) => page.locator('[data-progress-status]');

test('checklist ticks survive a reload, stay in this browser, and can be cleared', async ({ page }) => {
  const errors = collectErrors(page);
  const total = totalItems(start);
  const [first, second] = start.data.steps;
  await page.goto(`/pathways/${start.id}/`);
  await expect(status(page)).toHaveText(`0 of ${total} items ticked.`);

  await page.getByRole('checkbox', { name: first!.checklist[0]! }).check();
  await page.getByRole('checkbox', { name: second!.checklist[1]! }).check();
  await expect(status(page)).toHaveText(`2 of ${total} items ticked.`);
  const stepper = page.getByRole('navigation', { name: 'Steps' });
  await expect(stepper.locator(`[data-stepper-state="${first!.id}"]`)).toHaveText(`1 of ${first!.checklist.length} ticked`);

  // Stored only in localStorage, under this pathway's key.
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), progressKey(start.id));
  expect(Object.keys(JSON.parse(stored!)).sort()).toEqual([first!.id, second!.id].sort());

  await page.reload();
  await expect(page.getByRole('checkbox', { name: first!.checklist[0]! })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: second!.checklist[1]! })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: first!.checklist[1]! })).not.toBeChecked();
  await expect(status(page)).toHaveText(`2 of ${total} items ticked.`);

  // Ticking every item of a step marks the step done in the stepper.
  for (const item of first!.checklist) await page.getByRole('checkbox', { name: item }).check();
  await expect(stepper.locator(`[data-stepper-state="${first!.id}"]`)).toHaveText(`✓ All ${first!.checklist.length} ticked`);

  // Another pathway keeps its own, empty, progress.
  await page.goto('/pathways/strengthen-a-partnership/');
  await expect(status(page)).toHaveText(/^0 of \d+ items ticked\.$/);

  await page.goto(`/pathways/${start.id}/`);
  await page.getByRole('button', { name: 'Clear all ticks' }).click();
  await expect(status(page)).toHaveText(`All ticks cleared. 0 of ${total} items ticked.`);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(await page.evaluate((key) => window.localStorage.getItem(key), progressKey(start.id))).toBeNull();
  await page.reload();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the checklist works from the keyboard', async ({ page }) => {
  await page.goto(`/pathways/${start.id}/`);
  const box = page.getByRole('checkbox', { name: start.data.steps[0]!.checklist[0]! });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(status(page)).toHaveText(`1 of ${totalItems(start)} items ticked.`);
  await page.getByRole('button', { name: 'Clear all ticks' }).focus();
  await page.keyboard.press('Enter');
  await expect(box).not.toBeChecked();
});

test('damaged stored progress is ignored without an error', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(
    (key) => window.localStorage.setItem(key, '{"test-the-idea": "<img src=x onerror=alert(1)>", "x": [1,'),
    progressKey(start.id),
  );
  await page.goto(`/pathways/${start.id}/`);
  await expect(status(page)).toHaveText(`0 of ${totalItems(start)} items ticked.`);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('where the browser refuses storage, ticks still work for the visit and the page says they are not kept', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(`/pathways/${start.id}/`);
  await page.getByRole('checkbox', { name: start.data.steps[0]!.checklist[0]! }).check();
  await expect(status(page)).toHaveText(/^1 of \d+ items ticked\. This browser is not keeping them/);
  expect(errors).toEqual([]);
});

test('printing a pathway gives a handout with steps, checklist, resource addresses, QR codes and the date', async ({ page }) => {
  const pathway = pathways.find((candidate) => candidate.id === 'finance-prevention-together')!;
  await page.goto(`/pathways/${pathway.id}/`);
  const text = squeeze((await printedText(page)).join(''));
  expect(text).toContain(squeeze(`Alliance Pathways handout: Pathway: ${pathway.data.title}`));
  expect(text).toContain(`${SITE}/pathways/${pathway.id}/`);
  expect(text).toMatch(/Printedon\d{1,2}[A-Z][a-z]+\d{4}\./);
  for (const step of pathway.data.steps) {
    expect(text).toContain(squeeze(step.title));
    for (const item of step.checklist) expect(text).toContain(squeeze(item));
    for (const id of step.resources) expect(text).toContain(printedAddress(SITE, `/resources/${id}/`));
  }
  expect(text).not.toContain(squeeze('Clear all ticks'));
  expect(text).not.toContain(squeeze('Link to this step'));

  await page.emulateMedia({ media: 'print' });
  const resourceCount = pathway.data.steps.reduce((sum, step) => sum + step.resources.length, 0);
  const codes = page.locator('.handout-qr svg');
  await expect(codes).toHaveCount(resourceCount + 1);
  const header = page.locator('.handout-header');
  await expect(header).toBeVisible();
  expect(await decodeQr(header.locator('svg'))).toBe(`${SITE}/pathways/${pathway.id}/`);
  const item = page.locator('.handout-item').nth(4);
  expect(await decodeQr(item.locator('.handout-qr svg'))).toBe((await item.locator('.handout-url').textContent())!.trim());
});

test('the search index holds each pathway, filtered as kind "Pathway", with its steps as anchored sub-results', async ({ page }) => {
  await page.goto('/');
  const found = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`);
    const byKind = await pagefind.search(null, { filters: { kind: 'Pathway' } });
    const hits = await pagefind.search('threshold triggers payment');
    const first = await hits.results[0]?.data();
    return {
      kinds: (await Promise.all(byKind.results.map((result: { data: () => Promise<{ url: string }> }) => result.data())))
        .map((data: { url: string }) => data.url)
        .sort(),
      url: first?.url,
      subResults: first?.sub_results.map((sub: { url: string }) => sub.url),
    };
  });
  expect(found.kinds).toEqual(pathways.map((pathway) => `/pathways/${pathway.id}/`).sort());
  expect(found.url).toBe('/pathways/finance-prevention-together/');
  expect(found.subResults).toContain('/pathways/finance-prevention-together/#step-measure-what-unlocks-payment');
});

test.describe('where do I start?', () => {
  test('asks for missing answers, then suggests a stage and a pathway step that exist', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/start/');
    await page.getByRole('button', { name: 'Suggest where to start' }).click();
    const summary = page.getByRole('group', { name: 'Please answer every question' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(3);
    await expectNoAxeViolations(page);

    // Following an error link moves focus to that question.
    await summary.getByRole('link', { name: /^Question 2:/ }).click();
    await expect(page.getByRole('radio', { name: 'Deciding whether working across sectors is right for us' })).toBeFocused();

    await page.getByRole('radio', { name: 'We have started talking with a few possible partners' }).check();
    await page.getByRole('radio', { name: 'Finding the right partners and winning their trust' }).check();
    await page.getByRole('button', { name: 'Suggest where to start' }).click();
    await expect(summary.getByRole('link')).toHaveCount(1);
    await page.getByRole('radio', { name: 'No, not at the moment' }).check();
    await page.getByRole('button', { name: 'Suggest where to start' }).click();

    await expect(summary).toBeHidden();
    const result = page.getByRole('region', { name: 'Where to start' });
    await expect(page.getByRole('heading', { name: 'Where to start' })).toBeFocused();
    await expect(result.getByRole('link', { name: 'Stage 3: Build the alliance' })).toHaveAttribute('href', '/stages/build-the-alliance/');
    await expect(result.getByRole('link', { name: 'Start a new alliance' })).toHaveAttribute('href', '/pathways/start-a-new-alliance/');
    await expectNoAxeViolations(page);

    await result.getByRole('link', { name: /^step 3: Find partners and earn their trust$/ }).click();
    await expect(page).toHaveURL(/\/pathways\/start-a-new-alliance\/#step-find-and-approach-partners$/);
    await expect(page.locator('#step-find-and-approach-partners')).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('suggests the financing pathway when money is central, and stores nothing', async ({ page }) => {
    await page.goto('/start/');
    await page.getByRole('radio', { name: 'We already work with partners from other sectors' }).check();
    await page.getByRole('radio', { name: 'Making clear what each partner gives, gains and risks' }).check();
    await page.getByRole('radio', { name: 'Yes, it is central' }).check();
    await page.getByRole('button', { name: 'Suggest where to start' }).click();
    const result = page.getByRole('region', { name: 'Where to start' });
    await expect(result.getByRole('link', { name: 'Finance prevention with partners' })).toBeVisible();
    await expect(result).toContainText('Paying for the work is central for you');
    expect(await page.evaluate(() => [window.localStorage.length, window.sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    await expect(page).toHaveURL(/\/start\/$/);
  });
});

const templates = [
  ['pathways index', '/pathways/'],
  ['pathway', `/pathways/${start.id}/`],
  ['self-check', '/start/'],
] as const;

for (const [name, path] of templates) {
  test(`${name} page: zero axe violations (WCAG 2.2 AA), nothing scrolls sideways at 320 px`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page)).toBe(false);
  });
}

test('pathway page: zero axe violations with ticks, a completed step and after clearing', async ({ page }) => {
  await page.goto(`/pathways/${start.id}/`);
  for (const item of start.data.steps[0]!.checklist) await page.getByRole('checkbox', { name: item }).check();
  await page.getByRole('checkbox', { name: start.data.steps[1]!.checklist[0]! }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Clear all ticks' }).click();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a pathway page is fully readable: steps, actions, checklists (to tick by hand) and resources', async ({ page }) => {
    await page.goto(`/pathways/${start.id}/`);
    for (const step of start.data.steps) await expect(page.locator(`h2#step-${step.id}`)).toBeVisible();
    const boxes = page.getByRole('checkbox');
    await expect(boxes).toHaveCount(totalItems(start));
    await expect(boxes.first()).toBeDisabled();
    // (Playwright's text search skips <noscript>, so find the note by its element.)
    await expect(page.locator('noscript p')).toContainText('print the page and tick the boxes by hand');
    await expect(page.locator('noscript p')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Clear all ticks' })).toBeHidden();
  });

  test('the self-check explains how to choose and links to the pathways and stages', async ({ page }) => {
    await page.goto('/start/');
    await expect(page.getByRole('button', { name: 'Suggest where to start' })).toBeHidden();
    for (const pathway of pathways)
      await expect(page.getByRole('link', { name: pathway.data.title })).toHaveAttribute('href', `/pathways/${pathway.id}/`);
    await expect(page.getByRole('link', { name: 'the seven stages' })).toBeVisible();
  });
});

test.describe('before (or without) enhancement', () => {
  // axe needs JavaScript, so the un-enhanced state is checked with JavaScript on but the custom elements
  // never defined: the page's DOM is then exactly what a reader without JavaScript gets (less <noscript>).
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.customElements.define = () => undefined;
    });
  });

  test('pathway page: checklists disabled, no progress panel, zero axe violations', async ({ page }) => {
    await page.goto(`/pathways/${start.id}/`);
    await expect(page.getByRole('checkbox').first()).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Clear all ticks' })).toBeHidden();
    await expectNoAxeViolations(page);
  });

  test('self-check page: the plain guide instead of the form, zero axe violations', async ({ page }) => {
    await page.goto('/start/');
    await expect(page.getByRole('button', { name: 'Suggest where to start' })).toBeHidden();
    await expect(page.getByRole('link', { name: start.data.title })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
