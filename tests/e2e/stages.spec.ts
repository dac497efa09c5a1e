import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, scrollsSideways } from './helpers';
import { decodeQr, printedAddress, printedText, squeeze } from './print-helpers';
import { STAGE_IDS, STAGE_TERMS } from '../../src/lib/model/vocabularies';
import { formatHandoutDate } from '../../src/lib/classroom/handout';
import { content } from '../helpers/real-content';

const SITE = 'https://alliance-pathways.example.org';

/** The sections every stage page must have, in order (h2 headings). */
const SECTIONS = [
  'On this page',
  'Start with these',
  'What this stage is for',
  'What you will learn',
  'Key concepts',
  'Practical steps',
  'Guiding questions',
  'Key messages',
  'Resources for this stage',
  /^Related case studies and county examples \(\d+\)$/,
  'Pathways through this stage',
  'How this stage lines up with other models',
  'Link and cite',
  'Sources behind this guidance',
];

for (const stage of STAGE_IDS) {
  test(`stage ${STAGE_TERMS[stage].number} (${stage}) has every section, complete steps and its neighbours`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/stages/${stage}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STAGE_TERMS[stage].label);
    const headings = page.locator('main h2:not(.sr-only)');
    await expect(headings).toHaveText(SECTIONS);

    // Every practical step has why, how and an example, and a permanent anchor on its heading.
    const steps = page.locator('.stage-step');
    expect(await steps.count()).toBeGreaterThan(0);
    for (const step of await steps.all()) {
      await expect(step.getByRole('heading', { level: 4 })).toHaveText(['Why', 'How', 'Example']);
      await expect(step.getByRole('heading', { level: 3 })).toHaveAttribute('id', /^step-[a-z0-9-]+$/);
    }

    // The stepper marks this stage; the neighbours link to the stages either side.
    await expect(page.getByRole('navigation', { name: 'Stage sequence' }).locator('[aria-current="step"]')).toHaveAttribute(
      'href',
      `/stages/${stage}/`,
    );
    const index = STAGE_IDS.indexOf(stage);
    const neighbours = page.getByRole('navigation', { name: 'Stages', exact: true });
    await expect(neighbours.locator('a[rel="prev"]')).toHaveCount(index > 0 ? 1 : 0);
    await expect(neighbours.locator('a[rel="next"]')).toHaveCount(index < STAGE_IDS.length - 1 ? 1 : 0);
    expect(errors).toEqual([]);
  });
}

