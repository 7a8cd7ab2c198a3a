/**
 * One column of the check: profile the reference, set the column aside when it is an
 * identifier or time column, else profile the recent side and compare the profiles with
 * the feature test for the column's kind. Runs in the main thread (analyzeDrift) and in
 * worker threads (feature-worker.ts). Pure.
 */
import type { Column } from '../shared/table.ts';
import { profileColumn } from '../profile/profile-column.ts';
import type { SortWorkspace } from '../stats/sorted-without-nan.ts';
import type { DetectionConfig } from './detection-config.ts';
import { examineProfiles } from './feature-tests.ts';
import type { ColumnExamination } from './feature-tests.ts';

/** Sort buffers reused from column to column (see SortWorkspace): one per side. */
export interface PairWorkspace {
  readonly reference: SortWorkspace;
  readonly recent: SortWorkspace;
}

export function examineColumnPair(
  reference: Column,
  recent: Column,
  config: DetectionConfig,
  workspace?: PairWorkspace,
): ColumnExamination {
  // The recent side is profiled only when needed: an identifier column is set aside
  // on its reference profile alone.
  return examineProfiles(
    profileColumn(reference, workspace?.reference),
    () => profileColumn(recent, workspace?.recent),
    config,
  );
}
