/**
 * Into the classroom: a trainer embeds a card in a course page on another site, a platform finds
 * the card through oEmbed, and a trainer downloads a list as a course package. The site is served
 * on 127.0.0.1 and the "course page" on localhost (another origin), each with its own server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { collectErrors, expectNoAxeViolations } from './helpers';
import { content } from '../helpers/real-content';
import { brokenLinkPageHtml } from '../../src/lib/links/broken-link-page';

const SITE = 'https://alliance-pathways.example.org';
const resource = [...content.resources].sort((a, b) => a.id.localeCompare(b.id)).find((entry) => entry.data.url)!;
const pathway = content.pathways[0]!;

/** The host ("course page") server: answers every request with the HTML set by the test. */
let host: Server;
let hostOrigin = '';
let hostHtml = '';
test.beforeAll(async () => {
  host = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostHtml));
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Opens a course page on the other origin holding the given HTML. */
async function openCoursePage(page: Page, body: string): Promise<void> {
  hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body><main><h1>Week 3: partners</h1>${body}</main></body></html>`;
  await page.goto(`${hostOrigin}/course/`);
}

/** A snippet or oEmbed html as published (with the public site address), pointed at the test server. */
const served = (html: string, baseURL: string): string => html.replaceAll(SITE, baseURL);

test.describe('embed cards on another site', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a trainer copies the embed code from a resource page and the card shows in their course page', async ({ page, baseURL }) => {
    await page.goto(`/resources/${resource.id}/`);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(/^<iframe src="https:\/\/alliance-pathways\.example\.org\/embed\/resources\//);
    await openCoursePage(page, served(snippet!, baseURL!));
    const card = page.frameLocator('iframe');
    await expect(card.getByRole('heading', { level: 1 })).toHaveText(resource.data.title);
    await expect(card.getByRole('link', { name: /Open in Alliance Pathways/ })).toHaveAttribute('target', '_blank');
    await expect(card.getByRole('link', { name: /Open the resource/ })).toHaveAttribute('href', resource.data.url!);
    // The card brings no site header, navigation or search.
    await expect(card.getByRole('navigation')).toHaveCount(0);
    await expect(card.getByRole('search')).toHaveCount(0);
  });

  test('a normal page refuses to be framed by another site, while its embed card is framed', async ({ page, baseURL }) => {
    await openCoursePage(
      page,
      `<iframe id="card" title="card" src="${baseURL}/embed/stages/get-ready/"></iframe><iframe id="page" title="page" src="${baseURL}/stages/get-ready/"></iframe>`,
    );
    await page.waitForLoadState('load');
    await expect(page.frameLocator('#card').getByRole('heading', { level: 1 })).toHaveText(/Get ready/);
    // Chromium replaces a refused frame with its error page.
    const refused = await page
      .locator('#page')
      .elementHandle()
      .then((frame) => frame!.contentFrame());
    await expect.poll(() => refused!.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('#page').getByRole('heading', { level: 1 })).toHaveCount(0);
    // The same page loads on its own: it is the framing that is refused.
    const direct = await page.request.get(`${baseURL}/stages/get-ready/`);
    expect(direct.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(direct.headers()['x-frame-options']).toBe('DENY');
    const card = await page.request.get(`${baseURL}/embed/stages/get-ready/`);
    expect(card.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(card.headers()['x-frame-options']).toBeUndefined();
  });

  test('the pathway card and a list card show inside a course page', async ({ page, baseURL }) => {
    const ids = content.resources.slice(0, 2).map((entry) => entry.id);
    await openCoursePage(
      page,
      `<iframe id="pathway" title="pathway" src="${baseURL}/embed/pathways/${pathway.id}/"></iframe>` +
        `<iframe id="list" title="list" height="480" src="${baseURL}/embed/lists/?ids=${ids.join(',')}&title=Week%203"></iframe>`,
    );
    await expect(page.frameLocator('#pathway').getByRole('heading', { level: 1 })).toHaveText(pathway.data.title);
    const list = page.frameLocator('#list');
    await expect(list.getByRole('heading', { level: 1 })).toHaveText('Week 3');
    await expect(list.getByRole('heading', { level: 2 })).toHaveText(
      ids.map((id) => content.resources.find((entry) => entry.id === id)!.data.title),
    );
    await expect(list.getByRole('link', { name: /Open this list in Alliance Pathways/ })).toHaveAttribute(
      'href',
      `/lists/?ids=${ids.join(',')}&title=Week%203`,
    );
  });

  test('a list card with hostile input shows no markup and no errors', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/embed/lists/?ids=<script>alert(1)</script>,no-such-entry&title=<img src=x onerror=alert(1)>');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=alert(1)>');
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page.getByText(/This list is empty/)).toBeVisible();
    expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    await expectNoAxeViolations(page);
  });
});

test.describe('oEmbed discovery', () => {
  for (const path of [`/resources/${resource.id}/`, '/stages/build-the-alliance/', `/pathways/${pathway.id}/`]) {
    test(`${path} advertises oEmbed JSON that describes its card`, async ({ page, request, baseURL }) => {
      await page.goto(path);
      const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
      await expect(link).toHaveCount(1);
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith(`${SITE}/oembed/`)).toBe(true);
      const response = await request.get(served(href, baseURL!));
      expect(response.status()).toBe(200);
      const answer = (await response.json()) as Record<string, unknown>;
      expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Alliance Pathways' });
      expect(answer.html).toMatch(new RegExp(`^<iframe src="${SITE}/embed/${path.slice(1)}"`));
      expect(answer.width).toBeGreaterThan(0);
      expect(answer.height).toBeGreaterThan(0);
      // The html is what a platform inserts: it shows the card.
      await openCoursePage(page, served(answer.html as string, baseURL!));
      await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});

test.describe('course packages', () => {
  test('a trainer downloads their list as a Common Cartridge, and it holds the list in order', async ({ page }) => {
    const picks = [...content.resources].sort((a, b) => b.id.localeCompare(a.id)).slice(0, 3);
    await page.goto(`/lists/?ids=${picks.map((entry) => entry.id).join(',')}`);
    await page.getByLabel('Handout title').fill('Week 3: partners');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download the list as a Common Cartridge/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('week-3-partners.imscc');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain('<schemaversion>1.1.0</schemaversion>');
    const links = Object.entries(files)
      .filter(([name]) => name !== 'imsmanifest.xml')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, bytes]) => /<url href="([^"]+)"/.exec(strFromU8(bytes))![1]!.replaceAll('&#38;', '&'));
    expect(links[0]).toMatch(/\/lists\/\?ids=/);
    expect(links.slice(1).map((url) => new URL(url).pathname)).toEqual(picks.map((entry) => `/resources/${entry.id}/`));
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded week-3-partners.imscc' })).toBeVisible();
  });

  test('the list page offers the list as text for slides, with short links', async ({ page }) => {
    const pick = content.resources[0]!;
    await page.goto(`/lists/?ids=${pick.id}&title=Session%201`);
    const markdown = page.locator('[data-list-slides="markdown"]');
    await expect(markdown).toContainText('## [Session 1]');
    await expect(markdown).toContainText(`- [${pick.data.title.replace(/([\\`*_{}[\]()#+!<>|])/g, '\\$1')}](${SITE}/r/`);
    await expect(page.locator('[data-list-slides="text"]')).toContainText(`- ${pick.data.title}: ${SITE}/r/`);
    await expectNoAxeViolations(page);
  });

  test('a trainer copies a pathway for slides as Markdown, one line per link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/pathways/${pathway.id}/`);
    await page.getByRole('button', { name: 'Copy pathway as Markdown' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^## \\[Pathway: .+\\]\\(${SITE}/r/[a-z0-9]{4}/\\)$`));
    expect(lines.filter((line) => line.startsWith('### Step '))).toHaveLength(pathway.data.steps.length);
    expect(lines.filter((line) => line.startsWith('- ['))).toHaveLength(pathway.data.steps.flatMap((step) => step.resources).length);
  });

  test('a pathway page offers its package, its embed code and its text for slides', async ({ page, request }) => {
    await page.goto(`/pathways/${pathway.id}/`);
    const section = page.getByRole('region', { name: 'Use in a course' });
    const packageLink = section.getByRole('link', { name: /Download the pathway as a Common Cartridge/ });
    const response = await request.get((await packageLink.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    const files = unzipSync(new Uint8Array(await response.body()));
    expect(Object.keys(files)).toContain('imsmanifest.xml');
    await expect(section.locator('pre').first()).toContainText(`Pathway: ${pathway.data.title}`);
    await expectNoAxeViolations(page);
  });
});

test.describe('a short link to a resource whose link broke', () => {
  test('says so, offers the ways on, and is accessible', async ({ page }) => {
    // The page the build writes at such a short link (tests/build/link-fallback.test.ts builds a real one).
    const html = brokenLinkPageHtml({
      shortPath: '/r/zz99/',
      canonical: `${SITE}/r/zz99/`,
      title: resource.data.title,
      pageHref: `/resources/${resource.id}/`,
      url: resource.data.url!,
      checkedAt: '2026-12-08',
      feedHref: '/feed.xml',
    });
    await page.route('**/r/zz99/', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto('/r/zz99/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('the link may be broken');
    await expect(page.getByRole('link', { name: `Our page about ${resource.data.title}` })).toHaveAttribute(
      'href',
      `/resources/${resource.id}/`,
    );
    await expect(page.getByRole('link', { name: 'Archived copies (Internet Archive)' })).toHaveAttribute(
      'href',
      `https://web.archive.org/web/${resource.data.url}`,
    );
    await expect(page.getByRole('link', { name: 'The publisher’s site' })).toHaveAttribute(
      'href',
      `${new URL(resource.data.url!).origin}/`,
    );
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: `Our page about ${resource.data.title}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resource.data.title);
  });
});
