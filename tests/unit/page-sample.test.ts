import { describe, expect, it } from 'vitest';
import { samplePages, templateOf } from '../helpers/page-sample';

describe('templateOf', () => {
  it('keeps the first segment and stands a "*" for each further one', () => {
    expect(templateOf('/')).toBe('/');
    expect(templateOf('/resources/')).toBe('/resources/');
    expect(templateOf('/resources/invest-health/')).toBe('/resources/*/');
    expect(templateOf('/stages/get-ready/resources/')).toBe('/stages/*/*/');
    expect(templateOf('/sectors/housing/')).toBe('/sectors/*/');
  });
});

describe('samplePages', () => {
  const page = (path: string, bytes = 100) => ({ path, bytes });

  it('keeps every template, with its first, last and largest page', () => {
    const pages = [
      page('/'),
      page('/resources/'),
      page('/resources/a/'),
      page('/resources/b/', 900),
      page('/resources/c/'),
      page('/resources/d/'),
      page('/sectors/x/'),
    ];
    expect(samplePages(pages)).toEqual(['/', '/resources/', '/resources/a/', '/resources/b/', '/resources/d/', '/sectors/x/']);
  });

  it('keeps all pages of a small template and never repeats one', () => {
    expect(samplePages([page('/types/a/'), page('/types/b/')])).toEqual(['/types/a/', '/types/b/']);
    expect(samplePages([page('/types/a/', 5)])).toEqual(['/types/a/']);
  });

  it('is the same whatever order the pages come in', () => {
    const pages = Array.from({ length: 30 }, (_, i) => page(`/topics/t${i}/`, (i * 7) % 11));
    expect(samplePages([...pages].reverse())).toEqual(samplePages(pages));
    expect(samplePages(pages)).toHaveLength(3);
  });
});
