"""Ingestion of every supported format; bad input reported, never silently dropped."""

import json

import pytest

from newsdiff.io import ingest

ARTICLE = "Seoul said on Friday that “about 600” people were sent back. Officials declined to comment.\n"


def read(*paths):
    return ingest.read([str(p) for p in paths])


def test_txt_and_md_are_read_exactly(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Head\n\n" + ARTICLE, encoding="utf-8")
    sources, skipped, _ = read(tmp_path)
    assert [s.id for s in sources] == ["a", "b"]
    assert sources[0].text == ARTICLE
    assert skipped == []


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode("utf-8") + ARTICLE.encode("utf-8"))
    (source,), _, _ = read(path)
    assert source.text == ARTICLE


def test_cp1252_file_is_decoded(tmp_path):
    text = "Le ministre a déclaré: “C’est inacceptable,” selon l’agence. Les réfugiés sont arrivés à Séoul.\n"
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    (source,), skipped, _ = read(path)
    assert skipped == []
    assert source.text == text


def test_crlf_is_kept_so_offsets_match_the_file(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Line one.\r\nLine two.\r\n")
    (source,), _, _ = read(path)
    assert source.text == "Line one.\r\nLine two.\r\n"


def test_json_record_fields(tmp_path):
    record = {"id": "rec-1", "text": ARTICLE, "title": "T", "published": "October 13, 2023",
              "url": "https://example.org/a", "outlet": "Example News"}
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    (source,), skipped, _ = read(path)
    assert skipped == []
    assert (source.id, source.title, source.published, source.url, source.outlet) == (
        "rec-1", "T", "2023-10-13", "https://example.org/a", "Example News")
    assert source.text == ARTICLE


def test_jsonl_bad_line_is_reported_and_the_rest_read(tmp_path):
    lines = [
        json.dumps({"id": "x", "text": ARTICLE}),
        "{not json",
        json.dumps({"id": "y", "title": "no text field"}),
        json.dumps({"text": ARTICLE}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources, skipped, _ = read(path)
    assert [s.id for s in sources] == ["x", "feed-4"]
    assert [s.path for s in skipped] == [f"{path}:2", f"{path}:3"]
    assert "invalid JSON" in skipped[0].reason and "text" in skipped[1].reason


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("page.html", b"<html><head><title>T</title></head><body></body></html>", "no article text"),
        ("empty.txt", b"   \n", "empty"),
        ("blob.txt", b"\x00\x01\x02binary", "binary"),
        ("image.png", b"\x89PNG", "unsupported"),
        ("bad.json", b"{\"text\": ", "invalid JSON"),
        ("list.json", b"[1, 2]", "JSON object"),
    ],
)
def test_unreadable_files_are_skipped_with_a_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    sources, skipped, _ = read(tmp_path)
    assert [s.id for s in sources] == ["ok"]
    assert len(skipped) == 1 and skipped[0].path.endswith(name) and reason in skipped[0].reason


def test_missing_path_is_reported(tmp_path):
    sources, skipped, _ = read(tmp_path / "nope")
    assert sources == [] and "no such file" in skipped[0].reason


def test_folders_walk_recursively_in_sorted_order_and_ignore_readmes(tmp_path):
    for rel in ("b/2.txt", "a/1.txt", "c.txt", "README.md", ".hidden.txt"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")
    sources, skipped, notes = read(tmp_path)
    assert [s.id for s in sources] == ["1", "2", "c"]
    assert len(notes) == 2 and any(".hidden.txt" in n for n in notes) and any("README.md" in n for n in notes)


def test_same_file_name_in_two_folders_gets_unique_ids(tmp_path):
    for rel in ("x/story.txt", "y/story.txt"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True)
        path.write_text(ARTICLE, encoding="utf-8")
    sources, _, _ = read(tmp_path)
    ids = [s.id for s in sources]
    assert len(set(ids)) == 2 and all(i.endswith("story") for i in ids)


def test_deeply_nested_json_is_skipped_not_a_crash(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "deep.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    sources, skipped, _ = read(tmp_path)
    assert sources == [] and len(skipped) == 2
    assert all("nested too deeply" in s.reason for s in skipped)


def test_fifo_in_a_folder_is_reported_not_read(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    sources, skipped, _ = read(tmp_path)
    assert [s.id for s in sources] == ["ok"]
    assert skipped[0].path.endswith("pipe.txt") and "not a regular file" in skipped[0].reason


def test_link_to_a_folder_is_reported_not_followed(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    sources, skipped, _ = read(tmp_path)
    assert [s.id for s in sources] == ["a"]
    assert skipped[0].path.endswith("link") and "not followed" in skipped[0].reason


def test_record_with_an_unusable_date_is_read_with_a_note(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": ARTICLE, "published": "last Tuesday"}), encoding="utf-8")
    (source,), skipped, notes = read(path)
    assert skipped == [] and source.published is None
    assert any("last Tuesday" in n for n in notes)


def test_latin1_file_is_not_misread_as_a_dos_code_page(tmp_path):
    text = 'Café owner José Müller said "the naïve plan failed" on 3 March 2021.\n'
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    (source,), skipped, _ = read(path)
    assert skipped == [] and source.text == text


def test_a_file_given_twice_is_read_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    sources, skipped, notes = read(path, tmp_path, path)
    assert [s.id for s in sources] == ["a"] and skipped == []
    assert sum("more than once" in n for n in notes) == 2
