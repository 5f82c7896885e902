"""Quote claims: one statement as each source renders it.

Quotes are lined up across sources as cross-document coreference of statements:

- Blocking: a quote is compared only with the claims that share one of its content words, the
  rarest shared words first (`MAX_CANDIDATES` claims at most, words in more than `MAX_POSTING`
  claims skipped), so the cost stays near-linear in the number of quotes, never all-against-all.
- Alignment (rapidfuzz, on normalised words, not characters): two quotes are one statement when
  their words are identical, when one is a contiguous fragment of the other, when the shorter one's
  words align in order with the longer one's (`PARTIAL_ALIGNMENT` of its words: a fragment quoted
  with a word changed), or, for quotes long enough to judge, when most of the shorter one's content
  words appear in the longer one (`SAME_SPEAKER_OVERLAP`): translations and paraphrases of one
  statement keep their nouns ("circumstances", "abroad") even when the grammar changes.

Status: identical everywhere is `agree`; fragments and different wordings are `compatible`, with
the words that differ in the note, aligned on the words the renderings share
(`newsdiff.text.wording`); the same words given to different named speakers are `conflict`, but
only when the words are clearly one statement (`CROSS_SPEAKER_ALIGNMENT` of the shorter quote's
words, in order) and unless one speaks for the other (a spokesperson whose role names the
organization; a person's spokesperson is not that person). A quote given to two people together
("said Laurence Mark and Bill Condon") is one voice with either of them (`Speakers.one_voice`).
Short fragments ("properly"), descriptions as speakers ("the spokesperson", "Authorities"),
speakers read from a pronoun (unless the reading is sure, `Quote.pronoun_resolved`) and speakers
guessed for a fragment no reporting verb attributes never make a conflict on their own: too
little to tell.

Every claim of two or more sources says why its quotes were joined (`Claim.basis`, "joined on: ..."
in the note): the relation of each joined quote's words to the words it was matched with (the same
words, a fragment, words aligned in order, shared content words) and the speaker they share.
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

import regex
from rapidfuzz.distance import LCSseq, Levenshtein

from newsdiff.compare.common import content_stems, short
from newsdiff.lexicon import load_set
from newsdiff.lexicon.claim_words import GENERIC_ORG_WORDS, SPEAKER_ARTICLES, STOPWORDS
from newsdiff.lexicon.speech_words import PRONOUNS, ROLE_NOUNS
from newsdiff.model import Claim, ClaimValue, Kind, Person, Quote, Status
from newsdiff.text.normalize import fold, name_key, words
from newsdiff.text.wording import changes

SAME_SPEAKER_OVERLAP = 0.5  # content stems shared / the shorter quote's, for one speaker's wordings
PARTIAL_ALIGNMENT = 0.8  # words of the shorter quote found in order in the longer one (LCS / length)
CROSS_SPEAKER_ALIGNMENT = 0.9  # the same words given to two speakers: nearly all of them, in order
MIN_FUZZY_STEMS = 3  # quotes with fewer content words match only when identical or a fragment
MIN_CONFLICT_WORDS = 5  # fewer words than this are a phrase anyone may use, not a statement
SPELLING_MIN_KEY = 10  # letters of a name key below which a one-letter difference is another name
MAX_POSTING = 100  # a stem in more clusters than this is too common to find candidates with
MAX_CANDIDATES = 16  # claims a new quote is compared with: those sharing its rarest words
MAX_COMPARED = 8  # members of a cluster a new quote is compared with (the first ones)
SHARED, SPEAKER = "shared words: ", "speaker: "  # parts of a quote claim's basis
MOVED = "\u2192"  # `word_changes`: a run `other` has at another place
# Words of a speaker that describes people rather than naming them ("Authorities", "Police
# officials"): lexicon/lists/compare/group_speakers.txt with the role nouns and generic body words.
DESCRIPTION_WORDS = load_set("compare/group_speakers") | ROLE_NOUNS | GENERIC_ORG_WORDS


class _Q:
    """A quote with its words prepared once."""

    __slots__ = ("fact", "tokens", "stems", "speaker", "names", "joined")

    def __init__(self, fact: Quote, speaker: Optional[str]) -> None:
        self.fact = fact
        self.tokens = words(fact.text)
        self.stems = frozenset(content_stems(fact.text))
        self.speaker = speaker
        # The voice: the speaker and the names it shares the quote with ("said Laurence Mark and
        # Bill Condon"), empty when no named speaker.
        self.names: tuple[str, ...] = (speaker, *joint_names(fact, speaker)) if speaker else ()
        self.joined = ""  # why it joined its claim (`_reason`), "" for a claim's first quote


# Separators of the names in a joint speaker mention ("Zadan and Meron", "Smith, Jones and Lee").
_JOINT = regex.compile(r"\s*,\s*|\s+and\s+")


def joint_names(fact: Quote, speaker: str) -> tuple[str, ...]:
    """The other named people a quote's speaker mention gives it to together ("said Laurence Mark
    and Bill Condon" -> "Bill Condon" for speaker "Laurence Mark"); () for one speaker."""
    mention = fact.speaker_text or ""
    if " and " not in mention:
        return ()
    key = name_key(speaker)
    parts = [p for p in _JOINT.split(mention) if named(p)]
    return tuple(p for p in parts if not name_key(p).endswith(key) and not key.endswith(name_key(p)))


