"""End to end, through the extractors: one article and a variant of it with one thing changed.

The article is written in the shapes of the samples (a wire story about people sent back across a
border). Changing one number, date, speaker or title must give a conflict on exactly that claim
and nothing else; an unchanged copy gives no conflict and is marked as a copy.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsdiff import pipeline
from newsdiff.compare import comparison
from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.render import json as json_render

ARTICLE = """Seoul says hundreds of escapees were sent back across the border

SEOUL (AP) — South Korea said on Friday it had protested to Beijing after reports that a large number of North Koreans were forcibly returned to their homeland.

"Under no circumstances should North Koreans living abroad be forcibly repatriated against their will," said Lee Jae-won, a spokesman for South Korea's Unification Ministry.

Rights groups said the escapees were carried in vehicle convoys over five border crossings on Monday night.

Lee said Seoul had sternly raised the issue with the Chinese side and would keep asking for their safe passage.
"""

VARIANTS = {
    "number": ("over five border crossings", "over seven border crossings", "number"),
    "date": ("on Monday night", "on Tuesday night", "date"),
    "speaker": ("said Lee Jae-won, a spokesman", "said Park Soo-min, a spokesman", "quote"),
    "title": ("a spokesman for", "a spokeswoman for", "role"),
}
OPTIONS = Options(reference_date=dt.date(2023, 10, 13))


def _run(text_b: str):
    sources = [Source("base", "base.txt", ARTICLE), Source("variant", "variant.txt", text_b)]
    return pipeline.run(sources, OPTIONS)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_one_change_gives_one_conflict_on_that_claim(name):
    old, new, kind = VARIANTS[name]
    assert old in ARTICLE
    result = _run(ARTICLE.replace(old, new))
    conflicts = [c for c in result.claims if c.status == "conflict"]
    assert [c.kind for c in conflicts] == [kind]
    # The conflict is about the words that changed: the variant's value carries them.
    changed = new.split()[1] if name != "speaker" else "Park Soo-min"
    shown = " ".join(f"{v.claimant or ''} {v.display or v.value}" for v in conflicts[0].values if v.source == "variant")
    assert changed.casefold() in shown.casefold()


def test_unchanged_copy_gives_no_conflict_and_is_marked():
    result = _run(ARTICLE)
    assert [c for c in result.claims if c.status == "conflict"] == []
    shared = [c for c in result.claims if {v.source for v in c.values} == {"base", "variant"}]
    assert shared, "the copy lines up with the original"
    assert all(c.status == "agree" for c in shared)
    assert all("copies" in c.note and "not independent confirmation" in c.note for c in shared)
    analysis = comparison.compare_sources(result.sources, result.facts, result.people)
    assert analysis.copies == {"base": "base", "variant": "base"}


def test_an_independent_rewrite_is_not_a_copy():
    rewrite = (
        "Beijing returns escapees, Seoul protests\n\n"
        "Lee Jae-won, spokesman of the Unification Ministry, told reporters that \"under no circumstances should "
        "North Koreans living abroad be forcibly repatriated against their will.\"\n\n"
        "Activists said the convoys crossed at five points along the frontier late on Monday.\n"
    )
    result = _run(rewrite)
    analysis = comparison.compare_sources(result.sources, result.facts, result.people)
    assert analysis.copies == {}


def test_compare_json_is_byte_identical_across_runs():
    first = json_render.dumps(_run(ARTICLE.replace("five", "seven")))
    again = json_render.dumps(_run(ARTICLE.replace("five", "seven")))
    assert first == again
    ids = [c["id"] for c in json.loads(first)["claims"]]
    assert len(set(ids)) == len(ids) and all(i.startswith("c") for i in ids)


def test_a_claim_keeps_its_id_when_another_source_joins_the_folder():
    # Ids come from what a claim holds, not from its position: adding an unrelated article
    # changes no id of the claims it does not touch.
    pair = [Source("base", "base.txt", ARTICLE), Source("variant", "variant.txt", ARTICLE.replace("five", "seven"))]
    unrelated = Source("bakery", "bakery.txt", "A bakery in Lyon sold 40 loaves on Tuesday, its owner said.")
    before = json.loads(json_render.dumps(pipeline.run(pair, OPTIONS)))["claims"]
    after = json.loads(json_render.dumps(pipeline.run([*pair, unrelated], OPTIONS)))["claims"]
    by_facts = {tuple(c["facts"]): c["id"] for c in after}
    kept = [c for c in before if tuple(c["facts"]) in by_facts]
    assert kept and all(by_facts[tuple(c["facts"])] == c["id"] for c in kept)
