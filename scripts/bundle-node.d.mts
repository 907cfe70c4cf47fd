/** Types for bundle-node.mjs, so the TypeScript tests can build the command line. */
export function bundleForNode(
  entry: string,
  outfile: string,
  extra?: Record<string, unknown>,
): Promise<unknown>;
