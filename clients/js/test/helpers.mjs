// Helpers for the client's tests: a scripted fake API and an SMTP sender for the real stack.
import { createServer } from "node:http";
import { connect } from "node:net";

/** An HTTP server on 127.0.0.1 that answers from a script and records every request. */
export async function fakeApi() {
  const script = [];
  const requests = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      requests.push({ method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString() });
      const [status, headers, body] = script.shift() ?? [500, {}, '{"detail": "the fake API ran out of answers"}'];
      response.writeHead(status, { "Content-Type": "application/json", ...headers });
      response.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    answer(status, body, headers = {}) {
      script.push([status, headers, body === undefined ? "" : JSON.stringify(body)]);
    },
    problem(status, detail, headers = {}) {
      script.push([status, { "Content-Type": "application/problem+json", ...headers },
        JSON.stringify({ type: "about:blank", title: "x", status, detail })]);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The stack the Python test started for us (make run's devserver: Exim, router, gunicorn). */
export function stack() {
  const url = process.env.TEMPMAIL_URL;
  const smtpPort = Number(process.env.TEMPMAIL_TEST_SMTP_PORT);
  if (!url || !smtpPort) {
    throw new Error("these tests run against a live stack: run them through "
      + "tests/clients/test_js_client.py (make test), which sets TEMPMAIL_URL and TEMPMAIL_TEST_SMTP_PORT");
  }
  return { url, smtpPort };
}

/** Send one message over SMTP to 127.0.0.1:port; resolve when the server accepted it (250 after DATA). */
export function sendMail(port, recipient, message) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const steps = [
      () => "EHLO client.test",
      () => "MAIL FROM:<sender@client.test>",
      () => `RCPT TO:<${recipient}>`,
      () => "DATA",
      () => `${message.replace(/\r?\n/g, "\r\n").replace(/^\./gm, "..")}\r\n.`,
      () => "QUIT",
    ];
    let buffer = "";
    socket.setEncoding("latin1");
    socket.setTimeout(30000, () => socket.destroy(new Error("SMTP timed out")));
    socket.on("error", reject);
    socket.on("data", (data) => {
      buffer += data;
      const lines = buffer.split("\r\n");
      buffer = lines.pop();
      for (const line of lines) {
        if (line[3] === "-") continue;  // a continued multi-line reply
        if (!/^[23]/.test(line)) {
          socket.destroy();
          reject(new Error(`SMTP refused: ${line}`));
          return;
        }
        const step = steps.shift();
        if (step === undefined) {
          socket.end();
          resolve();
          return;
        }
        socket.write(`${step()}\r\n`);
      }
    });
  });
}