def named(speaker: Optional[str]) -> Optional[str]:
    """The speaker when it is a name, None when it is missing or a description ("the NGO"; a group
    or a title capitalised at the start of a sentence: "Authorities", "Police officials")."""
    if not speaker:
        return None
    parts = speaker.split()
    if not parts[0][:1].isupper() or fold(parts[0]) in SPEAKER_ARTICLES:
        return None
    if all(fold(w).removesuffix("'s").removesuffix("'") in DESCRIPTION_WORDS for w in parts):
        return None
    return speaker


def alignment(short_: Sequence[str], long_: Sequence[str]) -> float:
    """Share of the words of `short_` that align, in order, with words of `long_` (0 to 1)."""
    if not short_:
        return 0.0
    return LCSseq.similarity(list(short_), list(long_)) / len(short_)


def relation(a: _Q, b: _Q) -> tuple[str, float]:
    """How two quotes' words relate: ("identical" | "fragment" | "aligned" | "paraphrase" | "",
    score). Scores rank the relations: identical 3, fragment 2 to 3, aligned 1 to 2, paraphrase
    0.5 to 1."""
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
    aligned = alignment(short_.tokens, long_.tokens)
    if aligned >= PARTIAL_ALIGNMENT:
        return "aligned", 1.0 + aligned
    overlap = len(a.stems & b.stems) / smaller
    return ("paraphrase", overlap) if overlap >= SAME_SPEAKER_OVERLAP else ("", overlap)


def same_statement(a: _Q, b: _Q) -> bool:
    """True when two quotes are clearly one statement: long enough to be one, and the shorter's
    words (nearly) all found in order in the longer. Only then may different speakers conflict."""
    if min(len(a.tokens), len(b.tokens)) < MIN_CONFLICT_WORDS:
        return False
    short_, long_ = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    return alignment(short_.tokens, long_.tokens) >= CROSS_SPEAKER_ALIGNMENT


