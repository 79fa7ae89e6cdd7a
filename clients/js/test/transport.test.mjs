// The client against a scripted fake API: requests sent, answers read, errors typed, retries bounded.
import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";

import {
  BadRequest, Client, ConfigurationError, Conflict, InboxGone, NotFound, RateLimited, ServiceUnreachable,
  Unauthorized, Unavailable, WaitTimeout, apiRoot, retryAfterSeconds,
} from "../dist/esm/index.js";
import { fakeApi } from "./helpers.mjs";

let api;
const slept = [];
const client = (options = {}) => new Client({ url: api.url, env: {}, sleep: async (s) => { slept.push(s); }, ...options });

beforeEach(async () => { api = await fakeApi(); slept.length = 0; });
afterEach(async () => { await api.close(); });

test("the API root is found with or without /api/v1, and a bad URL is a ConfigurationError", () => {
  assert.equal(apiRoot("http://h:1/"), "http://h:1/api/v1");
  assert.equal(apiRoot(" https://h/api/v1/ "), "https://h/api/v1");
  assert.throws(() => apiRoot("ftp://h"), ConfigurationError);
  assert.throws(() => apiRoot("not a url"), ConfigurationError);
  assert.throws(() => new Client({ env: {} }), ConfigurationError);
  assert.equal(new Client({ env: { TEMPMAIL_URL: "http://h" } }).transport.root, "http://h/api/v1");
});

test("Retry-After is read as seconds or as an HTTP date", () => {
  assert.equal(retryAfterSeconds("7"), 7);
  assert.equal(retryAfterSeconds(undefined), undefined);
  assert.equal(retryAfterSeconds("soon"), undefined);
  const now = Date.parse("Mon, 30 Nov 2026 12:00:00 GMT");
  assert.equal(retryAfterSeconds("Mon, 30 Nov 2026 12:00:30 GMT", now), 30);
  assert.equal(retryAfterSeconds("Mon, 30 Nov 2026 11:00:00 GMT", now), 0);
});

test("createInbox posts JSON with the API key and returns an Inbox with its token", async () => {
  api.answer(201, { address: "a1@example.test", token: "tok", expires_at: "2026-11-30T13:00:00Z" });
  const inbox = await client({ apiKey: "key-1" }).createInbox({ lifetime: 600, name: "ci-bot", extra: { style: "name" } });
  assert.equal(inbox.address, "a1@example.test");
  assert.equal(inbox.token, "tok");
  assert.equal(inbox.expiresAt.toISOString(), "2026-11-30T13:00:00.000Z");
  const [sent] = api.requests;
  assert.equal(sent.method, "POST");
  assert.equal(sent.url, "/api/v1/inboxes");
  assert.equal(sent.headers["x-api-key"], "key-1");
  assert.equal(sent.headers["content-type"], "application/json");
  assert.equal(sent.headers.authorization, undefined);
  assert.deepEqual(JSON.parse(sent.body), { lifetime: 600, name: "ci-bot", style: "name" });
});

test("inbox calls carry the bearer token, quote ids, and read the answers", async () => {
  api.answer(200, { messages: [{ id: "m/1", from: "A <a@x>", subject: "Hi", size: 12, preview: "p", tag: "t" }] });
  api.answer(200, { id: "m/1", subject: "Hi", codes: ["482913", "1111"], links: [
    { url: "https://x/unsub", kind: "other" }, { url: "https://x/verify", kind: "action", text: "Verify" }],
  attachments: [{ index: 0, name: "a.txt", type: "text/plain", size: 3, url: "/u" }], headers: [{ name: "X", value: "1" }] });
  api.answer(204);
  const inbox = client().inbox("tok", "a1@example.test");
  const [summary] = await inbox.messages({ subject: "hi", from: "x" });
  assert.equal(summary.id, "m/1");
  assert.equal(summary.data.tag, "t");
  const message = await inbox.read(summary.id);
  assert.equal(message.code(), "482913");
  assert.equal(message.link(), "https://x/verify");
  assert.deepEqual(message.headers, [["X", "1"]]);
  assert.equal(message.attachments[0].name, "a.txt");
  await inbox.deleteMessage("m/1");
  assert.equal(api.requests[0].url, "/api/v1/inbox/messages?subject=hi&from=x");
  assert.equal(api.requests[1].url, "/api/v1/inbox/messages/m%2F1");
  assert.equal(api.requests[2].method, "DELETE");
  for (const sent of api.requests) assert.equal(sent.headers.authorization, "Bearer tok");
});

