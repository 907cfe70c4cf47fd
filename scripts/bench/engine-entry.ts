/**
 * What the benchmark's child processes need from the engine, bundled by
 * scripts/bench.mjs with esbuild (as the CLI is) so no TypeScript runs at
 * measurement time.
 */
export { Checker } from '../../src/checker/index';
export { BUILTIN_ENTRIES } from '../../src/glossary/builtin';
export { validateEntry } from '../../src/glossary/validate';
export {
  createRandom,
  generateDocument,
  generateGlossary,
  generateParagraph,
  type Random,
} from './generate';
