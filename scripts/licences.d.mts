/** Types for licences.mjs, so wxt.config.ts and the tests can import it. */
export const NOTICES_FILE: string;

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  licenseText: string;
  noticeText?: string;
  homepage?: string;
}

export function formatNotices(build: string, packages: BundledPackage[]): string;
export function fromRollupPluginLicense(dependency: unknown): BundledPackage;
export function fromEsbuildPluginLicense(dependency: {
  packageJson: Record<string, unknown>;
  licenseText: string;
}): BundledPackage;
export function packageOfFile(
  file: string,
): { packageJson: Record<string, unknown>; licenseText: string } | undefined;
