"""One pass over an article that finds its quotations, indirect attributions and speakers.

Quotes and attributions share their speakers ("Wang Wenbin said …" then `"…," he added`), so
they are found together and every speaker mention is resolved in text order by one
`entities.Registry`. `quotes.extract` and `attributions.extract` read the result; it is cached
for the last two documents so the extractors of one article do the work once (`cache_clear`
empties it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import regex

from newsdiff.extract.speech import indirect as indirect_speech
from newsdiff.extract.speech import quote_marks, speakers
from newsdiff.extract.speech.coreference import Entity, Registry
from newsdiff.model import Attribution, Mention, Quote
from newsdiff.text import phrases
from newsdiff.text.document import Document
from newsdiff.text.phrases import Phrase


@dataclass(frozen=True)
class Speech:
    """What one article says who said."""

    quotes: tuple[Quote, ...]
    attributions: tuple[Attribution, ...]
    mentions: tuple[Mention, ...]
    rules: tuple[str, ...] = ()  # for each quote, the rule that found its speaker (see `speakers`)


_NON_SPACE = regex.compile(r"[^\s\x1c-\x1f]")  # what str.strip() keeps


def _blank(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` is empty or all spaces (without copying it)."""
    return _NON_SPACE.search(text, start, end) is None


def _last_visible(text: str, start: int, end: int) -> str:
    """The last non-space character of `text[start:end]`, or "" when there is none."""
    k = end - 1
    while k >= start and text[k].isspace():
        k -= 1
    return text[k] if k >= start else ""


def _partial(text: str, q: quote_marks.QuoteSpan, sentence_start: int) -> bool:
    """A quote is partial when the writer's own words run into it: it neither opens its
    sentence nor follows a colon, a comma or a reporting verb."""
    if _blank(text, sentence_start, q.open_at):
        return False
    if _last_visible(text, sentence_start, q.open_at) in (":", ",", ""):
        return False
    cues = speakers.cues_in(text, max(sentence_start, q.open_at - 30), q.open_at)
    if cues and not text[cues[-1].end:q.open_at].strip(" \u00a0") and text[q.start:q.start + 1].isupper():
        return False
    return True


def cache_clear() -> None:
    """Forget every cached analysis (and the per-article tokens and word index): tests that
    compare two runs call this between them so the second run does the work again."""
    find_speech.cache_clear()
    speakers.cache_clear()
    phrases.cache_clear()


