/**
 * The content check for outbound links, run by the build and `npm run check` (CONTENT_CHECKS):
 * the link fields that only make sense with a link (or without one) used consistently. Each problem
 * names the file and the field. (Tracking parameters are refused earlier, by the url rule of the
 * schema: src/lib/model/value-rules.ts.)
 */
import type { ContentFile, ContentProblem } from './content-files';
import type { ResourceData } from '../../schemas/resource';

export function checkLinks(resources: readonly ContentFile<ResourceData>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, data } of resources) {
    const add = (field: string, message: string) => problems.push({ file, field, message });
    if (data.url) {
      if (data.linkKind === 'doi' && !data.url.startsWith('https://doi.org/10.'))
        add('url', 'a DOI link (linkKind: doi) must be written https://doi.org/10.…');
      if (data.linkNote) add('linkNote', 'is for entries without a link; remove it or the url');
      if (data.publisherSite) add('publisherSite', 'is for entries without a link (it offers a site search instead); remove it or the url');
    } else if (data.linkKind) {
      add('linkKind', 'says what the url points at, but the entry has no url');
    }
  }
  return problems;
}
