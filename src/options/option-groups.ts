/**
 * Options that travel together, picked from the parsed values once for every entry
 * point, so a new option of a group is added here and in the option table, and nowhere
 * else: how data files are read (the readers' TableOptions), where the two sides come
 * from (the engines' settings), and what a check loads. The shapes match the types of
 * src/data and src/engines structurally; options/ imports neither (layer rules).
 */
import type { OptionValues } from './read-options.ts';

/** How every data file is read: `TableOptions` of src/data/table-options.ts. */
export function tableReadingOf(o: OptionValues) {
  return {
    categorical: o.categorical,
    numeric: o.numeric,
    naValues: o.naValues,
    encoding: o.encoding,
    delimiter: o.delimiter,
  };
}

/** Where the sides come from: `EngineSettings` of src/engines/engine-sources.ts, less the version. */
export function engineSourcesOf(o: OptionValues) {
  return {
    engine: o.engine ?? 'files',
    referenceProfile: o.referenceProfile,
    referenceData: o.referenceData,
    referenceTable: o.referenceTable,
    referenceQuery: o.referenceQuery,
    recentTable: o.recentTable,
    recentQuery: o.recentQuery,
    connectionEnv: o.engineConnectionEnv,
    memoryLimit: o.engineMemoryLimit,
    profileMode: o.profileMode,
    maxRankError: o.maxRankError,
  } as const;
}

/** What a check loads from files: `DriftInputSources` of src/data/load-drift-inputs.ts. */
export function checkSourcesOf(o: OptionValues) {
  return {
    referenceData: o.referenceData ?? '',
    recentData: o.recentData ?? '',
    recentPredictions: o.recentPredictions,
    recentActuals: o.recentActuals,
    referencePredictions: o.referencePredictions,
    predictionColumn: o.predictionColumn,
    targetColumn: o.targetColumn,
    baselineMetrics: o.baselineMetrics,
    ...tableReadingOf(o),
  };
}
