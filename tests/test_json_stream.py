"""The streamed JSON and JSONL writers give, byte for byte, the text the one-string encoders give:
`render.json.write` against `json.dumps(document(...), ensure_ascii=False, indent=2)`, and the CLI's
stdout and `-o` paths against each other."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff import pipeline
from newsdiff.model import (
    Claim,
    ClaimValue,
    Kind,
    Number,
    Person,
    Quote,
    Result,
    Role,
    Skipped,
    Source,
    Status,
    amended,
)
from newsdiff.options import Options
from newsdiff.render import json as json_render
from newsdiff.render import jsonl
from newsdiff.render.json import document, fact_dict

from .conftest import SAMPLES

OPTIONS = Options(reference_date=dt.date(2023, 10, 13))

# Strings a JSON writer can get wrong: quotes, backslashes, raw line breaks and tabs (escaped, so a
# line break in the output is always layout), non-ASCII kept as written, separators JSON allows raw,
# and a lone surrogate, which ensure_ascii=False writes through as it is.
AWKWARD = ('say "no"', "back\\slash", "two\nlines\r\n\tend", "Zoë 北京 €5", "line\u2028sep", "lone \ud800 half", "")


def _expected(result: Result) -> str:
    return json.dumps(document(result), ensure_ascii=False, indent=2)


def _streamed(result: Result) -> str:
    buffer = io.StringIO()
    json_render.write(result, buffer)
    return buffer.getvalue()


def _awkward_result() -> Result:
    sources = tuple(Source(id=f"s{i}", path=f"dir/{text}.txt", text=text, title=text or None)
                    for i, text in enumerate(AWKWARD))
    facts = (
        Quote(id="f1", source="s0", text=AWKWARD[0], start=0, end=8, sentence=0, speaker=AWKWARD[3]),
        Number(id="f2", source="s1", text="2,000", start=0, end=5, sentence=0, value=2000.0, low=1999.5,
               context=AWKWARD[2:5]),
    )
    people = (Person(id="p1", name=AWKWARD[3], type="person", aliases=AWKWARD[:2], roles=(Role("s0", AWKWARD[2]),)),
              Person(id="p2", name="Nobody Quoted", type="person"))
    claims = (Claim(id="c1", kind=Kind.NUMBER, label=AWKWARD[4], status=Status.CONFLICT, facts=("f2",),
                    values=(ClaimValue(source="s1", value=2000.0, fact="f2", display=AWKWARD[5]),), note=AWKWARD[2]),)
    return Result(sources=sources, facts=facts, people=people, claims=claims,
                  skipped=(Skipped(path=AWKWARD[2], reason=AWKWARD[0]),))


def _samples_result() -> Result:
    sources = [Source(id=p.stem, path=str(p), text=p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    return pipeline.run(sources, OPTIONS)


@pytest.mark.parametrize("make", [
    _samples_result,
    _awkward_result,
    Result,  # every list empty
    lambda: Result(sources=(Source(id="a", path="a.txt", text="x"),)),  # one entry, the rest empty
], ids=["samples", "awkward", "empty", "one-source"])
def test_streamed_json_is_the_one_string_encoding(make):
    result = make()
    expected = _expected(result)
    assert _streamed(result) == expected
    assert json_render.dumps(result) == expected
    assert json.loads(expected)["newsdiff"] == document(result)["newsdiff"]


def _with_copies(result: Result) -> Result:
    """`result` with each source reprinted by a copy (`copy_of` set): the copy's facts are the
    original's under new ids and the copy's id, and one fact of each copy is changed."""
    copies = tuple(Source(id=f"{s.id}-copy", path=f"copy/{s.path}", text=s.text, copy_of=s.id) for s in result.sources)
    copied = []
    for n, fact in enumerate(result.facts):
        twin = amended(fact, id=f"{fact.id}-copy", source=f"{fact.source}-copy")
        copied.append(amended(twin, end=twin.end + 1) if n % 3 == 0 else twin)
    return replace(result, sources=result.sources + copies, facts=result.facts + tuple(copied))


@pytest.mark.parametrize("make", [_samples_result, _awkward_result], ids=["samples", "awkward"])
def test_copies_facts_are_written_as_their_own(make):
    result = _with_copies(make())
    assert any(s.copy_of for s in result.sources)
    assert _streamed(result) == _expected(result)


def test_awkward_strings_survive_the_round_trip():
    parsed = json.loads(_streamed(_awkward_result()))
    assert [s["path"] for s in parsed["sources"]] == [f"dir/{t}.txt" for t in AWKWARD]
    assert parsed["facts"][1]["value"] == 2000 and isinstance(parsed["facts"][1]["value"], int)
    assert parsed["people"][0]["quotes"] == 1 and parsed["people"][1]["quotes"] == 0
    assert parsed["skipped"] == [{"path": AWKWARD[2], "reason": AWKWARD[0]}]


@pytest.mark.parametrize("make", [_samples_result, _awkward_result, Result], ids=["samples", "awkward", "empty"])
def test_streamed_jsonl_is_one_fact_dict_a_line(make):
    result = make()
    buffer = io.StringIO()
    jsonl.write(result, buffer)
    expected = "".join(json.dumps(fact_dict(f), ensure_ascii=False) + "\n" for f in result.facts)
    assert buffer.getvalue() == expected == jsonl.render(result)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_cli_stdout_and_file_hold_the_same_bytes(run_cli, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    to_file = run_cli("compare", SAMPLES, "--reference-date", "2023-10-13", "--format", fmt, "-o", out)
    to_stdout = run_cli("compare", SAMPLES, "--reference-date", "2023-10-13", "--format", fmt)
    assert to_file.exit_code == to_stdout.exit_code == 0
    assert out.read_bytes() == to_stdout.stdout_bytes
    expected = _expected(_samples_result()) + "\n" if fmt == "json" else jsonl.render(_samples_result())
    assert out.read_text(encoding="utf-8") == expected


def test_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    from newsdiff.render.output import stream_atomic

    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")

    def half_then_fail(stream):
        stream.write("{\n  half")
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        stream_atomic(out, half_then_fail)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


# Any JSON-like value the contract could hold: plain values (floats written as json writes them,
# NaN and infinities included; bools, which are ints), lists, tuples and dicts nested in any mix.
_plain_values = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
                 | st.sampled_from([2000.0, -0.0, 1e-7, 1e16, 2**53 + 1, *AWKWARD]))
_nested = st.recursive(
    _plain_values,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=6) | st.sampled_from(AWKWARD) | st.integers() | st.none(), inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(_nested)
def test_indented_writer_is_json_dumps_with_indent(value):
    # `_indented` lays out nesting itself and hands containers of plain values to the C encoder:
    # the text must be json's own, at the top and two levels deep (where `write` puts entries).
    expected = json.dumps(value, ensure_ascii=False, indent=2)
    assert json_render._indented(value, "\n") == expected
    assert json_render._indented(value, "\n    ") == expected.replace("\n", "\n    ")


def test_indented_writer_rejects_what_json_rejects():
    for bad in ({"a": {1, 2}}, [object()], {"k": [1, b"bytes"]}):
        with pytest.raises(TypeError):
            json_render._indented(bad, "\n")


@settings(max_examples=200, deadline=None)
@given(_nested, _nested, st.lists(_plain_values, max_size=3))
def test_entry_layouts_write_what_the_general_writer_writes(value, other, context):
    # Sources, facts and claims are written through fixed layouts (a template and one call of the C
    # encoder); any value, plain or not, must come out as `_indented` writes the entry's dict.
    claim = Claim(id="c1", kind=Kind.NUMBER, label="deaths", status=Status.AGREE, facts=("f1", "f2"),
                  values=(ClaimValue(source="s1", value=value, fact="f1"), ClaimValue(source="s2", value=other)))
    assert json_render._claim_text(claim, "\n    ") == json_render._indented(json_render.claim_dict(claim), "\n    ")
    fact = Number(id="f1", source="s1", text="2,000", start=0, end=5, sentence=0, value=value, low=2000.0,
                  context=tuple(context), unit=other)
    assert json_render._fact_text(fact, "\n    ") == json_render._indented(fact_dict(fact), "\n    ")
    source = Source(id="s1", path="a.txt", text="x", title=value)
    assert json_render._source_text(source, "\n    ") == json_render._indented(json_render.source_dict(source), "\n    ")
