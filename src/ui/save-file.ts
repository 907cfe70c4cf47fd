/** Saving something Plainly made (a report, a list) as a file the user downloads. */

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A name safe to save under, made from a file's or page's name: "Day services: plan" → "Day-services-plan". */
export function safeBaseName(name: string, fallback = 'document'): string {
  return (
    name
      .replace(/\.[^.\s]+$/, '')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || fallback
  );
}

export function save(content: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
