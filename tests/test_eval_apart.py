"""The mixed-events figure (evaluation/apart.py): two events' folders read as one are scored
pairwise against the events, so a grouping that joins everything does not score well."""

import pytest

from evaluation import apart

EVENT_A = [
    "Ana Lopez said the fire at the Harlow Mill started before dawn on 2016-03-04. "
    "\"We lost everything in the Harlow Mill fire,\" said Ben Ortiz, who worked there.",
    "Fire crews fought the Harlow Mill blaze, Ana Lopez said. "
    "\"We lost everything in the Harlow Mill fire,\" Ben Ortiz said on 2016-03-04.",
]
EVENT_B = [
    "Dora Quinn said the Mercer Bridge was closed on 2017-09-12 after a crack was found. "
    "\"The Mercer Bridge will stay shut for weeks,\" said Eli Vance, the county engineer.",
    "Eli Vance said on 2017-09-12 that the Mercer Bridge had a crack, Dora Quinn said. "
    "\"The Mercer Bridge will stay shut for weeks,\" Eli Vance said.",
]


def _folder(root, name, texts):
    folder = root / name
    folder.mkdir()
    for index, text in enumerate(texts):
        (folder / f"{name}{index}.txt").write_text(text, encoding="utf-8")
    return folder


def test_two_events_read_as_one_folder_stay_two_stories(tmp_path):
    pair = (_folder(tmp_path, "a", EVENT_A), _folder(tmp_path, "b", EVENT_B))
    story = apart.grouping(pair)
    assert len(story) == 4
    line = apart.mixed_line([pair])
    assert "apart=1.00 (1/1)" in line and "together=1.00 (1/1)" in line
    assert "pair_precision=1.00" in line and "pair_recall=1.00" in line


def test_a_folder_grouped_as_one_story_is_not_apart(tmp_path, monkeypatch):
    pair = (_folder(tmp_path, "a", EVENT_A), _folder(tmp_path, "b", EVENT_B))
    monkeypatch.setattr(apart, "grouping", lambda paths: dict.fromkeys(
        (str(p) for folder in paths for p in sorted(folder.iterdir())), "s1"))
    line = apart.mixed_line([pair])
    assert "apart=0.00 (0/1)" in line and "pair_precision=0.33" in line


def test_a_stray_article_of_another_event_is_counted_as_kept_apart_or_not(tmp_path, monkeypatch):
    pair = (_folder(tmp_path, "a", EVENT_A), _folder(tmp_path, "b", EVENT_B))
    line = apart.stray_line([pair])
    assert line.endswith("kept apart=1.00 (2/2)")
    monkeypatch.setattr(apart, "grouping", lambda paths: dict.fromkeys(
        (str(p) for path in paths for p in (sorted(path.iterdir()) if path.is_dir() else [path])), "s1"))
    assert apart.stray_line([pair]).endswith("kept apart=0.00 (0/2)")


@pytest.mark.parametrize("record_id, cluster", [
    ("ecb-10_4ecbplus", "10ecbplus"),
    ("ecb-10_4ecb", "10ecb"),
    ("ecb-10_4ecbplus-c3", "10ecbplus"),  # an edited replica belongs to its original's cluster
    ("pn-nyt_2016-02-22_the-party", ""),  # not an ECB+ article
    ("sample-reuters", ""),
])
def test_bench_records_map_to_their_ecb_cluster(record_id, cluster):
    assert apart._cluster(record_id) == cluster


def test_a_one_event_folder_split_into_stories_is_counted_with_its_name(tmp_path):
    # The benchmark sets' layout: <incident>/control/<article>.txt.
    (tmp_path / "one").mkdir()
    (tmp_path / "both").mkdir()
    one = _folder(tmp_path / "one", "control", EVENT_A)
    both = _folder(tmp_path / "both", "control", EVENT_A + EVENT_B)
    assert apart.split_line([one]) == "one event split into several stories=0 of 1"
    assert apart.split_line([one, both]) == "one event split into several stories=1 of 2 (both)"
    assert apart.split_line([one, both], named=False) == "one event split into several stories=1 of 2"
