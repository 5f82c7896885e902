"""Bad input: decoding that loses nothing, folders that cannot be listed, odd file names, and the
same answer whatever order or spelling the files are named in."""

import itertools
import json
import os
from pathlib import Path

import pytest

from newsdiff.io import decode as decoding
from newsdiff.io import ingest
from tests.conftest import SAMPLE_FILES

ARTICLE = "Seoul said on Friday that “about 600” people were sent back. Officials declined to comment.\n"


# (bytes, expected encoding, expected replaced-byte count): decoding decisions, with negatives.
DECODING_CASES = [
    (ARTICLE.encode("utf-8"), "utf-8", 0),
    (ARTICLE.encode("utf-8") + b"\xff", "utf-8", 1),  # one invalid byte appended
    (ARTICLE.encode("utf-8").replace(b"Friday", b"Fr\x92iday\x93"), "utf-8", 2),  # a few cp1252 bytes
    ("Le ministre a déclaré: “C’est inacceptable,” à Séoul.\n".encode("cp1252"), "cp1252", 0),
    ("A quote \x93here\x94 and a caf\xe9.\n".encode("latin-1"), "cp1252", 0),
    (ARTICLE.encode("utf-16-le"), "utf-16-le", 0),  # UTF-16 without a BOM
    (ARTICLE.encode("utf-16-be"), "utf-16-be", 0),
    (ARTICLE.encode("utf-16"), "utf-16", 0),  # with a BOM
]


@pytest.mark.parametrize("data, encoding, replaced", DECODING_CASES)
def test_decoding_keeps_mostly_utf8_files_and_finds_utf16_without_bom(data, encoding, replaced):
    decoded = decoding.decode(data)
    assert (decoded.encoding, decoded.replaced) == (encoding, replaced)
    assert "people were sent back" in decoded.text or "ministre" in decoded.text or "caf" in decoded.text


def test_binary_bytes_are_still_refused():
    with pytest.raises(decoding.DecodeError, match="binary"):
        decoding.decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)


def test_an_invalid_byte_keeps_the_quotes_and_is_noted(tmp_path):
    path = tmp_path / "one-bad-byte.txt"
    path.write_bytes(ARTICLE.encode("utf-8") + b"\xff\n")
    (source,), skipped, notes = ingest.read([str(path)])
    assert skipped == []
    assert "“about 600”" in source.text and source.text.count("\ufffd") == 1
    assert any("one-bad-byte.txt" in n and "1 invalid byte replaced" in n for n in notes)


def test_unreadable_subfolder_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden-from-us.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    sources, skipped, _ = ingest.read([str(tmp_path)])
    assert [s.id for s in sources] == ["good"]
    assert [(s.path, s.reason) for s in skipped] == [(str(locked), "cannot list folder: Permission denied")]


def test_a_path_that_cannot_be_entered_is_one_skip_not_a_traceback(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    blocked = tmp_path / "blocked" / "a.txt"
    real_is_dir = Path.is_dir

    def is_dir(self):
        if self == blocked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_dir(self)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    sources, skipped, _ = ingest.read([str(blocked), str(tmp_path / "good.txt")])
    assert [s.id for s in sources] == ["good"]
    assert [(s.path, s.reason) for s in skipped] == [(str(blocked), "cannot open: Permission denied")]


def test_a_non_utf8_file_name_is_shown_with_escapes_and_json_stays_utf8(tmp_path, run_cli):
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    result = run_cli("extract", tmp_path, "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["sources"][0]["path"].endswith("caf\\xe9.txt")
    result.stdout.encode("utf-8")  # no lone surrogates: encodable


def test_lone_surrogates_in_a_json_record_become_replacement_characters(tmp_path, run_cli):
    path = tmp_path / "r.json"
    path.write_text('{"text": "Officials said \\ud800 600 people left.", "title": "T\\udfff"}', encoding="utf-8")
    (source,), skipped, _ = ingest.read([str(path)])
    assert source.text == "Officials said \ufffd 600 people left." and source.title == "T\ufffd"


def _json_for(run_cli, *paths):
    result = run_cli("compare", *paths, "--reference-date", "2023-10-13", "--json")
    return result.exit_code, result.stdout


@pytest.mark.parametrize("order", [p for i, p in enumerate(itertools.permutations(range(5))) if i % 17 == 0])
def test_the_samples_give_byte_identical_json_in_any_order(run_cli, order):
    code, baseline = _json_for(run_cli, *SAMPLE_FILES)
    assert code == 0
    assert _json_for(run_cli, *(SAMPLE_FILES[i] for i in order)) == (0, baseline)


def test_path_spelling_does_not_change_the_json(run_cli, samples, monkeypatch):
    monkeypatch.chdir(samples.parent)
    _, plain = _json_for(run_cli, "samples")
    for spelling in ("./samples", "samples/", "./samples/../samples"):
        assert _json_for(run_cli, spelling)[1] == plain
