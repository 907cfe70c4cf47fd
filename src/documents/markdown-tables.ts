/**
 * A unified plugin for remark-parse: GitHub's tables and strikethrough, and
 * none of the rest of GitHub's Markdown. remark-gfm would also find web
 * addresses in the text (which the checker masks itself), footnotes and task
 * lists; finding the addresses alone took about a tenth of the time of
 * reading a Markdown paper (docs/decisions.md, "Markdown tables").
 */
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

export function remarkTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}
