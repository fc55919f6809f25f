"""Character spans ``(start, end)``, half open: the one definition of "spans overlap"."""

from __future__ import annotations

from collections.abc import Iterable

Span = tuple[int, int]


def overlaps(a: Span, b: Span) -> bool:
    """Whether two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def overlaps_any(span: Span, spans: Iterable[Span]) -> bool:
    return any(overlaps(span, other) for other in spans)


def clash(a: Span, b: Span) -> bool:
    """Whether two edit regions clash; an insertion (empty span) clashes only at the same point or inside."""
    if a[0] == a[1] or b[0] == b[1]:
        return b[0] < a[0] < b[1] or a[0] < b[0] < a[1] or a[0] == b[0]
    return overlaps(a, b)


def inside(inner: Span, outer: Span) -> bool:
    """Whether ``outer`` covers all of ``inner``."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]
