"""Quote claims: one statement as each source renders it.

Two quotes render the same statement when their words are identical, when one is a contiguous
fragment of the other, or (for quotes long enough to judge) when most of the shorter one's content
words appear in the longer one: translations and paraphrases of one statement keep its nouns
("circumstances", "abroad", "will") even when the grammar changes.

Status: identical everywhere is `agree`; fragments and different wordings are `compatible`, with
the words that differ in the note; the same words given to different named speakers are
`conflict` (unless one speaks for the other: a spokesperson whose role names the organization).
Short fragments ("properly") and descriptions as speakers ("the spokesperson") never make a
conflict on their own: too little to tell.
"""

from __future__ import annotations

import difflib
from typing import Mapping, Optional, Sequence

from newsdiff.compare.common import content_stems, short
from newsdiff.model import Claim, ClaimValue, Kind, Person, Quote, Status
from newsdiff.text.normalize import WORD, fold, name_key, words

SAME_SPEAKER_OVERLAP = 0.5  # content stems shared / the shorter quote's, for one speaker's wordings
CROSS_SPEAKER_OVERLAP = 0.9  # the same words given to two speakers: nearly all of them
MIN_FUZZY_STEMS = 3  # quotes with fewer content words match only when identical or a fragment
MIN_CONFLICT_WORDS = 5  # fewer words than this are a phrase anyone may use, not a statement
MAX_POSTING = 100  # a stem in more clusters than this is too common to find candidates with
MAX_COMPARED = 8  # members of a cluster a new quote is compared with (the first ones)


class _Q:
    """A quote with its words prepared once."""

    __slots__ = ("fact", "tokens", "stems", "speaker")

    def __init__(self, fact: Quote, speaker: Optional[str]) -> None:
        self.fact = fact
        self.tokens = words(fact.text)
        self.stems = frozenset(content_stems(fact.text))
        self.speaker = speaker


def named(speaker: Optional[str]) -> Optional[str]:
    """The speaker when it is a name, None when it is missing or a description ("the NGO")."""
    if not speaker:
        return None
    first = speaker.split()[0]
    if not first[:1].isupper() or fold(first) in ("the", "a", "an"):
        return None
    return speaker


def relation(a: _Q, b: _Q) -> tuple[str, float]:
    """How two quotes' words relate: ("identical" | "fragment" | "paraphrase" | "", score)."""
    if not a.tokens or not b.tokens:
        return "", 0.0
    if a.tokens == b.tokens:
        return "identical", 3.0
    short_, long_ = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    if _contiguous(short_.tokens, long_.tokens):
        return "fragment", 2.0 + len(short_.tokens) / len(long_.tokens)
    smaller = min(len(a.stems), len(b.stems))
    if smaller < MIN_FUZZY_STEMS:
        return "", 0.0
    overlap = len(a.stems & b.stems) / smaller
    return ("paraphrase", overlap) if overlap >= SAME_SPEAKER_OVERLAP else ("", overlap)


