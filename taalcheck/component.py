"""The spaCy component: ``nlp.add_pipe("taalcheck")`` puts findings in ``doc._.taalcheck``.

Registered through the ``spacy_factories`` entry point, and on import of this
module. The component checks with the pipeline it is part of: no second model.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from taalcheck.engine.checker import Checker
from taalcheck.nl import pipeline


def make_taalcheck_component(nlp: Any, name: str) -> Any:
    """spaCy factory: findings of the whole text in ``doc._.taalcheck``.

    Lets anyone add ``nlp.add_pipe("taalcheck")`` to their own Dutch pipeline.
    The rules analyse the text's segments with ``nlp`` itself, without this
    component.
    """
    pipeline.register_components()
    checker = Checker(nlp=nlp, skip=(name,))

    def component(doc: Any) -> Any:
        doc._.taalcheck = checker.check_doc(doc)
        return doc

    return component


def register() -> None:
    """Register the factory once (the entry point does this for an installed package)."""
    pipeline.register_components()
    if not Language.has_factory("taalcheck"):
        Language.factory("taalcheck")(make_taalcheck_component)


register()
