// The command line's copy of wink's English model (in place of the model's
// own dist/model.js; scripts/bundle-node.mjs swaps it in). Plainly asks wink
// for parts of speech only (its pipe is ['pos'], src/checker/tagger.ts), but
// wink-nlp loads every part of the model it is given when it starts. So that
// starting is quicker, this model is the same but for the parts the 'pos'
// pipe never reads:
//
// - Named entities, negation and sentiment have empty state machines: they
//   find nothing. wink runs them only when they are in the pipe.
// - The lemmatiser (its word lists are about 300 KB of code) is loaded the
//   first time a lemma is asked for, not when the model loads.
//
// test/cli/wink-prepared-model.test.ts checks that wink gives the same
// tokens, tags and lemmas with this model as with its own.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, as wink is: bundled into lazy-wink-eng-lite-web-model.cjs */

/** A state machine that recognises nothing, in wink's JSON form. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** A function that loads the real one with `load` the first time it is called. */
function onFirstCall(load) {
  let real;
  return function (...args) {
    real ??= load();
    return real.apply(this, args);
  };
}

const model = Object.create(null);
model.core = require('wink-eng-lite-web-model/dist/load-core-model.js');
model.sbd = require('wink-eng-lite-web-model/dist/load-sbd-model.js');
model.pos = require('wink-eng-lite-web-model/dist/load-pos-model.js');
model.ner = () => ({ machines: [], transformers: [] });
model.negation = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
model.sa = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
model.metaCER = require('wink-eng-lite-web-model/dist/load-cer-meta-model.js');
model.featureFn = require('wink-eng-lite-web-model/dist/feature.js');
model.addons = Object.create(null);
model.addons.stem = require('wink-eng-lite-web-model/dist/porter-stemmer.js');
model.addons.lemmatize = onFirstCall(() => require('wink-eng-lite-web-model/dist/lemmatize.js'));
model.addons.readabilityStats = require('wink-eng-lite-web-model/dist/readability-stats.js');
model.addons.wordVectors = undefined;
module.exports = model;
