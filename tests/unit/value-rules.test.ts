/**
 * Strict values, one set of rules for hand-edited files, the importer and `npm run new`:
 * real dates, clean https links, plain titles, ids without years, 2 to 5 resources per pathway step.
 */
import { describe, expect, it } from 'vitest';
import { isRealDate, titleProblem, urlProblem, urlWarning } from '../../src/lib/model/value-rules';
import { resourceSchema } from '../../src/schemas/resource';
import { pathwayStepSchema } from '../../src/schemas/pathway';
import { checkIntegrity } from '../../src/lib/editing/integrity';
import { guideInput } from '../helpers/resource-input';

const issues = (input: Record<string, unknown>) =>
  resourceSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('dates', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31'])('%s is a real date', (text) => expect(isRealDate(text)).toBe(true));
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '1/2/2026', '2026-1-2', '2026-01-02T10:00:00Z', ' 2026-01-02x'])(
    '%s is refused',
    (text) => expect(isRealDate(text)).toBe(false),
  );

  it('the schema refuses an impossible or ambiguous date instead of rolling it over', () => {
    expect(issues(guideInput({ added: '2026-02-30' }))).toEqual(['added: must be a real date written as YYYY-MM-DD']);
    expect(issues(guideInput({ lastChecked: '1/2/2026' }))).toEqual(['lastChecked: must be a real date written as YYYY-MM-DD']);
    const parsed = resourceSchema.parse(guideInput({ added: '2026-02-28' }));
    expect(parsed.added.toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });

  it('the schema accepts a date that a YAML reader has already turned into a Date', () => {
    expect(issues(guideInput({ added: new Date('2026-11-23T00:00:00Z') }))).toEqual([]);
  });
});

describe('links', () => {
  it.each([
    ['https://user:pass@example.org/x', /user name or password/],
    ['https://example.org/a b', /spaces/],
    ['https://example.org/x?utm_source=news&id=3', /tracking parameters \(utm_source\)/],
    ['https://example.org/x?fbclid=abc', /tracking parameters \(fbclid\)/],
    ['https://localhost/x', /public host/],
    ['ftp://example.org/x', /https:\/\//],
    ['not a url', /spaces|https/],
  ])('%s is refused', (url, message) => expect(urlProblem(url)).toMatch(message));

  it('keeps ordinary query strings and http (with a warning)', () => {
    expect(urlProblem('https://example.org/report?id=3&page=2')).toBeUndefined();
    expect(urlProblem('http://example.org/')).toBeUndefined();
    expect(urlWarning('http://example.org/')).toMatch(/https/);
    expect(urlWarning('https://example.org/')).toBeUndefined();
  });

  it('the schema gives one message per mistake', () => {
    expect(issues(guideInput({ url: 'javascript:alert(1)' }))).toEqual(['url: must be a full http:// or https:// address']);
    expect(issues(guideInput({ url: 'https://example.org/?utm_campaign=x' }))).toEqual([
      'url: must not carry tracking parameters (utm_campaign); remove them',
    ]);
  });
});

describe('titles', () => {
  it.each([
    ['<b>Bold</b> guide', /HTML/],
    ['A guide\u202Egnp.exe', /hidden control character/],
    ['A\u0007guide', /hidden control character/],
    ['=HYPERLINK("https://evil.example","Open")', /spreadsheet formula/],
    ['+SUM(A1:A3) guide', /spreadsheet formula/],
  ])('%j is refused', (title, message) => {
    expect(titleProblem(title)).toMatch(message);
    expect(issues(guideInput({ title }))).toEqual([expect.stringMatching(new RegExp(`^title: .*${message.source}`))]);
  });

  it('keeps ordinary punctuation, accents and ampersands', () => {
    expect(issues(guideInput({ title: 'Salud & Comunidad: “Juntos” — 3 < 5 steps' }))).toEqual([]);
  });
});

describe('pathway steps', () => {
  const step = (resources: string[]) => ({
    id: 'find-partners',
    title: 'Find partners',
    stage: 'get-ready',
    summary: 'Draw up the list of partners you need.',
    actions: ['Map them'],
    checklist: ['A map exists'],
    resources,
  });
  it.each([0, 1, 6, 15])('refuses a step with %i resources', (count) => {
    const result = pathwayStepSchema.safeParse(step(Array.from({ length: count }, (_, index) => `resource-${'abcdefghijklmnop'[index]}`)));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['resources']);
  });
  it.each([2, 5])('accepts a step with %i resources', (count) => {
    expect(pathwayStepSchema.safeParse(step(Array.from({ length: count }, (_, index) => `resource-${'abcde'[index]}`))).success).toBe(true);
  });
});

describe('ids', () => {
  it('a hand-made file whose name holds a year is refused, as the importer and npm run new refuse it', () => {
    const data = resourceSchema.parse(guideInput());
    const problems = checkIntegrity({
      resources: [{ id: 'annual-report-2023', file: 'content/resources/annual-report-2023.md', data, body: '' }],
      stages: [],
      pathways: [],
    });
    expect(problems).toContainEqual({
      file: 'content/resources/annual-report-2023.md',
      field: 'id',
      message: expect.stringMatching(/contains a year/),
    });
  });
});
