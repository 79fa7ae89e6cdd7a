"""The OpenAPI 3.1 description of /api/v1 (tests check it matches the routes)."""

BEARER = [{"inboxToken": []}]


def _problem(description):
    return {"description": description,
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}


ERRORS = {"401": _problem("Missing, invalid, expired or deleted inbox token."),
          "429": _problem("Rate limited; see Retry-After."),
          "503": _problem("Registry busy; retry after Retry-After seconds.")}
MESSAGE_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
TAG_RULE = ("1 to 64 letters, digits, '.', '-' and '_' (no two dots in a row); "
            "case-insensitive, shown in lower case")
TAG_PARAM = {"name": "tag", "in": "query",
             "schema": {"type": "string", "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
             "description": "Only messages sent to the plus-address local+TAG@domain (tags: "
                            + TAG_RULE + ")."}


def _json(schema_ref, description="OK"):
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}}}


def spec(app=None):
    """Return the OpenAPI document as a dict."""
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "tempmail API", "version": "1",
                 "description": "Throwaway inboxes for test suites. Create an inbox, wait for "
                                "mail, read the code and the link, delete. Every answer "
                                "carries RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset "
                                "(seconds) and RateLimit-Policy for the limit it counted "
                                "against; a 429 also carries Retry-After."},
        "servers": [{"url": "/api/v1"}],
        "paths": {
            "/inboxes": {"post": {
                "summary": "Create an inbox", "operationId": "createInbox",
                "security": [{}, {"apiKey": []}],
                "requestBody": {"required": False, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/NewInbox"}}}},
                "responses": {"201": _json("CreatedInbox", "Created; the token is shown once."),
                              "400": _problem("Invalid domain, name or lifetime."),
                              "401": _problem("API key required or wrong."),
                              "409": _problem("That name was used before."),
                              "413": _problem("Body too large."), "429": ERRORS["429"]}}},
            "/domains": {"get": {
                "summary": "The domains offered for new inboxes", "operationId": "listDomains",
                "security": [{}],
                "responses": {"200": {"description": "OK", "content": {"application/json": {
                    "schema": {"type": "object", "required": ["domains"], "properties": {
                        "domains": {"type": "array", "items": {"type": "string"}},
                        "subdomain_domains": {"type": "array", "items": {"type": "string"}},
                        "styles": {"type": "array", "items": {"type": "string"}},
                        "default_style": {"type": "string"}}}}}},
                    "429": ERRORS["429"]}}},
            "/inbox": {
                "get": {"summary": "The inbox of this token", "operationId": "getInbox",
                        "security": BEARER,
                        "responses": {"200": _json("Inbox"), **ERRORS}},
                "delete": {"summary": "Delete the inbox and its mail now",
                           "operationId": "deleteInbox", "security": BEARER,
                           "responses": {"204": {"description": "Deleted"}, **ERRORS}}},
            "/inbox/extend": {"post": {
                "summary": "Give the inbox more time (capped)", "operationId": "extendInbox",
                "security": BEARER,
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["seconds"],
                    "properties": {"seconds": {"type": "number", "exclusiveMinimum": 0}}}}}},
                "responses": {"200": _json("Inbox"), "400": _problem("Bad seconds."), **ERRORS}}},
            "/inbox/messages": {"get": {
                "summary": "List messages, newest first; optionally wait for one",
                "operationId": "listMessages", "security": BEARER,
                "parameters": [
                    {"name": "wait", "in": "query", "schema": {"type": "number", "minimum": 0,
                                                               "maximum": 60},
                     "description": "Seconds to wait for a (matching) message."},
                    {"name": "from", "in": "query", "schema": {"type": "string"},
                     "description": "Case-insensitive substring of From."},
                    {"name": "subject", "in": "query", "schema": {"type": "string"},
                     "description": "Case-insensitive substring of Subject."},
                    TAG_PARAM],
                "responses": {"200": _json("MessageList"), "400": _problem("Bad wait or tag."),
                              **ERRORS}}},
            "/inbox/events": {"get": {
                "summary": "New messages as they land: a server-sent event stream",
                "operationId": "inboxEvents", "security": BEARER,
                "description": "text/event-stream. Each new message is `event: message`, "
                               "`id:` its id, `data:` its MessageSummary as JSON. A comment "
                               "line every 15 s keeps the stream open; `event: end` with data "
                               "{\"reason\": \"expired\"|\"deleted\"} closes it for good. "
                               "Reconnect with Last-Event-ID to get what arrived after that "
                               "id first (\"0\": the whole inbox); without it only new mail "
                               "follows, so list first, then stream from the newest id.",
                "parameters": [{"name": "Last-Event-ID", "in": "header",
                                "schema": {"type": "string", "maxLength": 200},
                                "description": "The id of the last event received."},
                               TAG_PARAM],
                "responses": {"200": {"description": "The event stream",
                                      "content": {"text/event-stream": {}}},
                              "400": _problem("A Last-Event-ID this stream never sends, "
                                              "or a bad tag."),
                              **ERRORS}}},
            "/inbox/messages/{id}": {
                "get": {"summary": "One message: headers, text, sanitized HTML, codes, links",
                        "operationId": "getMessage", "security": BEARER,
                        "parameters": [MESSAGE_ID],
                        "responses": {"200": _json("Message"),
                                      "404": _problem("No such message in this inbox."),
                                      **ERRORS}},
                "delete": {"summary": "Delete one message", "operationId": "deleteMessage",
                           "security": BEARER, "parameters": [MESSAGE_ID],
                           "responses": {"204": {"description": "Deleted"},
                                         "404": _problem("No such message in this inbox."),
                                         **ERRORS}}},
            "/inbox/messages/{id}/raw": {"get": {
                "summary": "The message as received (.eml)", "operationId": "getRawMessage",
                "security": BEARER, "parameters": [MESSAGE_ID],
                "responses": {"200": {"description": "The raw message",
                                      "content": {"message/rfc822": {}}},
                              "404": _problem("No such message in this inbox."), **ERRORS}}},
            "/inbox/messages/{id}/attachments/{n}": {"get": {
                "summary": "Download one attachment", "operationId": "getAttachment",
                "security": BEARER,
                "parameters": [MESSAGE_ID, {"name": "n", "in": "path", "required": True,
                                            "schema": {"type": "integer", "minimum": 0}}],
                "responses": {"200": {"description": "The attachment, as a download",
                                      "content": {"application/octet-stream": {}}},
                              "404": _problem("No such attachment."), **ERRORS}}},
            **WEBHOOK_PATHS,
            "/openapi.json": {"get": {
                "summary": "This document", "operationId": "openapi", "security": [{}],
                "responses": {"200": {"description": "OpenAPI 3.1",
                                      "content": {"application/json": {}}}}}},
        },
        "webhooks": WEBHOOK_EVENTS,
        "components": {
            "securitySchemes": {
                "inboxToken": {"type": "http", "scheme": "bearer",
                               "description": "The token returned when the inbox was created."},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key",
                           "description": "Needed only when the operator set API_KEYS."}},
            "schemas": SCHEMAS,
        },
    }
    if app is not None and app.config.get("CAPTCHA") == "pow":
        _add_proof_of_work(doc)
    return doc


