"""Rate limit parsing, the token bucket and CSRF tokens, without a server."""

import pytest

from taalcheck.meldpunt.security import CsrfTokens, RateLimiter, parse_rate


def test_parse_rate():
    assert parse_rate("30/minute") == (30, 60.0)
    assert parse_rate("5/second") == (5, 1.0)
    assert parse_rate("0") is None
    for bad in ("30", "x/minute", "0/minute", "30/dag"):
        with pytest.raises(ValueError, match="geen geldige limiet"):
            parse_rate(bad)


def test_token_bucket_refills_evenly():
    now = [0.0]
    limiter = RateLimiter(3, 60.0, clock=lambda: now[0])
    assert [limiter.allow("a")[0] for _ in range(4)] == [True, True, True, False]
    allowed, wait = limiter.allow("a")
    assert not allowed and wait == pytest.approx(20.0)
    assert limiter.allow("b")[0]  # other clients have their own bucket
    now[0] = 20.0
    assert limiter.allow("a")[0]
    assert not limiter.allow("a")[0]


def test_csrf_signed_double_submit():
    tokens = CsrfTokens(b"geheim")
    cookie = tokens.new_cookie()
    token = tokens.new_token(cookie)
    assert tokens.cookie_valid(cookie) and tokens.valid(cookie, token)
    assert tokens.valid(cookie, tokens.new_token(cookie))  # a second tab has its own valid token
    assert not tokens.valid(None, token)
    assert not tokens.valid(cookie, None)
    assert not tokens.valid(tokens.new_cookie(), token)  # token of another browser
    assert not tokens.valid(cookie, token[:-1] + ("0" if token[-1] != "0" else "1"))
    forged_cookie = cookie.rsplit(".", 1)[0] + "." + "0" * 64
    assert not tokens.cookie_valid(forged_cookie)
    assert not CsrfTokens(b"ander-geheim").valid(cookie, token)


def test_csrf_token_expires():
    tokens = CsrfTokens(b"geheim", max_age=-1)
    cookie = tokens.new_cookie()
    assert not tokens.valid(cookie, tokens.new_token(cookie))
