/**
 * Full-text search as a person uses it: the header box on every page, the search page with its
 * facets, links that carry the search, and what happens with awkward input or a missing index.
 * Runs against the built site (dist/, with the real Pagefind index).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { content } from '../helpers/real-content';
import { displayQuery, normaliseQuery } from '../../src/lib/search/search-query';
import { collectErrors, expectNoAxeViolations, scrollsSideways } from './helpers';

const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: 'Words to search for' });
const status = (page: Page): Locator => page.getByRole('status');
const results = (page: Page): Locator => page.getByRole('list', { name: 'Results' }).getByRole('listitem');
const resultLinks = (page: Page): Locator => results(page).getByRole('heading', { level: 3 }).getByRole('link');
const filters = (page: Page): Locator => page.locator('summary', { hasText: 'Filters' });

/** Types a query into the search page's box and waits for the outcome announced for that query. */
async function search(page: Page, query: string): Promise<void> {
  if (!/\/search\/($|\?)/.test(page.url())) await page.goto('/search/');
  await searchBox(page).fill(query);
  await expect(status(page)).toContainText(`for “${displayQuery(normaliseQuery(query))}”`);
}

/** The paths of the results, in order. */
async function resultPaths(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const resource = (id: string) => {
  const entry = content.resources.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no resource ${id}`);
  return entry;
};

test.describe('the header search box', () => {
  test('is on every page and takes a search to the search page (a plain GET form)', async ({ page }) => {
    for (const path of ['/', '/types/', '/stages/get-ready/', '/resources/cardio4cities/']) {
      await page.goto(path);
      await expect(page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search the catalogue' })).toBeVisible();
    }
    await page.goto('/resources/cardio4cities/');
    const box = page.getByRole('searchbox', { name: 'Search the catalogue' });
    await box.fill('Kern County');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Kern\+County$/);
    await expect(searchBox(page)).toHaveValue('Kern County');
    await expect(resultLinks(page).first()).toHaveText(resource('kern-county-health-equity-partnership').data.title);
  });

  test('"/" moves focus to it, unless someone is typing in a field', async ({ page }) => {
    await page.goto('/stages/build-the-alliance/');
    const box = page.getByRole('searchbox', { name: 'Search the catalogue' });
    await expect(box).toHaveAttribute('aria-keyshortcuts', '/');
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');
    // Typing "/" in the box types it.
    await page.keyboard.type('a/b');
    await expect(box).toHaveValue('a/b');
    // With a modifier, the key is left to the browser.
    await page.locator('h1').click();
    await page.keyboard.press('Control+/');
    await expect(box).not.toBeFocused();
  });

  test('is not repeated on the search page, where "/" focuses the page’s own box', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('searchbox', { name: 'Search the catalogue' })).toHaveCount(0);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
  });
});

test.describe('queries that must work', () => {
  test('an exact title finds that entry first', async ({ page }) => {
    await search(page, 'Collaboration Multiplier');
    expect((await resultPaths(page))[0]).toBe('/resources/collaboration-multiplier/');
  });

  test('a publisher finds every entry it published', async ({ page }) => {
    const publisher = 'Human Impact Partners';
    const expected = content.resources
      .filter((entry) => entry.data.publisher?.includes(publisher))
      .map((entry) => `/resources/${entry.id}/`);
    expect(expected.length).toBeGreaterThan(1);
    await search(page, publisher);
    expect(await resultPaths(page)).toEqual(expect.arrayContaining(expected));
  });

  for (const [county, id] of [
    ['Alameda', 'safe-affordable-housing-alameda-county'],
    ['Humboldt', 'live-well-humboldt-initiative'],
    ['Solano', 'solano-county-internal-champions-external-experts'],
    ['Riverside', 'riverside-county-partnerships'],
  ] as const) {
    test(`a county name, ${county}, finds its county example`, async ({ page }) => {
      await search(page, county);
      expect((await resultPaths(page))[0]).toBe(`/resources/${id}/`);
    });
  }

  test('a phrase from a summary finds its entry first', async ({ page }) => {
    await search(page, 'bring down high blood pressure');
    expect((await resultPaths(page))[0]).toBe('/resources/cardio4cities/');
  });

  for (const [misspelling, id] of [
    ['Suistain', 'message-framing-tools-cross-sector-partnerships'],
    ['Qualitative Stud', 'mobilising-cross-sector-collaborations-rural-communities'],
    ['Mobilizing', 'mobilising-cross-sector-collaborations-rural-communities'],
  ] as const) {
    test(`the seed's wording "${misspelling}" still finds the corrected entry`, async ({ page }) => {
      expect(resource(id).data.title).not.toContain(misspelling);
      await search(page, misspelling);
      expect((await resultPaths(page))[0]).toBe(`/resources/${id}/`);
      await expect(results(page).first()).toContainText(resource(id).data.title);
    });
  }

  test('case is ignored', async ({ page }) => {
    await search(page, 'collaboration multiplier');
    const lower = await resultPaths(page);
    await search(page, 'COLLABORATION MULTIPLIER');
    expect(await resultPaths(page)).toEqual(lower);
  });

  test('accents are ignored both ways', async ({ page }) => {
    for (const query of ['sao paulo', 'São Paulo']) {
      await search(page, query);
      expect(await resultPaths(page)).toContain('/resources/cardio4cities/');
    }
    await search(page, 'projeto familia');
    expect((await resultPaths(page))[0]).toBe('/resources/projeto-familia-social-impact-bond/');
  });

  test('titles weigh more than body text', async ({ page }) => {
    // "advocacy" is in one title and in the text of several other entries.
    await search(page, 'advocacy');
    // Topic chips ("Policy and advocacy") are filters, not indexed text, so only prose matches count here.
    expect(await results(page).count()).toBeGreaterThan(1);
    expect((await resultPaths(page))[0]).toBe('/resources/decade-of-advocacy-strategic-alliance/');
  });

  test('results show a headed link, the kind of page and an excerpt with the matches highlighted', async ({ page }) => {
    await search(page, 'Suistain');
    const first = results(page).first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(
      resource('message-framing-tools-cross-sector-partnerships').data.title,
    );
    await expect(first).toContainText('Training');
    await expect(first.locator('mark').first()).toContainText('Suistain');
  });

  test('stage guidance is found and labelled as such', async ({ page }) => {
    await search(page, 'readiness');
    const stage = results(page).filter({ has: page.getByRole('link', { name: 'Stage 1: Get ready' }) });
    await expect(stage).toContainText('Stage guidance');
  });
});

