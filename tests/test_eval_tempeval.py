"""The TempEval-3 scorer: one-to-one relaxed matching and TempEval-3's value F1. Records and
facts written for these tests."""

import pytest

from evaluation import tempeval
from newsdiff.model import DateFact


def _gold(start, end, value, kind="DATE"):
    return {"start": start, "end": end, "value": value, "type": kind, "text": "x" * (end - start)}


def _fact(start, end, value, kind="DATE"):
    return DateFact(source="d", text="x" * (end - start), start=start, end=end, sentence=0, type=kind, value=value)


def test_each_gold_expression_matches_at_most_one_system_expression_largest_overlap_first():
    record = {"id": "d", "timexes": [_gold(0, 10, "2023-10-13")]}
    pairs = tempeval.align(record, [_fact(0, 3, "2023-10-13"), _fact(2, 10, "2023-10-12")])
    matched = [p for p in pairs if p.gold and p.system]
    assert len(matched) == 1 and matched[0].system.value == "2023-10-12"  # 8 characters beat 3
    assert sum(1 for p in pairs if p.system and not p.gold) == 1


@pytest.mark.parametrize(
    ("found", "hits"),
    [
        ([_fact(0, 5, "2023-10-13"), _fact(10, 15, "P2D", "DURATION")], 2),  # type is not scored
        ([_fact(0, 5, "2023-10-13"), _fact(10, 15, "P3D", "DURATION")], 1),
        ([_fact(0, 5, "2023-10-12")], 0),
    ],
)
def test_value_f1_is_value_accuracy_times_relaxed_f1(monkeypatch, found, hits):
    record = {"id": "d", "timexes": [_gold(0, 5, "2023-10-13"), _gold(10, 15, "P2D", "DATE"), _gold(20, 25, "2023")]}
    monkeypatch.setattr(tempeval, "system_dates", lambda r: found)
    figures, _ = tempeval.score([record])
    relaxed_f1 = figures["relaxed"][2]
    assert figures["value"][2] == pytest.approx(figures["value_accuracy"] * relaxed_f1)
    assert figures["value"][2] == pytest.approx(2 * hits / (len(found) + 3))


@pytest.mark.parametrize(
    ("gold", "system", "kind"),
    [
        ("2021-W5", "2021-W05", "same value written differently"),
        ("2021-03-04T17", "2021-03-04T17:00", "same value written differently"),
        ("2021-03-04", "2021-03-04TNI", "part of the day on one side only"),
        ("2021-03-04TEV", "2021-03-04", "part of the day on one side only"),
        ("2021-WXX", "2021-W09", "gold underspecified"),
        ("2020-Q1", "2020", "quarter"),
        ("2020-Q1", "2020-Q2", "quarter"),
        ("PAST_REF", "PXY", "reference word"),
        ("PRESENT_REF", "PAST_REF", "reference word"),
        ("PAST_REF", "FUTURE_REF", "reference word"),
        ("2021-03-04T10:00", "PT2H", "duration against a point"),
        ("P1W", "2021-W09", "duration against a point"),
        ("2021-W08", "2021-W09", "week"),
        ("2021-03-04T10:00", "2021-03-05T10:00", "clock time"),
        ("P2Y", "P3Y", "wrong duration"),
        ("PT2H", "PT3H", "wrong duration"),
        ("P1D", "PT24H", "wrong duration"),
        ("PXW", "P2W", "gold underspecified"),
        ("2021-03-04", "2021-03-11", "wrong day, month or year"),
        ("2021-03", "2022-03", "wrong day, month or year"),
    ],
)
def test_value_error_kind_names_the_first_kind_that_applies(gold, system, kind):
    assert tempeval.value_error_kind(gold, system).startswith(kind)
