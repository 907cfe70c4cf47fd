import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Plainly's layers, lowest first. Code may import from its own layer and the
 * layers below it, never from a layer above: the checks on untrusted data at
 * the bottom, words and formats above them, the engine above them, what is built on the engine (reports,
 * accessibility checks, Word marking up) above that, then the contracts and
 * stores (messages, settings, the database), then the services that run
 * them (the background, the content scripts, the command line, the pages'
 * React parts), and the entry points on top. docs/architecture.md says why.
 */
export const LAYERS = [
  { name: 'checking untrusted data', dirs: ['src/validation'] },
  { name: 'words and formats', dirs: ['src/glossary', 'src/documents'] },
  { name: 'the engine', dirs: ['src/checker'] },
  { name: 'built on the engine', dirs: ['src/accessibility', 'src/report', 'src/markup'] },
  { name: 'contracts and stores', dirs: ['src/messaging', 'src/settings', 'src/db'] },
  { name: 'services', dirs: ['src/background', 'src/dom', 'src/cli', 'src/ui'] },
  { name: 'entry points', dirs: ['entrypoints'] },
];

/**
 * Pairs in one layer that must not know each other: the messaging contract
 * depends on no store, and one service never reaches into another (they talk
 * through messages).
 */
const APART = [
  ['src/messaging', 'src/db'],
  ['src/background', 'src/dom'],
  ['src/background', 'src/ui'],
  ['src/background', 'src/cli'],
  ['src/dom', 'src/ui'],
  ['src/dom', 'src/cli'],
  ['src/cli', 'src/ui'],
];

const layerZones = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(index + 1).flatMap((higher) =>
    higher.dirs.map((dir) => ({ dir, name: higher.name })),
  );
  return layer.dirs.flatMap((target) =>
    above.map(({ dir, name }) => ({
      target: `./${target}`,
      from: `./${dir}`,
      message: `${target} is in the layer "${layer.name}", which may not import from "${name}" above it.`,
    })),
  );
});
const apartZones = APART.flatMap(([a, b]) => [
  { target: `./${a}`, from: `./${b}`, message: `${a} and ${b} do not import each other.` },
  { target: `./${b}`, from: `./${a}`, message: `${a} and ${b} do not import each other.` },
]);

/** Imports go one way between layers, and no module imports itself round a loop. */
const layers = {
  files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
  plugins: { 'import-x': importX },
  settings: {
    // Read TypeScript files when following imports (for loops as well as zones).
    'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/resolver-next': [
      createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] }),
    ],
  },
  rules: {
    'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...apartZones] }],
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
  },
};

/**
 * The engine (src/checker, src/glossary) must run unchanged in Node, a worker,
 * the CLI and the extension, so it may not reach for any browser API, the DOM,
 * the extension runtime or the database (docs/decisions.md, "The engine is pure"). The
 * Word marking up (src/markup) runs in Node and in a worker alike, so it is held to the same.
 */
const pureEngine = {
  files: ['src/checker/**/*.ts', 'src/glossary/**/*.ts', 'src/markup/**/*.ts'],
  languageOptions: { globals: { ...globals.es2022 } },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'dexie', message: 'The engine never touches the database.' },
          { name: 'react', message: 'The engine has no user interface.' },
          { name: 'wxt', message: 'The engine has no extension code.' },
          { name: '#imports', message: 'The engine has no extension code.' },
          { name: 'node:fs', message: 'The engine must also run in the browser.' },
          { name: 'fs', message: 'The engine must also run in the browser.' },
        ],
        patterns: [
          { group: ['wxt/*', '@wxt-dev/*', '@webext-core/*'], message: 'No extension code here.' },
          {
            group: ['**/db/**', '**/dom/**', '**/ui/**', '**/messaging/**', '**/cli/**'],
            message: 'The engine must stay pure.',
          },
          { group: ['node:*'], message: 'The engine must also run in the browser.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'chrome',
        'browser',
        'indexedDB',
        'localStorage',
        'fetch',
        'process',
      ].map((name) => ({ name, message: 'The engine must stay free of platform APIs.' })),
    ],
  },
};

/**
 * Content scripts run in the web page's origin, so IndexedDB there is the
 * page's, not Plainly's (docs/reliability.md, "The database"). Only the background and the
 * extension's pages open the glossary database; content scripts ask the
 * background over messaging.
 */
const noDatabaseInPages = {
  files: [
    'entrypoints/content/**',
    'entrypoints/*.content/**',
    'entrypoints/*.content.ts',
    'src/dom/**',
  ],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'dexie',
            message:
              "Content scripts never open the database: it would be the web page's, not Plainly's.",
          },
        ],
        patterns: [
          {
            group: ['**/db', '**/db/**', 'dexie/*'],
            message:
              "Content scripts never open the database (it would be the page's): ask the background.",
          },
        ],
      },
    ],
  },
};

/**
 * Functions that fit on a screen: none over 80 lines, not counting blank
 * lines and comments. A longer one is split along the seams it has (a React
 * page into components and hooks, a procedure into named steps, a switch
 * into a table). Tests are exempt: a table of cases may be long.
 */
const shortFunctions = {
  files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', '*.{ts,js}'],
  rules: {
    'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.output-*/', '.wxt/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  pureEngine,
  noDatabaseInPages,
  layers,
  shortFunctions,
);