test("statuses become typed errors with the problem's detail", async () => {
  api.problem(401, "Creating inboxes needs an API key.");
  await assert.rejects(client().createInbox(), (error) => error instanceof Unauthorized
    && !(error instanceof InboxGone) && error.detail === "Creating inboxes needs an API key." && error.status === 401);
  api.problem(401, "gone");
  await assert.rejects(client().inbox("t").info(), InboxGone);
  api.problem(404, "No such message in this inbox.");
  await assert.rejects(client().inbox("t").read("x"), NotFound);
  api.problem(409, "taken");
  await assert.rejects(client().createInbox({ name: "x" }), Conflict);
  api.problem(400, "bad name");
  await assert.rejects(client().createInbox({ name: "?" }), BadRequest);
});

test("429 and 503 are retried as Retry-After says, a bounded number of times", async () => {
  api.problem(429, "slow down", { "Retry-After": "2" });
  api.problem(503, "busy", { "Retry-After": "1" });
  api.answer(200, { address: "a@x", created_at: "2026-11-30T12:00:00Z", message_count: 3 });
  const info = await client().inbox("t").info();
  assert.equal(info.messageCount, 3);
  assert.deepEqual(slept, [2, 1]);

  for (let i = 0; i < 4; i += 1) api.problem(503, "busy", { "Retry-After": "1" });
  await assert.rejects(client().inbox("t").info(), (error) => error instanceof Unavailable && error.retryAfter === 1);
  api.problem(429, "much later", { "Retry-After": "3600" });
  await assert.rejects(client().inbox("t").info(), (error) => error instanceof RateLimited && error.retryAfter === 3600);
  api.problem(503, "no hint");
  await assert.rejects(client().inbox("t").info(), (error) => error instanceof Unavailable && error.retryAfter === undefined);
});

test("a service that cannot be reached is ServiceUnreachable", async () => {
  const url = api.url;
  await api.close();
  api = await fakeApi();  // for afterEach
  await assert.rejects(new Client({ url, env: {} }).inbox("t").info(), ServiceUnreachable);
});

test("waitFor polls again after an empty long poll and times out with WaitTimeout", async () => {
  for (let i = 0; i < 50; i += 1) api.answer(200, { messages: [] });
  const inbox = client().inbox("t");
  await assert.rejects(inbox.waitFor({ subject: "code", timeout: 1.2 }),
    (error) => error instanceof WaitTimeout && /subject containing "code"/.test(error.message));
  assert.ok(api.requests.length >= 2, "it asked more than once");
  assert.match(api.requests[0].url, /wait=1\.\d+|wait=1(&|$)/);
});

test("delete treats an inbox already gone as deleted", async () => {
  api.problem(401, "gone");
  await client().inbox("t").delete();
  api.problem(404, "other");
  await assert.rejects(client().inbox("t").delete(), NotFound);
});

test("the CommonJS build offers the same API", async () => {
  const { createRequire } = await import("node:module");
  const cjs = createRequire(import.meta.url)("../dist/cjs/index.js");
  assert.equal(typeof cjs.Client, "function");
  assert.ok(new cjs.NotFound("x") instanceof cjs.TempmailError);
});

test("a fractional timeout (a long poll's wait plus its margin) is no error", async () => {
  api.answer(200, { messages: [] });
  const inbox = client().inbox("tok", "a1@example.test");
  assert.deepEqual(await inbox.messages({}, 0.6939999999999998), []);
  assert.match(api.requests[0].url, /wait=0\.69/);
});

test("tags: addressFor, the tag filter on the wire, and createInbox's subdomain and style", async () => {
  api.answer(201, { address: "a1@x.example.test", token: "tok" });
  const inbox = await client().createInbox({ domain: "example.test", subdomain: "x", style: "words" });
  assert.deepEqual(JSON.parse(api.requests[0].body), { domain: "example.test", subdomain: "x", style: "words" });
  assert.equal(inbox.addressFor("Sign.Up"), "a1+sign.up@x.example.test");
  api.answer(200, { messages: [{ id: "1", subject: "s", tag: "sign.up" }, { id: "2", subject: "t", tag: null }] });
  const listed = await inbox.messages({ tag: "SIGN.UP" });
  assert.match(api.requests[1].url, /[?&]tag=sign\.up(&|$)/);
  assert.deepEqual(listed.map((m) => m.tag), ["sign.up", undefined]);
  assert.throws(() => inbox.addressFor("a+b"), TypeError);
  await assert.rejects(inbox.waitFor({ tag: "a..b", timeout: 1 }), TypeError);
  assert.equal(api.requests.length, 2, "a bad tag is refused before any call");
});
