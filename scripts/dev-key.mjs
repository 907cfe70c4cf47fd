// The public key in the Chrome build's manifest (`key`), so an unpacked
// build (Load unpacked, the browser tests) always has the same extension id,
// whatever folder it is loaded from. Organisations' policies and the policy
// test name the extension by this id (docs/policy.md).
//
// Only the public half exists: nothing is ever signed with it. The Chrome Web
// Store refuses a manifest with a `key` and gives a published extension its
// own id, so wxt.config.ts takes the key out of the store zip.
import { createHash } from 'node:crypto';

export const DEV_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3fo0cO696aXGN9J1cOu643cnyvVU0/NMNY2Gm/6TIvoxvsiL++4U3I7LU7B6T+irFouvf05cDl4GR6G1vw7u+JT5b/gKEPBys848WXLKTSA6I+/3VgwXZ3hb7I2HxqGOHSevrLhg5R9c+caRqN5gI38Wyq4vETNaSVbPwGq4YQSaS2sTqGyuQB8ithWV+S2f8rSVsJOya7nWG+nt8zhC9hGqGA0fDrcUMLEBn2t7FAmk8tZzlSOyCl9tRmqpz0m+vp11qbVYGfqMAFKvJr+wjSgAP6D+NwDrffalIlkBiflvpJLuQscrQa9D9assWzCFBknh5YKit04fEM9yXM59iwIDAQAB';

/** Chrome's extension id for a public key: the first 32 hex digits of its SHA-256, written with a to p. */
export function extensionIdFor(publicKey) {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
  return [...hex.slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
    .join('');
}

/** The id of every unpacked Chrome build of Plainly. */
export const DEV_EXTENSION_ID = extensionIdFor(DEV_PUBLIC_KEY);
