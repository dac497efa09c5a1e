/**
 * Course exports as IMS Common Cartridge 1.1 (.imscc): a zip holding imsmanifest.xml and one web
 * link file per resource, which Moodle, Canvas, Blackboard and Brightspace import as a module of
 * links. Each link is our permanent page for the resource (it survives a publisher's move, and
 * offers the archived copy when the publisher's link breaks). Built at build time for pathways and
 * in the browser for trainer lists, from the same functions (fflate zips in both).
 */
import { strToU8, zipSync } from 'fflate';
import { escapeHtml } from '../links/redirect-page';

export interface CartridgeLink {
  title: string;
  /** Absolute http(s) address. */
  url: string;
}

export interface CartridgeModule {
  title: string;
  links: CartridgeLink[];
}

export interface Cartridge {
  /** Identifies the package (letters, digits, hyphens), e.g. "pathway-start-a-new-alliance". */
  id: string;
  title: string;
  description: string;
  /** The pathway or list page itself: the first item of the package. */
  home: CartridgeLink;
  modules: CartridgeModule[];
}

export const MANIFEST_FILE = 'imsmanifest.xml';
/** The resource type of a Common Cartridge 1.1 web link. */
export const WEB_LINK_TYPE = 'imswl_xmlv1p1';

const CP_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const LOM_NS = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';
const WL_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** A fixed date inside the zip, so the same pathway always builds the same bytes. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

const xml = (text: string): string => escapeHtml(text);

function webLinkXml(link: CartridgeLink): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${WL_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${WL_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd">
  <title>${xml(link.title)}</title>
  <url href="${xml(link.url)}" target="_blank"/>
</webLink>
`;
}

/** Every file of the package, path → text: the manifest and one web link file per distinct address. */
export function cartridgeFiles(cartridge: Cartridge): Map<string, string> {
  const files = new Map<string, string>();
  const resourceByUrl = new Map<string, string>();
  const resources: string[] = [];
  /** The web link resource for an address (one per address, however often it appears). */
  const resourceFor = (link: CartridgeLink): string => {
    const known = resourceByUrl.get(link.url);
    if (known) return known;
    const id = `wl_${String(resourceByUrl.size + 1).padStart(3, '0')}`;
    resourceByUrl.set(link.url, id);
    files.set(`${id}.xml`, webLinkXml(link));
    resources.push(`    <resource identifier="${id}" type="${WEB_LINK_TYPE}">\n      <file href="${id}.xml"/>\n    </resource>`);
    return id;
  };
  let itemCount = 0;
  const item = (link: CartridgeLink, indent: string): string =>
    `${indent}<item identifier="item_${++itemCount}" identifierref="${resourceFor(link)}">\n${indent}  <title>${xml(link.title)}</title>\n${indent}</item>`;
  const items = [
    item(cartridge.home, '        '),
    ...cartridge.modules.map(
      (module) =>
        `        <item identifier="module_${++itemCount}">\n          <title>${xml(module.title)}</title>\n${module.links.map((link) => item(link, '          ')).join('\n')}\n        </item>`,
    ),
  ];
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(cartridge.id)}" xmlns="${CP_NS}" xmlns:lomimscc="${LOM_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${CP_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd ${LOM_NS} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.1.0</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title><lomimscc:string language="en">${xml(cartridge.title)}</lomimscc:string></lomimscc:title>
        <lomimscc:description><lomimscc:string language="en">${xml(cartridge.description)}</lomimscc:string></lomimscc:description>
      </lomimscc:general>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="organization_1" structure="rooted-hierarchy">
      <item identifier="root">
${items.join('\n')}
      </item>
    </organization>
  </organizations>
  <resources>
${resources.join('\n')}
  </resources>
</manifest>
`;
  return new Map([[MANIFEST_FILE, manifest], ...files]);
}

/** The .imscc package: a zip of cartridgeFiles, manifest first. */
export function cartridgeZip(cartridge: Cartridge): Uint8Array {
  const entries = Object.fromEntries([...cartridgeFiles(cartridge)].map(([path, text]) => [path, strToU8(text)]));
  return zipSync(entries, { level: 6, mtime: ZIP_TIME });
}

/** A file name for a download: lower-case words and hyphens, never empty. */
export function cartridgeFileName(title: string, fallback = 'alliance-pathways-list'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Équipes" → "equipes"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || fallback}.imscc`;
}
