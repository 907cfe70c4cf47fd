/** Types for dev-key.mjs, so wxt.config.ts and the tests can import it. */
export const DEV_PUBLIC_KEY: string;
export function extensionIdFor(publicKey: string): string;
export const DEV_EXTENSION_ID: string;
