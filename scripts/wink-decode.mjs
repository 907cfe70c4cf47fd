// wink-eng-lite-web-model 1.x decodes its model's two base64 tables (about
// 4 MB) with `atob` and a loop over every character: 45 to 50 ms each time
// the model loads. The extension's build puts a native decoder in its place,
// `Uint8Array.fromBase64` where the browser has it (Chromium 140, Firefox
// 133 and later), falling back to wink's own loop (wxt.config.ts). The
// command line decodes nothing when it runs: its model is prepared when it is
// built (scripts/wink-prepared-model.cjs). The tables are the same bytes
// either way (docs/decisions.md).

export const WINK_READER = /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/;

const START = 'bufferFromBase64=function(data){';
const END = 'return bytes.buffer}';

const DECODERS = {
  node: 'const bytes=Buffer.from(data,"base64");return bytes.buffer.slice(bytes.byteOffset,bytes.byteOffset+bytes.byteLength)}',
  browser:
    'if(typeof Uint8Array.fromBase64==="function")return Uint8Array.fromBase64(data).buffer;',
};

/**
 * wink's read-core-model.js with a native base64 decoder. For `node` the
 * whole function is replaced; for `browser` the native decoder is tried
 * first and wink's loop stays as the fallback. Throws if wink's code no
 * longer reads as expected, so an update cannot silently undo this.
 */
export function nativeWinkDecode(source, where, file = 'read-core-model.js') {
  const start = source.indexOf(START);
  const end = source.indexOf(END, start);
  if (start === -1 || end === -1 || source.indexOf(START, start + 1) !== -1) {
    throw new Error(
      `${file} no longer decodes its model as scripts/wink-decode.mjs expects ("${START}…${END}"). Update it there.`,
    );
  }
  const bodyStart = start + START.length;
  if (where === 'node') {
    return source.slice(0, bodyStart) + DECODERS.node + source.slice(end + END.length);
  }
  return source.slice(0, bodyStart) + DECODERS.browser + source.slice(bodyStart);
}
