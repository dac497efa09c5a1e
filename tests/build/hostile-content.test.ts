/**
 * Hostile content: markup and script in Markdown bodies stop the build; markup in frontmatter
 * text fields is built, but reaches dist/ only as escaped, inert text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentRoot, projectRoot } from '../helpers/content-root';
import { runAstro } from '../helpers/astro-build';

const fixture = (name: string) => readFileSync(join(projectRoot, 'tests/fixtures/hostile', name), 'utf8');

const build = (contentRoot: string) => runAstro('build', { contentRoot });

describe('hostile content', () => {
  it('a body with script, event handlers or javascript: links stops the build, naming file, line and rule', () => {
    const { status, output } = build(makeContentRoot({ 'hostile-body.md': fixture('hostile-body.md') }));
    expect(status).not.toBe(0);
    expect(output).toContain('resources/hostile-body.md → field "body (line 1 below the frontmatter)": raw HTML');
    expect(output).toMatch(/field "body \(line 5 below the frontmatter\)": link to a "javascript:[^"]*" address is not allowed/);
    expect(output).toMatch(/link to a "data:[^"]*" address is not allowed/);
  });

  it('markup in frontmatter text reaches the page only as inert text', () => {
    const { status, output, outDir } = build(makeContentRoot({ 'hostile-frontmatter.md': fixture('hostile-frontmatter.md') }));
    expect(output).toContain('content ok');
    expect(status).toBe(0);
    const html = readFileSync(join(outDir, 'resources/hostile-frontmatter/index.html'), 'utf8');
    // The words are there, escaped…
    expect(html).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; A case study');
    // …but nothing executable. Text inside a quoted attribute value (an og:title may hold "<script>")
    // is inert, so look for elements in the markup with attribute values blanked out:
    const markup = html.replace(/="[^"]*"/g, (value) => (value.includes('<') ? '=""' : value));
    // no script element other than the site's own bundles and data blocks,
    const scripts = [...markup.matchAll(/<script\b([^>]*)>/gi)].map((match) => match[1] ?? '');
    expect(scripts.filter((attributes) => !/type="(?:module|application\/ld\+json)"/.test(attributes))).toEqual([]);
    // no event-handler attribute on any element,
    expect(markup.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? []).toEqual([]);
    // and no javascript: URL in any attribute.
    expect(html.match(/(?:href|src|action)\s*=\s*["']?\s*javascript:/gi) ?? []).toEqual([]);

    // The embed card and the oEmbed answer carry the same text, just as inert.
    const card = readFileSync(join(outDir, 'embed/resources/hostile-frontmatter/index.html'), 'utf8');
    expect(card).toMatch(/(?:&lt;|&#60;)script(?:&gt;|&#62;)alert\(&#39;title&#39;\)(?:&lt;|&#60;)\/script(?:&gt;|&#62;) A case study/);
    expect(card.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script|<[a-z][^>]*\son[a-z]+\s*=/i);
    const answer = JSON.parse(readFileSync(join(outDir, 'oembed/resources/hostile-frontmatter.json'), 'utf8')) as { title: string; html: string };
    expect(answer.title).toContain("<script>alert('title')</script>");
    expect(answer.html).toMatch(/^<iframe src="[^"<>]+" title="[^"<>]*&#60;script&#62;[^"<>]*" width/);
  });
});
