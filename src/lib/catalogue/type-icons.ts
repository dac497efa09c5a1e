/** One simple 16×16 stroke path per resource type (drawn by TypeIcon.astro; every type must have one). */
import type { ResourceType } from '../model/vocabularies';

export const TYPE_ICON_PATHS: Record<ResourceType, string> = {
  // an open book
  guide: 'M8 4C6.5 3 4.5 2.5 2 2.5v10c2.5 0 4.5.5 6 1.5 1.5-1 3.5-1.5 6-1.5v-10c-2.5 0-4.5.5-6 1.5zM8 4v10',
  // a mortarboard
  training: 'M1.5 6 8 3l6.5 3L8 9zM4 7.5v3.5c2.5 1.5 5.5 1.5 8 0V7.5',
  // a screen with a play mark
  webinar: 'M2 3h12v8H2zM6.5 5v4l3.5-2zM5 14h6',
  // a microphone
  podcast: 'M6 2.5h4v6.5a2 2 0 0 1-4 0zM3.5 8a4.5 4.5 0 0 0 9 0M8 12.5V14',
  // a grid of four blocks
  framework: 'M2.5 2.5h4.5v4.5H2.5zM9 2.5h4.5v4.5H9zM2.5 9h4.5v4.5H2.5zM9 9h4.5v4.5H9z',
  // a page with lines to fill
  template: 'M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 8h5M5.5 10.5h5',
  // a page of text
  article: 'M3 2h10v12H3zM5.5 5h5M5.5 7.5h5M5.5 10h3',
  // a magnifier
  'case-study': 'M7 2.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM10.2 10.2l3.8 3.8',
  // a map pin
  'county-example': 'M8 14.5s-4.5-4.6-4.5-8a4.5 4.5 0 0 1 9 0c0 3.4-4.5 8-4.5 8zM8 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z',
  // a flag
  initiative: 'M3.5 14.5v-13M3.5 2h9l-2 3 2 3h-9',
};
