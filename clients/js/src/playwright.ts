/**
 * A Playwright fixture: `tempInbox` is a fresh inbox for each test, deleted after it.
 *
 *   import { test, expect } from "tempmail-client/playwright";
 *   test("sign-up", async ({ page, tempInbox }) => { ... await tempInbox.waitForCode() ... });
 *
 * The service comes from the `tempmail` option (`use: { tempmail: { url, apiKey, lifetime } }`
 * in playwright.config) or TEMPMAIL_URL / TEMPMAIL_API_KEY.
 */

import { test as base } from "@playwright/test";

import { Client, CreateOptions, Inbox } from "./index.js";

export interface TempmailOptions extends CreateOptions {
  url?: string;
  apiKey?: string;
}

export const test = base.extend<{ tempInbox: Inbox; tempmailClient: Client }, { tempmail: TempmailOptions }>({
  tempmail: [{}, { option: true, scope: "worker" }],
  tempmailClient: async ({ tempmail }, use) => {
    await use(new Client({ url: tempmail.url, apiKey: tempmail.apiKey }));
  },
  tempInbox: async ({ tempmailClient, tempmail }, use) => {
    const inbox = await tempmailClient.createInbox({
      lifetime: tempmail.lifetime ?? 600, domain: tempmail.domain, name: tempmail.name,
      subdomain: tempmail.subdomain, style: tempmail.style, extra: tempmail.extra,
    });
    try {
      await use(inbox);
    } finally {
      await inbox.delete();
    }
  },
});

export { expect } from "@playwright/test";
