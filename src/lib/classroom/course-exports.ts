/**
 * What a pathway or a trainer list becomes for a course: a Common Cartridge package
 * (common-cartridge.ts) and "Copy for slides" text (slides-text.ts). Every link is our own permanent
 * or short link, never the publisher's address: it keeps working when a publisher moves a document,
 * and the page behind it offers the archived copy when the publisher's link breaks.
 */
import type { Cartridge, CartridgeLink } from './common-cartridge';
import { sitePath } from '../catalogue/paths';
import type { SlideText } from './slides-text';

export interface ExportResource {
  id: string;
  title: string;
  /** Absolute permanent link of our page. */
  url: string;
  /** Absolute short link, when assigned. */
  shortUrl?: string | null | undefined;
}

export interface ExportStep {
  title: string;
  resources: ExportResource[];
}

export interface ExportPathway {
  id: string;
  title: string;
  summary: string;
  /** Absolute permanent link of the pathway page. */
  url: string;
  shortUrl?: string | undefined;
  steps: ExportStep[];
}

const stepHeading = (step: ExportStep, index: number): string => `Step ${index + 1}: ${step.title}`;

/** The pathway page first, then one module per step with its resources in step order. */
export function pathwayCartridge(pathway: ExportPathway): Cartridge {
  return {
    id: `alliance-pathways-pathway-${pathway.id}`,
    title: pathway.title,
    description: pathway.summary,
    home: { title: `Pathway: ${pathway.title} (Alliance Pathways)`, url: pathway.url },
    modules: pathway.steps.map((step, index) => ({
      title: stepHeading(step, index),
      links: step.resources.map((resource): CartridgeLink => ({ title: resource.title, url: resource.url })),
    })),
  };
}

export function pathwaySlides(pathway: ExportPathway): SlideText {
  return {
    title: `Pathway: ${pathway.title}`,
    url: pathway.shortUrl ?? pathway.url,
    sections: pathway.steps.map((step, index) => ({
      heading: stepHeading(step, index),
      links: step.resources.map((resource) => ({ title: resource.title, url: resource.shortUrl ?? resource.url })),
    })),
  };
}

export const DEFAULT_LIST_TITLE = 'Resources from Alliance Pathways';

/** A trainer list: the list page first, then its resources in list order. */
export function listCartridge(title: string, listUrl: string, resources: readonly ExportResource[]): Cartridge {
  const name = title || DEFAULT_LIST_TITLE;
  return {
    id: 'alliance-pathways-list',
    title: name,
    description: 'Resources picked from Alliance Pathways, a catalogue for people who build cross-sector health alliances.',
    home: { title: `${name} (the list in Alliance Pathways)`, url: listUrl },
    modules: [{ title: 'Resources', links: resources.map((resource) => ({ title: resource.title, url: resource.url })) }],
  };
}

export function listSlides(title: string, listUrl: string, resources: readonly ExportResource[]): SlideText {
  return {
    title: title || DEFAULT_LIST_TITLE,
    url: listUrl,
    sections: [{ links: resources.map((resource) => ({ title: resource.title, url: resource.shortUrl ?? resource.url })) }],
  };
}

interface PathwayLike {
  id: string;
  data: { title: string; summary: string; steps: ReadonlyArray<{ title: string; resources: readonly string[] }> };
}

/**
 * A pathway with its resources looked up. `absolute` turns a site path (without base) into an
 * absolute URL; `short` gives the absolute short link of a site path, if any. A step's resource
 * that does not exist stops with the pathway's file named (the build checks this first anyway).
 */
export function exportPathway(
  pathway: PathwayLike,
  titles: ReadonlyMap<string, string>,
  absolute: (sitePath: string) => string,
  short: (sitePath: string) => string | undefined,
): ExportPathway {
  const page = sitePath.pathway(pathway.id);
  return {
    id: pathway.id,
    title: pathway.data.title,
    summary: pathway.data.summary,
    url: absolute(page),
    shortUrl: short(page),
    steps: pathway.data.steps.map((step) => ({
      title: step.title,
      resources: step.resources.map((id) => {
        const title = titles.get(id);
        if (title === undefined) throw new Error(`content/pathways/${pathway.id}.md: resource "${id}" does not exist`);
        const path = sitePath.resource(id);
        return { id, title, url: absolute(path), shortUrl: short(path) };
      }),
    })),
  };
}
