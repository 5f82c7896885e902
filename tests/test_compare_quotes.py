"""Quote alignment across sources: one statement, fragments, aligned differences, conflicts only
for clearly the same words. Sentences written for these tests."""

import pytest

from newsdiff.compare import quotes
from newsdiff.model import Person, Quote, Role, Status
from newsdiff.text.wording import differing_spans

FULL = "We will rebuild the harbour wall before the winter storms arrive"


def _q(source, n, text, speaker="Dana Whitfield"):
    return Quote(id=f"{source}:q{n}", source=source, text=text, start=n * 100, end=n * 100 + len(text),
                 sentence=n, speaker=speaker)


def _claims(*facts):
    order = {s: i for i, s in enumerate(sorted({f.source for f in facts}))}
    return quotes.build(list(facts), [], order)


GROUPING = [
    # (quote in source a, quote in source b, same statement?, status)
    (FULL, FULL, True, Status.AGREE),
    (FULL, "rebuild the harbour wall before the winter storms", True, Status.COMPATIBLE),  # fragment
    (FULL, "we will rebuild the harbour walls before winter storms arrive", True, Status.COMPATIBLE),
    (FULL, "Before the winter storms come we will rebuild the wall of the harbour", True, Status.COMPATIBLE),
    # negatives: another statement on the same subject
    (FULL, "The harbour is closed to fishing boats until further notice", False, None),
    (FULL, "Storms damaged three houses on the coast road last year", False, None),
]


@pytest.mark.parametrize(("a", "b", "same", "status"), GROUPING)
def test_one_statement_or_two(a, b, same, status):
    claims = _claims(_q("a", 1, a), _q("b", 1, b))
    assert (len(claims) == 1) is same
    if same:
        assert claims[0].status == status


SPEAKERS = [
    # (quote a, quote b, speaker b, expected statuses)
    (FULL, FULL, "Lee Park", [Status.CONFLICT]),
    (FULL, "We will rebuild the harbour wall before the winter storms", "Lee Park", [Status.CONFLICT]),
    # not clearly the same words: two statements, no conflict
    (FULL, "Before the winter storms come we will rebuild the wall of the harbour", "Lee Park",
     [Status.SINGLE, Status.SINGLE]),
    ("the harbour wall", "the harbour wall", "Lee Park", [Status.SINGLE, Status.SINGLE]),  # too short
    # one person written two ways is one voice
    (FULL, FULL, "Dana Reyess", [Status.CONFLICT]),  # short names: one letter may be another name
    (FULL, FULL, "Dana Whitfeld", [Status.AGREE]),
    (FULL, FULL, "Harbour Master Dana Whitfield", [Status.AGREE]),
]


@pytest.mark.parametrize(("a", "b", "speaker", "statuses"), SPEAKERS)
def test_different_speakers_conflict_only_on_the_same_words(a, b, speaker, statuses):
    claims = _claims(_q("a", 1, a), _q("b", 1, b, speaker))
    assert sorted(c.status for c in claims) == sorted(statuses)


NOTES = [
    # (fullest wording, other wording, words the note must show, words it must not show)
    ("North Koreans living abroad should never be sent back",
     "North Korean defectors living abroad should never be sent back",
     ["“koreans” for “korean defectors”"], ["omits"]),
    (FULL, "we will rebuild the harbour wall before the storms", ["quotes part of it", "omits “winter”"], ["arrive"]),
    ("officials said the wall will be rebuilt next year",
     "the wall will be rebuilt next year officials said",
     ["moves “officials said”"], []),
]


@pytest.mark.parametrize(("ref", "other", "shown", "hidden"), NOTES)
def test_compatible_note_shows_aligned_differences(ref, other, shown, hidden):
    [claim] = _claims(_q("a", 1, ref), _q("b", 1, other))
    assert claim.status == Status.COMPATIBLE
    for text in shown:
        assert text in claim.note
    for text in hidden:
        assert text not in claim.note.split(":", 1)[1]


def test_differing_spans_mark_only_the_changed_words():
    text = "North Korean defectors living abroad"
    spans = differing_spans(text, "North Koreans living abroad")
    assert [text[a:b] for a, b in spans] == ["Korean defectors"]
    assert differing_spans(text, text) == []


def test_candidates_are_blocked_not_all_pairs():
    # Many unrelated statements: each new quote is compared with at most MAX_CANDIDATES claims.
    facts = [_q("a", i, f"x{i}word x{i}alpha x{i}beta x{i}gamma") for i in range(50)]
    facts.append(_q("b", 99, "x7word x7alpha x7beta x7gamma"))
    calls = []
    original = quotes._fit

    def counting(q, cluster, speakers):
        calls.append(q.fact.id)
        return original(q, cluster, speakers)

    quotes._fit = counting
    try:
        claims = _claims(*facts)
    finally:
        quotes._fit = original
    assert len(claims) == 50
    assert calls.count("b:q99") == 1


