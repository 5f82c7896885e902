"""Saved web pages: the article body without furniture, the page's metadata, exact offsets,
encodings decided by the bytes, and pages mixed with text and JSONL files."""

from __future__ import annotations

import json

import pytest

from newsdiff.io import html, ingest
from tests.pages import COMMENTS, HEADLINE, PARAGRAPHS, RELATED, article_page


def read_one(path):
    sources, skipped, _ = ingest.read([str(path)])
    assert skipped == []
    (source,) = sources
    return source


def test_page_body_is_the_article_without_furniture(tmp_path):
    path = tmp_path / "courier.html"
    path.write_text(article_page(), encoding="utf-8")
    source = read_one(path)
    for paragraph in PARAGRAPHS:
        assert paragraph in source.text
    for furniture in RELATED + COMMENTS + ["cookies", "Advertisement", "Weather", "All rights reserved", "ads ="]:
        assert furniture not in source.text
    # one block per line: paragraph breaks survive
    assert source.text.count("\n") >= len(PARAGRAPHS)


def test_numbers_of_related_stories_and_comments_never_become_facts(run_json, tmp_path):
    (tmp_path / "courier.html").write_text(article_page(), encoding="utf-8")
    code, doc = run_json("extract", tmp_path)
    assert code == 0
    numbers = {f["text"] for f in doc["facts"] if f["kind"] == "number"}
    assert any("350" in n for n in numbers) and any("4.2" in n for n in numbers)
    for stray in ("12", "40", "15 per cent", "7,500", "2,000", "50%", "1234567"):
        assert not any(stray in n for n in numbers), stray


def test_metadata_comes_from_the_page(tmp_path):
    path = tmp_path / "courier.html"
    path.write_text(article_page(), encoding="utf-8")
    source = read_one(path)
    assert source.title == HEADLINE
    assert source.outlet == "The Arlen Courier"
    assert source.author == "Jane Reyes"
    # the day as the page writes it, not shifted by a time zone
    assert source.published == "2024-03-12"


def test_title_tag_loses_the_outlet_name_when_nothing_better_is_declared(tmp_path):
    page = article_page(with_json_ld=False).replace(f'<meta property="og:title" content="{HEADLINE}">', "")
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    assert read_one(path).title == HEADLINE


def test_date_in_the_page_beats_a_date_in_the_text(run_json, tmp_path):
    dated = ["DUNMORE, March 1, 2021 — The barrier held, officials said on Tuesday."] + PARAGRAPHS[1:]
    (tmp_path / "p.html").write_text(article_page(paragraphs=dated), encoding="utf-8")
    (tmp_path / "t.txt").write_text("\n".join(dated) + "\n", encoding="utf-8")
    _, doc = run_json("extract", tmp_path)
    published = {s["id"]: s["published"] for s in doc["sources"]}
    assert published == {"p": "2024-03-12", "t": "2021-03-01"}


def test_text_command_prints_the_text_facts_index_into(run_cli, tmp_path):
    path = tmp_path / "courier.html"
    path.write_text(article_page(), encoding="utf-8")
    printed = run_cli("text", path).stdout
    assert printed == read_one(path).text
    doc = json.loads(run_cli("extract", path, "--json").stdout)
    assert doc["facts"]
    for fact in doc["facts"]:
        assert printed[fact["start"] : fact["end"]] == fact["text"]
    quotes = [f for f in doc["facts"] if f["kind"] == "quote"]
    # the quote runs on into the next paragraph ("she added") and keeps its speaker there
    assert {q["speaker"] for q in quotes} == {"Maria Costa"} and len(quotes) >= 2


def test_wrong_declared_charset_loses_to_the_bytes(tmp_path):
    path = tmp_path / "wrong.html"
    path.write_bytes(article_page(charset_meta="gb2312").encode("utf-8"))
    source = read_one(path)
    assert "“We built this wall for exactly this night,” said Maria Costa, the town’s mayor." in source.text


