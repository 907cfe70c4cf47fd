/** Types for build.mjs, so the TypeScript tests can import it. */
export const EDITORS: string[];
export function buildHarness(): Promise<string>;
