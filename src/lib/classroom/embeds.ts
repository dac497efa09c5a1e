/**
 * Embeddable cards: compact pages under /embed/ that course pages and blogs put in an iframe
 * (the only pages other origins may frame; see security-headers.ts). This module holds what the
 * cards, the "Embed" snippet and the oEmbed answers share: the sizes and the snippet itself.
 */
import { escapeHtml } from '../links/redirect-page';

export type EmbedKind = 'resource' | 'stage' | 'pathway' | 'list';

/** Width the cards are designed for; they also shrink to any narrower column. */
export const EMBED_WIDTH = 560;

/**
 * Heights that show a whole card without a scroll bar at EMBED_WIDTH (a long title or summary
 * wraps to a few more lines; the card scrolls inside the frame rather than being cut off).
 */
export const EMBED_HEIGHTS: Record<EmbedKind, number> = { resource: 300, stage: 300, pathway: 320, list: 480 };

export interface EmbedSnippet {
  /** Absolute address of the card (https://…/embed/…/). */
  src: string;
  /** What the frame shows, for screen readers (an iframe needs a title). */
  title: string;
  kind: EmbedKind;
}

/** A page's card as the "Embed" snippet shows it. */
export interface EmbedCardLink extends EmbedSnippet {
  /** Site path (with base) of the card, for a preview link. */
  previewHref: string;
}

/** The HTML a trainer pastes into a course page or blog: a lazy, titled, borderless iframe. */
export function iframeSnippet({ src, title, kind }: EmbedSnippet): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHTS[kind]}" style="max-width:100%;border:0" loading="lazy"></iframe>`;
}

/** What a card shows, whatever it describes. */
export interface EmbedCardText {
  /** The small line above the title ("Webinar", "Stage 3 of 7", "Pathway"). */
  eyebrow: string;
  title: string;
  /** One line of facts; may be empty. */
  meta: string;
  summary: string;
}

const joinFacts = (parts: ReadonlyArray<string | undefined>): string => parts.filter((part): part is string => Boolean(part)).join(' · ');
const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

export function resourceCardText(input: {
  typeLabel: string;
  title: string;
  summary: string;
  facts: string;
  mainStage: string;
}): EmbedCardText {
  return { eyebrow: input.typeLabel, title: input.title, meta: joinFacts([input.facts, input.mainStage]), summary: input.summary };
}

export function stageCardText(input: {
  number: number;
  stageCount: number;
  label: string;
  purpose: string;
  steps: number;
  resources: number;
}): EmbedCardText {
  return {
    eyebrow: `Stage ${input.number} of ${input.stageCount}`,
    title: input.label,
    meta: joinFacts([plural(input.steps, 'practical step'), plural(input.resources, 'resource')]),
    summary: input.purpose,
  };
}

export function pathwayCardText(input: { title: string; summary: string; steps: number; stageNumbers: readonly number[] }): EmbedCardText {
  const numbers = [...new Set(input.stageNumbers)].sort((a, b) => a - b);
  const stages = numbers.length === 1 ? `stage ${numbers[0]}` : `stages ${numbers.join(', ')}`;
  return {
    eyebrow: 'Pathway',
    title: input.title,
    meta: joinFacts([plural(input.steps, 'step'), numbers.length ? stages : undefined]),
    summary: input.summary,
  };
}
