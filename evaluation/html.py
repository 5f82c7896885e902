"""Saved web pages (Mozilla Readability's reviewed test pages): body, title, date and site name.

Each page is written to `<id>.html` (the base64 bytes when the record has them, so a wrong
declared charset stays wrong) and read through `newsdiff.io.ingest.read`, the path `newsdiff
compare page.html` takes; the metadata is what `sources[]` shows after `document_for` has filled what
the page left out. Scoring follows ../shared/bench/README.md: body as bags of lowercased word
tokens (each CJK character one token), P and R averaged over pages, F1 from the averages; title,
date and site name as share correct over the pages that have that gold field.
"""

from __future__ import annotations

import base64
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Optional

import regex

from evaluation.records import read_jsonl
from newsdiff.io import ingest
from newsdiff.text.document import document_for

FILE = Path("html") / "readability_dev.jsonl"
_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W_\p{Han}\p{Hiragana}\p{Katakana}]+")
_WORD = regex.compile(r"[^\W_]+")


def load(bench: Path) -> Optional[list[dict]]:
    """The page records, or None when the file is absent."""
    return read_jsonl(bench / FILE)


def tokens(text: str) -> Counter:
    """Lowercased word tokens with multiplicity; every CJK character is a token of its own."""
    return Counter(_TOKEN.findall(text.lower()))


def body_scores(extracted: str, gold: str) -> tuple[float, float]:
    """(precision, recall) of one page's extracted body against the gold body."""
    got, want = tokens(extracted), tokens(gold)
    shared = sum((got & want).values())
    precision = shared / sum(got.values()) if got else 0.0
    recall = shared / sum(want.values()) if want else 0.0
    return precision, recall


def _norm(value: str) -> str:
    value = unicodedata.normalize("NFKC", value).casefold()
    return " ".join(_WORD.findall(value))


def _whole_part(short: str, long: str) -> bool:
    return f" {short} " in f" {long} "


def title_ok(got: Optional[str], gold: str) -> bool:
    """Equal after normalising, or one contains the other and the shorter is 40% of the longer
    or three whole words."""
    if not got:
        return False
    a, b = _norm(got), _norm(gold)
    if not a or not b:
        return a == b
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if short not in long:
        return False
    return len(short) >= 0.4 * len(long) or (len(short.split()) >= 3 and _whole_part(short, long))


def site_ok(got: Optional[str], gold: str) -> bool:
    """Equal, or one a whole-word part of the other, ignoring a leading "the"."""
    if not got:
        return False
    a, b = (regex.sub(r"^the ", "", _norm(v)) for v in (got, gold))
    if not a or not b:
        return False
    return a == b or _whole_part(a, b) or _whole_part(b, a)


def read_page(record: dict, folder: Path):
    """Save the page as the user would have it and read it with newsdiff; the analysed source."""
    path = folder / f"{record['id']}.html"
    if record.get("html_b64"):
        path.write_bytes(base64.b64decode(record["html_b64"]))
    else:
        path.write_bytes(record["html"].encode("utf-8"))
    sources, skipped, _ = ingest.read([str(path)])
    if not sources:
        return None, skipped[0].reason if skipped else "nothing read"
    return document_for(sources[0]).source, None


def score(records: list[dict], show: bool = True) -> dict:
    """Every figure as a dict; prints the misses when `show`."""
    ps, rs = [], []
    counts = {"title": [0, 0], "published": [0, 0], "site_name": [0, 0]}
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for record in records:
            source, problem = read_page(record, Path(tmp))
            text = source.text if source else ""
            p, r = body_scores(text, record["expected_text"])
            ps.append(p)
            rs.append(r)
            if problem:
                misses.append(f"{record['id']}: not read ({problem})")
            if p < 0.85 or r < 0.85:
                misses.append(f"{record['id']}: body P {p:.2f} R {r:.2f}")
            checks = (
                ("title", source.title if source else None, title_ok),
                ("published", source.published if source else None, lambda got, gold: got == gold),
                ("site_name", source.outlet if source else None, site_ok),
            )
            for field, got, ok in checks:
                gold = record.get(field)
                if gold is None:
                    continue
                counts[field][1] += 1
                if ok(got, gold):
                    counts[field][0] += 1
                else:
                    misses.append(f"{record['id']}: {field} {got!r}, gold {gold!r}")
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if show:
        for line in misses:
            print(f"   miss {line}")
    out = {"pages": len(records), "body_p": precision, "body_r": recall, "body_f1": f1}
    for field, (right, total) in counts.items():
        out[field] = (right / total if total else 0.0, right, total)
    return out


def main(bench: Path) -> None:
    """Print body P/R/F1 and the metadata figures for the development pages."""
    records = load(bench)
    if records is None:
        print(f"html: skipped, no {FILE}")
        return
    got = score(records)
    print(
        f"   {got['pages']} pages: body F1 {got['body_f1']:.3f} (P {got['body_p']:.3f}, R {got['body_r']:.3f})"
        "  [trafilatura 2.3.1 alone: 0.951]"
    )
    for field in ("title", "published", "site_name"):
        share, right, total = got[field]
        print(f"   {field}: {share:.3f} ({right}/{total})")
