/** tempmail-client: create throwaway inboxes and wait for the mail your product sends. */

export {
  Client, Inbox, createInbox, checkTag, MAX_TAG_LENGTH, MAX_WAIT_PER_CALL, MIN_POLL_GAP, TAG_SEPARATOR, WAIT_MARGIN,
} from "./client.js";
export type { ClientOptions, CreateOptions, Filters } from "./client.js";
export * from "./errors.js";
export type { Attachment, InboxInfo, Link, Message, Summary } from "./models.js";
export { Transport, ApiResponse, apiRoot, retryAfterSeconds } from "./transport.js";
export type { RequestOptions, TransportOptions } from "./transport.js";
