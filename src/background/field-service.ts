/**
 * Answers the content script's messages for checking as you write. The text
 * is checked with the shared checker (`currentChecker()`, which caches each
 * paragraph's analysis, so a keystroke re-checks only the paragraph that
 * changed), the user's profile and their "ignore everywhere" words.
 *
 * Senders are untrusted (a page can drive its content script): each payload
 * goes through its `parse…` function, and these messages can only check text
 * or add a word to the user's own ignore list. Nothing is stored or logged.
 */
import type { RemoveListenerCallback } from '@webext-core/messaging';
import type { Finding, Report } from '../checker/types';
import type { FieldCheckResult, FieldFindingData } from '../messaging/fields';
import { parseFieldCheckRequest, parseIgnoreWord } from '../messaging/fields';
import { onMessage } from '../messaging/protocol';
import { getSettings, updateSettings } from '../settings/store';
import { currentChecker } from './check-service';

/** Only what the page side shows; line and column are left out. */
export function slimFinding(finding: Finding): FieldFindingData {
  const slim: FieldFindingData = {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    text: finding.text,
    start: finding.start,
    end: finding.end,
    suggestions: finding.suggestions,
  };
  if (finding.entryId !== undefined) slim.entryId = finding.entryId;
  if (finding.definition !== undefined) slim.definition = finding.definition;
  if (finding.easyRead !== undefined) slim.easyRead = finding.easyRead;
  if (finding.coProduced) slim.coProduced = true;
  return slim;
}

export function toFieldResult(report: Report): FieldCheckResult {
  return {
    findings: report.findings.map(slimFinding),
    readingAge: report.stats.words === 0 ? null : Math.round(report.stats.readingAge),
  };
}

export async function handleCheckField(data: unknown): Promise<FieldCheckResult> {
  const { text } = parseFieldCheckRequest(data);
  const settings = await getSettings();
  const checker = await currentChecker();
  // Fields hold plain text: Markdown or HTML guessing would misread a list or a "<".
  const report = checker.check(text, {
    profile: settings.profile,
    format: 'text',
    ignoreWords: settings.ignoredWords,
  });
  return toFieldResult(report);
}

export async function handleIgnoreWord(data: unknown): Promise<void> {
  const word = parseIgnoreWord(data);
  const { ignoredWords } = await getSettings();
  if (!ignoredWords.includes(word)) await updateSettings({ ignoredWords: [...ignoredWords, word] });
}

/**
 * Registers the handlers. Call synchronously at start-up (docs/reliability.md,
 * "The service worker can stop at any time").
 */
export function registerFieldService(): RemoveListenerCallback {
  const removers = [
    onMessage('checkField', ({ data }) => handleCheckField(data)),
    onMessage('ignoreWord', ({ data }) => handleIgnoreWord(data)),
  ];
  return () => removers.forEach((remove) => remove());
}
