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
import type { UnreadNumericColumn } from '../shared/table.ts';

/** A feature whose columns are both left in their Parquet inputs. */
export interface UnreadPair {
  readonly name: string;
  readonly reference: UnreadNumericColumn['unread'];
  readonly recent: UnreadNumericColumn['unread'];
}

/**
 * Column readers by input path, opened (footers parsed) on first use and kept for the
 * rest of one check, so each feature reads only its own column chunks.
 */
export class ParquetReaders {
  private readonly readers = new Map<string, Promise<ParquetColumnReader>>();

  async readNumeric(where: UnreadNumericColumn['unread'], name: string) {
    let reader = this.readers.get(where.path);
    if (reader === undefined) {
      reader = ParquetColumnReader.open(where.path, where.source);
      this.readers.set(where.path, reader);
    }
    return (await reader).readNumeric(name);
  }
}

export async function examineParquetColumnPair(
  pair: UnreadPair,
  config: DetectionConfig,
  readers: ParquetReaders,
  workspace?: PairWorkspace,
): Promise<ColumnExamination> {
  // One side after the other: the reference column (8 MB per million rows) is read,
  // then the recent one, and both are garbage once the examination is made.
  const reference = await readers.readNumeric(pair.reference, pair.name);
  const recent = await readers.readNumeric(pair.recent, pair.name);
  return examineColumnPair(reference, recent, config, workspace);
}
