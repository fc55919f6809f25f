"""Dutch over spaCy tokens: word classes, tokens, clauses, inflection, noun phrases,
the letter segmenter, word-list matching, readability and building the pipeline."""
