"""Reported speech without quotation marks: who claims what, and through which cue.

Shapes read, each inside one sentence:

- `according to X, …` / `…, according to X` / `…, as reported by X` / `citing X, …`: the
  claimant follows the cue and the content is the rest of the sentence;
- `X said (that) …`, `X reported that …`, `X believes …`: the claimant is the verb's subject and
  the content runs from the verb to the end of the sentence;
- `X told Reuters (that) …`: the claimant is X and the outlet is the channel;
- chains: `Chosun Ilbo, citing human rights groups, reported that …` gives Chosun Ilbo as the
  claimant of what was reported and the human rights groups as the source it cites.

Words inside quotation marks are never read as cues, and a verb that introduces a direct quote
(`X said: "…"`) makes no attribution here: the quote carries it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from typing import Optional

import regex

from newsdiff.extract.speech import speakers
from newsdiff.lexicon import alternation, load
from newsdiff.lexicon.speech_words import NAMING_VERBS, is_participle
from newsdiff.text import phrases
from newsdiff.text.document import Document
from newsdiff.text.phrases import Phrase

# Patterns used inside loops, compiled once (a pattern string passed to `regex.search` is
# looked up in the regex module's cache on every call).
_CLAUSE_PUNCT = regex.compile(r"[,;:.]")
_COMMA_END = regex.compile(r",\s*$")
_QUOTE_END = regex.compile(r"[”\"][\s,]*$")

MIN_CONTENT_WORDS = 3
_QUOTE_MARKS = "\"“”"
_TRAILING_CUE = regex.compile(rf",\s+(?:{alternation('speech/trailing_cues')})\s", regex.IGNORECASE)
_PLURAL_DETERMINERS = frozenset(load("speech/plural_determiners"))
# Words that make the reporting word after them a noun: a determiner, a possessive ending or a
# possessive pronoun ("the reports", "'s claims", "its claims"); built once, not per cue.
_NOUN_MARKERS = phrases.DETERMINERS | {"'s", "’s"} | set(phrases.PRONOUNS) - {"he", "she", "i", "they", "we", "it"}


@dataclass(frozen=True)
class Reported:
    """One attributed content span with its claimant mention, cue and channel mention."""

    start: int
    end: int
    claimant: Phrase
    cue: str
    channel: Optional[Phrase] = None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;—–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end


_WORD = regex.compile(r"\w+")


def _enough_words(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` has MIN_CONTENT_WORDS words (counting no further)."""
    return sum(1 for _ in islice(_WORD.finditer(text, start, max(start, end)), MIN_CONTENT_WORDS)) >= MIN_CONTENT_WORDS


def _inside(pos: int, regions) -> bool:
    return speakers.inside(pos, regions)


def find(doc: Document, quoted: list[tuple[int, int]]) -> list[Reported]:
    """Every indirect attribution in the article's content sentences.

    `quoted` holds the (open mark, close mark + 1) ranges of the article's quotations.
    """
    text = doc.text
    out: list[Reported] = []
    for _, sent in doc.content_sentences():
        cues = [c for c in speakers.cues_in(text, sent.start, sent.end) if not _inside(c.start, quoted)]
        trailing = None
        for cue in cues:
            if speakers.is_prepositional(cue):
                found = _prepositional(text, cue, sent.start, sent.end, quoted)
            else:
                if trailing is None:  # once per sentence: where "…, according to X" cues start
                    trailing = list(_TRAILING_CUE.finditer(text, sent.start, sent.end))
                found = _verbal(text, cue, sent.start, sent.end, quoted, trailing)
            if found is not None:
                out.append(found)
    # In a chain ("X, citing Y, reported that …") the reporter comes first: it is the claimant
    # of the content, Y its source.
    out.sort(key=lambda r: (r.start, r.end, r.cue == "citing"))
    return out


# "according to [calculations by] X", "[a report from] X", "[audio provided by] X": the
# evidence named first comes from the person or body after "by" / "from", who is the claimant.
_EVIDENCE_FROM = regex.compile(
    rf"\s*(?:[\w’'\-]+\s+){{1,6}}?(?:(?:{alternation('speech/evidence_participles')})\s+)?(?:by|from)\s+(?=\S)",
    regex.IGNORECASE)


def _evidence_source(text: str, pos: int, s_end: int) -> Optional[Phrase]:
    """The named source of evidence cited right after "according to" at `pos`, or None."""
    m = _EVIDENCE_FROM.match(text, pos, min(s_end, pos + 120))
    if m is None or _CLAUSE_PUNCT.search(text[pos:m.end()]):
        return None
    source = phrases.phrase_after(text, m.end(), s_end, loose=True)
    if source is None or source.kind == "pronoun":
        return None
    return source