def _contiguous(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    first = needle[0]
    return any(hay[i] == first and hay[i : i + n] == needle for i in range(len(hay) - n + 1))


class Speakers:
    """Decides whether two canonical speaker names are the same voice."""

    def __init__(self, people: Sequence[Person]) -> None:
        self.aliases: dict[str, set[str]] = {}
        self.roles: dict[str, str] = {}
        self.persons: set[str] = set()  # folded names of people (not bodies)
        for p in people:
            names = {fold(n) for n in (p.name, *p.aliases)}
            self.aliases[fold(p.name)] = names
            self.roles[fold(p.name)] = " ".join(fold(r.role) for r in p.roles)
            if p.type == "person":
                self.persons.add(fold(p.name))
        self._said: dict[tuple[str, str], bool] = {}  # pairs already judged

    def same(self, a: str, b: str) -> bool:
        """True when `a` and `b` are one speaker, or one speaks for the other."""
        said = self._said.get((a, b))
        if said is None:
            said = self._said[(a, b)] = self._same(a, b)
        return said

    def one_voice(self, a: Sequence[str], b: Sequence[str]) -> bool:
        """True when two quotes' voices (`_Q.names`: a speaker and those it speaks with) are one:
        every name of one is among the other's ("Zadan" / "Zadan and Meron"). Two pairs that
        differ by one name ("Zadan and Meron" / "Stewart and Meron") are two voices."""
        return self._covers(a, b) or self._covers(b, a)

    def _covers(self, a: Sequence[str], b: Sequence[str]) -> bool:
        return all(any(self.same(x, y) for y in b) for x in a)

    def _same(self, a: str, b: str) -> bool:
        fa, fb = fold(a), fold(b)
        if fa == fb or fb in self.aliases.get(fa, ()) or fa in self.aliases.get(fb, ()):
            return True
        ka, kb = name_key(a), name_key(b)
        if ka == kb:  # "Koo Byoung-sam" / "Koo Byoungsam"
            return True
        if _spelling_variant(ka, kb):
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
            # x is a spokesperson "for y" when y is a body ("Foreign Ministry spokesperson"). A
            # person's own words are not their spokesperson's: "Palin said" and "Palin spokesman
            # McAllister said" of the same words give them to two people.
            if y in self.persons:
                continue
            role = self.roles.get(x, "")
            if role and any(n in role for n in self.aliases.get(y, {y})):
                return True
        return False


def _spelling_variant(ka: str, kb: str) -> bool:
    """True when two long name keys differ by one letter ("Wetzler" / "Welzler") or the shorter
    ends the longer ("Vincent DelGiudice" / "Judge Vincent Del Giudice"): one person written two
    ways, not two voices to set against each other."""
    shorter, longer = sorted((ka, kb), key=len)
    if len(shorter) < SPELLING_MIN_KEY:
        return False
    return longer.endswith(shorter) or Levenshtein.distance(ka, kb, score_cutoff=1) <= 1


def _name_list(name: str) -> list[str]:
    """The words of a name as keys, without leading function words a capital at the start of a
    sentence left in it ("Had Woodward not run with it" -> woodward; "The Washington Post")."""
    out = [name_key(w.removesuffix("'s").removesuffix("'")) for w in fold(name).split()]
    words_ = [w for w in out if w]
    while len(words_) > 1 and words_[0] in STOPWORDS:
        words_ = words_[1:]
    return words_


def build(facts: Sequence[Quote], people: Sequence[Person], source_order: dict[str, int],
          twins: Optional[Mapping[str, Sequence[Quote]]] = None, speakers: Optional["Speakers"] = None) -> list[Claim]:
    """Group quote facts of one story into claims. `twins` (fact id -> the same quote in copies,
    `claims_common.fold_copies`) join their original's claim. `speakers` (`Speakers(people)`,
    built here when not given) lets a caller building claims for many stories build it once."""
    if speakers is None:
        speakers = Speakers(people)
    ordered = sorted(facts, key=lambda f: (source_order[f.source], f.start, f.end))
    clusters: list[list[_Q]] = []
    postings: dict[str, list[int]] = {}
    for fact in ordered:
        q = _Q(fact, named(fact.speaker))
        if not q.tokens:
            continue
        keys = q.stems or {q.tokens[0]}
        best, best_score = None, 0.0
        for c in _candidates(keys, postings):
            score, why = _fit(q, clusters[c], speakers)
            if score > best_score:
                best, best_score, q.joined = c, score, why
        if best is None:
            best = len(clusters)
            clusters.append([])
        clusters[best].append(q)
        for s in keys:
            ids = postings.setdefault(s, [])
            if best not in ids:
                ids.append(best)
    if twins:
        for cluster in clusters:
            cluster.extend(_twin(t, q.speaker) for q in list(cluster) for t in twins.get(q.fact.id, ()))
            cluster.sort(key=lambda q: (source_order[q.fact.source], q.fact.start, q.fact.end))
    return [_draft(c, speakers, source_order) for c in clusters]


def _twin(fact: Quote, speaker: Optional[str]) -> _Q:
    """The quote of a copy riding along with its original (`claims_common.fold_copies`)."""
    q = _Q(fact, speaker)
    q.joined = "the same words in a copy"
    return q


def _candidates(keys: frozenset[str] | set[str], postings: dict[str, list[int]]) -> list[int]:
    """The clusters that share a word with a quote, those sharing its rarest words first (a word in
    few clusters says more than one in many), at most `MAX_CANDIDATES`; ties by cluster order."""
    weight: dict[int, float] = {}
    for key in keys:
        ids = postings.get(key, ())
        if len(ids) > MAX_POSTING:
            continue
        for c in ids:
            weight[c] = weight.get(c, 0.0) + 1.0 / len(ids)
    ranked = sorted(weight, key=lambda c: (-weight[c], c))[:MAX_CANDIDATES]
    return sorted(ranked)


def _fit(q: _Q, cluster: list[_Q], speakers: Speakers) -> tuple[float, str]:
    """How well `q` joins `cluster` (0: not at all), and why in words. A quote given to another
    named speaker than some of the cluster's joins only when it is clearly one statement with one
    of theirs."""
    best, why = 0.0, ""
    other_voices: list[_Q] = []
    for member in cluster[:MAX_COMPARED]:
        if q.names and member.names and not speakers.one_voice(q.names, member.names):
            other_voices.append(member)
            if not same_statement(q, member):
                continue
        kind, score = relation(q, member)
        if not kind:
            continue
        if kind == "fragment" and min(len(q.tokens), len(member.tokens)) < MIN_FUZZY_STEMS:
            # A word or two inside a longer quote: only for the same named speaker.
            if not (q.speaker and member.speaker):
                continue
        if score > best:
            best, why = score, _reason(kind, q, member, speakers)
    if best and other_voices and not any(same_statement(q, m) for m in other_voices):
        return 0.0, ""
    return best, why


def _reason(kind: str, q: _Q, member: _Q, speakers: Speakers) -> str:
    """Why `q` was joined with `member`, in words: how their words relate, and the speaker they
    share when both name one."""
    short_, long_ = (q, member) if len(q.tokens) <= len(member.tokens) else (member, q)
    if kind == "identical":
        words_ = "the same words"
    elif kind == "fragment":
        words_ = "one quote is a fragment of the other"
    elif kind == "aligned":
        aligned = round(alignment(short_.tokens, long_.tokens) * len(short_.tokens))
        words_ = f"{aligned} of {len(short_.tokens)} words in the same order"
    else:
        shared = sorted(q.stems & member.stems)[:4]
        words_ = SHARED + ", ".join(w for w in _words_of(shared, q, member))
    if q.names and member.names and speakers.one_voice(q.names, member.names):
        return f"{words_}; {SPEAKER}{member.speaker}"
    return words_


def _read_not_said(fact: Quote) -> bool:
    """True when the quote's speaker is only this article's reading: read from a pronoun next to
    it ("he said"), or guessed for a fragment of the writer's sentence that no reporting verb
    attributes ("Felt steered The Post to a story establishing that … "a massive campaign …"")."""
    if fact.partial and not fact.cue:
        return True
    # A pronoun is a reading too, unless the extractor found it sure (`Quote.pronoun_resolved`: its
    # pronoun agrees with the person's, the only one who could take it named just before).
    return bool(fact.speaker_text) and fold(fact.speaker_text or "").strip() in PRONOUNS and not fact.pronoun_resolved


def _basis(reasons: Sequence[str]) -> str:
    """The claim's basis from its quotes' reasons (`_reason`): each relation once, the shared
    words of paraphrases together, then the speaker."""
    relations: dict[str, None] = {}
    shared: dict[str, None] = {}
    speakers_: dict[str, None] = {}
    for reason in reasons:
        for part in reason.split("; "):
            if part.startswith(SHARED):
                shared.update(dict.fromkeys(part[len(SHARED):].split(", ")))
            elif part.startswith(SPEAKER):
                speakers_[part] = None
            else:
                relations[part] = None
    parts = list(relations)
    if shared:
        parts.append(SHARED + ", ".join(list(shared)[:6]))
    return "; ".join(parts + list(speakers_)[:1])


def _words_of(stems: Sequence[str], *quotes: _Q) -> list[str]:
    """The words (as written, folded) behind content stems, for a reader of the basis."""
    first: dict[str, str] = {}
    for q in quotes:
        for w in q.tokens:
            for st in content_stems(w):
                first.setdefault(st, w)
    return [first.get(st, st) for st in stems]


def _draft(cluster: list[_Q], speakers: Speakers, source_order: dict[str, int]) -> Claim:
    sources = list(dict.fromkeys(q.fact.source for q in cluster))
    ref = max(cluster, key=lambda q: (len(q.tokens), -source_order[q.fact.source], -q.fact.start))
    voices: list[tuple[str, ...]] = []
    # A speaker found only through a pronoun ("he said") that is not sure, or guessed for a fragment no verb
    # attributes, is this article's reading: it agrees when it matches, but only speakers named
    # at the quote by a reporting verb can disagree. Joint
    # voices ("Zadan and Meron") first, so that each of the pair alone joins them.
    for q in sorted(cluster, key=lambda q: (_read_not_said(q.fact), -len(q.names))):
        if q.names and not any(speakers.one_voice(q.names, v) for v in voices) and not _read_not_said(q.fact):
            voices.append(q.names)
    if len(sources) == 1:
        status, note = Status.SINGLE, "one source only"
    elif len(voices) > 1:
        status = Status.CONFLICT
        parts = []
        for v in voices:
            where = sorted({q.fact.source for q in cluster if q.names and speakers.one_voice(q.names, v)},
                           key=lambda s: source_order[s])
            parts.append(f"{' and '.join(v)} ({', '.join(where)})")
        note = "the same words are given to different speakers: " + " vs ".join(parts)
    elif all(q.tokens == ref.tokens for q in cluster):
        status, note = Status.AGREE, "identical wording in every source"
    else:
        status = Status.COMPATIBLE
        note = _difference_note(cluster, ref)
    read = sorted({q.fact.source for q in cluster if q.speaker and _read_not_said(q.fact)
                   and not any(speakers.one_voice(q.names, v) for v in voices)}, key=lambda s: source_order[s])
    if voices and read:
        note += f"; {', '.join(read)} give{'s' if len(read) == 1 else ''} it to another speaker only through a pronoun or with no reporting verb"
    if status != Status.CONFLICT and any(not q.speaker for q in cluster) and voices:
        unnamed = sorted({q.fact.source for q in cluster if not q.speaker}, key=lambda s: source_order[s])
        note += f"; no named speaker in {', '.join(unnamed)}"
    # The label names the speaker of the fullest rendering (the spokesperson, not the body).
    speaker = ref.speaker or (voices[0][0] if voices else (cluster[0].fact.speaker or ""))
    label = (f"{speaker}: " if speaker else "") + "“" + short(ref.fact.text, 40) + "”"
    values = tuple(
        ClaimValue(source=q.fact.source, value=q.fact.text, fact=q.fact.id, claimant=q.fact.speaker,
                   display=q.fact.text)
        for q in cluster
    )
    first = cluster[0].fact
    basis = "" if len(sources) == 1 else _basis([q.joined for q in cluster if q.joined])
    return Claim(kind=Kind.QUOTE, label=label, status=status, facts=tuple(q.fact.id for q in cluster), values=values, note=note,
                 order=(source_order[first.source], first.start), basis=basis)


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
        part, diffs = word_changes(ref.tokens, q.tokens)
        shown = "; ".join(_change_text(old, new) for old, new in diffs[:2])
        more = f" (+{len(diffs) - 2} more)" if len(diffs) > 2 else ""
        how = "quotes part of it" if part else "words it differently"
        parts.append(f"{q.fact.source} {how}: {shown}{more}" if shown else f"{q.fact.source} {how}")
    head = f"different renderings of one statement (fullest in {ref.fact.source})"
    return head + (": " + "; ".join(parts) if parts else "")


def _change_text(old: str, new: str) -> str:
    if new == MOVED:
        return f"moves “{old}”"
    if old and new:
        return f"“{new}” for “{old}”"
    return f"adds “{new}”" if new else f"omits “{old}”"


def word_changes(ref: Sequence[str], other: Sequence[str]) -> tuple[bool, list[tuple[str, str]]]:
    """How `other` renders `ref`: (whether it quotes only a part, the word runs that differ as
    (words in ref, words in other)). Runs are aligned on the shared words (`text.wording`). When
    `other`'s words nearly all align with `ref`'s (`PARTIAL_ALIGNMENT`), the words of `ref` before
    the first or after the last shared word are the part it leaves out, not a change; a run of
    `ref` that `other` has elsewhere is shown as moved, not as omitted."""
    runs = changes(ref, other)
    part = False
    if alignment(other, ref) >= PARTIAL_ALIGNMENT:
        if runs and runs[0][0] == 0 and runs[0][2] == runs[0][3] and runs[0][1] < len(ref):
            runs, part = runs[1:], True  # leaves out the beginning
        if runs and runs[-1][1] == len(ref) and runs[-1][2] == runs[-1][3] and runs[-1][0] > 0:
            runs, part = runs[:-1], True  # leaves out the end
    out = []
    for a1, a2, b1, b2 in runs:
        old, new = " ".join(ref[a1:a2]), " ".join(other[b1:b2])
        if old and not new and _contiguous(list(ref[a1:a2]), list(other)):
            new = MOVED
        out.append((short(old, 40), short(new, 40)))
    return part, out
