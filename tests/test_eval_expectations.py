"""The hand-read expectations scorer: its data file is well formed and facts are located by position."""

import json

import pytest

from evaluation.expectations import DATA, _Run

TEXT = "The mayor, 52, said 52 people were hurt on Monday."


def _document():
    return {
        "facts": [
            {"id": "a:n1", "source": "a", "kind": "number", "text": "52", "start": 11, "end": 13},
            {"id": "a:n2", "source": "a", "kind": "number", "text": "52", "start": 20, "end": 22},
            {"id": "a:d1", "source": "a", "kind": "date", "text": "Monday", "start": 43, "end": 49},
        ],
        "claims": [
            {"id": "c1", "kind": "number", "facts": ["a:n2", "b:n1"], "values": []},
            {"id": "c2", "kind": "role", "facts": [], "values": [{"source": "a", "value": "Mayor"}]},
        ],
    }


@pytest.mark.parametrize(("fact", "snippet", "kinds", "expected"), [
    ("52", "The mayor, 52, said", {"number"}, "a:n1"),
    ("52", "said 52 people were hurt", {"number"}, "a:n2"),
    ("Monday", "hurt on Monday", {"date"}, "a:d1"),
    ("Monday", "hurt on Monday", {"number"}, None),        # wrong kind: not located
    ("52", "52 people were killed", {"number"}, None),     # snippet not in the text
    ("mayor", "The mayor, 52", {"role"}, ("role", "a", "mayor")),
])
def test_locate_by_snippet_position(fact, snippet, kinds, expected):
    run = _Run(_document(), {"a": TEXT})
    assert run.locate({"doc": "a", "fact": fact, "snippet": snippet}, kinds) == expected


def test_claims_holding_needs_every_key():
    run = _Run(_document(), {"a": TEXT})
    assert run.claims_holding(["a:n2", "b:n1"]) == [0]
    assert run.claims_holding(["a:n1", "b:n1"]) == []


def test_data_file_is_well_formed():
    lines = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 150
    assert len({e["cluster"] for e in lines}) >= 10
    for e in lines:
        assert e["type"] in {"same", "apart", "conflict_verdict"}
        assert len(e["facts"]) == 2 if e["type"] == "apart" else len(e["facts"]) >= 2
        if e["type"] == "conflict_verdict":
            assert e["verdict"] in {"real", "false"} and e["reason"]
        for f in e["facts"]:
            assert f["doc"] in e["docs"] and f["fact"] in f["snippet"]
