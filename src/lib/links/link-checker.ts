/**
 * Requests outbound addresses politely and says how each answered (the network half of the link
 * health check; the report logic is in link-health.ts). For each address: HEAD, then GET when HEAD
 * gets no usable answer (many servers refuse or mishandle HEAD); redirects are followed one hop at
 * a time so a loop is caught; each request has a timeout; timeouts, 5xx and connection failures are
 * retried with growing pauses. One request per host at a time, with a pause between them.
 */
import type { CheckResult } from './link-health';

export interface CheckerOptions {
  /** Milliseconds before a request counts as timed out. */
  timeoutMs?: number;
  /** Further attempts after a timeout, a 5xx answer or a connection failure. */
  retries?: number;
  /** Pause before the first retry; doubled before each further one. */
  backoffMs?: number;
  /** Most redirects followed for one address. */
  maxRedirects?: number;
  /** Pause between two requests to the same host. */
  hostDelayMs?: number;
  /** Hosts checked at the same time (each host still gets one request at a time). */
  concurrency?: number;
  userAgent?: string;
  /** For tests: the fetch to use. */
  fetch?: typeof fetch;
}

const DEFAULTS = {
  timeoutMs: 15_000,
  retries: 2,
  backoffMs: 2_000,
  maxRedirects: 10,
  hostDelayMs: 1_000,
  concurrency: 4,
  userAgent: 'AlliancePathwaysLinkCheck/1.0 (weekly check of catalogue links; one request per host at a time)',
} as const;

type Settings = Required<Omit<CheckerOptions, 'fetch'>> & { fetch: typeof fetch };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Outcomes worth asking again about: the server or the network may do better in a moment. */
const RETRIABLE = new Set(['timeout', 'server-error', 'network-error']);

function outcomeOf(status: number): CheckResult['outcome'] {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 404) return 'not-found';
  if (status === 410) return 'gone';
  if (status >= 500) return 'server-error';
  return 'inconclusive';
}

async function request(url: string, method: 'HEAD' | 'GET', settings: Settings): Promise<Response> {
  const response = await settings.fetch(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(settings.timeoutMs),
    headers: { 'user-agent': settings.userAgent, accept: 'text/html,application/pdf,*/*;q=0.8' },
  });
  // Only the status and headers matter: do not download the body.
  await response.body?.cancel().catch(() => undefined);
  return response;
}

/** One attempt: follows redirects hop by hop; HEAD first, GET when HEAD gets anything but 2xx or 3xx. */
async function attempt(url: string, settings: Settings): Promise<CheckResult> {
  const visited = new Set<string>();
  let current = url;
  try {
    for (let hop = 0; hop <= settings.maxRedirects; hop++) {
      visited.add(current);
      let response = await request(current, 'HEAD', settings);
      if (response.status >= 400) response = await request(current, 'GET', settings);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, current).href;
        if (visited.has(next))
          return { url, outcome: 'redirect-loop', status: response.status, finalUrl: next, detail: `redirects back to ${next}` };
        current = next;
        continue;
      }
      const outcome = outcomeOf(response.status);
      return { url, outcome, status: response.status, ...(current !== url ? { finalUrl: current } : {}) };
    }
    return { url, outcome: 'redirect-loop', finalUrl: current, detail: `more than ${settings.maxRedirects} redirects` };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return { url, outcome: 'timeout', detail: `no answer within ${settings.timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { url, outcome: 'network-error', detail: cause ?? (error as Error).message };
  }
}

/** Checks one address, retrying with backoff when the failure may pass. */
export async function checkUrl(url: string, options: CheckerOptions = {}): Promise<CheckResult> {
  const settings: Settings = { ...DEFAULTS, fetch: globalThis.fetch, ...options };
  try {
    const protocol = new URL(url).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') return { url, outcome: 'network-error', detail: 'not an http(s) address' };
  } catch {
    return { url, outcome: 'network-error', detail: 'not a valid address' };
  }
  let result = await attempt(url, settings);
  for (let retry = 0; retry < settings.retries && RETRIABLE.has(result.outcome); retry++) {
    await sleep(settings.backoffMs * 2 ** retry);
    result = await attempt(url, settings);
  }
  return result;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * Checks every address: addresses on the same host one after another (with a pause), up to
 * `concurrency` hosts at once. Results come back in the order of `urls`.
 */
export async function checkAll(
  urls: readonly string[],
  options: CheckerOptions = {},
  onResult?: (result: CheckResult) => void,
): Promise<CheckResult[]> {
  const settings = { ...DEFAULTS, ...options };
  const byHost = new Map<string, string[]>();
  for (const url of urls) byHost.set(hostOf(url), [...(byHost.get(hostOf(url)) ?? []), url]);
  const queue = [...byHost.values()];
  const results = new Map<string, CheckResult>();
  const worker = async () => {
    for (let hostUrls = queue.shift(); hostUrls; hostUrls = queue.shift()) {
      for (const [index, url] of hostUrls.entries()) {
        if (index > 0) await sleep(settings.hostDelayMs);
        const result = await checkUrl(url, options);
        results.set(url, result);
        onResult?.(result);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(settings.concurrency, queue.length)) }, worker));
  return urls.map((url) => results.get(url)!);
}
