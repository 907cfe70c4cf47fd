export const WINK_READER: RegExp;
export function nativeWinkDecode(source: string, where: 'node' | 'browser', file?: string): string;
