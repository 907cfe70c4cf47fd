import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
);
