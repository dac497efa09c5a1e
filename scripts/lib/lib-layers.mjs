/**
 * Which folder of src/lib may import which: the one table behind the import-boundaries lint rule
 * (eslint.config.js), the folders' README.md files and docs/architecture.md (checked by
 * tests/content/docs.test.ts). Imports point down: a folder imports only the folders listed for it
 * (and its own files). Every folder but model may also import src/schemas; the schemas import only model.
 */
export const LIB_LAYERS = {
  site: ['classroom', 'editing', 'search', 'pathways', 'links', 'catalogue', 'model'],
  classroom: ['pathways', 'links', 'catalogue', 'model'],
  editing: ['links', 'catalogue', 'model'],
  search: ['links', 'catalogue', 'model'],
  pathways: ['links', 'catalogue', 'model'],
  links: ['catalogue', 'model'],
  catalogue: ['model'],
  model: [],
};

/** The presentation and build layers above src/lib: src/lib never imports them. */
export const ABOVE_LIB = ['components', 'layouts', 'pages', 'scripts', 'integrations'];

const restriction = (groups, message) => ['error', { patterns: [{ group: groups, message }] }];

/** ESLint flat-config blocks: `no-restricted-imports` per folder, from the table above. */
export function importBoundaryConfigs() {
  const folders = Object.keys(LIB_LAYERS);
  const libBlocks = folders.map((folder) => {
    const forbidden = folders.filter((other) => other !== folder && !LIB_LAYERS[folder].includes(other));
    const groups = [
      ...forbidden.flatMap((other) => [`../${other}`, `../${other}/*`]),
      ...ABOVE_LIB.flatMap((above) => [`../../${above}`, `../../${above}/*`]),
      ...(folder === 'model' ? ['../../schemas', '../../schemas/*'] : []),
    ];
    return {
      files: [`src/lib/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': restriction(
          groups,
          `src/lib/${folder} may import only ${[...LIB_LAYERS[folder], ...(folder === 'model' ? [] : ['src/schemas'])].join(', ') || 'nothing else in src'} (scripts/lib/lib-layers.mjs): imports point down.`,
        ),
      },
    };
  });
  return [
    ...libBlocks,
    {
      files: ['src/schemas/**/*.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [{ regex: '^\\.\\./(?!lib/model/)', message: 'src/schemas may import only src/lib/model: imports point down.' }] },
        ],
      },
    },
    {
      files: ['src/scripts/**/*.ts', 'src/components/**/*.ts'],
      rules: {
        'no-restricted-imports': restriction(
          ['**/pages/**', '**/layouts/**', '**/integrations/**'],
          'Browser code imports src/lib, never pages, layouts or build integrations.',
        ),
      },
    },
    {
      files: ['src/components/**/*.astro'],
      rules: {
        'no-restricted-imports': restriction(
          ['**/pages/**', '**/integrations/**'],
          'Components import src/lib, src/scripts and other components, never pages or build integrations.',
        ),
      },
    },
  ];
}
