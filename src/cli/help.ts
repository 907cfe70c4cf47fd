/**
 * The help texts of the command's sub-commands, kept apart from the
 * commands themselves so `plainly --help` loads none of their code.
 */
import { SUGGESTION_KINDS } from '../markup/plan';

export const REVIEW_HELP = `Commands for a whole document (.docx, .pdf, .html, .md or .txt):

  plainly report <file> [--format html|md|json] [--output <file>]
      Writes the "Ready to circulate?" report: reading age, findings by
      category, most used jargon, short forms not explained, accessibility
      problems and a checklist. Default format md, to standard output.

  plainly report <folder or pattern...> [--format html|md|json]
      [--output <file>]
      Checks every .txt, .md, .html, .docx and .pdf file in the folders (and
      the folders inside them), or whose name matches the patterns (such as
      "papers/**/*.docx", in quotes), and writes one report on them all: each
      file's verdict, reading age and counts, the jargon used most, the short
      forms not explained, and words the glossary does not have yet.
      --jobs <number> says how many files to check at once (default: one for
      each processor core).

  plainly appendix <file> --output <file> [--format md|html|docx]
      Writes the "words we used" list: each glossary term in the document with
      its plain definition (and easy read sentences with --profile easy-read).
      The format comes from the output file's extension if you leave it out.

  Both take --profile, --glossary and --time-limit as above. They never
  write over the file they read, and replace an existing output file only
  with --force.`;

export const SUGGEST_HELP = `Marking up a Word file for its author:

  plainly suggest <file.docx> --output <file.docx> [--include <kinds>] [--force]
      Writes a copy of the Word file with Plainly's suggestions in it, as a
      reviewer would: plainer words as tracked changes, and explanations and
      other advice as comments. Open it in Word or LibreOffice and use the
      Review tab to accept or reject each one. --include chooses what goes in
      (a list with commas between; default all): ${SUGGESTION_KINDS.slice(0, 2).join(', ')},
      ${SUGGESTION_KINDS.slice(2).join(', ')}.
      Plainly never writes over the file you give it, and only replaces an
      existing output file with --force. Takes --profile and --glossary too.`;

export const GLOSSARY_HELP = `Glossary commands:
  plainly glossary validate <file>
      Checks a glossary (.csv or .json) and lists every problem with its row
      or entry and field. Exit status 0 when it is valid, 2 when it is not.
  plainly glossary export --format csv|json
      Writes the built-in glossary to standard output.`;
