/**
 * schema.org JSON-LD for resource pages (LearningResource) and stage pages, so search engines and
 * catalogues can read what each page describes. Only facts the entry states are included.
 */
import type { ResourceData } from '../../schemas/resource';
import { formatPlace } from '../catalogue/format';

export interface ResourceLabels {
  /** The type's label ("Podcast"). */
  type: string;
  /** Stage, sector and topic labels, in display order. */
  stages: string[];
  sectors: string[];
  topics: string[];
  audiences: string[];
}

/** ISO 8601 duration ("PT1H30M") from minutes. */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

/**
 * The resource as a LearningResource: `url` is the resource itself where verified; the catalogue
 * page is `mainEntityOfPage` and, with the short link, an `identifier`.
 */
export function resourceJsonLd(data: ResourceData, labels: ResourceLabels, pageUrl: string, shortUrl?: string): Record<string, unknown> {
  const publisher = data.publisher && !data.publisherInferred ? { '@type': 'Organization', name: data.publisher } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: data.title,
    description: data.summary,
    learningResourceType: labels.type,
    ...(data.url ? { url: data.url } : {}),
    mainEntityOfPage: pageUrl,
    identifier: shortUrl ? [pageUrl, shortUrl] : [pageUrl],
    ...(publisher ? { publisher } : {}),
    ...(data.year ? { datePublished: String(data.year) } : {}),
    ...('durationMinutes' in data && data.durationMinutes ? { timeRequired: isoDuration(data.durationMinutes) } : {}),
    ...(labels.audiences.length ? { audience: labels.audiences.map((audienceType) => ({ '@type': 'Audience', audienceType })) } : {}),
    about: [...labels.topics, ...labels.sectors].map((name) => ({ '@type': 'Thing', name })),
    educationalUse: labels.stages,
    ...('places' in data && data.places.length
      ? { contentLocation: data.places.map((place) => ({ '@type': 'Place', name: formatPlace(place) })) }
      : {}),
    keywords: [...labels.topics, ...labels.sectors].join(', '),
  };
}

/** A stage page as a LearningResource made by the site, with its steps as parts that have their own anchors. */
export function stageJsonLd(
  heading: string,
  purpose: string,
  pageUrl: string,
  steps: Array<{ name: string; url: string }>,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: heading,
    description: purpose,
    url: pageUrl,
    learningResourceType: 'Stage guidance',
    publisher: { '@type': 'Organization', name: 'Alliance Pathways' },
    hasPart: steps.map((step, index) => ({ '@type': 'HowToStep', position: index + 1, name: step.name, url: step.url })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block: "<" and ">" and "&" are written as
 * \u escapes, so no value can close the script element or open a comment.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