# Small on purpose: the pipeline runs every extractor on one article before the next, and an
# archive of tens of thousands of articles must not be kept alive.
@lru_cache(maxsize=2)
def find_speech(doc: Document) -> Speech:  # noqa: C901, PLR0912, PLR0915 - the article's speech pass (quotes, cues, reported speech) sharing one registry; splitting needs a pass object, left for later
    """Quotes, attributions and the people they name, for one article."""
    text = doc.text
    spans = quote_marks.find(doc)
    quoted = tuple((q.open_at, (q.close_at if q.close_at is not None else q.end) + 1) for q in spans)
    spans = _without_headline_echoes(doc, spans)
    registry = Registry(doc)

    found: list[tuple[quote_marks.QuoteSpan, speakers.SpeakerCue]] = []
    for k, q in enumerate(spans):
        s_open = doc.sentences[doc.sentence_at(q.open_at)]
        close = q.close_at if q.close_at is not None else q.end
        s_close = doc.sentences[doc.sentence_at(close)]
        para = doc.paragraphs[q.paragraph]
        floor = s_open.start
        if k > 0 and spans[k - 1].paragraph == q.paragraph:
            prev = spans[k - 1]
            prev_close = prev.close_at if prev.close_at is not None else prev.end
            floor = max(floor, prev_close + 1)
        ceiling = min(max(s_close.end, close + 1), para.end)
        cross_at = None
        if _ends_with_question_or_exclamation(text, q) and s_close.end <= close + 2:
            # "“…?” Todd asked." : the sentence splitter ends the sentence at the mark, but the
            # attribution after a question or exclamation belongs to the quote.
            after = doc.sentence_at(close + 1) + (1 if doc.sentence_at(close + 1) == doc.sentence_at(close) else 0)
            if after < len(doc.sentences) and doc.sentences[after].start < para.end:
                cross_at = doc.sentences[after].start
                ceiling = min(doc.sentences[after].end, para.end)
        if k + 1 < len(spans) and spans[k + 1].paragraph == q.paragraph:
            ceiling = min(ceiling, spans[k + 1].open_at)
        att = speakers.attribute(text, q, floor, ceiling, s_open.start, s_close.end, quoted, cross_at=cross_at)
        if att.speaker is None and cross_at is None:
            att = _bare_cue_after(doc, q, close, s_close.end, para.end) or att
        found.append((q, att))

    # Quotes with no cue of their own borrow the speaker of the quotation they continue.
    final: list[tuple[quote_marks.QuoteSpan, speakers.SpeakerCue, bool]] = []
    for k, (q, att) in enumerate(found):
        if att.speaker is None and k > 0:
            prev_q, prev_att, _ = final[k - 1]
            para_start = doc.paragraphs[q.paragraph].start
            same_para = prev_q.paragraph == q.paragraph
            whole_para = _blank(text, para_start, q.open_at)
            adjacent = prev_q.paragraph == q.paragraph - 1 or q.continues
            if prev_att.speaker is not None and (q.continues or same_para and not _partial_at(text, doc, q)
                                                 or whole_para and adjacent):
                att = speakers.SpeakerCue(prev_att.speaker, prev_att.cue, prev_att.cue_start, "continued")
        if att.speaker is None and k > 0 and final[k - 1][1].speaker is not None:
            prev_q = final[k - 1][0]
            prev_close = prev_q.close_at if prev_q.close_at is not None else prev_q.end
            if doc.sentence_at(prev_close) == doc.sentence_at(q.open_at):
                # A second fragment in the sentence of an attributed one: "… "properly" … "relevant laws"".
                prev_att = final[k - 1][1]
                att = speakers.SpeakerCue(prev_att.speaker, prev_att.cue, prev_att.cue_start, "continued")
        if att.speaker is None and _blank(text, doc.paragraphs[q.paragraph].start, q.open_at):
            att = _from_sentence_before(doc, q) or att
        elif att.speaker is None and _blank(text, doc.sentences[doc.sentence_at(q.open_at)].start, q.open_at):
            att = _from_sentence_before(doc, q, closing_cue_only=True) or att
        if att.speaker is None and _blank(text, doc.sentences[doc.sentence_at(q.open_at)].start, q.open_at):
            att = _subject_before(doc, q, quoted) or att
        if att.speaker is None:
            att = _dash_line_after(doc, q) or att
        if att.speaker is None and _partial_at(text, doc, q):
            att = _sentence_subject_uses(doc, q) or att
        final.append((q, att, True))

    final = _from_continuation(final)

    reported = indirect_speech.find(doc, list(quoted))

    # Resolve every speaker mention in text order, so pronouns find the latest speaker.
    mentions: list[tuple[int, Phrase]] = []
    for _q, att, own in final:
        if att.speaker is not None and own:
            mentions.append((att.speaker.start, att.speaker))
    for r in reported:
        mentions.append((r.claimant.start, r.claimant))
        if r.channel is not None:
            mentions.append((r.channel.start, r.channel))
    mentions.sort(key=lambda m: (m[0], m[1].end))
    resolved: dict[tuple[int, int], Optional[Entity]] = {}
    for _, phrase in mentions:
        key = (phrase.start, phrase.end)
        if key not in resolved:
            resolved[key] = registry.resolve(phrase, hint=_previous_subject(doc, phrase))
    registry.register_roles()

    def name_of(phrase: Optional[Phrase]) -> Optional[str]:
        if phrase is None:
            return None
        entity = resolved.get((phrase.start, phrase.end))
        if entity is None and (phrase.start, phrase.end) not in resolved:
            entity = registry.resolve(phrase, speaking=False)
            resolved[(phrase.start, phrase.end)] = entity
        return entity.name if entity else None

    quotes = []
    for q, att, _own in final:
        sp = att.speaker
        # "Beck, who said …": the mention is the relative pronoun, its name the antecedent's.
        mention = speakers.relative_mention(text, sp, att.cue_start) if att.how in _OWN_CUE_RULES else None
        mention = _joint(text, mention or sp)
        quotes.append(
            Quote(
                source=doc.source.id,
                text=text[q.start:q.end],
                start=q.start,
                end=q.end,
                sentence=doc.sentence_at(q.start),
                speaker=name_of(sp),
                speaker_text=mention.text if mention else None,
                speaker_start=mention.start if mention else None,
                speaker_end=mention.end if mention else None,
                cue=att.cue,
                partial=_partial_at(text, doc, q),
                note=q.note,
                pronoun_resolved=sp is not None and mention is sp and registry.pronoun_sure(sp, resolved.get((sp.start, sp.end)), q.start),
            )
        )
    attributions = []
    for r in reported:
        attributions.append(
            Attribution(
                source=doc.source.id,
                text=text[r.start:r.end],
                start=r.start,
                end=r.end,
                sentence=doc.sentence_at(r.start),
                claimant=name_of(r.claimant),
                claimant_start=r.claimant.start,
                claimant_end=r.claimant.end,
                cue=r.cue,
                channel=name_of(r.channel),
            )
        )
    rules = tuple(att.how or "none" for _q, att, _own in final)
    return Speech(tuple(quotes), tuple(attributions), tuple(registry.mentions(doc.source.id)), rules)


