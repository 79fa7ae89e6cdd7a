/** Client (a service and an optional API key) and Inbox (one address and its token). */

import { ConfigurationError, InboxGone, TempmailError, WaitTimeout } from "./errors.js";
import {
  InboxInfo, Message, Summary, infoFromJson, messageFromJson, parseTime, summaryFromJson,
} from "./models.js";
import { Transport, TransportOptions } from "./transport.js";

/** The API's longest long poll (`?wait=`), in seconds. */
export const MAX_WAIT_PER_CALL = 60;
/** Seconds between polls when the server answers a long poll at once with nothing. */
export const MIN_POLL_GAP = 0.5;
/** Extra seconds a long-poll call may take beyond its `wait` before the client gives up on it. */
export const WAIT_MARGIN = 15;

export interface ClientOptions extends TransportOptions {
  /** The service, e.g. http://127.0.0.1:8000; TEMPMAIL_URL if absent. */
  url?: string;
  /** Sent as X-API-Key when creating inboxes; TEMPMAIL_API_KEY if absent. */
  apiKey?: string;
  /** Where TEMPMAIL_URL and TEMPMAIL_API_KEY are read (process.env by default). */
  env?: Record<string, string | undefined>;
}

export interface CreateOptions {
  /** Seconds until it expires (the service caps it). */
  lifetime?: number;
  domain?: string;
  /** A chosen local part instead of a random one; Conflict if it is taken or was used. */
  name?: string;
  /** "random", or a label of your own under `domain` (where the service offers subdomain addresses). */
  subdomain?: string;
  /** How a random local part is drawn: "random", "name" or "words". */
  style?: string;
  /** Any other creation field the service accepts, sent as is. */
  extra?: Record<string, unknown>;
}

export interface Filters {
  /** Text the subject contains (any case). */
  subject?: string;
  /** Text the sender contains (any case). */
  from?: string;
  /** Only mail sent to the plus-address `addressFor(tag)` (local+tag@domain). */
  tag?: string;
}

/** Plus-addressing: mail to local+tag@domain lands in local@domain's inbox, tagged. */
export const TAG_SEPARATOR = "+";
export const MAX_TAG_LENGTH = 64;
const TAG = new RegExp(`^[a-z0-9._-]{1,${MAX_TAG_LENGTH}}$`);

/**
 * The tag in lower case (tags ignore case); a TypeError for one the service refuses:
 * 1 to 64 ASCII letters, digits, '.', '-' and '_', with no two dots in a row.
 */
export function checkTag(tag: string): string {
  const folded = typeof tag === "string" ? tag.toLowerCase() : "";
  if (!TAG.test(folded) || folded.includes("..")) {
    throw new TypeError(`not a tag: ${JSON.stringify(tag)} (1 to ${MAX_TAG_LENGTH} letters, digits, '.', '-' and '_', no two dots in a row)`);
  }
  return folded;
}

function environment(): Record<string, string | undefined> {
  const maybe = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return maybe?.env ?? {};
}

const pause = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/** A tempmail service. */
export class Client {
  readonly transport: Transport;
  /** The longest single long poll; lower it in tests to see several polls. */
  maxWaitPerCall = MAX_WAIT_PER_CALL;

  constructor(options: ClientOptions = {}) {
    const env = options.env ?? environment();
    const url = options.url || env.TEMPMAIL_URL;
    if (!url) throw new ConfigurationError("no tempmail service URL: give url or set TEMPMAIL_URL");
    this.transport = new Transport(url, { ...options, apiKey: options.apiKey || env.TEMPMAIL_API_KEY || undefined });
  }

  /** Create an inbox (random name and domain unless given); Conflict if the name is taken. */
  async createInbox(options: CreateOptions = {}): Promise<Inbox> {
    const body: Record<string, unknown> = { ...(options.extra ?? {}) };
    if (options.lifetime !== undefined) body.lifetime = options.lifetime;
    if (options.domain !== undefined) body.domain = options.domain;
    if (options.name !== undefined) body.name = options.name;
    if (options.subdomain !== undefined) body.subdomain = options.subdomain;
    if (options.style !== undefined) body.style = options.style;
    const data = (await this.transport.request("POST", "/inboxes", { body, apiKey: true })).json();
    return new Inbox(this, String(data.token), String(data.address), parseTime(data.expires_at));
  }

  /** The Inbox of an existing token (no call is made until you use it). */
  inbox(token: string, address?: string): Inbox {
    return new Inbox(this, token, address);
  }

  /** The domains the service offers for new addresses. */
  async domains(): Promise<string[]> {
    const data = (await this.transport.request("GET", "/domains")).json();
    const found = Array.isArray(data?.domains) ? data.domains : [];
    return found.map((item: unknown) => (typeof item === "string" ? item : String((item as { name?: unknown }).name ?? "")));
  }
}

const segment = (value: string) => encodeURIComponent(String(value));

/** One inbox: its token reads it; `delete()` ends it (also when used with `await using`). */
export class Inbox {
  private knownAddress: string | undefined;

  constructor(readonly client: Client, readonly token: string, address?: string, public expiresAt?: Date) {
    this.knownAddress = address;
  }

  /** The e-mail address if known (from creation); `info()` fetches it for a bare token. */
  get address(): string {
    if (this.knownAddress === undefined) throw new TempmailError("the address is not known yet: call info() first");
    return this.knownAddress;
  }

  /**
   * The address whose mail lands in this inbox tagged `tag`: local+tag@domain. One inbox
   * serves a whole test run: give each case its own tag and `waitFor({ tag })`.
   */
  addressFor(tag: string): string {
    const address = this.address;
    const at = address.lastIndexOf("@");
    return `${address.slice(0, at)}${TAG_SEPARATOR}${checkTag(tag)}${address.slice(at)}`;
  }

