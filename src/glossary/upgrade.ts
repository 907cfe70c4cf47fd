/**
 * Reads version 1 glossary entries and files as version 2.
 *
 * Version 1 had plain-text alternatives, no kind, no audiences and an
 * optional part of speech. The upgrade is mechanical and loses nothing:
 *
 * - `alternatives`: each text gets the entry's part of speech (or `phrase`);
 * - `pos`: kept, or `phrase` when the entry had none (never inflected, as before);
 * - `kind`: `style` for `rewrite` entries (vague words), `term` otherwise;
 * - `audiences`: every profile, as before (version 1 flagged every entry for everyone).
 *
 * It works on raw, not yet validated data, so a file is upgraded first and
 * then checked as version 2; anything that is not shaped like a version 1
 * entry is passed on unchanged for the checks to report.
 */
import { AUDIENCES, PARTS_OF_SPEECH, type Audience, type PartOfSpeech } from './schema';
import { isRecord } from '../validation/index';

type Raw = Record<string, unknown>;

/** What the upgrade changed in one entry, for the import preview. */
export type UpgradeChange = 'alternatives' | 'pos' | 'kind' | 'audiences';

/** Upgrades one raw version 1 entry. Returns a new object; the input is not changed. */
export function upgradeEntryV1(raw: unknown): { entry: unknown; changes: UpgradeChange[] } {
  if (!isRecord(raw)) return { entry: raw, changes: [] };
  const entry: Raw = { ...raw };
  const changes: UpgradeChange[] = [];
  const pos: PartOfSpeech =
    typeof raw.pos === 'string' && (PARTS_OF_SPEECH as readonly string[]).includes(raw.pos)
      ? (raw.pos as PartOfSpeech)
      : 'phrase';
  if (raw.pos === undefined) {
    entry.pos = pos;
    changes.push('pos');
  }
  if (
    Array.isArray(raw.alternatives) &&
    raw.alternatives.some((item) => typeof item === 'string')
  ) {
    entry.alternatives = raw.alternatives.map((item: unknown) =>
      typeof item === 'string' ? { text: item, pos } : item,
    );
    changes.push('alternatives');
  }
  if (raw.kind === undefined) {
    entry.kind = raw.action === 'rewrite' ? 'style' : 'term';
    changes.push('kind');
  }
  if (raw.audiences === undefined) {
    entry.audiences = [...AUDIENCES] as Audience[];
    changes.push('audiences');
  }
  return { entry, changes };
}

/**
 * Upgrades a raw glossary file to version 2 when it says it is version 1.
 * Other versions are returned as they are (validation reports them).
 */
export function upgradeGlossaryFile(raw: unknown): {
  file: unknown;
  upgradedFrom?: number;
  changes: Map<string, UpgradeChange[]>;
} {
  const changes = new Map<string, UpgradeChange[]>();
  if (!isRecord(raw) || raw.version !== 1 || !Array.isArray(raw.entries)) {
    return { file: raw, changes };
  }
  const entries = raw.entries.map((item: unknown, index: number) => {
    const upgraded = upgradeEntryV1(item);
    if (upgraded.changes.length > 0) {
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : `entry ${index + 1}`;
      changes.set(id, upgraded.changes);
    }
    return upgraded.entry;
  });
  return { file: { ...raw, version: 2, entries }, upgradedFrom: 1, changes };
}
