/**
 * Starts a real, throw-away PostgreSQL server (Debian's `postgresql` package; `.ci/run`
 * installs it) on a free loopback port, in a temporary directory, for the engine tests.
 *
 * PostgreSQL refuses to run as root, and CI runs as root: then initdb and pg_ctl run as
 * the `postgres` system user through `runuser`, and the data directory is handed to it.
 * As any other user they run directly.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running PostgreSQL server. */
export interface PostgresServer {
  /** `postgres://drift@127.0.0.1:PORT/postgres`, trust authentication on loopback only. */
  readonly connectionString: string;
  readonly port: number;
  /** Stops the server (fast shutdown) and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

/** The newest `/usr/lib/postgresql/N/bin`, where Debian installs the server binaries. */
function findBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      `startPostgres: no PostgreSQL server under ${root}/*/bin; expected Debian's postgresql package (apt-get install -y postgresql, as .ci/run does).`,
    );
  }
  return join(root, versions[0], 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findBinDir();
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'drift-sentinel-pg-'));
  const dataDir = join(dir, 'data');
  if (asRoot) chownSync(dir, ...postgresIds());
  const exec = (file: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, file), ...args])
      : run(join(bin, file), args);

  await exec('initdb', ['-D', dataDir, '-U', 'drift', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dir}'`,
    '-c fsync=off',
  ].join(' ');
  await exec('pg_ctl', [
    '-D',
    dataDir,
    '-o',
    options,
    '-l',
    join(dir, 'server.log'),
    '-w',
    'start',
  ]);

  let stopped = false;
  return {
    connectionString: `postgres://drift@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await exec('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** uid and gid of the `postgres` system user the Debian package creates. */
function postgresIds(): [number, number] {
  // getent is in every glibc image; node has no passwd lookup of its own.
  const line = execFileSyncText('getent', ['passwd', 'postgres']);
  const fields = line.split(':');
  if (fields.length < 4) {
    throw new Error(
      `startPostgres: no 'postgres' system user (getent passwd postgres said '${line.trim()}'); expected the one Debian's postgresql package creates.`,
    );
  }
  return [Number(fields[2]), Number(fields[3])];
}

function execFileSyncText(file: string, args: string[]): string {
  try {
    return execFileSync(file, args, { encoding: 'utf8' });
  } catch {
    return '';
  }
}
