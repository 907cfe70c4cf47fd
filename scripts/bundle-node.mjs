// One esbuild set-up for bundling TypeScript into ES modules that Node runs
// directly. The CLI build (scripts/build-cli.mjs), the CLI tests and the
// benchmarks (scripts/bench.mjs, scripts/bench/*.mjs) all need the same one,
// so it lives here rather than being repeated in each.
//
// Three things make the bundles start quickly (docs/decisions.md, "The
// command line starts quickly"):
//
// - wink-nlp and its English model are loaded only when the engine first
//   asks for parts of speech (`lazyPackages`): importing them costs nothing.
// - The model's data is not JavaScript: its JSON files are copied beside the
//   bundle and read with JSON.parse when the model loads (`winkModelFiles`).
//   Bundled as JavaScript, the 3 MB core model took about 45 ms to compile
//   whether or not it was used.
// - The core model is prepared at build time into a form that loads with
//   almost no work (scripts/wink-prepared-model.cjs), and the parts of the
//   model that parts of speech never use are left out
//   (scripts/wink-model-for-pos.cjs).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { WINK_READER } from './wink-decode.mjs';
import winkPrepared from './wink-prepared-model.cjs';

const { prepareWinkModel } = winkPrepared;

const SHARED = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    // Some bundled CommonJS dependencies call require().
    js: "import { createRequire as __plainlyRequire } from 'node:module'; const require = __plainlyRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

const root = path.resolve(import.meta.dirname, '..');
const requireHere = createRequire(path.join(root, 'package.json'));

/**
 * Packages loaded on first use rather than when the bundle loads: wink (for
 * parts of speech), and the Markdown and HTML parsers the engine uses only
 * for text given to `check()` as Markdown or HTML.
 */
export const LAZY_PACKAGES = [
  'wink-nlp',
  'wink-eng-lite-web-model',
  'rehype-parse',
  'remark-parse',
  'mdast-util-gfm-strikethrough',
  'mdast-util-gfm-table',
  'micromark-extension-gfm-strikethrough',
  'micromark-extension-gfm-table',
];

/**
 * Replaces each package named by a stand-in that loads it on first use: a
 * function that calls the real one, or an object whose properties are read
 * from the real one. The real package is bundled on its own, as CommonJS,
 * into `lazy-<name>.cjs` beside the bundle, and the stand-in loads it with
 * require(): the engine calls wink synchronously, so it cannot wait for an
 * import(). Until then Node does not even read it. Each bundle's `require`
 * (made by the banner from the bundle's own URL) finds the file beside it.
 *
 * What the side bundles hold is added to `bundled` (esbuild's metafile
 * inputs), for the list of bundled files and the licence notices.
 */
function lazyPackages(names, outdir, bundled) {
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  const filter = new RegExp(`^(?:${escaped.join('|')})$`);
  const fileOf = (name) => `lazy-${name.replace(/[^a-z0-9.-]/gi, '-')}.cjs`;
  return {
    name: 'plainly:lazy-packages',
    setup(builder) {
      builder.onStart(async () => {
        for (const name of names) {
          const side = await build({
            entryPoints: [requireHere.resolve(name)],
            bundle: true,
            platform: 'node',
            format: 'cjs',
            target: SHARED.target,
            logLevel: SHARED.logLevel,
            outfile: path.join(outdir, fileOf(name)),
            metafile: true,
            plugins: [winkModelFiles(outdir, bundled)],
          });
          Object.assign(bundled, side.metafile.inputs);
        }
      });
      builder.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'plainly-lazy' }));
      builder.onResolve({ filter: /^\.\/lazy-.+\.cjs$/ }, (args) => ({
        path: args.path,
        external: true,
      }));
      builder.onLoad({ filter: /.*/, namespace: 'plainly-lazy' }, async (args) => {
        const { real, esm } = await loadForShape(args.path);
        const load = `let real;\nconst load = () => (real ??= require(${JSON.stringify(`./${fileOf(args.path)}`)}));\n`;
        // Node reads a default import from CommonJS as `module.exports`
        // itself, so an ES module's default function becomes the stand-in.
        const call = esm ? 'load().default' : 'load()';
        const callable = esm ? typeof real.default === 'function' : typeof real === 'function';
        const keys = Object.keys(real).filter((key) => !(esm && key === 'default'));
        if (!callable && (esm ? 'default' in real : typeof real !== 'object' || real === null)) {
          throw new Error(
            `scripts/bundle-node.mjs cannot load ${args.path} lazily: see lazyPackages.`,
          );
        }
        let contents = load;
        contents += callable
          ? `module.exports = function (...args) {\n  return ${call}.apply(this, args);\n};\n`
          : '';
        if (keys.length > 0) {
          contents += `for (const key of ${JSON.stringify(keys)}) {\n  Object.defineProperty(module.exports, key, { enumerable: true, get: () => load()[key] });\n}\n`;
        }
        return { contents, loader: 'js', resolveDir: root };
      });
    },
  };
}