POW_FIELD = ("With the operator's CAPTCHA=pow and no API keys set, a solved proof of work: "
             "get a challenge from GET /challenge, find its counter (ALTCHA protocol v2, "
             "PBKDF2/SHA-256; the `altcha` PyPI or npm libraries do it), and send "
             "base64(JSON {challenge, solution}), as the ALTCHA widget makes it. Each challenge "
             "is accepted once and expires after a few minutes. Ignored otherwise.")


def _add_proof_of_work(doc):
    """Describe GET /challenge and the proof of work inbox creation then needs."""
    create = doc["paths"]["/inboxes"]["post"]
    create["description"] = ("This server asks for a proof of work: send a solved challenge "
                             "in `altcha` (see NewInbox), or an API key if the operator set "
                             "API_KEYS.")
    create["responses"]["400"] = _problem("Invalid domain, name or lifetime; or the proof of "
                                          "work is missing, unreadable, wrong, expired or "
                                          "used before.")
    create["responses"]["503"] = _problem("Busy; retry after Retry-After seconds.")
    doc["paths"]["/challenge"] = {"get": {
        "summary": "A proof-of-work challenge for creating an inbox",
        "operationId": "getChallenge", "security": [{}],
        "description": "Signed and short-lived (ALTCHA protocol v2). Rate limited.",
        "responses": {"200": _json("Challenge"), "429": ERRORS["429"]}}}