test.describe('filters and links', () => {
  test('a query combined with filters narrows the results, lives in the URL and survives a reload', async ({ page }) => {
    const errors = collectErrors(page);
    await search(page, 'health equity');
    const unfiltered = Number(/^(\d+) results/.exec((await status(page).textContent()) ?? '')?.[1]);
    await filters(page).click();
    const webinars = page.getByRole('group', { name: 'Type of resource' }).getByRole('checkbox', { name: /^Webinars \(\d+\)$/ });
    await expect(webinars).toBeVisible();
    const label = await page.locator('label[for="filter-type-webinar"]').textContent();
    const expectedCount = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    await webinars.check();
    await expect(status(page)).toHaveText(
      `${expectedCount} ${expectedCount === 1 ? 'result' : 'results'} for “health equity”, with 1 filter.`,
    );
    expect(expectedCount).toBeGreaterThan(0);
    expect(expectedCount).toBeLessThan(unfiltered);
    for (const item of await results(page).all()) await expect(item).toContainText('Webinar');
    await expect(page).toHaveURL(/\/search\/\?q=health\+equity&type=webinar$/);

    // Counts beside other types do not drop to zero when Webinars is ticked.
    await expect(page.getByRole('checkbox', { name: /^Guides \([1-9]\d*\)$/ })).toBeVisible();

    await page.reload();
    await expect(searchBox(page)).toHaveValue('health equity');
    await expect(page.getByRole('checkbox', { name: /^Webinars/ })).toBeChecked();
    await expect(status(page)).toHaveText(
      `${expectedCount} ${expectedCount === 1 ? 'result' : 'results'} for “health equity”, with 1 filter.`,
    );
    expect(errors).toEqual([]);
  });

  test('the filter index (and its counts) is fetched only once the filters are opened', async ({ page }) => {
    const filterRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_filter')) filterRequests.push(request.url());
    });
    await search(page, 'housing');
    expect(filterRequests).toEqual([]);
    await expect(page.getByRole('checkbox', { name: /^Case studies$/ })).toBeHidden(); // inside the closed disclosure
    await filters(page).click();
    await expect(page.getByRole('checkbox', { name: /^Case studies \([1-9]\d*\)$/ })).toBeVisible();
    expect(filterRequests.length).toBeGreaterThan(0);
    // Options that would give nothing are hidden once counts are known.
    await expect(page.locator('[data-facet-option]:visible', { hasText: '(0)' })).toHaveCount(0);
    expect(await page.locator('[data-facet-option]:not(:visible)').count()).toBeGreaterThan(0);
  });

  test('a link with filters alone lists what matches, with summaries', async ({ page }) => {
    const podcasts = content.resources.filter((entry) => entry.data.type === 'podcast');
    await page.goto('/search/?type=podcast');
    await expect(status(page)).toHaveText(`${podcasts.length} ${podcasts.length === 1 ? 'result' : 'results'} for the chosen filter.`);
    expect((await resultPaths(page)).sort()).toEqual(podcasts.map((entry) => `/resources/${entry.id}/`).sort());
    for (const item of await results(page).all()) await expect(item).toContainText('Podcast');
    for (const entry of podcasts) await expect(page.getByText(entry.data.summary.trim().slice(0, 40))).toBeVisible();
  });

  test('stage and kind filters work together from a link', async ({ page }) => {
    await page.goto('/search/?kind=stage&stage=align-value');
    await expect(status(page)).toHaveText('1 result for the chosen filters.');
    expect(await resultPaths(page)).toEqual(['/stages/align-value/']);
  });

  test('"Clear all filters" keeps the query and drops the filters', async ({ page }) => {
    await page.goto('/search/?q=housing&type=case-study');
    await expect(status(page)).toContainText('with 1 filter');
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(status(page)).toHaveText(/^\d+ results for “housing”\.$/);
    await expect(page).toHaveURL(/\/search\/\?q=housing$/);
  });

  test('a query with no results says so and offers ways to browse', async ({ page }) => {
    await search(page, 'xylophonequartz');
    await expect(status(page)).toHaveText('No results for “xylophonequartz”.');
    await expect(results(page)).toHaveCount(0);
    const help = page.getByText('Some things to try').locator('..');
    await expect(help.getByRole('link', { name: 'by type of resource' })).toHaveAttribute('href', '/types/');
    await help.getByRole('link', { name: 'by stage' }).click();
    await expect(page).toHaveURL(/\/stages\/$/);
  });

  test('more than a page of results: "Show more" adds the next batch and moves focus to it', async ({ page }) => {
    await search(page, 'health');
    const total = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    await expect(results(page)).toHaveCount(20);
    const more = page.getByRole('button', { name: /^Show \d+ more/ });
    await more.click();
    await expect(results(page)).toHaveCount(Math.min(40, total));
    await expect(resultLinks(page).nth(20)).toBeFocused();
  });

  test('keyboard only: type, tab to the filters, tick one, reach the results', async ({ page }) => {
    await page.goto('/search/');
    await page.keyboard.press('/');
    await page.keyboard.type('partners');
    await expect(status(page)).toContainText('results for “partners”');
    await page.keyboard.press('Tab'); // Search button
    await page.keyboard.press('Tab'); // Filters disclosure
    await expect(filters(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // first visible checkbox
    await page.keyboard.press('Space');
    await expect(status(page)).toContainText('with 1 filter');
    await expect(page.locator('input[type="checkbox"]:checked')).toHaveCount(1);
  });
});