# A name joined to a speaker's name by "and" ("said Laurence Mark and Bill Condon", "Zadan and
# Meron added"): up to four capitalised words, so the look is bounded.
# Words of a name are initials ("A.J.") or a capitalised word, on one line: a full stop ends the
# name ("… and Meron.\nShe …" joins no one).
_NAME_WORD = r"(?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}'\u2019-]*)"
_NAME = _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3}"
_AND_NAME_AFTER = regex.compile(r"[ \t]+and[ \t]+" + _NAME + r"(?![\p{L}\p{M}])")
_NAME_AND_BEFORE = regex.compile(r"(?<![\p{L}\p{M}.])" + _NAME + r"[ \t]+and[ \t]+$")
_JOINT_REACH = 80  # characters looked back for the first of two joint speakers' names


def _joint(text: str, mention: Optional[Phrase]) -> Optional[Phrase]:
    """The speaker mention widened to the whole "A and B" when the quote is given to two named
    people together ("Producers Laurence Mark and Bill Condon called …"): the speaker stays the
    name the cue points at, and the mention says who shares it, so that a comparison does not set
    one of a pair of joint speakers against the other."""
    if mention is None or mention.kind != "name":
        return mention
    start, end = mention.start, mention.end
    after = _AND_NAME_AFTER.match(text, end)
    if after:
        end = after.end()
    else:
        before = _NAME_AND_BEFORE.search(text, max(0, start - _JOINT_REACH), start)
        if before is None:
            return mention
        start = before.start()
    return replace(mention, start=start, end=end, text=text[start:end])


# Rules that read the speaker from a cue of the quote's own sentence.
_OWN_CUE_RULES = frozenset({"lead", "trail", "later", "continued"})

# Rules that guess a speaker from the narration around a quote, not from a cue of its own.
_WEAK_RULES = frozenset({"", "none", "continued", "subject before", "before"})


def _from_continuation(final: list) -> list:
    """A quotation that runs on into the next paragraph takes the speaker its last part names:
    `"I am thrilled.` / `It is an honour," she said.` is all hers, whatever the sentence before
    the first part was about. Read from the last part back, so a quotation over three
    paragraphs takes the cue after its end; a part with a cue of its own keeps it."""
    out = list(final)
    for k in range(len(out) - 2, -1, -1):
        q, att, own = out[k]
        nxt_q, nxt_att, _ = out[k + 1]
        if not (q.runs_on and nxt_q.continues) or nxt_att.speaker is None or att.how not in _WEAK_RULES:
            continue
        if att.speaker is not None and att.how == "before" and nxt_att.how in _WEAK_RULES:
            continue
        out[k] = (q, speakers.SpeakerCue(nxt_att.speaker, nxt_att.cue, nxt_att.cue_start, "continued"), own)
    return out


_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _folded_words(text: str, start: int, end: int) -> str:
    """The words of `text[start:end]`, lower-cased and joined by single spaces, with one space
    either side so a containment test matches whole words."""
    return " " + " ".join(w.lower() for w in _WORD.findall(text, start, end)) + " "


