/** wink's core model, as wink's read-core-model.js gives it. */
export interface WinkCoreModel {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  features: {
    lexeme: { list: string[]; hash: Record<string, number> };
    [feature: string]: unknown;
  };
  [part: string]: unknown;
}
export function prepareWinkModel(
  original: unknown,
  decodeBase64: (data: string) => ArrayBuffer,
): Buffer;
export function readPreparedModel(bytes: Buffer): WinkCoreModel;
