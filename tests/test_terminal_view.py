"""The compare view in a terminal: golden files at 80, 120 and 200 columns and piped, lines that
always fit, nothing cut without an ellipsis, values with their normalised form."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from newsdiff.model import DateFact, Number
from newsdiff.render.claims_view import CLIP, compare_lines, fit_widths
from newsdiff.render.values import number_interval, printable, source_labels, timex_words

from .golden_views import GOLDEN, samples_result, terminal, views

REGENERATE = "regenerate with `.venv/bin/python -m tests.golden_views` and review `git diff tests/golden`"


@pytest.mark.parametrize("name", ["compare_80.txt", "compare_120.txt", "compare_200.txt", "compare_piped.txt"])
def test_view_matches_its_golden_file(name):
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert views(samples_result())[name] == expected, f"{name} changed: {REGENERATE}"


@pytest.mark.parametrize("width", [40, 60, 80, 100, 117, 118, 120, 125, 130, 160, 200])
def test_every_line_fits_the_terminal(width):
    text = terminal(samples_result(), width)
    too_long = [line for line in text.splitlines() if cell_len(line) > width]
    assert not too_long, too_long[:3]


def test_narrow_terminal_stacks_and_wide_terminal_tabulates():
    assert "┌" not in terminal(samples_result(), 80)
    result = samples_result()
    first_compatible = next(c.id for c in result.claims if c.status == "compatible")
    assert f"COMPATIBLE {first_compatible} " in terminal(result, 80)
    assert "│ COMPATIBLE │" in terminal(samples_result(), 120)


def test_stacked_continuation_lines_hang_under_the_value():
    lines = terminal(samples_result(), 60).splitlines()
    value_at = [i for i, line in enumerate(lines) if line.startswith("  The British Broadcasting Corporation: ")]
    assert value_at
    # a value long enough to wrap continues indented, never at column 0
    wrapped = [lines[i + 1] for i in value_at if not lines[i + 1].startswith(("  ", "AGREE", "SINGLE",
                                                                              "COMPATIBLE", "CONFLICT"))]
    assert not wrapped
    assert any(lines[i + 1].startswith("      ") for i in value_at)


def test_long_values_end_in_an_ellipsis_and_the_piped_form_has_them_whole():
    result = samples_result()
    longest = max((f for f in result.facts if f.kind == "quote"), key=lambda f: len(f.text))
    assert len(longest.text) > CLIP
    shown = " ".join(terminal(result, 80).split())  # stacked: wrapped lines rejoin
    assert longest.text[:40] in shown and longest.text not in shown and "…" in shown
    assert longest.text in lines_text_of(result)


def lines_text_of(result) -> str:
    return "\n".join(line.plain for line in compare_lines(result))


def test_piped_form_is_one_record_a_line_with_tabs():
    result = samples_result()
    lines = lines_text_of(result).splitlines()
    values = [line.split("\t") for line in lines if line.startswith("value\t")]
    assert len(values) == sum(len(c.values) for c in result.claims)
    assert all(len(v) == 7 for v in values)
    claims = [line.split("\t") for line in lines if line.startswith("claim\t")]
    assert {c[1] for c in claims} == {c.id for c in result.claims}
    # the conflict on Koo Byoung-sam's role is one greppable line with its status in words
    assert any(c[3] == "CONFLICT" and "Koo Byoung-sam" in c[4] for c in claims)


def test_dates_show_their_resolved_value_and_numbers_their_interval():
    piped = lines_text_of(samples_result())
    assert "Monday night\tMon 9 Oct 2023, night" in piped
    assert "nearly 600\t[540, 600)" in piped
    assert "more than 500\t(500, ∞)" in piped


def test_sources_are_named_by_outlet_where_known():
    labels = source_labels(samples_result().sources)
    assert labels["004_aaad1f42d3013beb"] == "Associated Press"
    assert labels["001_1073a41b351c7b44"] == "001"


def _number(text, low, high, qualifier=None, unit=None, value=None):
    return Number(source="s", text=text, start=0, end=len(text), sentence=0, low=low, high=high,
                  qualifier=qualifier, unit=unit, value=value)


@pytest.mark.parametrize("fact, expected", [
    (_number("nearly 600", 540, 600, "nearly"), "[540, 600)"),
    (_number("more than 500", 500, None, "more than"), "(500, ∞)"),
    (_number("could exceed 2,000", 2000, None, "could exceed"), "[2,000, ∞)"),
    (_number("as many as 600", None, 600, "as many as"), "(-∞, 600]"),
    (_number("61-year-old", 61, 61, unit="years old"), "61 years old"),
    (_number("about 10 feet", 9, 11, "about", unit="ft"), "[9, 11] ft"),
    (_number("150 nautical miles", 150, 150, unit="nmi"), "150 nmi"),
    (_number("$4.7 billion", 4.7e9, 4.7e9, unit="USD"), "4,700,000,000 USD"),
])
def test_number_interval_carries_the_unit_once(fact, expected):
    assert number_interval(fact) == expected
    assert fact.unit is None or number_interval(fact).count(fact.unit) == 1


@pytest.mark.parametrize("value, kind, expected", [
    ("2023-10-09TNI", "TIME", "Mon 9 Oct 2023, night"),
    ("2023-10-13", "DATE", "Fri 13 Oct 2023"),
    ("2023-10-13T14:30", "TIME", "Fri 13 Oct 2023, 14:30"),
    ("2023-W41", "DATE", "week of Mon 9 Oct 2023"),
    ("2023-08", "DATE", "Aug 2023"),
    ("1986", "DATE", "1986"),
    ("P25Y", "DURATION", "25 years"),
    ("P1D", "DURATION", "1 day"),
    ("PAST_REF", "DATE", "the past"),
    ("XXXX-WXX-4", "SET", "XXXX-WXX-4"),  # no reading invented for shapes it does not know
    ("2023-13", "DATE", "2023-13"),
    ("2023-W60", "DATE", "2023-W60"),
])
def test_timex_values_read_as_words(value, kind, expected):
    assert timex_words(value, kind) == expected


def test_a_date_whose_words_are_its_value_shows_no_arrow():
    from newsdiff.render.values import normalised
    fact = DateFact(source="s", text="1986", start=0, end=4, sentence=0, value="1986")
    assert normalised(fact) is None


@pytest.mark.parametrize("text, value, value_to, expected", [
    ("two to three weeks", "P2W", "P3W", "2 weeks to 3 weeks"),
    ("10-15 minutes", "PT10M", "PT15M", "10 minutes to 15 minutes"),
    # negative: a single duration shows its one value
    ("three weeks", "P3W", None, "3 weeks"),
])
def test_a_range_of_durations_shows_both_ends(text, value, value_to, expected):
    from newsdiff.render.values import fact_summary, normalised
    fact = DateFact(source="s", text=text, start=0, end=len(text), sentence=0, type="DURATION", value=value,
                    value_to=value_to)
    assert normalised(fact) == expected
    assert expected in fact_summary(fact)


@pytest.mark.parametrize("natural, available, expected", [
    ([10, 10, 10], 40, [10, 10, 10]),  # all fit: natural widths
    ([40, 5, 40], 50, [23, 5, 22]),  # the short column gets all it needs, long ones share
    ([40, 40], 20, None),  # minimums (14 each) do not fit
    ([30, 30, 30], 42, [14, 14, 14]),
])
def test_fit_widths(natural, available, expected):
    widths = fit_widths(natural, available, 14)
    assert widths == expected
    if widths is not None:
        assert sum(widths) <= available


def test_terminal_escapes_in_article_text_are_shown_not_obeyed():
    assert printable("red \x1b[31mtext\x07") == "red ␛[31mtext␇"
    assert "\u202e" not in printable("abc\u202edef")


def test_a_role_value_shows_the_role_not_the_quote_it_points_at():
    from newsdiff.render.values import fact_index, shown_values

    result = samples_result()
    facts = fact_index(result)
    roles = [c for c in result.claims if c.kind == "role" and any(v.fact for v in c.values)]
    assert roles, "the samples' role values point at the quotes that carry them"
    for claim in roles:
        shown = shown_values(claim, facts, {})
        assert [s.words for s in shown] == [v.display or str(v.value) for v in claim.values]
