/**
 * What every built page must hold without JavaScript: one h1 and real content in <main>. The browser
 * crawl (tests/e2e/crawl.spec.ts) checks a sample of each template in Chromium; this reads them all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, decodeEntities, htmlFiles, readDist } from '../helpers/dist';

beforeAll(assertBuilt);

/** The visible text of the first <main>, roughly: scripts, styles and tags removed, spaces collapsed. */
function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? '';
  const text = main.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

const pages = htmlFiles()
  .filter((file) => !file.startsWith('/pagefind/'))
  .map((file) => ({ file, html: readDist(file) }))
  .filter(({ html }) => !/http-equiv="refresh"/i.test(html));

describe('every page, read from dist/ without scripts', () => {
  it('the check itself sees through markup and leaves out scripts', () => {
    expect(mainText('<main><h1>T</h1><script>var x = 1;</script><p>a &amp; <b>b</b></p></main>')).toBe('T a & b');
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map(({ file, html }) => [file, html] as const))('%s: one h1 and content in <main>', (_file, html) => {
    expect(html.match(/<h1\b/g) ?? []).toHaveLength(1);
    expect(mainText(html).length).toBeGreaterThan(100);
  });
});
