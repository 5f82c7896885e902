"""The word lists: every file documents itself, and the one loader reads plain lists and tables."""

from __future__ import annotations

import importlib
import re

import pytest
import regex

from newsdiff import lexicon

from .conftest import ROOT

LIST_FILES = sorted(lexicon.LISTS.rglob("*.txt"))


# "Read by `newsdiff.lexicon.speech_words` (X)", "Read as `number_words.X` by newsdiff/extract/...".
READ_BY = re.compile(r"\b[Rr]ead (?:as `[\w.]+` )?by\b")
# A module, a file or a folder of the package, named in a header: `newsdiff.lexicon.date_words`,
# newsdiff/extract/frame.py, newsdiff/extract/speech/.
READER = re.compile(r"newsdiff(?:[./]\w+)+")


def _header(path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        out.append(line)
    return out


def _exists(reader: str) -> bool:
    """Whether a reader a header names is there: a file or folder, or a module (and attribute)."""
    if "/" in reader:
        return (ROOT / reader).exists()
    parts = reader.split(".")
    for i in range(len(parts), 0, -1):
        try:
            thing = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for attr in parts[i:]:
            if not hasattr(thing, attr):
                return False
            thing = getattr(thing, attr)
        return True
    return False


@pytest.mark.parametrize("path", LIST_FILES, ids=lambda p: str(p.relative_to(lexicon.LISTS)))
def test_every_list_opens_with_a_header_naming_its_readers_and_has_entries(path):
    header = _header(path)
    assert len(header) >= 2, "a list says what it holds and how it is used in its opening comment"
    text = " ".join(line.lstrip("#").strip() for line in header)
    assert READ_BY.search(text), "the header says who reads the list: 'Read by <module>'"
    readers = READER.findall(text)
    assert readers, "the header names the module or file that reads the list"
    assert all(_exists(r) for r in readers), f"a reader named in the header does not exist: {readers}"
    assert any(line.strip() and not line.startswith("#") for line in path.read_text(encoding="utf-8").splitlines())


def _clear_caches() -> None:
    for loader in (lexicon.load, lexicon.load_set, lexicon.load_table, lexicon.alternation):
        loader.cache_clear()


@pytest.fixture
def lists_in(tmp_path, monkeypatch):
    """The loader reading lists from `tmp_path`, with no entry cached from the real lists (or kept
    for the tests after)."""
    monkeypatch.setattr(lexicon, "LISTS", tmp_path)
    _clear_caches()
    yield tmp_path
    _clear_caches()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("# header\nOne\ntwo words\n\n  three  \n", ("one", "two words", "three")),
        ("# header\n#not an entry\n\\#\n", ("#",)),
        ("# header\nsame\nSame\n", ("same",)),
        ("# only a header\n", ()),
    ],
)
def test_load_reads_entries_lower_cased_without_comments(lists_in, text, expected):
    (lists_in / "words.txt").write_text(text, encoding="utf-8")
    assert lexicon.load("words") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("# header\nMore Than = lower\n>= = at_least\n", (("more than", "lower"), (">=", "at_least"))),
        ("# header\nus $ = USD\nus $ = CAD\n", (("us $", "USD"), ("us $", "CAD"))),
    ],
)
def test_load_table_keeps_order_and_the_values_case(lists_in, text, expected):
    (lists_in / "table.txt").write_text(text, encoding="utf-8")
    assert lexicon.load_table("table") == expected


@pytest.mark.parametrize("line", ["no separator", "key=value", "key =value"])
def test_load_table_rejects_a_line_that_is_not_key_equals_value(lists_in, line):
    (lists_in / "bad.txt").write_text(f"# header\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt"):
        lexicon.load_table("bad")


def _entries(path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


@pytest.mark.parametrize("path", LIST_FILES, ids=lambda p: str(p.relative_to(lexicon.LISTS)))
def test_no_list_repeats_an_entry_after_lower_casing(path):
    seen: dict[str, str] = {}
    for entry in _entries(path):
        key = " ".join(entry.lower().split())
        assert key not in seen, f"{entry!r} repeats {seen[key]!r}"
        seen[key] = entry


@pytest.mark.parametrize(
    "text, message",
    [
        ("# header\none\n\\\n", "an empty entry"),
        ("# header\none\nword # a note\n", "'word # a note' has an inline # note"),
        ("# header\none\nword\t# a note\n", "has an inline # note"),
    ],
)
def test_a_list_with_an_empty_entry_or_an_inline_note_is_refused(lists_in, text, message):
    (lists_in / "words.txt").write_text(text, encoding="utf-8")
    with pytest.raises(ValueError) as refused:
        lexicon.load("words")
    assert "lists/words.txt line 3: " in str(refused.value) and message in str(refused.value)
    with pytest.raises(ValueError, match="words.txt"):
        lexicon.alternation("words")


@pytest.mark.parametrize(
    "text, keep_case, expected",
    [
        ("# header\nAFP\nAgence France-Presse\nafp\n", False, ("afp", "agence france-presse")),
        ("# header\nAFP\nAgence France-Presse\nafp\n", True, ("AFP", "Agence France-Presse", "afp")),
    ],
)
def test_keep_case_keeps_the_entries_as_written(lists_in, text, keep_case, expected):
    (lists_in / "names.txt").write_text(text, encoding="utf-8")
    assert lexicon.load("names", keep_case=keep_case) == expected


@pytest.mark.parametrize(
    "entries, keep_case, matches, misses",
    [
        (["said", "pointed out"], False, ["said", "pointed out", "pointed \n out"], ["", "pointed", "pointedout", "say"]),
        (["U.S.", "a+b"], False, ["u.s.", "a+b"], ["U.S.", "uxsx", "aab"]),  # escaped, lower-cased
        (["U.S."], True, ["U.S."], ["u.s."]),
    ],
)
def test_alternation_matches_each_entry_and_nothing_else(lists_in, entries, keep_case, matches, misses):
    (lists_in / "words.txt").write_text("# header\n" + "\n".join(entries) + "\n", encoding="utf-8")
    pattern = regex.compile(f"(?:{lexicon.alternation('words', keep_case)})")
    assert all(pattern.fullmatch(text) for text in matches)
    assert not any(pattern.fullmatch(text) for text in misses)


@pytest.mark.parametrize(
    "text, keep_case, expected",
    [
        ("# header\nOne\ntwo words\none\n", False, frozenset({"one", "two words"})),
        ("# header\nAFP\nafp\n", True, frozenset({"AFP", "afp"})),
        ("# only a header\n", False, frozenset()),
    ],
)
def test_load_set_is_the_listed_entries_as_a_frozenset(lists_in, text, keep_case, expected):
    (lists_in / "words.txt").write_text(text, encoding="utf-8")
    loaded = lexicon.load_set("words", keep_case)
    assert isinstance(loaded, frozenset) and loaded == expected


def test_every_part_of_day_the_extractor_writes_has_a_name():
    # `parts_of_day.txt` gives the codes the extractor writes; `part_of_day_names.txt` names them
    # for notes ("times of day differ (morning vs night)"): a code without a name would show raw.
    from newsdiff.lexicon.date_words import PART_OF_DAY_NAMES, PARTS_OF_DAY

    assert set(PARTS_OF_DAY.values()) <= set(PART_OF_DAY_NAMES)
    assert PART_OF_DAY_NAMES["NI"] == "night" and PART_OF_DAY_NAMES["MO"] == "morning"
