/**
 * For helpers the side panel injects with `scripting.executeScript` on every
 * review: true the first time `name` is injected into this page, false after,
 * so the first copy keeps answering and later copies do nothing.
 */
export function firstInjection(name: string): boolean {
  const scope = globalThis as unknown as Record<string, boolean>;
  const flag = `__plainly${name}`;
  if (scope[flag]) return false;
  scope[flag] = true;
  return true;
}
