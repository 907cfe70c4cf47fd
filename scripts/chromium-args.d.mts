/** Types for chromium-args.mjs, so the TypeScript tests can import it. */
export function chromiumArgs(extensionDir: string): string[];
