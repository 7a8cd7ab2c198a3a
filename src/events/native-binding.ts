import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Which C library a Linux build links against; better-sqlite3 ships one binary for each. */
export type Libc = 'glibc' | 'musl';

/**
 * Whether this process runs on musl (Alpine) rather than glibc. Same two-step test as
 * better-sqlite3 13's own `lib/binding.js`: the mapped loader is cheap and reliable;
 * the diagnostic report (no `glibcVersionRuntime` on musl) is the slower fallback.
 */
function detectLibc(): Libc {
  try {
    const maps = fs.readFileSync('/proc/self/maps', 'latin1');
    if (/\/ld-musl-[^/\s]*\.so/.test(maps)) return 'musl';
    if (/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(maps)) return 'glibc';
  } catch {
    // No procfs (some containers): fall through to the report.
  }
  // `excludeNetwork` exists since Node 20.13 but is missing from @types/node.
  const report = process.report as NodeJS.ProcessReport & { excludeNetwork: boolean };
  const excludeNetwork = report.excludeNetwork;
  report.excludeNetwork = true; // a report otherwise resolves every socket's host name
  try {
    const header = (report.getReport() as { header?: { glibcVersionRuntime?: string } }).header;
    return header?.glibcVersionRuntime ? 'glibc' : 'musl';
  } finally {
    report.excludeNetwork = excludeNetwork;
  }
}

/**
 * Path of the better-sqlite3 binary for this platform in the bundle:
 * `<directory of baseUrl>/prebuilds/<platform>-<arch>.node`, with Linux on musl named
 * `linuxmusl-<arch>` as in better-sqlite3's own `prebuilds/`. Pass the bundle's
 * `import.meta.url`, so the binary is found next to the code, not in the working
 * directory.
 *
 * @param libc defaults to detecting the running process's C library on Linux.
 * @throws Error naming the platform and listing the binaries that are there when the
 *   file is missing.
 * @example
 * resolveNativeBinding('file:///action/dist/index.js', 'linux', 'x64', 'glibc');
 * // => '/action/dist/prebuilds/linux-x64.node' (when that file exists)
 */
export function resolveNativeBinding(
  baseUrl: string,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
  libc?: Libc,
): string {
  if (!baseUrl.startsWith('file:')) {
    throw new Error(
      `Invalid baseUrl: ${JSON.stringify(baseUrl)}. Expected a file: URL such as import.meta.url.`,
    );
  }
  const directory = path.join(path.dirname(fileURLToPath(baseUrl)), 'prebuilds');
  const resolvedLibc = platform === 'linux' ? (libc ?? detectLibc()) : undefined;
  const target = `${resolvedLibc === 'musl' ? 'linuxmusl' : platform}-${arch}`;
  const file = path.join(directory, `${target}.node`);
  if (fs.existsSync(file)) return file;

  let available: string[] = [];
  try {
    available = fs
      .readdirSync(directory)
      .filter((name) => name.endsWith('.node'))
      .map((name) => name.slice(0, -'.node'.length))
      .sort();
  } catch {
    // Directory missing: reported as "none" below.
  }
  const platformName = resolvedLibc
    ? `${platform}-${arch} (${resolvedLibc})`
    : `${platform}-${arch}`;
  throw new Error(
    `No SQLite binary for platform ${platformName}: ${file} does not exist. Available in ${directory}: ${available.length > 0 ? available.join(', ') : 'none'}.`,
  );
}
