/** What the API returns, as plain typed records built from its JSON. */

type Json = { [key: string]: unknown };

const text = (value: unknown): string => (value === undefined || value === null ? "" : String(value));
const count = (value: unknown): number => Number(value ?? 0) || 0;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** Return a Date for the API's ISO 8601 timestamps; undefined when absent. */
export function parseTime(value: unknown): Date | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** A link found in a message; kind "action" is a confirm/login link, "other" the rest. */
export interface Link {
  url: string;
  text: string;
  kind: string;
}

/** One attachment of a message; `url` is its path on the API. */
export interface Attachment {
  index: number;
  name: string;
  type: string;
  size: number;
  contentId: string | undefined;
  inline: boolean;
  url: string;
}

/** One entry of an inbox listing (newest first). */
export interface Summary {
  id: string;
  from: string;
  to: string;
  subject: string;
  date: string;
  size: number;
  preview: string;
  /** The tag of the plus-address it was sent to (local+tag@domain), undefined if none. */
  tag: string | undefined;
  /** The entry exactly as the API sent it (fields this client does not know yet included). */
  data: Json;
}

const tagOf = (data: Json): string | undefined => (data.tag ? String(data.tag) : undefined);

/** Build a Summary from one item of GET /inbox/messages. */
export function summaryFromJson(data: Json): Summary {
  return {
    id: text(data.id), from: text(data.from), to: text(data.to), subject: text(data.subject),
    date: text(data.date), size: count(data.size), preview: text(data.preview), tag: tagOf(data), data,
  };
}

/** One message as GET /inbox/messages/ID returns it: text, sanitized HTML, codes, links. */
export interface Message {
  id: string;
  from: string;
  to: string;
  cc: string;
  subject: string;
  date: string;
  received: string;
  size: number;
  text: string;
  html: string;
  codes: string[];
  links: Link[];
  attachments: Attachment[];
  headers: Array<[string, string]>;
  displayable: boolean;
  problem: string | undefined;
  rawUrl: string;
  /** The tag of the plus-address it was sent to (local+tag@domain), undefined if none. */
  tag: string | undefined;
  data: Json;
  /** The likeliest one-time code in the message, or undefined if it has none. */
  code(): string | undefined;
  /** The URL of the first action (confirm/login) link, or undefined if there is none. */
  link(): string | undefined;
}

/** Build a Message from the body of GET /inbox/messages/ID. */
export function messageFromJson(data: Json): Message {
  const codes = list(data.codes).map((code) => String(code));
  const links = list(data.links).map((item) => ({
    url: text(item.url), text: text(item.text), kind: text(item.kind) || "other",
  }));
  return {
    id: text(data.id), from: text(data.from), to: text(data.to), cc: text(data.cc),
    subject: text(data.subject), date: text(data.date), received: text(data.received),
    size: count(data.size), text: text(data.text), html: text(data.html), codes, links,
    attachments: list(data.attachments).map((item) => ({
      index: count(item.index), name: text(item.name), type: text(item.type), size: count(item.size),
      contentId: item.content_id === undefined || item.content_id === null ? undefined : text(item.content_id),
      inline: Boolean(item.inline), url: text(item.url),
    })),
    headers: list(data.headers).map((item) => [text(item.name), text(item.value)] as [string, string]),
    displayable: data.displayable === undefined ? true : Boolean(data.displayable),
    problem: data.problem === undefined || data.problem === null ? undefined : text(data.problem),
    rawUrl: text(data.raw_url),
    tag: tagOf(data),
    data,
    code: () => codes[0],
    link: () => links.find((found) => found.kind === "action")?.url,
  };
}

/** An inbox's state: GET /inbox, or the answer to extend (then `capped` says if cut short). */
export interface InboxInfo {
  address: string;
  createdAt: Date | undefined;
  expiresAt: Date | undefined;
  messageCount: number | undefined;
  capped: boolean;
}

/** Build an InboxInfo from GET /inbox or POST /inbox/extend. */
export function infoFromJson(data: Json): InboxInfo {
  return {
    address: text(data.address), createdAt: parseTime(data.created_at), expiresAt: parseTime(data.expires_at),
    messageCount: data.message_count === undefined || data.message_count === null ? undefined : count(data.message_count),
    capped: Boolean(data.capped),
  };
}