def _without_headline_echoes(doc: Document, spans: list[quote_marks.QuoteSpan]) -> list[quote_marks.QuoteSpan]:
    """Drop the quotes of the headline that the story quotes again.

    A headline quotes words the story reports (`Carson: Clinton 'Not Fit To Serve'`, `… at
    'poison pill' in House bill`), cut down and in headline case, with no attribution of its
    own; the story's quotation of the same words carries the speaker and the context, so the
    headline's copy is an echo, not a second report. A headline quote the story never quotes
    again is kept: it is the only record of those words. The headline is the first content
    paragraph when the document took it as its title."""
    title = doc.source.title
    first = next(iter(doc.content_paragraphs()), None)
    if not title or first is None or not spans:
        return spans
    text = doc.text
    para = first[1]
    if text[para.start:para.end].lstrip("#").strip() != title:
        return spans
    body = [q for q in spans if q.paragraph != first[0]]
    if len(body) == len(spans):
        return spans
    quoted_again = "|".join(_folded_words(text, q.start, q.end) for q in body)
    return [q for q in spans if q.paragraph != first[0] or _folded_words(text, q.start, q.end) not in quoted_again]


def _ends_with_question_or_exclamation(text: str, q: quote_marks.QuoteSpan) -> bool:
    """True when the quoted words end with "?" or "!" (before any closing marks)."""
    k = q.end - 1
    while k > q.start and text[k] in "'’\")] ":
        k -= 1
    return text[k:k + 1] in ("?", "!")


def _bare_cue_after(doc: Document, q: quote_marks.QuoteSpan, close: int, sentence_end: int, para_end: int
                    ) -> Optional[speakers.SpeakerCue]:
    """`"Go now." Bob Green said.`: a quote that closes its own sentence with a period, followed
    in its paragraph by a sentence that is nothing but an attribution (see
    `speakers.bare_attribution`), is that sentence's speaker's. Narration after the quote is
    never read."""
    text = doc.text
    if sentence_end > close + 2 or _last_visible(text, q.start, q.end) != ".":
        return None
    here = doc.sentence_at(close)
    after = doc.sentence_at(close + 1) if close + 1 < len(text) else here
    after += 1 if after == here else 0
    if after >= len(doc.sentences) or doc.sentences[after].start >= para_end:
        return None
    nxt = doc.sentences[after]
    return speakers.bare_attribution(text, nxt.start, min(nxt.end, para_end))


def _partial_at(text: str, doc: Document, q: quote_marks.QuoteSpan) -> bool:
    s = doc.sentences[doc.sentence_at(q.open_at)]
    return _partial(text, q, s.start)


def _from_sentence_before(doc: Document, q: quote_marks.QuoteSpan, closing_cue_only: bool = False
                          ) -> Optional[speakers.SpeakerCue]:
    """For a paragraph that is all quotation: a speaker named with a cue in the sentence before
    ("Park said:" / "Asked about it, Park said he …").

    With `closing_cue_only` (a quote that opens a sentence inside a paragraph), only a cue that
    closes the sentence before counts: "Lau said in a statement. "…"", "Park agreed. "…"".
    """
    index = doc.sentence_at(q.open_at)
    if index == 0:
        return None
    prev = doc.sentences[index - 1]
    text = doc.text
    for cue in reversed(speakers.cues_in(text, prev.start, prev.end)):
        if closing_cue_only and not _closes_sentence(text, cue, prev.end):
            continue
        speaker = speakers.speaker_of_cue(text, cue, prev.start, prev.end, prev.start)
        if speaker is not None and _first_person(speaker):
            return None  # "We're told …": the writer, not the quote's speaker
        if speaker is not None:
            return speakers.SpeakerCue(speaker, cue.lower, cue.start, "before")
    return None


def _first_person(phrase: Phrase) -> bool:
    """True for "I", "we" and their contractions ("I'd", "We're")."""
    return phrase.kind == "pronoun" and phrases.pronoun_base(phrase.text.lower().replace("’", "'")) in ("i", "we")


MAX_SUBJECT_GAP = 1  # sentences: the speaker is named in the sentence right before the quote


