// A tiny product to test: sign up with an e-mail address, get a code by mail, enter it.
// It sends its mail over SMTP to 127.0.0.1:DEMO_SMTP_PORT (the tempmail stack's Exim).
import { randomInt } from "node:crypto";
import { createServer } from "node:http";

import { sendMail } from "../../test/helpers.mjs";

const port = Number(process.env.DEMO_PORT || 8099);
const smtpPort = Number(process.env.DEMO_SMTP_PORT || 25);
const pending = new Map();
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo</title></head><body>${body}</body></html>`;
const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", async () => {
    const form = new URLSearchParams(Buffer.concat(chunks).toString());
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    if (request.method === "POST" && request.url === "/signup") {
      const email = form.get("email") || "";
      const code = String(randomInt(100000, 1000000));
      pending.set(email, code);
      try {
        await sendMail(smtpPort, email, [
          "From: Demo Shop <hello@demo.example>", "Subject: Your Demo Shop code", "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8", "", `Welcome! Your verification code is ${code}.`,
          "It expires in 10 minutes."].join("\r\n"));
      } catch (error) {
        response.statusCode = 502;
        response.end(page(`<p>Could not send the mail: ${escape(String(error.message))}</p>`));
        return;
      }
      response.end(page(`<form method="post" action="/verify"><input type="hidden" name="email" value="${escape(email)}">
        <label>Code <input name="code" autocomplete="one-time-code"></label><button>Verify</button></form>`));
    } else if (request.method === "POST" && request.url === "/verify") {
      const ok = pending.get(form.get("email")) === form.get("code");
      response.end(page(ok ? "<h1>Welcome aboard</h1>" : "<h1>Wrong code</h1>"));
    } else {
      response.end(page(`<form method="post" action="/signup"><label>E-mail <input name="email" type="email"></label>
        <button>Sign up</button></form>`));
    }
  });
}).listen(port, "127.0.0.1");
