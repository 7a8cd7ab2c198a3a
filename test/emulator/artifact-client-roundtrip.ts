/**
 * Child-process half of artifact-client.test.ts. `@actions/artifact` and `@actions/github`
 * read the runner environment when imported (GITHUB_API_URL, the artifact list limit),
 * so they must run in a process started with runnerEnvironment()'s variables.
 *
 * Usage: node artifact-client-roundtrip.ts <request.json> <result.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';

interface RoundtripRequest {
  downloadDir: string;
  token: string;
  owner: string;
  repo: string;
  seededArtifactId: number;
  seededArtifactName: string;
  seededRunId: number;
}

const [requestFile, resultFile] = process.argv.slice(2);
const request = JSON.parse(readFileSync(requestFile, 'utf8')) as RoundtripRequest;
const workspace = process.env.GITHUB_WORKSPACE as string;
const client = new DefaultArtifactClient();
const findBy = {
  token: request.token,
  repositoryOwner: request.owner,
  repositoryName: request.repo,
  workflowRunId: request.seededRunId,
};

const zipped = await client.uploadArtifact(
  'drift-events',
  [join(workspace, 'events.db'), join(workspace, 'reports', 'summary.md')],
  workspace,
  { retentionDays: 1 },
);
const raw = await client.uploadArtifact(
  'ignored-for-raw',
  [join(workspace, 'metrics.json')],
  workspace,
  {
    skipArchive: true,
  },
);
// UploadArtifactResponse.id is optional in the types; the v6 client always sets it.
if (zipped.id === undefined || raw.id === undefined)
  throw new Error('uploadArtifact returned no artifact id');
const listed = await client.listArtifacts();
const byName = await client.getArtifact('drift-events');
const zippedDownload = await client.downloadArtifact(zipped.id, {
  path: join(request.downloadDir, 'by-id'),
  expectedHash: `sha256:${zipped.digest}`,
});
const rawDownload = await client.downloadArtifact(raw.id, {
  path: join(request.downloadDir, 'raw'),
});
const otherRunDownload = await client.downloadArtifact(request.seededArtifactId, {
  path: join(request.downloadDir, 'other-run'),
  findBy,
});
const otherRunList = await client.listArtifacts({ findBy });
const otherRunByName = await client.getArtifact(request.seededArtifactName, { findBy });

writeFileSync(
  resultFile,
  JSON.stringify({
    zipped,
    raw,
    listed: listed.artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size })),
    byName: byName.artifact.id,
    zippedDigestMismatch: zippedDownload.digestMismatch,
    rawDownloadPath: rawDownload.downloadPath,
    otherRunDownloadPath: otherRunDownload.downloadPath,
    otherRunList: otherRunList.artifacts.map((a) => a.id),
    otherRunByName: otherRunByName.artifact.id,
  }),
);
