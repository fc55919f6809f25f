"""Rewrites: word-level swaps that keep the sentence grammatical, and structural proposals."""
