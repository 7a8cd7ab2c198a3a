/**
 * Preloaded with `--import` into a benchmarked Node child when `/usr/bin/time` is not
 * available: on exit it writes the process's own peak RSS and CPU time to the file
 * named by `BENCH_USAGE_FILE`, since Node cannot read a child's resource usage.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_USAGE_FILE;
if (target !== undefined) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKilobytes: usage.maxRSS }));
  });
}