def _said(source, text, speaker, mention=None, cue="said", partial=False):
    return Quote(id=f"{source}:q1", source=source, text=text, start=100, end=100 + len(text), sentence=1,
                 speaker=speaker, speaker_text=mention or speaker, cue=cue, partial=partial)


VOICES = [
    # (speaker and mention in source a, in source b, status): a quote given to two people together
    # is one voice with each of them and with both; a pair with one name changed is another voice.
    (("Ann Lee", "Ann Lee and Tom Reyes"), ("Tom Reyes", "Producers Ann Lee and Tom Reyes"), Status.AGREE),
    (("Ann Lee", "Ann Lee and Tom Reyes"), ("Tom Reyes", "Tom Reyes"), Status.AGREE),
    (("Ann Lee", "Ann Lee and Tom Reyes"), ("Reyes", "Lee and Reyes"), Status.AGREE),
    (("Ann Lee", "Ann Lee and Tom Reyes"), ("Kim Ortiz", "Kim Ortiz and Tom Reyes"), Status.CONFLICT),
    (("Ann Lee", "Ann Lee and Tom Reyes"), ("Kim Ortiz", "Kim Ortiz"), Status.CONFLICT),
    # a capitalised word opening the sentence is no part of the name
    (("Tom Reyes", "Tom Reyes"), ("Had Reyes", "Reyes"), Status.AGREE),
    (("Tom Reyes", "Tom Reyes"), ("Kim Reyes", "Kim Reyes"), Status.CONFLICT),
]


@pytest.mark.parametrize(("a", "b", "status"), VOICES)
def test_joint_speakers_are_one_voice_with_each_of_them(a, b, status):
    [claim] = _claims(_said("a", FULL, *a), _said("b", FULL, *b))
    assert claim.status == status


@pytest.mark.parametrize(("cue", "partial", "status"), [
    (None, True, Status.AGREE),  # a fragment no verb attributes: the speaker is a guess
    ("said", True, Status.CONFLICT),
    (None, False, Status.CONFLICT),
])
def test_a_guessed_speaker_of_a_fragment_never_disagrees(cue, partial, status):
    [claim] = _claims(_said("a", FULL, "Ann Lee"), _said("b", FULL, "Kim Ortiz", cue=cue, partial=partial))
    assert claim.status == status


@pytest.mark.parametrize(("speaker", "name"), [
    # a group or a title capitalised at the start of a sentence describes people, it names nobody
    ("Authorities", None),
    ("Police", None),
    ("Police officials", None),
    ("Investigators", None),
    ("Officials", None),
    ("the harbour board", None),
    # names, even when they hold a generic word
    ("Dana Whitfield", "Dana Whitfield"),
    ("Port Authority", "Port Authority"),  # not all generic: "port" names which authority
    ("Kessler Police", "Kessler Police"),
    ("Gov. Whitfield", "Gov. Whitfield"),
])
def test_a_description_is_no_named_speaker(speaker, name):
    assert quotes.named(speaker) == name


@pytest.mark.parametrize(("speaker_b", "status"), [
    ("Authorities", Status.AGREE),  # "Authorities described it as ..." sets no voice against Ann Lee
    ("Investigators", Status.AGREE),
    ("Kim Ortiz", Status.CONFLICT),  # negative: a name does
])
def test_a_group_speaker_never_disagrees_with_a_name(speaker_b, status):
    [claim] = _claims(_said("a", FULL, "Ann Lee"), _said("b", FULL, speaker_b))
    assert claim.status == status


SPEAKS_FOR = [
    # (the other speaker, people known to the story, status): a spokesperson speaks for a body, so
    # the body and its spokesperson are one voice; a person's words are not their spokesperson's.
    ("Harbour Board", [Person(id="p2", name="Harbour Board", type="organization"),
                       Person(id="p1", name="Ann Lee", type="person",
                              roles=(Role(source="a", role="Harbour Board spokeswoman"),))], Status.AGREE),
    ("Dana Whitfield", [Person(id="p2", name="Dana Whitfield", type="person"),
                        Person(id="p1", name="Ann Lee", type="person",
                               roles=(Role(source="a", role="Dana Whitfield's spokeswoman"),))], Status.CONFLICT),
    # negative: a role that names neither
    ("Harbour Board", [Person(id="p2", name="Harbour Board", type="organization"),
                       Person(id="p1", name="Ann Lee", type="person",
                              roles=(Role(source="a", role="city council member"),))], Status.CONFLICT),
]


@pytest.mark.parametrize(("other", "people", "status"), SPEAKS_FOR)
def test_a_spokesperson_speaks_for_a_body_not_for_a_person(other, people, status):
    facts = [_said("a", FULL, "Ann Lee"), _said("b", FULL, other)]
    [claim] = quotes.build(facts, people, {"a": 0, "b": 1})
    assert claim.status == status