_STR = {"type": "string"}
_TIME = {"type": "string", "format": "date-time"}
SCHEMAS = {
    "Problem": {"type": "object", "required": ["type", "title", "status", "detail"],
                "properties": {"type": _STR, "title": _STR, "status": {"type": "integer"},
                               "detail": _STR}},
    "NewInbox": {"type": "object", "properties": {
        "domain": _STR, "name": {"type": "string", "maxLength": 64,
                                 "description": "The local part to take (no '+': it "
                                                "separates a tag, name+tag@domain)."},
        "subdomain": {"type": "string", "maxLength": 63,
                      "description": "\"random\" or a label under domain (a subdomain base)."},
        "style": {"type": "string", "enum": ["random", "name", "words"],
                  "description": "How the local part is drawn when no name is given."},
        "lifetime": {"type": "number", "exclusiveMinimum": 0,
                     "description": "Seconds; clamped to the operator's range."},
        "altcha": {"type": "string", "maxLength": 4096, "description": POW_FIELD}}},
    "Challenge": {"type": "object", "required": ["parameters", "signature"], "properties": {
        "parameters": {"type": "object", "required": ["algorithm", "cost", "nonce", "salt",
                                                      "keyPrefix", "expiresAt"],
                       "properties": {"algorithm": _STR, "cost": {"type": "integer"},
                                      "nonce": _STR, "salt": _STR, "keyPrefix": _STR,
                                      "keyLength": {"type": "integer"}, "keySignature": _STR,
                                      "expiresAt": {"type": "integer",
                                                    "description": "Unix time"}}},
        "signature": _STR}},
    "CreatedInbox": {"type": "object", "required": ["address", "token", "expires_at"],
                     "properties": {"address": _STR, "token": _STR, "expires_at": _TIME}},
    "Inbox": {"type": "object", "required": ["address", "created_at", "expires_at"],
              "properties": {"address": _STR, "created_at": _TIME, "expires_at": _TIME,
                             "message_count": {"type": "integer"},
                             "capped": {"type": "boolean"}}},
    "MessageSummary": {"type": "object", "properties": {
        "id": _STR, "from": _STR, "to": _STR, "subject": _STR, "date": _TIME,
        "size": {"type": "integer"}, "preview": _STR}},
    "MessageList": {"type": "object", "required": ["messages"], "properties": {
        "messages": {"type": "array", "items": {"$ref": "#/components/schemas/MessageSummary"}}}},
    "Link": {"type": "object", "properties": {"url": _STR, "text": _STR,
                                              "kind": {"enum": ["action", "other"]}}},
    "Attachment": {"type": "object", "properties": {
        "index": {"type": "integer"}, "name": _STR, "type": _STR,
        "size": {"type": "integer"}, "content_id": {"type": ["string", "null"]},
        "inline": {"type": "boolean"}, "url": _STR}},
    "Message": {"type": "object", "properties": {
        "id": _STR, "from": _STR, "to": _STR, "cc": _STR, "subject": _STR, "date": _TIME,
        "received": _TIME, "size": {"type": "integer"},
        "headers": {"type": "array", "items": {"type": "object", "properties": {
            "name": _STR, "value": _STR}}},
        "text": {"type": ["string", "null"]},
        "html": {"type": ["string", "null"], "description": "Sanitized HTML."},
        "attachments": {"type": "array", "items": {"$ref": "#/components/schemas/Attachment"}},
        "codes": {"type": "array", "items": _STR,
                  "description": "One-time codes found, likeliest first."},
        "links": {"type": "array", "items": {"$ref": "#/components/schemas/Link"},
                  "description": "Confirmation/login links first; no unsubscribe/tracking."},
        "displayable": {"type": "boolean"}, "problem": {"type": ["string", "null"]},
        "authentication": {"$ref": "#/components/schemas/Authentication"},
        "raw_url": _STR}},
}
# How the message was received (issue 20): each verdict says "why" in English.
_RESULT = {"type": "string", "description": "pass, fail, none, softfail, neutral, temperror "
           "or permerror (RFC 8601 result names)."}
SCHEMAS["Authentication"] = {"type": "object", "properties": {
    "checked": {"type": "boolean", "description": "False: this server's DKIM/SPF checks were off "
                "when the message arrived (dkim, spf and dmarc are then empty or null)."},
    "authserv_id": {"type": ["string", "null"]},
    "dkim": {"type": "array", "description": "One entry per DKIM signature; [] if unsigned.",
             "items": {"type": "object", "properties": {
                 "result": _RESULT, "domain": _STR, "selector": _STR, "algorithm": _STR,
                 "identity": _STR, "detail": _STR, "why": _STR}}},
    "spf": {"type": ["object", "null"], "properties": {
        "result": _RESULT, "domain": _STR, "detail": _STR, "why": _STR}},
    "dmarc": {"type": ["object", "null"], "properties": {
        "result": _RESULT, "domain": _STR, "policy": {"type": ["string", "null"]},
        "dkim_aligned": {"type": "boolean"}, "spf_aligned": {"type": "boolean"}, "why": _STR}},
    "spam": {"type": "object", "properties": {
        "status": {"enum": ["scored", "unscored", "off"]},
        "score": {"type": ["number", "null"]}, "spam": {"type": "boolean"},
        "rules": {"type": "array", "items": {"type": "object", "properties": {
            "name": _STR, "points": {"type": "number"}, "description": _STR}}}}}}}


