"""The shortcuts the cross-source steps take for speed give exactly what the plain way gives."""

from __future__ import annotations

import dataclasses

import pytest

from newsdiff import pipeline
from newsdiff.compare.common import sentence_context
from newsdiff.io import ingest
from newsdiff.model import Claim, ClaimValue, Kind, Status, amended
from newsdiff.options import Options

from .conftest import SAMPLES


def _facts():
    sources, _, _ = ingest.read([str(SAMPLES)])
    return [f for s in sources for f in pipeline.extract_source(s, Options()).facts]


def test_amended_is_dataclasses_replace():
    facts = _facts()
    claim = Claim(kind=Kind.NUMBER, label="killed", status=Status.AGREE, facts=("a:n1",),
                  values=(ClaimValue(source="a", value=3.0),), order=(1, 2))
    cases = [(claim, {"id": "c1", "note": "n"}), (claim.values[0], {"copy_of": "b"})]
    cases += [(f, {"id": "x:q9"}) for f in facts[:50]]
    for item, changes in cases:
        before = dict(vars(item))
        new, plain = amended(item, **changes), dataclasses.replace(item, **changes)
        assert new == plain and repr(new) == repr(plain) and type(new) is type(plain)
        assert vars(new) == vars(plain) and list(vars(new)) == list(vars(plain))
        assert new is not item and vars(item) == before  # a copy; the original is untouched
    with pytest.raises(TypeError):
        amended(claim, colour="red")


def test_sentence_context_of_some_facts_is_theirs_among_all():
    facts = _facts()
    everything = sentence_context(facts)
    dates = [f for f in facts if f.kind == Kind.DATE]
    assert dates
    some = sentence_context(facts, of=dates)
    assert some == {f.id: everything[f.id] for f in dates}
    assert any(some.values())  # some date shares its sentence with facts that say something
