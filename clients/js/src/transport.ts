/** HTTP calls to /api/v1 with the platform's fetch: JSON in and out, statuses become error classes. */

import {
  BadRequest, ConfigurationError, Conflict, InboxGone, NotFound, Problem, RateLimited, RetryLater,
  ServiceUnreachable, TempmailError, Unauthorized, Unavailable,
} from "./errors.js";

export const USER_AGENT = "tempmail-client/0.1 (javascript fetch)";
const RETRIED = new Set([429, 503]);

type ErrorClass = new (detail: string, status?: number, problem?: Problem) => TempmailError;
const ERRORS: Record<number, ErrorClass> = {
  400: BadRequest, 401: Unauthorized, 404: NotFound, 409: Conflict, 422: BadRequest,
};

/** Return the /api/v1 root for a service URL given with or without that suffix. */
export function apiRoot(baseUrl: string): string {
  let root = baseUrl.trim().replace(/\/+$/, "");
  if (root.endsWith("/api/v1")) root = root.slice(0, -"/api/v1".length);
  let parsed: URL;
  try {
    parsed = new URL(root);
  } catch {
    throw new ConfigurationError(`not an http(s) service URL: ${JSON.stringify(baseUrl)}`);
  }
  if (!["http:", "https:"].includes(parsed.protocol) || !parsed.host) {
    throw new ConfigurationError(`not an http(s) service URL: ${JSON.stringify(baseUrl)}`);
  }
  return `${root}/api/v1`;
}

/** Return the seconds a Retry-After header asks for (seconds or HTTP date); undefined if absent. */
export function retryAfterSeconds(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (!/[A-Za-z]{3},/.test(trimmed)) return undefined;  // an HTTP date names its weekday
  const when = Date.parse(trimmed);
  return Number.isNaN(when) ? undefined : Math.max(0, (when - now) / 1000);
}

/** An answer from the API: status, headers (names in lower case) and the raw body. */
export class ApiResponse {
  constructor(readonly status: number, readonly headers: Headers, readonly body: Uint8Array) {}

  /** Return the body parsed as JSON (undefined if empty); throw TempmailError if it is not JSON. */
  json(): any {
    if (this.body.length === 0) return undefined;
    try {
      return JSON.parse(new TextDecoder().decode(this.body));
    } catch {
      throw new TempmailError(`the service answered ${this.status} with a body that is not JSON`, this.status);
    }
  }
}

export interface RequestOptions {
  token?: string;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  /** Seconds before the call gives up; the transport's default if absent. */
  timeout?: number;
  /** Send the API key (creating inboxes). */
  apiKey?: boolean;
}

export interface TransportOptions {
  apiKey?: string;
  /** Seconds before a call gives up (default 30). */
  timeout?: number;
  /** Retries of a 429/503 that carries Retry-After (default 3). */
  maxRetries?: number;
  /** The longest Retry-After honoured, in seconds (default 60); longer ones are thrown at once. */
  maxRetryWait?: number;
  /** Replaceable for tests. */
  sleep?: (seconds: number) => Promise<void>;
  fetch?: typeof fetch;
}

const pause = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/** Send requests to one service; retry 429 and 503 as Retry-After says, a bounded number of times. */
export class Transport {
  readonly root: string;
  readonly apiKey: string | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly maxRetryWait: number;
  private readonly sleep: (seconds: number) => Promise<void>;
  private readonly fetcher: typeof fetch;

  constructor(baseUrl: string, options: TransportOptions = {}) {
    this.root = apiRoot(baseUrl);
    this.apiKey = options.apiKey || undefined;
    this.timeout = options.timeout ?? 30;
    this.maxRetries = options.maxRetries ?? 3;
    this.maxRetryWait = options.maxRetryWait ?? 60;
    this.sleep = options.sleep ?? pause;
    this.fetcher = options.fetch ?? globalThis.fetch;
  }

  /** Send one call and return a 2xx answer; throw the TempmailError class of any other. */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await this.send(method, path, options);
      if (response.status >= 200 && response.status < 300) return response;
      const wait = retryAfterSeconds(response.headers.get("retry-after"));
      if (RETRIED.has(response.status) && attempt < this.maxRetries && wait !== undefined && wait <= this.maxRetryWait) {
        await this.sleep(wait);
        continue;
      }
      throw errorOf(response, options.token !== undefined, wait);
    }
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<ApiResponse> {
    let url = this.root + path;
    if (options.query && Object.keys(options.query).length) url += `?${new URLSearchParams(options.query)}`;
    const headers: Record<string, string> = { Accept: "application/json" };
    // Browsers refuse to let scripts set User-Agent; elsewhere it names the client.
    if (typeof window === "undefined") headers["User-Agent"] = USER_AGENT;
    let body: string | undefined;
    if (method === "POST" || method === "PUT" || options.body !== undefined) {
      body = JSON.stringify(options.body ?? {});
      headers["Content-Type"] = "application/json";
    }
    if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
    if (options.apiKey && this.apiKey) headers["X-API-Key"] = this.apiKey;
    const seconds = options.timeout ?? this.timeout;
    try {
      const answer = await this.fetcher(url, {
        method, headers, body, redirect: "error", signal: AbortSignal.timeout(Math.ceil(seconds * 1000)),
      });
      return new ApiResponse(answer.status, answer.headers, new Uint8Array(await answer.arrayBuffer()));
    } catch (error) {
      const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new ServiceUnreachable(`cannot reach ${this.root}: ${reason}`);
    }
  }
}

function errorOf(response: ApiResponse, inboxCall: boolean, retryAfter: number | undefined): TempmailError {
  let problem: Problem = {};
  try {
    const parsed = response.json();
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) problem = parsed as Problem;
  } catch {
    // not JSON: the status says enough
  }
  const detail = String(problem.detail || problem.title || `HTTP ${response.status} from the service`);
  if (response.status === 429) return new RateLimited(detail, 429, problem, retryAfter);
  if (response.status === 503) return new Unavailable(detail, 503, problem, retryAfter);
  if (response.status === 401 && inboxCall) return new InboxGone(detail, 401, problem);
  const Kind = ERRORS[response.status] ?? TempmailError;
  return new Kind(detail, response.status, problem);
}

export { RetryLater };
