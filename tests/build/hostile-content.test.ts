/**
 * Hostile content: markup and script in Markdown bodies stop the build; markup in frontmatter
 * text fields is built, but reaches dist/ only as escaped, inert text. Every case of the hostile
 * corpus (tests/fixtures/hostile/bodies/) either stops the build, naming its file, or is built inert.
 * Content is data: an .mdx entry never runs, it stops the build.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentRoot, projectRoot } from '../helpers/content-root';
import { runAstro } from '../helpers/astro-build';
import { validGuideFile } from '../helpers/resource-input';
import { executableMarkup } from '../helpers/inert-html';

const fixture = (name: string) => readFileSync(join(projectRoot, 'tests/fixtures/hostile', name), 'utf8');

const build = (contentRoot: string) => runAstro('build', { contentRoot });

const corpusDir = join(projectRoot, 'tests/fixtures/hostile/bodies');
/** Each corpus body as the body of an otherwise valid entry, keyed by file name. */
const corpusEntries = (prefix: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(corpusDir)
      .filter((name) => name.startsWith(prefix))
      .map((name) => [name, validGuideFile('{ editor: true }').replace(/The body\.\n$/, readFileSync(join(corpusDir, name), 'utf8'))]),
  );
/**
 * The entry body as published: the contents of the page's prose block. A body can hold no <div>
 * (the allowlist has none), so the first </div> closes the block.
 */
const publishedBody = (html: string): string => /<div class="prose-body[^"]*">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';

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
    expect(html).toContain('&lt;img src=x onerror=alert(&#39;publisher&#39;)&gt;');
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
    // (Titles may no longer hold HTML at all; the fixture title keeps quotes, "&" and "<".)
    expect(card).toMatch(/&(?:#34|quot);quotes&(?:#34|quot);, &(?:#39|apos);apostrophes&(?:#39|apos); &(?:amp|#38); 3 &(?:lt|#60); 5/);
    expect(card.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script|<[a-z][^>]*\son[a-z]+\s*=/i);
    const answer = JSON.parse(readFileSync(join(outDir, 'oembed/resources/hostile-frontmatter.json'), 'utf8')) as {
      title: string;
      html: string;
    };
    expect(answer.title).toContain(`"quotes", 'apostrophes' & 3 < 5`);
    expect(answer.html).toMatch(/^<iframe src="[^"<>]+" title="[^"<>]*3 &#60; 5[^"<>]*" width/);
  });

  it('a title with HTML or a direction override stops the build, naming file and field', () => {
    const root = makeContentRoot({
      'html-title.md': validGuideFile('{ editor: true }').replace(
        'title: A Field Guide',
        `title: "<script>alert('title')</script> A guide"`,
      ),
      'bidi-title.md': validGuideFile('{ editor: true }').replace('title: A Field Guide', 'title: "A guide \u202Egnp.exe"'),
    });
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/resources\/html-title\.md → field "title": contains HTML/);
    expect(output).toMatch(/resources\/bidi-title\.md → field "title": contains a hidden control character/);
  });

  it('every refused case of the corpus stops the build, each named by file and line', () => {
    const entries = corpusEntries('refused-');
    const { status, output } = build(makeContentRoot(entries));
    expect(status).not.toBe(0);
    for (const name of Object.keys(entries))
      expect(output).toMatch(new RegExp(`resources/${name} → field "body \\(line \\d+ below the frontmatter\\)"`));
  });

  it('every inert case of the corpus builds, and its page body holds nothing executable', () => {
    const entries = corpusEntries('inert-');
    const { status, output, outDir } = build(makeContentRoot(entries));
    expect(output).toContain('content ok');
    expect(status).toBe(0);
    for (const name of Object.keys(entries)) {
      const html = readFileSync(join(outDir, `resources/${name.replace(/\.md$/, '')}/index.html`), 'utf8');
      const body = publishedBody(html);
      expect(body, name).not.toBe('');
      expect(executableMarkup(body), name).toEqual([]);
    }
  });

  it('an .mdx entry, or a .MD, .markdown or stray file, stops the build by name, and no code in it runs', () => {
    const marker = join(tmpdir(), `alliance-mdx-ran-${process.pid}`);
    const code = `{process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran")}`;
    const root = makeContentRoot({
      'runs-code.mdx': validGuideFile().replace('The body.', `Built by ${code}`),
      'shouting.MD': validGuideFile(),
      'long-name.markdown': validGuideFile(),
      'notes.txt': 'a stray file',
    });
    writeFileSync(join(root, 'stray.yaml'), 'x: 1\n');
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/resources\/runs-code\.mdx: is MDX, which can run code during the build/);
    expect(output).toMatch(/resources\/shouting\.MD: is not published: entry files must end in lower-case "\.md"/);
    expect(output).toMatch(/resources\/long-name\.markdown: is not published/);
    expect(output).toMatch(/resources\/notes\.txt: is not an entry file/);
    expect(output).toMatch(/stray\.yaml: does not belong in content\//);
    expect(existsSync(marker)).toBe(false);
  });
});
