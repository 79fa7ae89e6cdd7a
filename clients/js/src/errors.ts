/** The errors the client throws: one class per way a call can fail. */

/** The problem+json body the service answers with on errors. */
export type Problem = { [key: string]: unknown; detail?: string; title?: string; status?: number };

/** A call to the service failed; `detail` is the problem+json detail when there is one. */
export class TempmailError extends Error {
  readonly detail: string;
  readonly status: number | undefined;
  readonly problem: Problem;

  constructor(detail: string, status?: number, problem: Problem = {}) {
    super(detail);
    this.name = new.target.name;
    this.detail = detail;
    this.status = status;
    this.problem = problem;
  }
}

/** No service URL was given (option or TEMPMAIL_URL), or it is not an http(s) URL. */
export class ConfigurationError extends TempmailError {}

/** The service could not be reached (connection refused, DNS, timeout). */
export class ServiceUnreachable extends TempmailError {}

/** 401: the API key is missing or wrong (creating inboxes). */
export class Unauthorized extends TempmailError {}

/** 401 on an inbox call: the token is unknown, or the inbox expired or was deleted. */
export class InboxGone extends Unauthorized {}

/** 404: no such message or attachment in this inbox. */
export class NotFound extends TempmailError {}

/** 409: the address asked for is taken or was used before. */
export class Conflict extends TempmailError {}

/** 400 or 422: the service refused the request's content (a bad name, domain, lifetime). */
export class BadRequest extends TempmailError {}

/** The service asked us to come back later, more often than we retry. */
export class RetryLater extends TempmailError {
  /** Seconds the server's last Retry-After asked for, if it sent one. */
  readonly retryAfter: number | undefined;

  constructor(detail: string, status?: number, problem: Problem = {}, retryAfter?: number) {
    super(detail, status, problem);
    this.retryAfter = retryAfter;
  }
}

/** 429 still after the allowed retries. */
export class RateLimited extends RetryLater {}

/** 503 still after the allowed retries: the service is busy or down for a moment. */
export class Unavailable extends RetryLater {}

/** waitFor saw no matching message before its timeout. */
export class WaitTimeout extends TempmailError {}