test('a practitioner opens a stage and starts with its three picks, then jumps to a section from “On this page”', async ({ page }) => {
  const stage = content.stages.find((candidate) => candidate.id === 'build-the-alliance')!;
  await page.goto('/stages/build-the-alliance/');
  const start = page.getByRole('region', { name: 'Start with these' });
  // The picks come before the stage guidance itself.
  const top = async (locator: import('@playwright/test').Locator) => (await locator.boundingBox())!.y;
  expect(await top(start)).toBeLessThan(await top(page.getByRole('heading', { name: 'What this stage is for' })));
  const picks = start.getByRole('listitem');
  await expect(picks).toHaveCount(3);
  for (const [index, pick] of stage.data.startWith.entries()) {
    const entry = content.resources.find((candidate) => candidate.id === pick.resource)!;
    await expect(picks.nth(index).getByRole('link', { name: entry.data.title })).toHaveAttribute('href', `/resources/${entry.id}/`);
    await expect(picks.nth(index)).toContainText(pick.why);
  }
  await picks.first().getByRole('link').click();
  await expect(page).toHaveURL(`/resources/${stage.data.startWith[0]!.resource}/`);
  await page.goBack();

  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Key messages' }).click();
  await expect(page).toHaveURL(/#messages-heading$/);
  await expect(page.getByRole('heading', { name: 'Key messages' })).toBeInViewport();
});

test('case studies and county examples have their own section and are not repeated in the type groups', async ({ page }) => {
  await page.goto('/stages/organise-and-govern/');
  const examples = page.getByRole('region', { name: /Related case studies and county examples/ });
  await expect(examples.getByRole('link', { name: "Kern County Health Equity Partnership's Subcommittee Day" })).toBeVisible();
  await expect(examples.getByText('County example').first()).toBeVisible();
  const resources = page.getByRole('region', { name: 'Resources for this stage' });
  await expect(resources.getByRole('heading', { name: /^(Case studies|County examples) \(/ })).toHaveCount(0);
  await expect(resources.getByRole('heading', { name: /^Guides \(\d+\)$/ })).toBeVisible();
});

test('the stage lens shows, from data, where the other models fit', async ({ page }) => {
  await page.goto('/stages/build-the-alliance/');
  const lens = page.getByRole('region', { name: 'How this stage lines up with other models' });
  const ehn = lens.getByRole('region', { name: /^EuroHealthNet/ });
  await expect(ehn).toContainText('Stage 3: Build cross-sectoral alliances');
  const article = lens.getByRole('region', { name: /14 steps in three phases/ });
  await expect(article).toContainText('Unattributed web article: read it as opinion, not authority');
  await expect(article).toContainText('Phase 1: Laying the Foundation: The Pre-Alliance Blueprint');
  await expect(article.getByRole('listitem')).toHaveCount(3);
  // Each fit links to the practical step on this page, and that step exists.
  const link = article.getByRole('link', { name: 'Map who holds a stake' });
  await expect(link).toHaveAttribute('href', '#step-map-stakeholders');
  await link.click();
  await expect(page).toHaveURL(/#step-map-stakeholders$/);
  await expect(page.locator('#step-map-stakeholders')).toBeInViewport();

  await page.goto('/stages/organise-and-govern/');
  await expect(page.getByRole('region', { name: /^EuroHealthNet/ })).toContainText('Stage 5 (title not known)');
});

test('a stage page links to the pathway steps that sit in it, and the anchors exist', async ({ page }) => {
  await page.goto('/stages/align-value/');
  const section = page.getByRole('region', { name: 'Pathways through this stage' });
  const stepLink = section.getByRole('link', { name: /^step \d+, Agree how risk and reward are shared$/ });
  await stepLink.click();
  await expect(page).toHaveURL(/\/pathways\/finance-prevention-together\/#step-agree-risk-and-reward$/);
  await expect(page.locator('#step-agree-risk-and-reward')).toBeInViewport();
});

test('printing a stage gives a handout with every resource address, QR codes and the date printed', async ({ page }) => {
  await page.goto('/stages/get-ready/');
  const resourceLinks = await page
    .locator('.handout-item article h3 a, .handout-item article h4 a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!));
  expect(resourceLinks.length).toBeGreaterThan(0);
  const dayBefore = formatHandoutDate(new Date());
  const text = squeeze((await printedText(page)).join(''));
  const dayAfter = formatHandoutDate(new Date());
  expect(text).toContain(squeeze(`Alliance Pathways handout: Stage 1: ${STAGE_TERMS['get-ready'].label}`));
  expect(text).toContain(`${SITE}/stages/get-ready/`);
  // Each resource prints as its short link, the form meant for paper.
  for (const href of resourceLinks) expect(text).toContain(printedAddress(SITE, href));
  expect([squeeze(`Printed on ${dayBefore}`), squeeze(`Printed on ${dayAfter}`)].some((line) => text.includes(line))).toBe(true);
  // Screen-only parts are left off the paper.
  expect(text).not.toContain('Linktothisstep');
  expect(text).not.toContain(squeeze('Browse by type'));

  // In print, one QR code per resource plus one for the page itself, each visible.
  await page.emulateMedia({ media: 'print' });
  const codes = page.locator('.handout-qr svg');
  await expect(codes).toHaveCount(resourceLinks.length + 1);
  for (const code of await codes.all()) await expect(code).toBeVisible();
  // The first resource's code encodes exactly the address printed beside it.
  const first = page.locator('.handout-item').first();
  const printedUrl = (await first.locator('.handout-url').textContent())!.trim();
  expect(printedUrl).toBe(printedAddress(SITE, resourceLinks[0]!));
  expect(await decodeQr(first.locator('.handout-qr svg'))).toBe(printedUrl);
  await page.emulateMedia({ media: 'screen' });
  await expect(codes.first()).toBeHidden();
});

for (const stage of ['get-ready', 'build-the-alliance', 'organise-and-govern']) {
  test(`stage ${stage}: zero axe violations, and nothing scrolls sideways at 320 px`, async ({ page }) => {
    await page.goto(`/stages/${stage}/`);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page)).toBe(false);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a stage page is complete, and its print header says when to fill in the date', async ({ page }) => {
    await page.goto('/stages/measure-and-learn/');
    await expect(page.locator('main h2:not(.sr-only)')).toHaveText(SECTIONS);
    await expect(page.locator('print-date')).toHaveText('____________');
  });
});
