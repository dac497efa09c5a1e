/**
 * Static oEmbed (https://oembed.com/): each resource, stage and pathway page advertises
 * <link rel="alternate" type="application/json+oembed"> pointing at a JSON file written at build
 * time, so a platform that reads oEmbed discovery turns a pasted link into the embed card.
 * Static files cannot read the consumer's maxwidth/maxheight parameters: every answer has the
 * card's designed size (docs/embeds-and-oembed.md).
 */
import { EMBED_HEIGHTS, EMBED_WIDTH, iframeSnippet, type EmbedKind } from './embeds';

export const PROVIDER_NAME = 'Alliance Pathways';

/** One week: the card's contents change rarely, and consumers may cache the answer that long. */
export const OEMBED_CACHE_AGE = 604_800;

export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

export interface OembedSource {
  kind: Exclude<EmbedKind, 'list'>;
  title: string;
  /** Absolute address of the embed card. */
  embedUrl: string;
  /** Absolute address of the site's home page. */
  providerUrl: string;
}

/** The oEmbed answer for one page. There is no thumbnail_url: the catalogue has no images. */
export function oembedResponse({ kind, title, embedUrl, providerUrl }: OembedSource): OembedRich {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: PROVIDER_NAME,
    provider_url: providerUrl,
    html: iframeSnippet({ src: embedUrl, title: `${title} (${PROVIDER_NAME})`, kind }),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHTS[kind],
    cache_age: OEMBED_CACHE_AGE,
  };
}
