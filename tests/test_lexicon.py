"""The word lists: every file documents itself, and the one loader reads plain lists and tables."""

from __future__ import annotations

import pytest

from newsdiff import lexicon

LIST_FILES = sorted(lexicon.LISTS.rglob("*.txt"))


@pytest.mark.parametrize("path", LIST_FILES, ids=lambda p: str(p.relative_to(lexicon.LISTS)))
def test_every_list_opens_with_a_header_and_has_entries(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    assert len(header) >= 2, "a list says what it holds and how it is used in its opening comment"
    assert any(line.strip() and not line.startswith("#") for line in lines)


@pytest.fixture
def lists_in(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "LISTS", tmp_path)
    lexicon.load.cache_clear()
    lexicon.load_table.cache_clear()
    yield tmp_path
    lexicon.load.cache_clear()
    lexicon.load_table.cache_clear()


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