def _subject_before(doc: Document, q: quote_marks.QuoteSpan, quoted: tuple[tuple[int, int], ...]
                    ) -> Optional[speakers.SpeakerCue]:
    """For a quotation that opens its sentence and has no cue in it: the person the sentence
    before is about ("Valdez praised the plan. "We need it.""), news writing's way of letting
    a sentence of narration introduce the speaker of the quote that follows.

    Only a name or a personal pronoun counts (never "it", "we", "I", "you", which in narration
    are the writer or a thing), never a possessive ("Smith's plan …" is about the plan), and
    never when the quote's own sentence has a cue outside quotation marks (that cue decides).
    """
    index = doc.sentence_at(q.open_at)
    if index < MAX_SUBJECT_GAP:
        return None
    prev = doc.sentences[index - MAX_SUBJECT_GAP]
    text = doc.text
    subject = speakers.sentence_subject(text, prev.start, prev.end)
    if subject is None or subject.kind == "description":
        return None
    if subject.kind == "pronoun" and phrases.pronoun_base(subject.text.lower().replace("’", "'")) in (
            "it", "we", "i", "you"):
        return None  # also "I'd", "We're": the first person in narration is the writer
    if speakers.inside(subject.start, quoted):
        return None  # "I'd like to thank …" inside the quotation before: the quoted speaker's words
    if subject.kind != "pronoun" and regex.search(r"['’]s?$", subject.text):
        return None  # a possessive; "She's" is a pronoun with a contraction
    own = doc.sentences[index]
    if any(not speakers.inside(cue.start, quoted) for cue in speakers.cues_in(text, own.start, own.end)):
        return None
    return speakers.SpeakerCue(subject, None, None, "subject before")


MAX_CLOSING_TAIL = 6  # words after a cue that still closes its sentence: "said in a statement Tuesday."


def _closes_sentence(text: str, cue: speakers.Cue, end: int) -> bool:
    """True when nothing but a short tail with no clause of its own follows the cue: "Park
    agreed.", "Lau said in a statement.", "she told reporters:"."""
    if speakers.is_prepositional(cue) or speakers.is_participle(cue.lower):
        return False
    tail = text[cue.end:end].strip()
    if tail.endswith(":"):
        return True
    words = regex.findall(r"\w+", tail)
    if len(words) > MAX_CLOSING_TAIL or any(w.lower() in ("that", "he", "she", "they", "it", "we", "i") for w in words):
        return False
    return not any(ch in tail for ch in "\"“”,;")


def _dash_line_after(doc: Document, q: quote_marks.QuoteSpan) -> Optional[speakers.SpeakerCue]:
    """A speaker on its own line after a dash, closing a quote paragraph: "— Jane Doe, Ohio"."""
    para = doc.paragraphs[q.paragraph]
    close = q.close_at if q.close_at is not None else q.end
    if not _blank(doc.text, close + 1, para.end) or q.paragraph + 1 >= len(doc.paragraphs):
        return None
    nxt = doc.paragraphs[q.paragraph + 1]
    text = doc.text
    if text[nxt.start] not in speakers.DASHES or nxt.end - nxt.start > 120:
        return None
    speaker = phrases.phrase_after(text, nxt.start + 1, nxt.end)
    if speaker is None or speaker.kind != "name":
        return None
    return speakers.SpeakerCue(speaker, "—", nxt.start, "dash")


# Words that give a thing its name right before the quoted name, with an optional article.
# Only in the passive ("is titled", "has been called", "will be dubbed the"): "a memo titled
# "…"" is still its writer's words.
_NAMED_AS = regex.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
                          r"(?:called|dubbed|titled|entitled|named|nicknamed|labell?ed|branded|known\s+as"
                          r"|billed\s+as)\s+(?:(?:the|a|an)\s+)?$", regex.IGNORECASE)


def _sentence_subject_uses(doc: Document, q: quote_marks.QuoteSpan) -> Optional[speakers.SpeakerCue]:
    """A term quoted with no cue is the sentence subject's term when the subject is a person or
    organization who acts in the sentence ("Weaver dismissed that as a sign of "disarray"")."""
    s = doc.sentences[doc.sentence_at(q.open_at)]
    if _NAMED_AS.search(doc.text, max(s.start, q.open_at - 40), q.open_at, timeout=1):
        return None  # "has been called the "…"", "once known as the "…"": a name nobody is said to use
    subject = speakers.sentence_subject(doc.text, s.start, q.open_at)
    if subject is None or subject.kind == "description" and not phrases.known_noun(subject.head or ""):
        return None
    if subject.kind == "pronoun" and subject.text.lower() == "it":
        return None  # "It is strange that …": an expletive, or a thing
    if subject.end > q.open_at:
        return None
    return speakers.SpeakerCue(subject, None, None, "subject")


def _previous_subject(doc: Document, phrase: Phrase) -> Optional[Phrase]:
    """For a pronoun: the subject of the sentence before it, when that sentence has one."""
    if phrase.kind != "pronoun":
        return None
    index = doc.sentence_at(phrase.start)
    if index == 0:
        return None
    prev = doc.sentences[index - 1]
    return speakers.sentence_subject(doc.text, prev.start, prev.end)
