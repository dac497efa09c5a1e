/**
 * The site settings (content/site.yaml), read in Node at build time by pages and astro.config.mjs.
 * The placeholders never pretend to be a real organisation (the contact is at example.org), and
 * placeholdersInUse names the fields that still hold them, so a production build can warn.
 */
import { join } from 'node:path';
import { parseDataFile, readDataFile } from '../catalogue/data-files';
import { contentRoot } from '../links/link-data';
import { siteSettingsSchema, type Licence, type SiteSettings } from '../../schemas/site-settings';

export const SITE_SETTINGS_FILE = 'site.yaml';

/** The values the file ships with: plainly placeholders. */
export const PLACEHOLDER_SETTINGS: SiteSettings = {
  owner: 'Alliance Pathways (site owner not yet set)',
  contact: 'editors@example.org',
  licence: 'CC-BY-4.0',
  baseUrl: 'https://alliance-pathways.example.org',
};

export const LICENCE_TERMS: Record<Licence, { label: string; url: string }> = {
  'CC-BY-4.0': { label: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': {
    label: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC0-1.0': {
    label: 'Creative Commons Zero 1.0 (CC0, public domain dedication)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
};

/** Validates parsed settings; one line per problem, naming the file and the field. */
export function parseSiteSettings(raw: unknown): SiteSettings {
  return parseDataFile(siteSettingsSchema, raw ?? {}, `content/${SITE_SETTINGS_FILE}`);
}

const cache = new Map<string, SiteSettings>();

/** Reads content/site.yaml (or CONTENT_DIR's) once per build; without the file, the placeholders. */
export function loadSiteSettings(projectRoot: string = process.cwd()): SiteSettings {
  const path = join(contentRoot(projectRoot), SITE_SETTINGS_FILE);
  const cached = cache.get(path);
  if (cached) return cached;
  const settings = readSiteSettings(path);
  cache.set(path, settings);
  return settings;
}

function readSiteSettings(path: string): SiteSettings {
  const raw = readDataFile(path, `content/${SITE_SETTINGS_FILE}`);
  return raw === undefined ? { ...PLACEHOLDER_SETTINGS } : parseSiteSettings(raw);
}

/** The fields that still hold their placeholder (the licence has a real default, so it is never one). */
export function placeholdersInUse(settings: SiteSettings): Array<keyof SiteSettings> {
  const fields = ['owner', 'contact', 'baseUrl'] as const;
  return fields.filter(
    (field) =>
      settings[field] === PLACEHOLDER_SETTINGS[field] || (field === 'contact' && /@example\.(org|com|net)$/i.test(settings.contact)),
  );
}

/** A mailto: link with a subject and a body, each encoded. */
export function mailtoHref(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** "Report a problem" for an entry: the message names its id and address, and asks what is wrong. */
export function reportProblemHref(settings: SiteSettings, id: string, pageUrl: string): string {
  return mailtoHref(
    settings.contact,
    `Problem with entry ${id}`,
    `Entry: ${id}\nAddress: ${pageUrl}\n\nWhat is wrong (a broken link, a wrong fact, a missing detail):\n`,
  );
}

/** "Suggest a resource": the message asks for what an editor needs to add it. */
export function suggestResourceHref(settings: SiteSettings): string {
  return mailtoHref(
    settings.contact,
    'Resource suggestion',
    'Title:\nPublisher:\nAddress (if you have one):\nWhy it helps people who build health alliances:\n',
  );
}

/** "Report a barrier" (the accessibility statement): the message asks for the page, the task and what happened. */
export function reportBarrierHref(settings: SiteSettings): string {
  return mailtoHref(
    settings.contact,
    'Accessibility barrier on Alliance Pathways',
    'Page address:\nWhat I was trying to do:\nWhat happened:\n',
  );
}