# Webhooks: the routes that set them, and the POST an inbox's webhook receives.
WEBHOOK_PATHS = {
    "/inbox/webhook": {
        "get": {"summary": "The inbox's webhook URL (null if none; never the secret)",
                "operationId": "getWebhook", "security": BEARER,
                "responses": {"200": {"description": "OK", "content": {"application/json": {
                    "schema": {"type": "object", "required": ["url"], "properties": {
                        "url": {"type": ["string", "null"]}}}}}}, **ERRORS}},
        "put": {"summary": "Set or replace the inbox's webhook; answers a new signing secret",
                "operationId": "putWebhook", "security": BEARER,
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["url"],
                    "properties": {"url": {"type": "string", "format": "uri"}}}}}},
                "responses": {"200": _json("Webhook", "Set; the secret is shown this once."),
                              "400": _problem("The URL is refused (scheme, port, credentials, "
                                              "or a private, local or reserved address)."),
                              "403": _problem("Webhooks are off, or only for inboxes created "
                                              "with an API key."), **ERRORS}},
        "delete": {"summary": "Remove the inbox's webhook and the events not yet sent",
                   "operationId": "deleteWebhook", "security": BEARER,
                   "responses": {"204": {"description": "Removed"}, **ERRORS}}},
}
WEBHOOK_EVENTS = {
    "messageReceived": {"post": {
        "summary": "A message arrived (signed per Standard Webhooks)",
        "description": "Headers webhook-id (the same on every retry: deduplicate on it), "
                       "webhook-timestamp and webhook-signature (v1, base64 HMAC-SHA256 of "
                       "id.timestamp.body with the secret's base64 part). Any 2xx answer "
                       "ends the delivery; anything else is retried with exponential "
                       "backoff while the inbox lives. Redirects are not followed; the answer "
                       "body is ignored. 5 s to connect, 10 s in all.",
        "requestBody": {"content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/WebhookEvent"}}}},
        "responses": {"200": {"description": "Received (any 2xx)."}}}},
}
SCHEMAS["NewInbox"]["properties"]["webhook_url"] = {
    "type": "string", "format": "uri",
    "description": "POST each new message's summary here (see webhooks); http or https, "
                   "public addresses only."}
SCHEMAS["CreatedInbox"]["properties"]["webhook"] = {"$ref": "#/components/schemas/Webhook"}
SCHEMAS["Webhook"] = {
    "type": "object", "required": ["url", "secret"],
    "properties": {"url": _STR, "secret": {
        "type": "string", "description": "whsec_ + base64: the signing secret, shown once."}}}
SCHEMAS["WebhookEvent"] = {
    "type": "object", "required": ["type", "timestamp", "data"], "properties": {
        "type": {"const": "message.received"}, "timestamp": _TIME,
        "data": {"type": "object", "properties": {
            "inbox": _STR, "id": _STR, "from": _STR, "subject": _STR, "received": _TIME,
            "size": {"type": "integer"},
            "code": {"type": "string", "description": "The first one-time code, or empty."},
            "link": {"type": "string", "description": "The first action link, or empty."},
            "urls": {"type": "object", "description": "Fetch the rest with the inbox token.",
                     "properties": {"message": _STR, "raw": _STR, "messages": _STR,
                                    "inbox": _STR}}}}}}

# Plus-addressing: mail to local+tag@domain lands in local@domain's inbox with its tag.
_TAG = {"type": ["string", "null"],
        "description": "The tag of the plus-address the message was sent to "
                       "(local+TAG@domain), null if none. Tags: " + TAG_RULE + "."}
for _schema in ("MessageSummary", "Message"):
    SCHEMAS[_schema]["properties"]["tag"] = _TAG
SCHEMAS["WebhookEvent"]["properties"]["data"]["properties"]["tag"] = _TAG
