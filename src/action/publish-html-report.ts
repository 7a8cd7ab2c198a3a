/**
 * The action's HTML report: written to RUNNER_TEMP and uploaded as the workflow
 * artifact `drift-sentinel-report` with the real `@actions/artifact` client, so the job
 * summary can link it. The report is an extra: when the upload fails the run warns in
 * the summary and goes on, as the verdict, outputs and comment are already there.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import type { ArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import packageJson from '../../package.json' with { type: 'json' };
import { markdownText } from '../report/escape.ts';
import { renderHtml } from '../report/render-html.ts';
import type { HtmlReportInput } from '../report/render-html.ts';
import type { ActionSettings } from './input-helper.ts';
import type { RunContext } from './run-context.ts';

/** Artifact name of the report; other comment keys get their own (`drift-sentinel-report-KEY`). */
export const HTML_REPORT_ARTIFACT = 'drift-sentinel-report';
/** File name of the page inside the artifact. */
export const HTML_REPORT_FILE = 'drift-sentinel-report.html';

export interface PublishedHtmlReport {
  /** Where the page was written on the runner. */
  readonly path: string;
  readonly artifactName: string;
  /** Link to the artifact on the run's page; undefined when the upload failed. */
  readonly url?: string;
  /** Why the upload failed, for the summary. */
  readonly error?: string;
}

export interface PublishHtmlReportOptions {
  readonly artifactClient: Pick<ArtifactClient, 'uploadArtifact'>;
  /** A directory of this run (RUNNER_TEMP/...), created when missing. */
  readonly directory: string;
  /** Comment key: several checks in one run each upload their own report. */
  readonly key: string;
  readonly retentionDays: number;
  /** `https://github.com/OWNER/REPO/actions/runs/ID`: artifacts are linked below it. */
  readonly runUrl: string;
}

/** Artifact name for a comment key: the plain name for the default key. */
export function htmlReportArtifactName(key: string): string {
  return key === 'default' ? HTML_REPORT_ARTIFACT : `${HTML_REPORT_ARTIFACT}-${key}`;
}

export async function publishHtmlReport(
  input: HtmlReportInput,
  options: PublishHtmlReportOptions,
): Promise<PublishedHtmlReport> {
  const artifactName = htmlReportArtifactName(options.key);
  const directory = join(options.directory, artifactName);
  await mkdir(directory, { recursive: true });
  const path = join(directory, HTML_REPORT_FILE);
  await writeFile(path, await renderHtml(input));
  try {
    const { id } = await options.artifactClient.uploadArtifact(artifactName, [path], directory, {
      retentionDays: options.retentionDays,
    });
    return {
      path,
      artifactName,
      url: id === undefined ? undefined : `${options.runUrl}/artifacts/${id}`,
    };
  } catch (error) {
    return {
      path,
      artifactName,
      error: `The HTML report could not be uploaded as the artifact ${artifactName}: ${(error as Error).message}`,
    };
  }
}

/**
 * The publish phase's part: writes and uploads the report, warns when the upload
 * failed, and returns the Markdown lines for the job summary (the link, or a warning).
 */
export async function publishHtmlReportForRun(
  input: Pick<HtmlReportInput, 'report' | 'modelViews' | 'history'>,
  settings: Pick<ActionSettings, 'commentKey' | 'retentionDays'>,
  ctx: Pick<RunContext, 'runId' | 'runUrl'>,
): Promise<{ readonly summaryLine: string; readonly warnings: string[] }> {
  const published = await publishHtmlReport(
    { ...input, generatedAt: new Date(), toolVersion: packageJson.version },
    {
      artifactClient: new DefaultArtifactClient(),
      directory: join(
        process.env.RUNNER_TEMP || process.cwd(),
        `drift-sentinel-${ctx.runId}-report`,
      ),
      key: settings.commentKey,
      retentionDays: settings.retentionDays,
      runUrl: ctx.runUrl,
    },
  );
  if (published.error) {
    core.warning(published.error, { title: 'drift-sentinel: HTML report not uploaded' });
    return { summaryLine: '', warnings: [published.error] };
  }
  core.info(
    `HTML report uploaded as the artifact ${published.artifactName}: ${published.url ?? published.path}`,
  );
  return {
    summaryLine: published.url
      ? `**Full report:** [${markdownText(published.artifactName)}](${published.url}), one self-contained HTML page (download, unzip, open in a browser): every feature's distribution, the trend of all checks, prediction drift and model quality.`
      : '',
    warnings: [],
  };
}
