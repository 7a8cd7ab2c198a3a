/**
 * A pass-through proxy in front of the GitHub emulator's REST API that holds the first
 * `parties` "list artifacts" requests until all of them have arrived. Two runs pointed
 * at it both list the event-log artifacts before either can upload, so they restore the
 * same snapshot: the race the event log must survive, made certain instead of likely.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ListingBarrier {
  /** Use as the runs' `GITHUB_API_URL`. */
  url: string;
  /** How many listings were held (at most `parties`). */
  readonly held: number;
  /** True when the barrier gave up waiting and let the listings through early. */
  readonly timedOut: boolean;
  stop(): Promise<void>;
}

// REST "list artifacts for a repository"; the artifact service itself is Twirp on
// ACTIONS_RESULTS_URL and never goes through the barrier.
const LISTING = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts(\?|$)/;

/**
 * Starts the barrier on 127.0.0.1. After `timeoutMs` without all parties the held
 * requests go through anyway, so a run that never lists cannot hang the other one.
 */
export async function startListingBarrier(
  targetUrl: string,
  parties: number,
  timeoutMs = 15_000,
): Promise<ListingBarrier> {
  const waiting: (() => void)[] = [];
  let held = 0;
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const releaseAll = () => {
    clearTimeout(timer);
    for (const forward of waiting.splice(0)) forward();
  };

  const server = createServer((req, res) => {
    const forward = () => {
      const upstream = request(
        new URL(req.url ?? '/', targetUrl),
        { method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (error) => res.destroy(error));
      req.pipe(upstream);
    };
    if (req.method !== 'GET' || !LISTING.test(req.url ?? '') || held >= parties) {
      forward();
      return;
    }
    held += 1;
    waiting.push(forward);
    if (held === parties) releaseAll();
    else if (held === 1) {
      timer = setTimeout(() => {
        timedOut = true;
        releaseAll();
      }, timeoutMs);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get held() {
      return held;
    },
    get timedOut() {
      return timedOut;
    },
    async stop() {
      releaseAll();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
