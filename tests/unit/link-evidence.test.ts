import { describe, expect, it } from 'vitest';
import {
  evidenceFor,
  evidenceProblems,
  trackingParameters,
  withoutTracking,
  type FactRecord,
  type LinkEvidence,
} from '../../src/lib/links/link-evidence';
import { checkLinks } from '../../src/lib/editing/link-fields';
import { linkOut, siteSearchUrl, DEFAULT_NO_LINK_NOTE } from '../../src/lib/links/link-out';
import { resourceSchema } from '../../src/schemas/resource';
import { guideInput } from '../helpers/resource-input';

describe('trackingParameters', () => {
  it('finds campaign tags, click ids and mail-list ids, in any letter case', () => {
    expect(trackingParameters('https://x.org/a?utm_source=Enews&utm_medium=Email&id=4')).toEqual(['utm_source', 'utm_medium']);
    expect(trackingParameters('https://x.org/a?fbclid=1&GCLID=2&mc_cid=3&mc_eid=4&msclkid=5')).toEqual([
      'fbclid',
      'GCLID',
      'mc_cid',
      'mc_eid',
      'msclkid',
    ]);
    expect(trackingParameters('https://x.org/a?_hsenc=a&pk_campaign=b')).toEqual(['_hsenc', 'pk_campaign']);
  });

  it('leaves real parameters alone and copes with text that is not a URL', () => {
    expect(trackingParameters('https://moodle.example.edu/course/info.php?id=480')).toEqual([]);
    expect(trackingParameters('https://x.org/search?q=utm_source')).toEqual([]);
    expect(trackingParameters('not a url ?utm_source=x')).toEqual([]);
  });

  it('strips only the tracking parameters', () => {
    expect(withoutTracking('https://ssir.org/a?utm_source=Enews&utm_medium=Email&utm_campaign=SSIR_Now')).toBe('https://ssir.org/a');
    expect(withoutTracking('https://x.org/a?id=4&fbclid=9#part')).toBe('https://x.org/a?id=4#part');
    expect(withoutTracking('https://x.org/a?id=4')).toBe('https://x.org/a?id=4');
  });
});

const evidence = (over: Partial<LinkEvidence> = {}): LinkEvidence => ({
  address: 'https://example.org/guide',
  kind: 'own-page',
  shows: { title: 'The Guide', publisher: 'Example Institute' },
  checked: '2026-12-01',
  ...over,
});

describe('evidence records', () => {
  it('accept a complete record', () => {
    expect(evidenceProblems(evidence())).toEqual([]);
    expect(evidenceProblems(evidence({ kind: 'doi', address: 'https://doi.org/10.1016/j.puhip.2022.100285', checked: null }))).toEqual([]);
  });

  it('name each missing or wrong field', () => {
    expect(evidenceProblems(evidence({ shows: { title: ' ', publisher: '' } }))).toEqual([
      'shows.title is empty',
      'shows.publisher is empty',
    ]);
    expect(evidenceProblems(evidence({ kind: 'mirror' }))).toEqual(['kind "mirror" is not own-page, publisher-page or doi']);
    expect(evidenceProblems(evidence({ kind: 'doi' }))).toEqual(['a DOI link must be https://doi.org/10.…']);
    expect(evidenceProblems(evidence({ checked: '1 Dec 2026' }))).toEqual(['checked must be YYYY-MM-DD or null']);
    expect(evidenceProblems(evidence({ address: 'https://example.org/g?utm_source=x' }))).toEqual(['address carries tracking parameters']);
  });

  it('are found by the exact address they record', () => {
    const facts: FactRecord[] = [
      { title: 'A', source_seed: null, url: null, url_verified: false, year: null, duration_minutes: null },
      {
        title: 'B',
        source_seed: null,
        url: 'https://example.org/guide',
        url_verified: true,
        year: null,
        duration_minutes: null,
        evidence: evidence(),
      },
    ];
    expect(evidenceFor(facts, 'https://example.org/guide')?.shows.title).toBe('The Guide');
    expect(evidenceFor(facts, 'https://example.org/guide/')).toBeUndefined();
  });
});

const file = (input: Record<string, unknown>) => ({
  id: 'x',
  file: 'content/resources/x.md',
  body: '',
  data: resourceSchema.parse(guideInput(input)),
});

describe('the link content check', () => {
  it('never sees a tracking link: the schema refuses it first, naming the field', () => {
    const result = resourceSchema.safeParse(guideInput({ url: 'https://ssir.org/a?utm_source=Enews&id=2' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['url', expect.stringContaining('tracking parameters (utm_source)')],
    ]);
  });

  it('keeps the link fields consistent', () => {
    expect(checkLinks([file({ linkKind: 'doi' })]).map((problem) => problem.field)).toEqual(['linkKind']);
    expect(checkLinks([file({ url: 'https://example.org/x', linkKind: 'doi' })]).map((problem) => problem.field)).toEqual(['url']);
    expect(
      checkLinks([
        file({ url: 'https://example.org/x', linkNote: 'There is no link because of reasons.', publisherSite: 'example.org' }),
      ]).map((problem) => problem.field),
    ).toEqual(['linkNote', 'publisherSite']);
    expect(
      checkLinks([file({ url: 'https://doi.org/10.1/abc', linkKind: 'doi' }), file({ linkNote: 'We found no page with this title.' })]),
    ).toEqual([]);
  });

  it('refuses a publisher site that is not a bare host name', () => {
    expect(() => resourceSchema.parse(guideInput({ publisherSite: 'https://example.org/path' }))).toThrow(/host name/);
    expect(() => resourceSchema.parse(guideInput({ publisherSite: 'javascript:alert(1)' }))).toThrow(/host name/);
  });
});

describe('linkOut', () => {
  it('labels the button by what the address is and gives the check date', () => {
    const own = linkOut(resourceSchema.parse(guideInput({ url: 'https://example.org/x', lastChecked: '2026-12-01' })));
    expect(own).toEqual({
      kind: 'link',
      href: 'https://example.org/x',
      action: 'Open the resource',
      checked: { iso: '2026-12-01', text: '1 December 2026' },
    });
    const publisher = linkOut(resourceSchema.parse(guideInput({ url: 'https://example.org/x', linkKind: 'publisher-page' })));
    expect(publisher.kind === 'link' && publisher.action).toBe('Open the publisher’s page about it');
    expect(publisher.kind === 'link' && publisher.caveat).toMatch(/names and links the resource/);
    expect(publisher.kind === 'link' && publisher.checked).toBeUndefined();
  });

  it('without a link gives the reason, and a site search only where the site is known', () => {
    expect(linkOut(resourceSchema.parse(guideInput()))).toEqual({ kind: 'none', note: DEFAULT_NO_LINK_NOTE });
    const withSite = linkOut(
      resourceSchema.parse(guideInput({ title: 'A "Quoted" & Title', linkNote: 'We found no page for it.', publisherSite: 'ssir.org' })),
    );
    expect(withSite).toEqual({
      kind: 'none',
      note: 'We found no page for it.',
      search: { href: siteSearchUrl('ssir.org', 'A "Quoted" & Title'), site: 'ssir.org' },
    });
    expect(siteSearchUrl('ssir.org', 'A & B')).toBe('https://duckduckgo.com/?q=site%3Assir.org%20%22A%20%26%20B%22');
  });
});
