/**
 * `drift-sentinel profile`: writes the reference profile a later `check
 * --reference-profile` compares against, so the training data need not be kept where
 * the checks run (docs/profile-format.md).
 */
import packageJson from '../../package.json' with { type: 'json' };
import { engineSourcesOf, tableReadingOf } from '../options/option-groups.ts';
import { loadTable } from '../data/load-table.ts';
import { InputError } from '../shared/input-error.ts';
import {
  contentHash,
  openEngine,
  profileReferenceWithEngine,
  writeProfileFile,
} from '../engines/engine-sources.ts';
import type { EngineSettings } from '../engines/engine-sources.ts';
import { profileTable } from '../profile/saved-profile.ts';
import type { SavedProfile } from '../profile/saved-profile.ts';
import { EXIT_OK, type CliIo } from './cli-io.ts';
import { renderOptionHelp } from './help.ts';
import { readCliOptions } from './read-cli-options.ts';
import { UsageError } from './usage-error.ts';

export const PROFILE_HELP = `drift-sentinel profile: save the profile of the reference data.

Usage: drift-sentinel profile --reference-data F --output reference.profile [options]
       drift-sentinel profile --engine postgres --reference-table T --output F [options]

${renderOptionHelp('profile')}
An exact profile gives the same report as the data; a compact one keeps a quantile
sketch per numeric column (KS marked approximate, within --max-rank-error).
`;

export async function runProfileCommand(args: readonly string[], io: CliIo): Promise<number> {
  const o = readCliOptions('profile', args);
  if (o.help) {
    io.stdout.write(PROFILE_HELP);
    return EXIT_OK;
  }
  const given = [o.referenceData, o.referenceTable, o.referenceQuery].filter(Boolean).length;
  if (given !== 1) {
    throw new UsageError(
      `Give exactly one of --reference-data, --reference-table, --reference-query (got ${given}). Run 'drift-sentinel profile --help'.`,
    );
  }
  const settings: EngineSettings = {
    ...engineSourcesOf(o),
    toolVersion: packageJson.version,
  };
  let profile: SavedProfile;
  const engine = await openEngine(settings);
  if (engine) {
    try {
      profile = await profileReferenceWithEngine(engine, settings);
    } finally {
      await engine.close();
    }
    if (o.referenceData) {
      profile = {
        ...profile,
        source: { ...profile.source, contentHash: await contentHash(o.referenceData) },
      };
    }
  } else {
    if (!o.referenceData) {
      throw new InputError(
        '--reference-table and --reference-query need --engine duckdb or postgres; expected an engine, or --reference-data.',
      );
    }
    const [table, hash] = await Promise.all([
      // Read as check reads it, so an exact profile reproduces the check on the data.
      loadTable(o.referenceData, tableReadingOf(o)),
      contentHash(o.referenceData),
    ]);
    profile = profileTable(table, {
      mode: o.profileMode,
      maxRankError: o.maxRankError,
      contentHash: hash,
      toolVersion: packageJson.version,
    });
  }
  const bytes = await writeProfileFile(o.output!, profile);
  const sketched = profile.columns.filter((c) => c.kind === 'numeric' && c.sketch).length;
  io.stdout.write(
    `Wrote ${o.output}: ${profile.mode} profile of ${profile.source.name} (${profile.source.rowCount} rows, ${profile.columns.length} columns${sketched > 0 ? `, ${sketched} sketched` : ''}), ${bytes} bytes.\n`,
  );
  return EXIT_OK;
}