/** A package as Node loads it, to see what it exports: a CommonJS module's exports, or an ES module's namespace. */
async function loadForShape(name) {
  const path = requireHere.resolve(name);
  try {
    const real = requireHere(path);
    if (Object.prototype.toString.call(real) !== '[object Module]') return { real, esm: false };
  } catch (error) {
    if (error.code !== 'ERR_REQUIRE_ESM') throw error;
  }
  const { __esModule: _marker, ...names } = await import(pathToFileURL(path).href);
  return { real: names, esm: true };
}

const WINK_MODELS =
  /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]languages[\\/]cur[\\/]models[\\/]([^\\/]+\.json)$/;
/** The prepared core model (scripts/wink-prepared-model.cjs), beside the bundle. */
const WINK_PREPARED = 'wink-eng-core-web-model.bin';
/**
 * The SHA-256 of the read-core-model.js that scripts/wink-prepared-model.cjs
 * mirrors. When wink changes it, check that file still does what it does,
 * then update this.
 */
const WINK_READER_SHA256 = '46bbcde837c8a6eeae97ebd0bfd48e47b98f362409dfc2fa9821703a3d88df31';
/** wink's model.js, which the command line's wink-model-for-pos.cjs replaces. */
const WINK_MODEL = /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]model\.js$/;
/** The SHA-256 of the model.js that scripts/wink-model-for-pos.cjs follows. */
const WINK_MODEL_SHA256 = '822e9028e7c35850225c3600da315fffb1cddf22a22788c5d440fb6feb577eef';

/** Throws unless the file at `file` is still the one whose SHA-256 is `sha256`. */
function checkWinkFile(file, sha256, ours, constant) {
  if (createHash('sha256').update(readFileSync(file)).digest('hex') !== sha256) {
    throw new Error(
      `${file} has changed. Check that scripts/${ours} still does what it does, then update ${constant} in scripts/bundle-node.mjs.`,
    );
  }
}
/**
 * The wink model, made quick to load. Its core model is prepared once, here,
 * into `outdir` (scripts/wink-prepared-model.cjs), and read from there in
 * place of wink's read-core-model.js. Its other JSON files are copied into
 * `outdir` as `wink-<name>` and read from there when the model loads. The
 * core model's JSON, from which the prepared file is made, is added to
 * `bundled` (see lazyPackages).
 */
