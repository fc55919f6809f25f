"""Protection for the web app: rate limit, CSRF tokens, body size, headers.

Small and dependency-free on purpose: a token bucket per client in memory, an
HMAC-signed double-submit token, and two pure ASGI middlewares.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from typing import Any

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(second|minute|hour)\s*$")
_PERIOD = {"second": 1.0, "minute": 60.0, "hour": 3600.0}

CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def parse_rate(value: str | None) -> tuple[int, float] | None:
    """'30/minute' -> (30, 60.0); '0' or '' -> None (no limit)."""
    if value is None or value.strip() in ("", "0"):
        return None
    match = _RATE.match(value)
    if not match or int(match.group(1)) == 0:
        raise ValueError(f"'{value}' is geen geldige limiet. Schrijf bijvoorbeeld 30/minute, 5/second of 0 (uit).")
    return int(match.group(1)), _PERIOD[match.group(2)]


class RateLimiter:
    """A token bucket per client: `capacity` requests, refilled evenly over
    `period` seconds. Thread-safe; forgets idle clients to bound memory."""

    MAX_CLIENTS = 10_000

    def __init__(self, capacity: int, period: float, clock=time.monotonic):
        self.capacity = float(capacity)
        self.rate = capacity / period
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str) -> tuple[bool, float]:
        """(allowed, seconds to wait before the next token)."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                allowed, wait = True, 0.0
            else:
                self._buckets[client] = (tokens, now)
                allowed, wait = False, (1 - tokens) / self.rate
            if len(self._buckets) > self.MAX_CLIENTS:
                self._forget_full(now)
        return allowed, wait

    def _forget_full(self, now: float) -> None:
        full_after = self.capacity / self.rate
        for key, (_tokens, last) in list(self._buckets.items()):
            if now - last >= full_after:
                del self._buckets[key]


class CsrfTokens:
    """Signed double-submit tokens.

    The cookie holds a signed random value for the browser; each form gets a
    fresh token signed together with that cookie value. A post is accepted
    when the cookie is ours and the form's token belongs to that cookie and is
    not too old. Several open tabs each keep a valid, different token.
    """

    COOKIE = "meldpunt_csrf"
    FIELD = "csrf_token"
    COOKIE_MAX_AGE = 24 * 3600

    def __init__(self, secret: bytes, max_age: int = 4 * 3600):
        self.secret = secret
        self.max_age = max_age

    def _sign(self, *parts: str) -> str:
        return hmac.new(self.secret, "\x1f".join(parts).encode(), hashlib.sha256).hexdigest()

    def new_cookie(self) -> str:
        value = secrets.token_urlsafe(18)
        return f"{value}.{self._sign('cookie', value)}"

    def cookie_valid(self, cookie: str | None) -> bool:
        if not cookie:
            return False
        value, _, signature = cookie.rpartition(".")
        return bool(value) and hmac.compare_digest(signature.encode(), self._sign("cookie", value).encode())

    def new_token(self, cookie: str) -> str:
        nonce, issued = secrets.token_urlsafe(12), str(int(time.time()))
        return f"{nonce}.{issued}.{self._sign('form', cookie, nonce, issued)}"

    def set_cookie(self, response: Any, cookie: str, https: bool) -> None:
        """Give the browser its cookie: only for this site, never readable by scripts."""
        response.set_cookie(self.COOKIE, cookie, max_age=self.COOKIE_MAX_AGE, httponly=True, samesite="strict", secure=https, path="/")

    def valid(self, cookie: str | None, token: str | None) -> bool:
        if not token or not self.cookie_valid(cookie):
            return False
        parts = token.split(".")
        if len(parts) != 3 or not parts[1].isdigit():
            return False
        nonce, issued, signature = parts
        if not hmac.compare_digest(signature.encode(), self._sign("form", cookie, nonce, issued).encode()):
            return False
        return 0 <= time.time() - int(issued) <= self.max_age


class _BodyTooLarge(Exception):
    pass


# Editors send a whole letter to /v2/check (LanguageTool API): up to 100,000
# characters, percent-encoded. That route has its own, larger limit.
EDITOR_MAX_BODY_BYTES = 1_200_000
# Document systems send letters (or a Word file) to /api/check and /api/check/batch: up to 10 MB.
CHECK_API_PREFIX = "/api/check"
CHECK_MAX_BODY_BYTES = 10 * 1000 * 1000


# Routes that take a whole letter as a PDF or photo; every other route keeps its own limit.
UPLOAD_PATHS = frozenset({"/uitleg"})
UPLOAD_MAX_BODY_BYTES = 10 * 1000 * 1000 + 64 * 1024  # the file plus the form around it


class BodyLimitMiddleware:
    """Answer 413 for bodies over `max_bytes`, by header or while streaming."""

    def __init__(self, app, max_bytes: int, editor_max_bytes: int = EDITOR_MAX_BODY_BYTES):
        self.app = app
        self.default_max_bytes = max_bytes
        self.editor_max_bytes = editor_max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if path.startswith(CHECK_API_PREFIX):
            max_bytes = CHECK_MAX_BODY_BYTES
        elif path in UPLOAD_PATHS:  # a PDF or a photo of a letter (taalcheck/uitleg/web.py)
            max_bytes = UPLOAD_MAX_BODY_BYTES
        else:
            max_bytes = self.editor_max_bytes if path.startswith("/v2/") else self.default_max_bytes
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > max_bytes):
            return await _too_large(scope, send, max_bytes)

        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    raise _BodyTooLarge
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await _too_large(scope, send, max_bytes)


async def _too_large(scope, send, max_bytes: int) -> None:
    text = f"Uw bericht is te groot. Het mag hoogstens {max_bytes // 1024} kB zijn. Maak uw tekst korter."
    path = scope.get("path", "")
    if path.startswith(CHECK_API_PREFIX):
        text = f"Uw verzoek is te groot. Het mag hoogstens {max_bytes // 1_000_000} MB zijn. Verdeel de brieven over meer verzoeken."
    if path.startswith("/v2/"):  # LanguageTool clients expect plain text
        body, ctype = f"Error: {text}".encode(), b"text/plain; charset=utf-8"
    elif path.startswith("/api/"):
        body, ctype = json.dumps({"detail": text}, ensure_ascii=False).encode(), b"application/json"
    else:
        body, ctype = _plain_page(text).encode(), b"text/html; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), (b"connection", b"close")],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _plain_page(text: str) -> str:
    from html import escape

    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>Te groot - Meldpunt</title><link rel="stylesheet" href="/static/meldpunt.css"></head>'
        f'<body><main class="pagina"><h1>Dat lukte niet</h1><p>{escape(text)}</p>'
        '<p><a href="/">Terug naar het formulier</a></p></main></body></html>'
    )


class SecurityHeadersMiddleware:
    """Add CSP, nosniff and the referrer policy to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, with_headers)
