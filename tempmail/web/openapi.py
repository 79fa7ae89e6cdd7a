"""The OpenAPI 3.1 description of /api/v1 (tests check it matches the routes)."""

BEARER = [{"inboxToken": []}]


def _problem(description):
    return {"description": description,
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}


ERRORS = {"401": _problem("Missing, invalid, expired or deleted inbox token."),
          "429": _problem("Rate limited; see Retry-After."),
          "503": _problem("Registry busy; retry after Retry-After seconds.")}
MESSAGE_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}


def _json(schema_ref, description="OK"):
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}}}


def spec(app=None):
    """Return the OpenAPI document as a dict."""
    return {
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
                        "domains": {"type": "array", "items": {"type": "string"}}}}}}},
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
                     "description": "Case-insensitive substring of Subject."}],
                "responses": {"200": _json("MessageList"), "400": _problem("Bad wait."),
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
                                "description": "The id of the last event received."}],
                "responses": {"200": {"description": "The event stream",
                                      "content": {"text/event-stream": {}}},
                              "400": _problem("A Last-Event-ID this stream never sends."),
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
            "/openapi.json": {"get": {
                "summary": "This document", "operationId": "openapi", "security": [{}],
                "responses": {"200": {"description": "OpenAPI 3.1",
                                      "content": {"application/json": {}}}}}},
        },
        "components": {
            "securitySchemes": {
                "inboxToken": {"type": "http", "scheme": "bearer",
                               "description": "The token returned when the inbox was created."},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key",
                           "description": "Needed only when the operator set API_KEYS."}},
            "schemas": SCHEMAS,
        },
    }


_STR = {"type": "string"}
_TIME = {"type": "string", "format": "date-time"}
SCHEMAS = {
    "Problem": {"type": "object", "required": ["type", "title", "status", "detail"],
                "properties": {"type": _STR, "title": _STR, "status": {"type": "integer"},
                               "detail": _STR}},
    "NewInbox": {"type": "object", "properties": {
        "domain": _STR, "name": {"type": "string", "maxLength": 64},
        "lifetime": {"type": "number", "exclusiveMinimum": 0,
                     "description": "Seconds; clamped to the operator's range."}}},
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
        "raw_url": _STR}},
}
