/**
 * Content hashes of what a check compares against: the reference (data file or saved
 * profile) and the baseline metrics. Recorded on every check and on the retraining a
 * check dispatches, so the next check can tell "same reference as before the last
 * promotion" from "the promote step updated it" (decide-dispatch.ts, cooldown guard).
 *
 * A hash of the bytes, not of the path or the modification time: a checkout restores
 * the same file with a new mtime, and a promote step that rewrites the file with the
 * same rows changes nothing that matters.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';

/** `sha256:<hex>` of the file's bytes, streamed (a reference can be gigabytes). */
export async function fileFingerprint(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}

/** `sha256:<hex>` of a text (a query, a table name, inline JSON). */
export function textFingerprint(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** Where the reference and the baseline of a check come from, as the inputs say. */
export interface FingerprintSources {
  referenceProfile?: string;
  referenceData?: string;
  referenceTable?: string;
  referenceQuery?: string;
  /** A path, or inline JSON (the baseline-metrics input accepts both). */
  baselineMetrics?: string;
}

export interface InputFingerprints {
  reference: string | null;
  baseline: string | null;
}

/**
 * Fingerprints of a check's reference and baseline. A file is hashed by content; a
 * reference that lives in a warehouse (table or query) by its name or query text,
 * since its rows are not read here; a glob of files by the pattern. Null when the
 * check has no such input.
 */
export async function inputFingerprints(sources: FingerprintSources): Promise<InputFingerprints> {
  const ofPathOrText = async (value: string | undefined, kind: string) => {
    if (!value) return null;
    return isFile(value) ? fileFingerprint(value) : textFingerprint(`${kind}:${value}`);
  };
  const reference = sources.referenceProfile
    ? await ofPathOrText(sources.referenceProfile, 'profile')
    : sources.referenceData
      ? await ofPathOrText(sources.referenceData, 'data')
      : sources.referenceTable
        ? textFingerprint(`table:${sources.referenceTable}`)
        : sources.referenceQuery
          ? textFingerprint(`query:${sources.referenceQuery}`)
          : null;
  return { reference, baseline: await ofPathOrText(sources.baselineMetrics, 'baseline') };
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
