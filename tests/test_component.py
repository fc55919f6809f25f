"""The spaCy component checks with the pipeline it is added to (one model, not two)."""

from __future__ import annotations

from unittest import mock

import taalcheck
from taalcheck.nl import pipeline

TEXT = "Indien u vragen heeft, kunt u bellen. Wij verzoeken u het formulier te retourneren."


def test_load_holds_one_model_and_finds_what_check_finds():
    real_build = pipeline.build
    with (
        mock.patch.object(pipeline, "build", side_effect=real_build) as build,
        mock.patch.object(pipeline, "shared", side_effect=AssertionError("a second pipeline")),
    ):
        nlp = taalcheck.load()
        doc = nlp(TEXT)
    assert build.call_count == 1
    assert nlp.pipe_names[-1] == "taalcheck"
    findings = doc._.taalcheck
    expected = taalcheck.check(TEXT).findings
    assert [(f.rule, f.start, f.end) for f in findings] == [(f.rule, f.start, f.end) for f in expected]
    assert findings
