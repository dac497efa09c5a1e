/** The open-data records of the catalogue being built (shared by the JSON and CSV endpoints). */
import { allResources } from './content';
import { buildLinkData } from '../links/link-data';
import { openDataRecord, type OpenDataRecord } from './open-data';
import { absoluteUrl, resourcePath, shortLinkPath, sitePath } from '../catalogue/paths';

export async function openDataRecords(site: URL | undefined): Promise<OpenDataRecord[]> {
  const { codes } = buildLinkData();
  return [...(await allResources())]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => {
      const code = codes.get(sitePath.resource(entry.id));
      return openDataRecord(entry.id, entry.data, entry.body ?? '', {
        permalink: absoluteUrl(resourcePath(entry.id), site),
        shortLink: code ? absoluteUrl(shortLinkPath(code), site) : undefined,
      });
    });
}
