/** Types for bundle-node.mjs, so the TypeScript tests can build the command line. */
export const LAZY_PACKAGES: readonly string[];
export function bundleForNode(
  entry: string,
  outfile: string,
  extra?: Record<string, unknown>,
): Promise<unknown>;

export function bundleCli(outdir: string, extra?: Record<string, unknown>): Promise<unknown>;