  private async call(method: string, path: string, extra: Record<string, unknown> = {}): Promise<any> {
    return (await this.client.transport.request(method, path, { token: this.token, ...extra })).json();
  }

  /** The inbox's address, times and message count; InboxGone if it is over. */
  async info(): Promise<InboxInfo> {
    const info = infoFromJson(await this.call("GET", "/inbox"));
    this.knownAddress = info.address;
    this.expiresAt = info.expiresAt;
    return info;
  }

  /**
   * Messages (newest first) whose subject/sender contain the given text, ignoring case
   * (and, with `tag`, that were sent to `addressFor(tag)`).
   * With `wait` > 0 the server holds the call up to that many seconds (at most 60) until one is there.
   */
  async messages(filters: Filters = {}, wait = 0): Promise<Summary[]> {
    const seconds = Math.max(0, Math.min(Number(wait) || 0, this.client.maxWaitPerCall));
    const query: Record<string, string> = {};
    if (seconds) query.wait = String(seconds);
    if (filters.subject) query.subject = filters.subject;
    if (filters.from) query.from = filters.from;
    if (filters.tag !== undefined) query.tag = checkTag(filters.tag);
    const data = await this.call("GET", "/inbox/messages", { query, timeout: seconds ? seconds + WAIT_MARGIN : undefined });
    return (Array.isArray(data?.messages) ? data.messages : []).map(summaryFromJson);
  }

  /**
   * The newest message matching the filters, waiting up to `timeout` seconds (default 60).
   * Throws WaitTimeout when none came in time, InboxGone if the inbox ends meanwhile.
   */
  async waitFor(filters: Filters & { timeout?: number } = {}): Promise<Message> {
    const timeout = filters.timeout ?? 60;
    if (filters.tag !== undefined) filters = { ...filters, tag: checkTag(filters.tag) };
    const deadline = Date.now() + timeout * 1000;
    for (;;) {
      const started = Date.now();
      const found = await this.messages(filters, Math.max(0, (deadline - started) / 1000));
      if (found.length) return this.read(found[0].id);
      const now = Date.now();
      if (now < deadline && now - started < MIN_POLL_GAP * 1000) {  // the server did not hold the call
        await pause(Math.min(MIN_POLL_GAP, (deadline - now) / 1000));
      }
      if (Date.now() >= deadline) {
        const wanted = Object.entries({ subject: filters.subject, sender: filters.from })
          .filter(([, value]) => value).map(([key, value]) => `${key} containing ${JSON.stringify(value)}`);
        if (filters.tag !== undefined) wanted.unshift(`tag ${JSON.stringify(filters.tag)}`);
        throw new WaitTimeout(`no message${wanted.length ? ` with ${wanted.join(", ")}` : ""} arrived within ${timeout} s`);
      }
    }
  }

  /** The code of the newest matching message, waiting for it; TempmailError if it has none. */
  async waitForCode(filters: Filters & { timeout?: number } = {}): Promise<string> {
    const message = await this.waitFor(filters);
    const code = message.code();
    if (code === undefined) throw new TempmailError(`the message "${message.subject}" holds no code`);
    return code;
  }

  /** The first action link of the newest matching message, waiting for it; TempmailError if none. */
  async waitForLink(filters: Filters & { timeout?: number } = {}): Promise<string> {
    const message = await this.waitFor(filters);
    const link = message.link();
    if (link === undefined) throw new TempmailError(`the message "${message.subject}" holds no confirm or login link`);
    return link;
  }

  /** One message with its text, HTML, codes, links and attachments; NotFound if absent. */
  async read(messageId: string): Promise<Message> {
    return messageFromJson(await this.call("GET", `/inbox/messages/${segment(messageId)}`));
  }

  /** The message exactly as it was received. */
  async raw(messageId: string): Promise<Uint8Array> {
    return (await this.client.transport.request("GET", `/inbox/messages/${segment(messageId)}/raw`, { token: this.token })).body;
  }

  /** The bytes of one attachment (its `index` from Message.attachments). */
  async attachment(messageId: string, index: number): Promise<Uint8Array> {
    const path = `/inbox/messages/${segment(messageId)}/attachments/${Math.trunc(index)}`;
    return (await this.client.transport.request("GET", path, { token: this.token })).body;
  }

  /** Delete one message; NotFound if it is not there. */
  async deleteMessage(messageId: string): Promise<void> {
    await this.call("DELETE", `/inbox/messages/${segment(messageId)}`);
  }

  /** Give the inbox more time; the answer's `capped` says if the service cut it short. */
  async extend(seconds: number): Promise<InboxInfo> {
    const info = infoFromJson(await this.call("POST", "/inbox/extend", { body: { seconds } }));
    this.knownAddress = info.address;
    this.expiresAt = info.expiresAt;
    return info;
  }

  /** Delete the inbox and its mail; an inbox already gone counts as deleted. */
  async delete(): Promise<void> {
    try {
      await this.call("DELETE", "/inbox");
    } catch (error) {
      if (!(error instanceof InboxGone)) throw error;
    }
  }

  /** `await using inbox = await client.createInbox()` deletes it when the block ends. */
  async [(Symbol as { asyncDispose?: symbol }).asyncDispose ?? Symbol.for("Symbol.asyncDispose")](): Promise<void> {
    await this.delete();
  }
}

/** Create an inbox on the service named by the options or TEMPMAIL_URL / TEMPMAIL_API_KEY. */
export async function createInbox(options: CreateOptions & ClientOptions = {}): Promise<Inbox> {
  return new Client(options).createInbox(options);
}
