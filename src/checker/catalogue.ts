/**
 * The rule catalogue and profile table, written from the registry and the
 * profiles themselves, so the README can never drift from the code
 * (test/conventions.test.ts compares them; `npm run docs` rewrites them).
 */
import { PROFILES } from './profiles';
import { RULES } from './rules/index';
import type { ProfileName } from './types';

const cell = (text: string) => text.replaceAll('|', '\\|');

export function ruleCatalogue(): string {
  const profiles = Object.values(PROFILES);
  const header = `| Rule | What it finds | Category | ${profiles.map((p) => p.label).join(' | ')} | Source |`;
  const divider = `|${' --- |'.repeat(4 + profiles.length)}`;
  const rows = RULES.map((rule) => {
    const levels = profiles.map((p) => p.rules[rule.id] ?? 'off');
    return `| \`${rule.id}\` | ${cell(rule.summary)} | ${rule.category} | ${levels.join(' | ')} | ${cell(rule.source)} |`;
  });
  return [header, divider, ...rows].join('\n');
}

/**
 * Each rule's examples, from its own file: what it says about a text, and
 * the text once its first suggestion is taken (test/checker/rules/examples.test.ts
 * checks every one against the engine).
 */
export function ruleExamples(): string {
  const label = (name: ProfileName | undefined) => PROFILES[name ?? 'plain'].label;
  const blocks = RULES.map((rule) => {
    const rows = rule.examples.flatMap((example) => {
      const style = label(example.profile);
      if (example.findings.length === 0) {
        return [`| ${cell(example.text)} | ${style} | Nothing: left alone. | |`];
      }
      return example.findings.map(
        (finding) =>
          `| ${cell(example.text)} | ${style} | On “${cell(finding.on)}”: ${cell(finding.message)} | ${cell(finding.fixed ?? '')} |`,
      );
    });
    return [
      `#### \`${rule.id}\``,
      '',
      '| Text | Style | What Plainly says | After the first suggestion |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return blocks.join('\n\n');
}

export function profileTable(): string {
  const profiles = Object.values(PROFILES);
  const rows = [
    `| | ${profiles.map((p) => `\`${p.name}\``).join(' | ')} |`,
    `|${' --- |'.repeat(1 + profiles.length)}`,
    `| For | ${profiles.map((p) => p.audience).join(' | ')} |`,
    `| Target reading age (whole document) | ${profiles.map((p) => p.targetReadingAge).join(' | ')} |`,
    `| Longest sentence (words) | ${profiles.map((p) => p.maxSentenceWords).join(' | ')} |`,
    `| Longest sentence of everyday words (words) | ${profiles.map((p) => p.maxEverydaySentenceWords).join(' | ')} |`,
    `| Hard sentence: reading age above | ${profiles.map((p) => p.hardSentence.age).join(' | ')} |`,
    `| Hard sentence: shortest sentence scored (words) | ${profiles.map((p) => p.hardSentence.minWords).join(' | ')} |`,
    `| Hard sentence: formulas that must agree | ${profiles.map((p) => `${Math.round(p.hardSentence.shortThreshold * 7)} of 7 under ${p.hardSentence.longWords} words, ${Math.round(p.hardSentence.threshold * 7)} of 7 from ${p.hardSentence.longWords}`).join(' | ')} |`,
    `| Hard sentence: words of three or more syllables a sentence under 20 words needs | ${profiles.map((p) => p.hardSentence.shortLongWords).join(' | ')} |`,
    `| Capitals in a row flagged from | ${profiles.map((p) => `${p.capsRun} words`).join(' | ')} |`,
    `| Abbreviations | ${profiles.map((p) => (p.strictAcronyms ? 'every use, only NHS, UK, GP, TV, OK allowed' : 'first use, well-known ones allowed')).join(' | ')} |`,
  ];
  return rows.join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`The README has no ${name} section markers.`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}