def test_legacy_page_with_its_declared_charset(tmp_path):
    path = tmp_path / "legacy.html"
    path.write_bytes(article_page(charset_meta="windows-1252").encode("cp1252"))
    assert PARAGRAPHS[2] in read_one(path).text


def test_undeclared_charset_is_detected_not_assumed_cp1252(tmp_path):
    russian = [
        "Власти города сообщили во вторник, что около 350 домов были эвакуированы из-за наводнения.",
        "По словам мэра, вода поднялась до самого высокого уровня с 1998 года, но дамба выдержала.",
        "Инженеры проверят сооружение в среду, после чего жителям разрешат вернуться домой.",
    ]
    page = article_page(paragraphs=russian, with_json_ld=False).replace('<meta charset="utf-8">', "")
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    text = read_one(path).text
    for paragraph in russian:
        assert paragraph in text


def test_txt_file_that_is_really_html_is_read_as_a_page(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(article_page(), encoding="utf-8")
    source = read_one(path)
    assert source.title == HEADLINE and "<p>" not in source.text and PARAGRAPHS[1] in source.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("  <html lang='en'><head><title>x</title></head></html>", True),
        ("<!-- saved from url -->\n<html>", True),
        ("<div><p>Story</p><p>More</p></div>", True),
        # an article that talks about markup is still an article
        ("Editors argued over whether the <p> tag or <div> should wrap the story.", False),
        ("The <html> element is the root of a page, the committee said.", False),
        ("", False),
    ],
)
def test_looks_like_html(text, expected):
    assert html.looks_like_html(text) is expected


def test_control_characters_and_escapes_never_reach_the_text(tmp_path):
    dirty = PARAGRAPHS[:1] + ["Officials \x1b[31mdeclined\x1b[0m to say how many homes were lost."]
    path = tmp_path / "dirty.html"
    path.write_text(article_page(paragraphs=dirty), encoding="utf-8")
    text = read_one(path).text
    assert "\x1b" not in text and "declined" in text


def test_a_page_with_no_article_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title>Home</title></head><body><nav></nav></body></html>")
    (tmp_path / "ok.txt").write_text(PARAGRAPHS[1] + "\n", encoding="utf-8")
    sources, skipped, _ = ingest.read([str(tmp_path)])
    assert [s.id for s in sources] == ["ok"]
    assert len(skipped) == 1 and skipped[0].path.endswith("empty.html") and "no article text" in skipped[0].reason


def test_a_folder_mixing_txt_html_and_jsonl_compares_as_one_story(run_json, tmp_path):
    (tmp_path / "courier.html").write_text(article_page(), encoding="utf-8")
    wire = (
        "DUNMORE (Reuters) - A flood barrier in the town of Dunmore held on Tuesday as the River Arlen "
        "peaked at 4.2 metres, its highest since 1998.\n"
        "About 400 homes were evacuated overnight, according to the county emergency service.\n"
        "\u201cWe built this wall for exactly this night,\u201d Mayor Maria Costa said.\n"
    )
    (tmp_path / "wire.txt").write_text(wire, encoding="utf-8")
    record = {
        "id": "gazette",
        "title": "Dunmore flood wall holds",
        "outlet": "Valley Gazette",
        "author": "Sam Hill",
        "text": "The River Arlen peaked at 4.2 metres in Dunmore on Tuesday, the highest level since 1998. "
        "Some 350 homes were evacuated, according to the county emergency service. Maria Costa, the mayor, "
        "said: \u201cWe built this wall for exactly this night.\u201d\n",
    }
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    code, doc = run_json("compare", tmp_path)
    assert code == 0
    assert sorted(s["id"] for s in doc["sources"]) == ["courier", "gazette", "wire"]
    assert len({s["story"] for s in doc["sources"]}) == 1
    assert {s["id"]: s["author"] for s in doc["sources"]} == {"courier": "Jane Reyes", "gazette": "Sam Hill", "wire": None}
    evacuated = [c for c in doc["claims"] if c["kind"] == "number" and len({v["source"] for v in c["values"]}) == 3]
    assert evacuated, "the three sources' numbers are lined up in one claim"