def _contiguous(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    first = needle[0]
    return any(hay[i] == first and hay[i : i + n] == needle for i in range(len(hay) - n + 1))


class Speakers:
    """Decides whether two canonical speaker names are the same voice."""

    def __init__(self, people: Sequence[Person]) -> None:
        self.aliases: dict[str, set[str]] = {}
        self.roles: dict[str, str] = {}
        for p in people:
            names = {fold(n) for n in (p.name, *p.aliases)}
            self.aliases[fold(p.name)] = names
            self.roles[fold(p.name)] = " ".join(fold(r.role) for r in p.roles)

    def same(self, a: str, b: str) -> bool:
        """True when `a` and `b` are one speaker, or one speaks for the other."""
        fa, fb = fold(a), fold(b)
        if fa == fb or fb in self.aliases.get(fa, ()) or fa in self.aliases.get(fb, ()):
            return True
        if name_key(a) == name_key(b):  # "Koo Byoung-sam" / "Koo Byoungsam"
            return True
        la, lb = _name_list(a), _name_list(b)
        if len(la) >= 2 and len(lb) >= 2 and la[-2:] == lb[-2:]:
            return True  # "Academy President Boone Isaacs" / "Cheryl Boone Isaacs"
        wa, wb = set(la), set(lb)
        # "Koo" / "Koo Byoung-sam"; "South Korea" / "South Korea's Unification Ministry" (a body
        # speaking through one of its parts).
        if wa and wb and (wa <= wb or wb <= wa):
            return True
        for x, y in ((fa, fb), (fb, fa)):
            role = self.roles.get(x, "")
            if role and any(n in role for n in self.aliases.get(y, {y})):
                return True  # x is a spokesperson "for y"
        return False


def _name_list(name: str) -> list[str]:
    out = [name_key(w.removesuffix("'s").removesuffix("'")) for w in fold(name).split()]
    return [w for w in out if w]


def build(facts: Sequence[Quote], people: Sequence[Person], source_order: dict[str, int],
          twins: Optional[Mapping[str, Sequence[Quote]]] = None) -> list[Claim]:
    """Group quote facts of one story into claims. `twins` (fact id -> the same quote in copies,
    `claims_common.fold_copies`) join their original's claim."""
    speakers = Speakers(people)
    ordered = sorted(facts, key=lambda f: (source_order[f.source], f.start, f.end))
    clusters: list[list[_Q]] = []
    postings: dict[str, list[int]] = {}
    for fact in ordered:
        q = _Q(fact, named(fact.speaker))
        if not q.tokens:
            continue
        candidates: set[int] = set()
        for s in q.stems or {q.tokens[0]}:
            ids = postings.get(s, ())
            if len(ids) <= MAX_POSTING:
                candidates.update(ids)
        best, best_score = None, 0.0
        for c in sorted(candidates):
            score = _fit(q, clusters[c], speakers)
            if score > best_score:
                best, best_score = c, score
        if best is None:
            best = len(clusters)
            clusters.append([])
        clusters[best].append(q)
        for s in q.stems or {q.tokens[0]}:
            ids = postings.setdefault(s, [])
            if not ids or ids[-1] != best:
                if best not in ids:
                    ids.append(best)
    if twins:
        for cluster in clusters:
            cluster.extend(_Q(t, q.speaker) for q in list(cluster) for t in twins.get(q.fact.id, ()))
            cluster.sort(key=lambda q: (source_order[q.fact.source], q.fact.start, q.fact.end))
    return [_draft(c, speakers, source_order) for c in clusters]


def _fit(q: _Q, cluster: list[_Q], speakers: Speakers) -> float:
    """How well `q` joins `cluster` (0: not at all)."""
    best = 0.0
    for member in cluster[:MAX_COMPARED]:
        kind, score = relation(q, member)
        if not kind:
            continue
        if q.speaker and member.speaker and not speakers.same(q.speaker, member.speaker):
            # Different voices: only the same words, long enough to be a statement, line up.
            if len(q.tokens) < MIN_CONFLICT_WORDS or len(member.tokens) < MIN_CONFLICT_WORDS:
                continue
            if kind == "paraphrase" and score < CROSS_SPEAKER_OVERLAP:
                continue
        elif kind == "fragment" and min(len(q.tokens), len(member.tokens)) < MIN_FUZZY_STEMS:
            # A word or two inside a longer quote: only for the same named speaker.
            if not (q.speaker and member.speaker):
                continue
        best = max(best, score)
    return best


def _draft(cluster: list[_Q], speakers: Speakers, source_order: dict[str, int]) -> Claim:
    sources = list(dict.fromkeys(q.fact.source for q in cluster))
    ref = max(cluster, key=lambda q: (len(q.tokens), -source_order[q.fact.source], -q.fact.start))
    voices: list[str] = []
    for q in cluster:
        if q.speaker and not any(speakers.same(q.speaker, v) for v in voices):
            voices.append(q.speaker)
    if len(sources) == 1:
        status, note = Status.SINGLE, "one source only"
    elif len(voices) > 1:
        status = Status.CONFLICT
        parts = []
        for v in voices:
            where = sorted({q.fact.source for q in cluster if q.speaker and speakers.same(q.speaker, v)},
                           key=lambda s: source_order[s])
            parts.append(f"{v} ({', '.join(where)})")
        note = "the same words are given to different speakers: " + " vs ".join(parts)
    elif all(q.tokens == ref.tokens for q in cluster):
        status, note = Status.AGREE, "identical wording in every source"
    else:
        status = Status.COMPATIBLE
        note = _difference_note(cluster, ref)
    if status != Status.CONFLICT and any(not q.speaker for q in cluster) and voices:
        unnamed = sorted({q.fact.source for q in cluster if not q.speaker}, key=lambda s: source_order[s])
        note += f"; no named speaker in {', '.join(unnamed)}"
    # The label names the speaker of the fullest rendering (the spokesperson, not the body).
    speaker = ref.speaker or (voices[0] if voices else (cluster[0].fact.speaker or ""))
    label = (f"{speaker}: " if speaker else "") + "“" + short(ref.fact.text, 40) + "”"
    values = tuple(
        ClaimValue(source=q.fact.source, value=q.fact.text, fact=q.fact.id, claimant=q.fact.speaker,
                   display=q.fact.text)
        for q in cluster
    )
    first = cluster[0].fact
    return Claim(kind=Kind.QUOTE, label=label, status=status, facts=tuple(q.fact.id for q in cluster), values=values, note=note,
                 order=(source_order[first.source], first.start))


def _difference_note(cluster: list[_Q], ref: _Q) -> str:
    parts = []
    described: set[str] = set()  # sources already in the note
    wordings: set[tuple[str, ...]] = set()  # a copy repeating a wording already described adds nothing
    for q in cluster:
        key = tuple(q.tokens)
        if q is ref or q.tokens == ref.tokens or q.fact.source in described or key in wordings:
            continue
        described.add(q.fact.source)
        wordings.add(key)
        if _contiguous(q.tokens, ref.tokens):
            parts.append(f"{q.fact.source} quotes a fragment")
            continue
        changes = word_changes(ref.tokens, q.tokens)
        shown = "; ".join(f"“{new}” for “{old}”" if old and new else (f"adds “{new}”" if new else f"omits “{old}”")
                          for old, new in changes[:2])
        more = f" (+{len(changes) - 2} more)" if len(changes) > 2 else ""
        parts.append(f"{q.fact.source} words it differently: {shown}{more}")
    head = f"different renderings of one statement (fullest in {ref.fact.source})"
    return head + (": " + "; ".join(parts) if parts else "")


def word_changes(ref: list[str], other: list[str]) -> list[tuple[str, str]]:
    """The word runs that differ between two renderings, as (words in ref, words in other)."""
    matcher = difflib.SequenceMatcher(None, ref, other, autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            out.append((short(" ".join(ref[i1:i2]), 40), short(" ".join(other[j1:j2]), 40)))
    return out


def differing_spans(text: str, reference: str) -> list[tuple[int, int]]:
    """Character ranges of `text` whose words are not in `reference` at the matching place (for
    highlighting the differences between two renderings of a statement)."""
    found = list(WORD.finditer(text, timeout=1.0))
    mine = [fold(m.group()) for m in found]
    theirs = words(reference)
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    spans = []
    for op, i1, i2, _, _ in matcher.get_opcodes():
        if op in ("replace", "delete") and i2 > i1:
            spans.append((found[i1].start(), found[i2 - 1].end()))
    return spans
