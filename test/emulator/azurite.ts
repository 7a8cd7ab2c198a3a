/**
 * Starts Azurite's blob service (Microsoft's Azure Storage emulator, the `azurite` npm
 * devDependency) on a free loopback port, in memory. The GitHub emulator hands out SAS
 * URLs into it, exactly as the real artifact service hands out SAS URLs into Azure Blob
 * Storage, so `@actions/artifact` uploads and downloads through `@azure/storage-blob`
 * unmodified.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';

/** A running Azurite blob service. */
export interface Azurite {
  /** Blob endpoint including the account, e.g. `http://127.0.0.1:41234/devstoreaccount1`. */
  blobUrl: string;
  accountName: string;
  accountKey: string;
  /** Connection string for `BlobServiceClient.fromConnectionString`. */
  connectionString: string;
  /** Stops the service and waits for its process to exit. Safe to call twice. */
  stop(): Promise<void>;
}

// Azurite's fixed development account, documented at
// https://learn.microsoft.com/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key
const ACCOUNT_NAME = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const STARTUP_TIMEOUT_MS = 15_000;

/**
 * Spawns `azurite-blob` with `--blobPort 0` and reads the port it bound from its
 * "successfully listens on" line. Runs in its own process group so `stop()` (or a crashed
 * test) cannot leave an orphan: the whole group gets SIGTERM, then SIGKILL.
 */
export async function startAzurite(): Promise<Azurite> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('azurite/dist/src/blob/main.js');
  const child = spawn(
    process.execPath,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      // Without a limit Azurite reserves half the machine's memory for extents.
      '--extentMemoryLimit',
      '256',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
    ],
    // In-memory mode writes nothing, but Azurite still resolves paths against its cwd.
    { cwd: tmpdir(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  let output = '';
  const blobUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(
          `startAzurite: no "listens on" line within ${STARTUP_TIMEOUT_MS} ms; output: ${output}`,
        ),
      );
    }, STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /successfully listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`${match[1]}/${ACCOUNT_NAME}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `startAzurite: azurite-blob exited (code ${code}, signal ${signal}) before listening; output: ${output}`,
        ),
      );
    });
  }).catch(async (error: unknown) => {
    killGroup(child.pid, 'SIGKILL');
    await exited;
    throw error;
  });
  // Keep draining so a chatty Azurite never blocks on a full pipe.
  child.stdout.resume();
  child.stderr.resume();
  // The test process must be free to exit if a test forgets stop(); the group kill in
  // stop() is the cleanup path.
  child.unref();
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  (child.stderr as unknown as { unref?: () => void }).unref?.();

  let stopping: Promise<void> | undefined;
  return {
    blobUrl,
    accountName: ACCOUNT_NAME,
    accountKey: ACCOUNT_KEY,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT_NAME};AccountKey=${ACCOUNT_KEY};BlobEndpoint=${blobUrl};`,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        // Hold the event loop open until the exit is observed.
        child.ref();
        killGroup(child.pid, 'SIGTERM');
        const killer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 2_000);
        await exited;
        clearTimeout(killer);
      })();
      return stopping;
    },
  };
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    // Negative pid: the process group created by `detached: true`.
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
