"""Word lists (CSV), the inflection table and word frequency. No spaCy."""
