/** What scripts/bench/glossary.mjs needs, bundled with esbuild like the engine bench. */
export { GlossaryCore } from '../../src/background/glossary-core';
export { GlossaryDb } from '../../src/db/database';
export { loadLayers, mergeLoaded } from '../../src/db/repo';
export { Checker } from '../../src/checker/index';
export { BUILTIN_ENTRIES } from '../../src/glossary/builtin';
export { glossaryToCsv } from '../../src/glossary/csv';
export { glossaryToFeed } from '../../src/glossary/feed';
export { MAX_FILE_BYTES } from '../../src/glossary/limits';
export { readGlossaryFile } from '../../src/glossary/read-file';
export { buildSearchIndex, searchGlossary } from '../../src/glossary/search';
export { DEFAULT_SETTINGS } from '../../src/settings/schema';
export { generateGlossary } from './generate';
