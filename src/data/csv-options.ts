import type { TableOptions } from './table-options.ts';

/** Options of {@link parseCsv} and {@link loadCsv}: those of every table reader. */
export type CsvOptions = TableOptions;