test.describe('resilience', () => {
  test('an empty query clears the results and the URL', async ({ page }) => {
    const errors = collectErrors(page);
    await search(page, 'housing');
    await searchBox(page).fill('   ');
    await expect(results(page)).toHaveCount(0);
    await expect(status(page)).toHaveText('');
    await expect(page).toHaveURL(/\/search\/$/);
    await searchBox(page).press('Enter');
    await expect(status(page)).toHaveText('');
    expect(errors).toEqual([]);
  });

  test('a 100,000-character paste is capped and still searched', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/search/');
    const pasted = 'partnership '.repeat(9000).slice(0, 100_000);
    // fill() inserts the text as one edit, as a paste does.
    await searchBox(page).fill(pasted);
    await expect(status(page)).toContainText(/results? for “partnership/);
    expect((await searchBox(page).inputValue()).length).toBeLessThanOrEqual(200);
    expect(new URL(page.url()).searchParams.get('q')?.length ?? 0).toBeLessThanOrEqual(200);
    expect(errors).toEqual([]);
  });

  test('a very long query in a link is capped too', async ({ page }) => {
    // 8,000 characters: hosts refuse much longer addresses (this test server at 16 KB) before any page loads.
    const errors = collectErrors(page);
    await page.goto(`/search/?q=${'a'.repeat(8_000)}`);
    await expect(status(page)).toContainText('for “');
    expect(await searchBox(page).inputValue()).toHaveLength(200);
    expect(errors).toEqual([]);
  });

  test('emoji, right-to-left text and HTML are searched as text and shown as text', async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => Object.assign(window, { injected: 0 }));

    await search(page, '🙂🏥');
    await expect(status(page)).toHaveText('No results for “🙂🏥”.');

    await search(page, 'صحة المجتمع');
    await expect(status(page).locator('bdi')).toHaveText('صحة المجتمع');
    await expect(searchBox(page)).toHaveAttribute('dir', 'auto');

    const html = '<img src=x onerror="window.injected=1"><b>bold</b>';
    await search(page, html);
    await expect(status(page).locator('bdi')).toHaveText(html);
    await expect(page.locator('main img, main b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { injected: number }).injected)).toBe(0);
    expect(errors).toEqual([]);
  });

  test('hostile values in a link are ignored, never echoed as markup', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/search/?q=%3Cscript%3Ealert(1)%3C/script%3Ehousing&type=%3Cb%3Ex%3C/b%3E&stage=nope&kind=pathway&sector=housing');
    await expect(status(page)).toContainText('with 2 filters');
    await expect(page.locator('main script:not([type="module"]):not([src]), main b')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /^Housing/ }).first()).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('excerpts and titles from the index cannot inject markup', async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => Object.assign(window, { injected: 0 }));
    // Every fragment the page loads is replaced by a hostile one; one of them also has an unsafe link.
    let served = 0;
    await page.route('**/pagefind/fragment/*.pf_fragment', (route) => {
      served += 1;
      const hostile = {
        url: served === 1 ? 'javascript:window.injected=2' : `/resources/hostile-${served}/`,
        content: 'housing <img src=x onerror="window.injected=1"> <mark>fake</mark> housing </p><script>window.injected=3</script>',
        word_count: 12,
        filters: { type: ['<i>Guide</i>'] },
        meta: { title: '<b onmouseover="window.injected=4">Hostile title</b>' },
        anchors: [],
      };
      return route.fulfill({ contentType: 'application/octet-stream', body: Buffer.from(`pagefind_dcd${JSON.stringify(hostile)}`) });
    });
    await search(page, 'housing');
    expect(served).toBeGreaterThan(1);
    const region = page.getByRole('region', { name: 'Results' });
    await expect(region.locator('img, b, i, script')).toHaveCount(0);
    await expect(resultLinks(page).first()).toHaveText('<b onmouseover="window.injected=4">Hostile title</b>');
    await expect(results(page).first()).toContainText('<img src=x onerror="window.injected=1"> <mark>fake</mark>');
    await expect(results(page).first()).toContainText('<i>Guide</i>');
    // Every link is a path on this site, the one given a javascript: URL included.
    for (const href of await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^\/(?!\/)/);
    }
    expect(await page.evaluate(() => (window as unknown as { injected: number }).injected)).toBe(0);
    expect(errors).toEqual([]);
  });

  for (const [name, handle] of [
    ['missing (404)', (route: import('@playwright/test').Route) => route.fulfill({ status: 404, body: 'Not found' })],
    ['blocked', (route: import('@playwright/test').Route) => route.abort('blockedbyclient')],
  ] as const) {
    test(`the index ${name}: a clear message, links to browse, no uncaught errors`, async ({ page }) => {
      const pageErrors: string[] = [];
      const consoleErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.route('**/pagefind/**', handle);
      await page.goto('/search/?q=housing');
      await expect(status(page)).toHaveText('Search is not available right now.');
      const help = page.getByText('Search is not working at the moment').locator('..');
      await expect(help.getByRole('link', { name: 'Browse resources by type' })).toBeVisible();
      await expect(help.getByRole('link', { name: 'See the seven stages' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Type of resource' })).toBeHidden();
      // Typing again keeps the message and throws nothing.
      await searchBox(page).fill('partners');
      await searchBox(page).press('Enter');
      await expect(status(page)).toHaveText('Search is not available right now.');
      await expectNoAxeViolations(page);
      await help.getByRole('link', { name: 'Browse resources by type' }).click();
      await expect(page).toHaveURL(/\/types\/$/);
      expect(pageErrors).toEqual([]);
      // The browser logs the refused requests themselves; nothing else may be logged as an error.
      expect(consoleErrors.filter((text) => !/Failed to load (resource|module script)/.test(text))).toEqual([]);
    });
  }

  test('without JavaScript the search page says search needs it and offers the browse links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search the catalogue' });
    await box.fill('housing');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=housing$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Browse resources by type' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See the seven stages' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toBeHidden();
    await context.close();
  });

  test('if the search script itself fails to load, the same note appears (and passes axe)', async ({ page }) => {
    await page.route(/\/_astro\/CatalogueSearch[^/]*\.js$/, (route) => route.abort());
    await page.goto('/search/?q=housing');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Browse resources by type' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('with JavaScript the note never shows', async ({ page }) => {
    await page.goto('/search/');
    await expect(searchBox(page)).toBeVisible();
    await page.waitForTimeout(1800);
    await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
  });
});

