/** content/site.yaml: the site's owner, contact address, licence and public address. */
import { z } from 'astro/zod';

/** The licences our own text and open data may be offered under. */
export const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0'] as const;
export type Licence = (typeof LICENCES)[number];

export const siteSettingsSchema = z.strictObject({
  /** Who runs the site, as the About page names them. */
  owner: z.string().trim().min(2).max(160),
  /** An email address that reaches them: reports and suggestions go here. */
  contact: z.email({ error: 'must be an email address' }),
  /** The licence of our summaries and open data (titles and linked resources stay their owners'). */
  licence: z.enum(LICENCES).default('CC-BY-4.0'),
  /** The public origin (https://…), for canonical URLs and printed links. */
  baseUrl: z.httpUrl({ error: 'must be an http(s) address' }),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
