/**
 * One numeric feature of the column scan: read the column from the reference and the
 * recent Parquet inputs, examine the pair (examineColumnPair: roles, profiles, KS,
 * outliers, histogram) and keep only the examination, so the raw values live just as
 * long as this call. Runs in the scan's worker threads (parquet-column-worker.ts) and,
 * for small inputs, in the main thread.
 */
import { ParquetColumnReader } from '../data/load-parquet.ts';
import type { DetectionConfig } from '../detect/detection-config.ts';
import { examineColumnPair } from '../detect/examine-column-pair.ts';
import type { PairWorkspace } from '../detect/examine-column-pair.ts';
import type { ColumnExamination } from '../detect/feature-tests.ts';
import type { NumericColumn, UnreadNumericColumn } from '../shared/table.ts';

/** A feature whose columns are both left in their Parquet inputs. */
export interface UnreadPair {
  readonly name: string;
  readonly reference: UnreadNumericColumn['unread'];
  readonly recent: UnreadNumericColumn['unread'];
}

/**
 * Column readers by side, opened (footers parsed) on first use and kept for the rest of
 * one check, so each feature reads only its own column chunks. One reader per side even
 * when both sides are the same input: a reader's buffer holds one column at a time.
 */
export class ParquetReaders {
  private readonly readers = new Map<string, Promise<ParquetColumnReader>>();

  async readNumeric(
    side: 'reference' | 'recent',
    where: UnreadNumericColumn['unread'],
    name: string,
  ): Promise<NumericColumn> {
    const key = `${side}:${where.path}`;
    let reader = this.readers.get(key);
    if (reader === undefined) {
      reader = ParquetColumnReader.open(where.path, where.source);
      this.readers.set(key, reader);
    }
    return (await reader).readNumeric(name);
  }
}

export async function examineParquetColumnPair(
  pair: UnreadPair,
  config: DetectionConfig,
  readers: ParquetReaders,
  workspace: PairWorkspace,
): Promise<ColumnExamination> {
  const reference = await readers.readNumeric('reference', pair.reference, pair.name);
  const recent = await readers.readNumeric('recent', pair.recent, pair.name);
  // The columns are the readers' buffers, read again for the next feature: sort them in
  // place rather than into copies (8 MB per million rows less per thread). The
  // examination keeps nothing of them.
  workspace.reference.output = reference.values;
  workspace.recent.output = recent.values;
  return examineColumnPair(reference, recent, config, workspace);
}