def _prepositional(text: str, cue, s_start: int, s_end: int, quoted) -> Optional[Reported]:
    claimant = phrases.phrase_after(text, cue.end, s_end, loose=True)
    if " ".join(cue.lower.split()) == "according to":
        source = _evidence_source(text, cue.end, s_end)
        if source is not None and (claimant is None or claimant.end <= source.start):
            claimant = source
    if claimant is None or claimant.kind == "pronoun":
        return None
    if cue.lower == "per" and claimant.kind != "name":
        return None
    cue_name = " ".join(cue.lower.split())
    before_start, before_end = _trim(text, s_start, cue.start)
    # Content after the claimant: skip its apposition up to the next comma.
    after_from = claimant.end
    m = _APPOSITION_END.match(text, after_from, s_end) if text[after_from:after_from + 1] != "." else None
    if m:
        after_from = m.end()
    # A chain: "X, citing Y, reported that …": the content is what X reported.
    verb = _NEXT_VERB.match(text, after_from, s_end)
    if verb and cue_name == "citing" and speakers.cues_in(text, after_from, verb.end(1) + 1):
        after_from = verb.end()
    after_start, after_end = _trim(text, after_from, s_end)
    chained = cue_name == "citing" and after_from > claimant.end and verb is not None
    if chained and _enough_words(text, after_start, after_end):
        start, end = after_start, after_end
    elif _enough_words(text, before_start, before_end):
        start, end = before_start, before_end
    elif _enough_words(text, after_start, after_end):
        start, end = after_start, after_end
    else:
        return None
    return Reported(start, end, claimant, cue_name)


_APPOSITION_END = regex.compile(r"[^,.;]{0,80},")
_NEXT_VERB = regex.compile(r"\s*(\w+)\s+(?:that\s+)?")
_AFTER_VERB = regex.compile(r"\s*(?:on\s+\p{Lu}\w+day\s+|\p{Lu}\w+day\s+|in\s+a\s+\w+(?:\s+\w+)?\s+)?(?:,\s*)?(?:that\s+)?")
_CITED_AS_SAYING = regex.compile(r"[^,;:]{1,160}?\sas\s+saying\b")
_CLOSING_TAIL = regex.compile(r"(?:\s*,[^,]{0,100})?\s*[.!?]?\s*")


def _verbal(text: str, cue, s_start: int, s_end: int, quoted, trailing: list) -> Optional[Reported]:  # noqa: C901, PLR0911, PLR0912 - flat chain of rules that reject a noun reading of the cue, one return per rule
    low = cue.lower
    if low in NAMING_VERBS:
        return None
    # A determiner or possessive right before the word makes it a noun ("the reports", "its claims").
    prev = phrases.tokens(text, max(s_start, cue.start - 30), cue.start)
    if prev and prev[-1].lower in _NOUN_MARKERS:
        return None
    if prev and (prev[-1].lower in ("to",) or prev[-1].text.endswith(("'s", "’s"))):
        return None  # "to say", "China's claims"
    pos = cue.end
    channel = None
    if low in ("told", "tells", "tell", "telling"):
        channel = phrases.phrase_after(text, pos, s_end)
        if channel is None:
            return None
        pos = channel.end
    m = _AFTER_VERB.match(text, pos, s_end)
    if m:
        pos = m.end()
    if pos >= s_end or text[pos] in _QUOTE_MARKS or text[pos] == ":" or _inside(pos, quoted):
        return None
    verb_first = _verb_first_attribution(text, cue, s_start, s_end)
    if verb_first is not None:
        return verb_first
    if low.startswith(("cite", "quote", "citing", "quoting")) and _CITED_AS_SAYING.match(text, cue.end, s_end):
        return None  # "cited X as saying that …": X's saying is the attribution
    cited = speakers.cited_as(text, s_start, cue.start) if is_participle(low) else None
    claimant: Optional[Phrase]
    if cited is not None:
        claimant = cited
    elif is_participle(low) and _COMMA_END.search(text[max(s_start, cue.start - 3):cue.start]):
        claimant = speakers.sentence_subject(text, s_start, cue.start)
    else:
        claimant = speakers.subject_of(text, s_start, cue.start, s_start)
    if claimant is None:
        return None
    if speakers.noun_like(cue) and claimant.kind == "description" and not phrases.known_noun(claimant.head or ""):
        return None  # "This follows recent reports of …"
    # The verb of a quote's attribution ("…," he added during a briefing) reports the quote.
    if _QUOTE_END.search(text[max(0, claimant.start - 4):claimant.start]):
        return None
    # "several media reports", "many claims": after a plural determiner an -s form is a noun.
    first = claimant.text.split()[0].lower()
    if low.endswith("s") and first in _PLURAL_DETERMINERS:
        return None
    end = s_end
    # The first "…, according to X" at or after `pos` (they never overlap: each holds one comma).
    k = bisect_left(trailing, pos, key=lambda m: m.start())
    via = None
    if k < len(trailing):
        end = trailing[k].start()
        via = phrases.phrase_after(text, trailing[k].end(), s_end)
    start, end = _trim(text, pos, end)
    if not _enough_words(text, start, end):
        return None
    if channel is not None and channel.kind != "name":
        channel = None
    return Reported(start, end, claimant, low, channel or via)


def _verb_first_attribution(text: str, cue, s_start: int, s_end: int) -> Optional[Reported]:
    """"…, said HRW." : a comma, the verb, then the claimant closing the sentence."""
    if not _COMMA_END.search(text[max(s_start, cue.start - 3):cue.start]) or is_participle(cue.lower):
        return None
    claimant = phrases.phrase_after(text, cue.end, s_end)
    if claimant is None or claimant.kind == "pronoun":
        return None
    if not _CLOSING_TAIL.fullmatch(text, claimant.end, s_end):
        return None
    comma = text.rfind(",", s_start, cue.start)
    start, end = _trim(text, s_start, comma)
    if text[start:start + 1] in _QUOTE_MARKS or not _enough_words(text, start, end):
        return None
    return Reported(start, end, claimant, cue.lower)
