// The command line's reader for wink's English model, in place of the
// model's own read-core-model.js (scripts/bundle-node.mjs swaps it in). It
// gives wink-nlp the same model, but from a file prepared when the command
// line is built (`prepareWinkModel` below), so that starting is quicker:
//
// - The lexicon and its expansions are stored as raw bytes, not base64.
// - The 87,000 words of the lexicon are one block of text, split on load.
// - wink looks each word up in an object of all 87,000 words, which takes
//   about 16 ms to build. Here that object is a stand-in (a Proxy) that finds
//   a word in a hash table made at build time, so nothing is built at load.
//   Words wink adds as it reads text (ones the model does not know) go into
//   a Map, just as they went into the object.
//
// test/cli/wink-prepared-model.test.ts checks that wink gives the same
// tokens, tags and lemmas with this model as with its own.
'use strict';

const FORMAT = 'plainly-wink-model-1';
/** Separates the words of the lexicon in the prepared file; no word holds it. */
const SEPARATOR = '\0';
const EMPTY = 0;

/** A 32-bit FNV-1a hash of a string's UTF-16 code units. */
function hashOf(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** The size of the hash table for `count` words: a power of two, at most half full. */
function tableSize(count) {
  let size = 1;
  while (size < count * 2) size *= 2;
  return size;
}

/**
 * A hash table of the words of `list`: slot → 1 + the word's index, or 0
 * for an empty slot (open addressing, linear probing). Where a word appears
 * twice, the later index wins, as it does in wink's own object.
 */
function buildTable(list) {
  const table = new Uint32Array(tableSize(list.length));
  const mask = table.length - 1;
  for (let index = 0; index < list.length; index++) {
    const word = list[index];
    let slot = hashOf(word) & mask;
    while (table[slot] !== EMPTY && list[table[slot] - 1] !== word) slot = (slot + 1) & mask;
    table[slot] = index + 1;
  }
  return table;
}

/**
 * An object that answers `hash[word]` and `hash[word] = index` as wink's
 * object of words does, with the words of `list` found through `table`
 * and words added later kept in a Map.
 */
function lexemeHash(list, table) {
  const mask = table.length - 1;
  const added = new Map();
  const find = (word) => {
    let slot = hashOf(word) & mask;
    for (let entry = table[slot]; entry !== EMPTY; entry = table[slot]) {
      if (list[entry - 1] === word) return entry - 1;
      slot = (slot + 1) & mask;
    }
    return undefined;
  };
  const lookup = (word) => (added.has(word) ? added.get(word) : find(word));
  return new Proxy(Object.create(null), {
    get: (_target, key) => (typeof key === 'string' ? lookup(key) : undefined),
    set: (_target, key, value) => {
      added.set(key, value);
      return true;
    },
    has: (_target, key) => typeof key === 'string' && lookup(key) !== undefined,
  });
}

/**
 * The prepared file for wink's core model `original` (the model's JSON,
 * parsed): a 4-byte length, a JSON header, then the lexicon, its expansions
 * and the hash table as raw 32-bit words, then the lexicon's words.
 */
function prepareWinkModel(original, decodeBase64) {
  const model = structuredClone(original);
  const list = model.features.lexeme.list;
  if (list.some((word) => word.includes(SEPARATOR))) {
    throw new Error('A word of the wink model holds the separator of the prepared file.');
  }
  const blocks = {
    lexicon: new Uint32Array(decodeBase64(model.lexicon)),
    xpansions: new Uint32Array(decodeBase64(model.xpansions)),
    table: buildTable(list),
  };
  delete model.lexicon;
  delete model.xpansions;
  delete model.features.lexeme.list;
  const words = Buffer.from(list.join(SEPARATOR), 'utf8');
  const header = { format: FORMAT, words: list.length, blocks: {}, model };
  let offset = 0;
  for (const [name, block] of Object.entries(blocks)) {
    header.blocks[name] = [offset, block.length];
    offset += block.byteLength;
  }
  header.blocks.words = [offset, words.length];
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  // Pad the header so the 32-bit blocks start on a multiple of 4 bytes.
  const padding = (4 - ((4 + json.length) % 4)) % 4;
  json = Buffer.concat([json, Buffer.alloc(padding, 0x20)]);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const bytes = Object.values(blocks).map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  return Buffer.concat([length, json, ...bytes, words]);
}

/**
 * `count` 32-bit words of `bytes` from `offset`: a view of them where they
 * lie on a multiple of 4 bytes (as they do in a file read whole), a copy
 * otherwise.
 */
function words32(bytes, offset, count) {
  const start = bytes.byteOffset + offset;
  if (start % 4 === 0) return new Uint32Array(bytes.buffer, start, count);
  return new Uint32Array(bytes.buffer.slice(start, start + count * 4));
}

/**
 * wink's core model, read from the prepared file `bytes`: the same object
 * wink's read-core-model.js returns, but for the stand-in object of words.
 */
function readPreparedModel(bytes) {
  const length = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString('utf8', 4, 4 + length));
  if (header.format !== FORMAT) {
    throw new Error(`The prepared wink model is not in the expected format (${FORMAT}).`);
  }
  const base = 4 + length;
  const { blocks, model } = header;
  model.lexicon = words32(bytes, base + blocks.lexicon[0], blocks.lexicon[1]);
  model.xpansions = words32(bytes, base + blocks.xpansions[0], blocks.xpansions[1]);
  const table = words32(bytes, base + blocks.table[0], blocks.table[1]);
  const [at, size] = blocks.words;
  const list = bytes.toString('utf8', base + at, base + at + size).split(SEPARATOR);
  if (list.length !== header.words) throw new Error('The prepared wink model is damaged.');

  // As wink's read-core-model.js does, but for the lexicon's words.
  const features = model.features;
  const layout = model.packing.layout;
  for (const f in layout) {
    if (layout[f][3] === 0) {
      features[f].hash = Object.create(null);
      for (let k = 0; k < features[f].list.length; k++) features[f].hash[features[f].list[k]] = k;
    }
  }
  features.lexeme.list = list;
  features.lexeme.hash = lexemeHash(list, table);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set(clusters[k].split('_').map((e) => model.pos.hash[e] || 0));
  }
  return model;
}

module.exports = { prepareWinkModel, readPreparedModel };
