// Run with: TEMPMAIL_URL=… DEMO_SMTP_PORT=… npx playwright test -c examples/playwright
import { defineConfig } from "@playwright/test";

const port = Number(process.env.DEMO_PORT || 8099);

export default defineConfig({
  testDir: ".",
  timeout: 90_000,
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Debian's Chromium (Playwright's own browser download is not needed).
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
    tempmail: { url: process.env.TEMPMAIL_URL, lifetime: 600 },
  },
  webServer: {
    command: "node demo-app.mjs",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    env: { DEMO_PORT: String(port), DEMO_SMTP_PORT: process.env.DEMO_SMTP_PORT || "25" },
  },
});
