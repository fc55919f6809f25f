"""Plain data and text helpers: spans, edits, findings, reports, documents, options.

Standard library only; every other layer may import from here.
"""