function winkModelFiles(outdir, bundled) {
  return {
    name: 'plainly:wink-model-files',
    setup(builder) {
      builder.onLoad({ filter: WINK_MODELS }, (args) => {
        const name = WINK_MODELS.exec(args.path)[1];
        mkdirSync(outdir, { recursive: true });
        copyFileSync(args.path, path.join(outdir, `wink-${name}`));
        // The model is bundled as CommonJS (see lazyPackages): __dirname is
        // the folder of its bundle, beside which the copy is.
        const text = `require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(`wink-${name}`)}), 'utf8')`;
        return { contents: `module.exports = JSON.parse(${text});\n`, loader: 'js' };
      });
      builder.onLoad({ filter: WINK_MODEL }, (args) => {
        checkWinkFile(args.path, WINK_MODEL_SHA256, 'wink-model-for-pos.cjs', 'WINK_MODEL_SHA256');
        const ours = path.join(import.meta.dirname, 'wink-model-for-pos.cjs');
        return {
          contents: readFileSync(ours, 'utf8'),
          loader: 'js',
          resolveDir: root,
          watchFiles: [ours],
        };
      });
      builder.onLoad({ filter: WINK_READER }, (args) => {
        checkWinkFile(
          args.path,
          WINK_READER_SHA256,
          'wink-prepared-model.cjs',
          'WINK_READER_SHA256',
        );
        const core = path.join(
          path.dirname(args.path),
          'languages',
          'cur',
          'models',
          'eng-core-web-model.json',
        );
        const original = JSON.parse(readFileSync(core, 'utf8'));
        const decode = (data) => {
          const bytes = Buffer.from(data, 'base64');
          return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        };
        mkdirSync(outdir, { recursive: true });
        const prepared = prepareWinkModel(original, decode);
        writeFileSync(path.join(outdir, WINK_PREPARED), prepared);
        bundled[path.relative(process.cwd(), core).split(path.sep).join('/')] = {
          bytes: prepared.length,
          imports: [],
        };
        return {
          contents: [
            `const { readFileSync } = require('node:fs');`,
            `const { join } = require('node:path');`,
            `const { readPreparedModel } = require('./wink-prepared-model.cjs');`,
            `module.exports = () => readPreparedModel(readFileSync(join(__dirname, ${JSON.stringify(WINK_PREPARED)})));`,
            '',
          ].join('\n'),
          loader: 'js',
          resolveDir: import.meta.dirname,
          watchFiles: [core],
        };
      });
    },
  };
}

const DICTIONARIES = path.join(root, 'dictionaries');

/**
 * The word lists of dictionaries/ are copied beside the bundle as
 * `data-<name>.json` and read with JSON.parse when the code that imports
 * them loads, rather than bundled as JavaScript object literals (esbuild's
 * way with JSON): V8 compiles 1 MB of data as code several times slower than
 * it reads the same data as JSON.
 */
function dictionaryFiles(outdir) {
  return {
    name: 'plainly:dictionary-files',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]dictionaries[\\/].+\.json$/ }, (args) => {
        const relative = path.relative(DICTIONARIES, args.path);
        if (relative.startsWith('..')) return undefined;
        const name = `data-${relative.split(path.sep).join('-')}`;
        const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
        mkdirSync(outdir, { recursive: true });
        writeFileSync(path.join(outdir, name), text);
        // Each bundle's `require` comes from its banner; every chunk is in `outdir`.
        const read = `require('node:fs').readFileSync(new URL(${JSON.stringify(`./${name}`)}, import.meta.url), 'utf8')`;
        return { contents: `export default JSON.parse(${read});\n`, loader: 'js' };
      });
    },
  };
}

function options(outdir, extra, bundled) {
  return {
    ...SHARED,
    ...extra,
    plugins: [
      lazyPackages(LAZY_PACKAGES, outdir, bundled),
      dictionaryFiles(outdir),
      ...(extra.plugins ?? []),
    ],
  };
}

/** esbuild's result, with the side bundles' inputs in its metafile when it has one. */
function withSideBundles(result, bundled) {
  if (result.metafile) Object.assign(result.metafile.inputs, bundled);
  return result;
}

/**
 * Bundles `entry` into the one file `outfile` (creating its folder first)
 * for Node 20; the wink model's files go beside it. `extra` holds any further
 * esbuild options (e.g. `external`); they override the shared ones.
 */
export async function bundleForNode(entry, outfile, extra = {}) {
  const outdir = path.dirname(outfile);
  mkdirSync(outdir, { recursive: true });
  const bundled = {};
  const result = await build({ ...options(outdir, extra, bundled), entryPoints: [entry], outfile });
  return withSideBundles(result, bundled);
}

/**
 * Bundles the command line into `outdir`: `cli.js`, which reads the command
 * and its files, and the chunks it loads only when a command needs them
 * (the engine, the Word and PDF readers, the Word writers), all in one
 * folder. `extra` as for `bundleForNode`.
 */
export async function bundleCli(outdir, extra = {}) {
  mkdirSync(outdir, { recursive: true });
  const bundled = {};
  const result = await build({
    ...options(outdir, extra, bundled),
    entryPoints: { cli: path.join(root, 'src', 'cli', 'bin.ts') },
    outdir,
    splitting: true,
    chunkNames: 'cli-[name]-[hash]',
  });
  return withSideBundles(result, bundled);
}
