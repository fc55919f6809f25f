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


def test_csrf_double_submit():
    tokens = CsrfTokens(b"geheim")
    token = tokens.new()
    assert tokens.valid(token, token)
    assert not tokens.valid(None, token)
    assert not tokens.valid(token, None)
    assert not tokens.valid(token, tokens.new())  # cookie and field differ
    forged = token.rsplit(".", 1)[0] + "." + "0" * 64
    assert not tokens.valid(forged, forged)
    assert not CsrfTokens(b"ander-geheim").valid(token, token)


def test_csrf_token_expires():
    tokens = CsrfTokens(b"geheim", max_age=-1)
    token = tokens.new()
    assert not tokens.valid(token, token)
