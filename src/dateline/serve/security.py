"""The app's defences: who may POST, how big a request may be, what a page may load.

- Bound to anything but loopback the app refuses to start without a token; with a token, every
  POST must carry it (`Authorization: Bearer TOKEN`). Reads stay open: the corpus is what is served.
- A request body over MAX_BODY_BYTES gets 413, whether it says its length or streams it.
- Every response carries a Content-Security-Policy allowing only the app's own scripts, styles
  and images (no inline script can run, even if some text escaped escaping), and nosniff.
"""

from __future__ import annotations

import hmac
import ipaddress
import json

from fastapi import HTTPException, Request

# An article of the default --max-chars (1,000,000 characters) in JSON fits well under this.
MAX_BODY_BYTES = 5 * 1024 * 1024

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_token(request: Request) -> None:
    """FastAPI dependency of every POST route."""
    token = request.app.state.token
    if not token:
        return
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "this server needs its token: send 'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})


class Guard:
    """ASGI middleware: security headers on every response, 413 for bodies over the limit."""

    def __init__(self, app, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": list(message.get("headers", [])) + SECURITY_HEADERS}
            await send(message)

        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await self._too_large(send_with_headers)
        if length is None and scope["method"] in {"POST", "PUT", "PATCH"}:
            # A body of unstated length (chunked) is read here first, up to the limit, and
            # handed on whole: the app never sees a body it would have to abandon half-read.
            messages, received = [], 0
            while True:
                message = await receive()
                messages.append(message)
                if message["type"] != "http.request":
                    break
                received += len(message.get("body", b""))
                if received > self.max_body:
                    return await self._too_large(send_with_headers)
                if not message.get("more_body"):
                    break
            replay = iter(messages)

            async def replayed():
                return next(replay, None) or await receive()

            return await self.app(scope, replayed, send_with_headers)
        await self.app(scope, receive, send_with_headers)

    async def _too_large(self, send) -> None:
        body = json.dumps({"error": f"request body over the limit of {self.max_body:,} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
