/** Builders of valid frontmatter objects, which tests then break one field at a time. */
export function guideInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'guide',
    title: 'A Field Guide to Partnering',
    summary: 'A practical walk-through of finding partners, agreeing goals and keeping the partnership going.',
    stages: ['build-the-alliance'],
    sectors: ['public-health', 'community'],
    topics: ['partnership-building'],
    provenance: 'ngo',
    source: { seed: '001_15e02f496da4d3dc.txt', title: 'A Field Guide to Partnering', type: 'Guides' },
    added: '2026-11-23',
    ...overrides,
  };
}

export function webinarInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return guideInput({ type: 'webinar', durationMinutes: 45, certificate: false, ...overrides });
}

export function caseStudyInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return guideInput({
    type: 'case-study',
    places: [{ name: 'Kern County', region: 'California', country: 'United States' }],
    partners: ['A county health department'],
    financing: 'Social impact bond',
    ...overrides,
  });
}

/** A valid guide as a whole Markdown file, with the given source record (YAML flow map). */
export function validGuideFile(source = '{ seed: 001_15e02f496da4d3dc.txt, title: A Field Guide, type: Guides }'): string {
  return `---
type: guide
title: A Field Guide
summary: A practical walk-through of finding partners and agreeing what the partnership is for.
stages: [get-ready]
sectors: [public-health]
topics: [partnership-building]
provenance: ngo
source: ${source}
added: 2026-11-23
---
The body.
`;
}
