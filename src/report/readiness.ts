/**
 * "Ready to circulate?": the reading age against the profile's target, counts
 * by category, the most used jargon, short forms nobody explained,
 * accessibility problems and a short checklist.
 */
import type { FindingCategory, ProfileName, Report } from '../checker/types';
import type { AccessFinding } from '../accessibility/types';
import type { DocumentModel } from '../documents/model';
import type { GlossaryEntry } from '../glossary/schema';
import { groupFindings } from './rows';

export interface ChecklistItem {
  id: 'alternative-format' | 'glossary' | 'headings';
  label: string;
  done: boolean;
  /** What to do when it is not done. */
  advice: string;
}

export interface Readiness {
  title: string;
  profile: ProfileName;
  words: number;
  readingAge: number;
  targetReadingAge: number;
  byCategory: Record<FindingCategory, number>;
  /**
   * Things to fix: engine findings and accessibility problems grouped into
   * rows (src/report/rows.ts), so a term used ten times counts once.
   */
  total: number;
  topJargon: { term: string; count: number }[];
  unexplainedAbbreviations: { text: string; count: number }[];
  accessibilityCount: number;
  checklist: ChecklistItem[];
  /** Nothing that must change, the reading age on target and the checklist done. */
  ready: boolean;
}

/** How many of the most used jargon terms the report lists. */
export const TOP_JARGON = 10;

/**
 * A statement of how to get the paper in another format (the Accessible
 * Information Standard): a sentence that names a format and how to ask for
 * it ("If you need this in large print, call …", "You can ask for an easy
 * read version"). A paper that merely mentions easy read does not count.
 */
const FORMAT =
  /\b(?:(?:another|other|alternative|different|accessible) formats?|large print|easy read|braille|audio|British Sign Language|BSL|sign language)\b/i;
const ASKING =
  /\b(?:ask|asking|request|contact|call|phone|ring|email|e-mail|text us|write to|let us know|tell us|get (?:this|it|a copy)|need (?:this|it|a copy)|have (?:this|it|a copy)|available (?:in|as)|can (?:provide|send|give)|can be (?:provided|sent|made))\b/i;

function saysHowToGetAnotherFormat(text: string): boolean {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .some((sentence) => FORMAT.test(sentence) && ASKING.test(sentence));
}
/** A heading that shows a glossary is attached. */
const GLOSSARY_HEADING = /\b(?:words we used|glossary|what the words mean|jargon buster)\b/i;

export function buildReadiness(
  model: DocumentModel,
  report: Report,
  accessibility: readonly AccessFinding[],
  entries: ReadonlyMap<string, GlossaryEntry>,
): Readiness {
  const jargon = new Map<string, number>();
  const abbreviations = new Map<string, number>();
  for (const finding of report.findings) {
    if (finding.category === 'jargon' && finding.entryId !== undefined) {
      const term = entries.get(finding.entryId)?.term ?? finding.text;
      jargon.set(term, (jargon.get(term) ?? 0) + 1);
    }
    if (finding.ruleId === 'acronym') {
      abbreviations.set(finding.text, (abbreviations.get(finding.text) ?? 0) + 1);
    }
  }
  const ranked = (map: Map<string, number>) =>
    [...map]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'en-GB'));

  const headings = model.blocks.filter((block) => block.kind === 'heading');
  const headingProblems = accessibility.some(
    (finding) => finding.ruleId === 'skipped-heading' || finding.ruleId === 'no-headings',
  );
  const checklist: ChecklistItem[] = [
    {
      id: 'alternative-format',
      label: 'Says how to ask for another format',
      done: saysHowToGetAnotherFormat(model.text),
      advice:
        'Add a sentence saying how to get this in another format, such as easy read, large print or audio, and who to contact.',
    },
    {
      id: 'glossary',
      label: 'Has a list of the words we used',
      done: headings.some((block) =>
        GLOSSARY_HEADING.test(model.text.slice(block.start, block.end)),
      ),
      advice: 'Attach the “words we used” list from this report at the end of the paper.',
    },
    {
      id: 'headings',
      label: 'Uses headings, with no level skipped',
      done: (headings.length > 0 || !model.hasStructure) && !headingProblems,
      advice: 'Use Word’s heading styles, in order: Heading 1, then Heading 2, and so on.',
    },
  ];
  const errors =
    report.stats.bySeverity.error + accessibility.filter((f) => f.severity === 'error').length;
  const readingAge = Math.round(report.stats.readingAge);
  const targetReadingAge = Math.round(report.stats.targetReadingAge);
  return {
    title: model.title ?? model.name,
    profile: report.profile,
    words: report.stats.words,
    readingAge,
    targetReadingAge,
    byCategory: { ...report.stats.byCategory },
    total: groupFindings([...report.findings, ...accessibility]).length,
    topJargon: ranked(jargon)
      .slice(0, TOP_JARGON)
      .map(({ text, count }) => ({ term: text, count })),
    unexplainedAbbreviations: ranked(abbreviations),
    accessibilityCount: accessibility.length,
    checklist,
    ready:
      errors === 0 &&
      (report.stats.words === 0 || readingAge <= targetReadingAge) &&
      checklist.every((item) => item.done),
  };
}
