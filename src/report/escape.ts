/** Escaping for the text that goes into generated files. Document text is always data. */

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/**
 * Markdown inline text: backslash-escape what would start emphasis, code,
 * links, tables or HTML. Every line Plainly writes starts with its own
 * marker, so characters that matter only at a line's start are left alone.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|<>~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/**
 * One CSV field (RFC 4180). A field that starts with `=`, `+`, `-`, `@` or a
 * tab is prefixed with `'`, so a spreadsheet never runs document text as a
 * formula (CSV injection).
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
