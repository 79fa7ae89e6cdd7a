// The client against make run's stack: real Exim delivers real mail, gunicorn serves the API.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";

import { Client, Conflict, InboxGone, NotFound, WaitTimeout, createInbox } from "../dist/esm/index.js";
import { sendMail, stack } from "./helpers.mjs";

const { url, smtpPort } = stack();
const client = new Client({ url, env: {} });

const VERIFY = [
  "From: Acme <no-reply@acme.example>", "Subject: Please confirm your account", "MIME-Version: 1.0",
  "Content-Type: text/html; charset=utf-8", "",
  "<p>Your confirmation code is <b>118 204</b>.</p>",
  '<p><a href="https://acme.example/unsubscribe">Unsubscribe</a></p>',
  '<p><a href="https://acme.example/verify?token=Zk81">Confirm account</a></p>',
].join("\r\n");

test("waitFor holds until real mail arrives, then reads its code, link and raw source", async () => {
  const inbox = await client.createInbox({ lifetime: 600 });
  try {
    const started = Date.now();
    setTimeout(() => { sendMail(smtpPort, inbox.address, VERIFY).catch((error) => console.error(error)); }, 1000);
    const message = await inbox.waitFor({ subject: "CONFIRM", from: "acme.example", timeout: 30 });
    assert.ok(Date.now() - started >= 1000, "it waited for the mail, which came later");
    assert.equal(message.code(), "118204");
    assert.equal(message.link(), "https://acme.example/verify?token=Zk81");
    assert.equal(message.subject, "Please confirm your account");
    assert.match(new TextDecoder().decode(await inbox.raw(message.id)), /Subject: Please confirm your account/);

    assert.deepEqual((await inbox.messages({ subject: "confirm" })).map((m) => m.id), [message.id]);
    assert.deepEqual(await inbox.messages({ subject: "no such subject" }), []);
    assert.equal((await inbox.info()).messageCount, 1);

    await inbox.deleteMessage(message.id);
    await assert.rejects(inbox.read(message.id), NotFound);
    assert.deepEqual(await inbox.messages(), []);
  } finally {
    await inbox.delete();
  }
});

test("waitForCode and waitForLink skip other mail; WaitTimeout when nothing matches", async () => {
  const inbox = await createInbox({ url, env: {}, lifetime: 600 });
  try {
    await sendMail(smtpPort, inbox.address, "From: news@other.example\r\nSubject: Weekly news\r\n\r\nNothing to see.");
    setTimeout(() => { sendMail(smtpPort, inbox.address, VERIFY).catch((error) => console.error(error)); }, 500);
    assert.equal(await inbox.waitForCode({ from: "acme", timeout: 30 }), "118204");
    assert.equal(await inbox.waitForLink({ subject: "confirm", timeout: 5 }), "https://acme.example/verify?token=Zk81");
    await assert.rejects(inbox.waitFor({ subject: "never sent", timeout: 1 }), WaitTimeout);
  } finally {
    await inbox.delete();
  }
});

test("a chosen name, taken twice, is a Conflict; extend and delete work; a deleted inbox is gone", async () => {
  const name = `js-${randomBytes(5).toString("hex")}`;
  const inbox = await client.createInbox({ name, lifetime: 300 });
  assert.ok(inbox.address.startsWith(`${name}@`));
  await assert.rejects(client.createInbox({ name }), Conflict);
  const before = (await inbox.info()).expiresAt;
  const extended = await inbox.extend(600);
  assert.ok(extended.expiresAt > before);
  const bare = client.inbox(inbox.token);
  assert.equal((await bare.info()).address, inbox.address);
  await inbox.delete();
  await assert.rejects(bare.info(), InboxGone);
  await inbox.delete();  // already gone: still fine
});

test("the domains the service offers are listed", async () => {
  const domains = await client.domains();
  assert.ok(domains.length >= 1);
  const inbox = await client.createInbox({ domain: domains[0], lifetime: 120 });
  assert.ok(inbox.address.endsWith(`@${domains[0]}`));
  await inbox.delete();
});

test("one inbox serves many tags: addressFor, waitFor({ tag }) and messages({ tag })", async () => {
  const inbox = await client.createInbox({ lifetime: 600, style: "words" });
  try {
    const [local, domain] = inbox.address.split("@");
    assert.match(local, /^[a-z]+\.[a-z]+(\.[a-z]+)?\d\d$/, "the words style was asked for");
    assert.equal(inbox.addressFor("SignUp"), `${local}+signup@${domain}`);
    for (const bad of ["a+b", "", "a..b", "x".repeat(65), "caf\u00e9", "a b"]) {
      assert.throws(() => inbox.addressFor(bad), TypeError);
    }
    await assert.rejects(inbox.messages({ tag: "a+b" }), TypeError);
    await sendMail(smtpPort, inbox.addressFor("reset"), "From: a@acme.example\r\nSubject: Reset\r\n\r\nYour code is 999000.");
    await sendMail(smtpPort, inbox.address, "From: a@acme.example\r\nSubject: Plain\r\n\r\nYour code is 123123.");
    setTimeout(() => {
      sendMail(smtpPort, inbox.addressFor("signup"), "From: a@acme.example\r\nSubject: Welcome\r\n\r\nYour code is 654321.")
        .catch((error) => console.error(error));
    }, 1000);
    const message = await inbox.waitFor({ tag: "signup", timeout: 30 });
    assert.equal(message.code(), "654321");
    assert.equal(message.tag, "signup");
    assert.equal(await inbox.waitForCode({ tag: "RESET", timeout: 5 }), "999000");
    const listed = await inbox.messages();
    assert.deepEqual(listed.map((m) => String(m.tag)).sort(), ["reset", "signup", "undefined"]);
    assert.deepEqual((await inbox.messages({ tag: "signup" })).map((m) => m.subject), ["Welcome"]);
    await assert.rejects(inbox.waitFor({ tag: "never", timeout: 1 }), (error) => error instanceof WaitTimeout && /tag "never"/.test(error.message));
  } finally {
    await inbox.delete();
  }
});

test("createInbox sends subdomain and style; the service's refusal comes back typed", async () => {
  await assert.rejects(client.createInbox({ style: "poem" }), (error) => error.status === 400 && /style/.test(error.message));
  await assert.rejects(client.createInbox({ subdomain: "random" }), (error) => error.status === 400);
});