test.describe('accessibility and layout', () => {
  test('the status region exists as soon as the page loads', async ({ page }) => {
    await page.goto('/search/');
    await expect(status(page)).toHaveCount(1);
    await expect(status(page)).toHaveText('');
  });

  test('zero axe violations: empty, with results and open filters, with no results', async ({ page }) => {
    await page.goto('/search/');
    await expectNoAxeViolations(page);
    await search(page, 'housing');
    await filters(page).click();
    await page.getByRole('checkbox', { name: /^Case studies/ }).check();
    await expect(status(page)).toContainText('with 1 filter');
    await expectNoAxeViolations(page);
    await search(page, 'xylophonequartz');
    await expectNoAxeViolations(page);
  });

  test('nothing scrolls sideways at 320 px, with results and filters open', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/search/?q=Government+%2B+research+%2B+philanthropy&stage=build-the-alliance');
    await expect(status(page)).toContainText('result');
    await expect(page.locator('details[data-search-facets]')).toHaveAttribute('open', '');
    expect(await scrollsSideways(page)).toBe(false);
    await search(page, 'w'.repeat(200));
    expect(await scrollsSideways(page)).toBe(false);
    await page.goto('/resources/cardio4cities/');
    expect(await scrollsSideways(page)).toBe(false);
  });
});
