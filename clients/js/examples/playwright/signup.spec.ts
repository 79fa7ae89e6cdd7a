// Sign up on the demo app with a throwaway address and type the code that arrives by mail.
import { expect, test } from "tempmail-client/playwright";

test("signs up with a code from a real mail", async ({ page, tempInbox }) => {
  await page.goto("/");
  await page.getByLabel("E-mail").fill(tempInbox.address);
  await page.getByRole("button", { name: "Sign up" }).click();

  const code = await tempInbox.waitForCode({ subject: "Demo Shop", timeout: 60 });
  await page.getByLabel("Code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading")).toHaveText("Welcome aboard");
});
