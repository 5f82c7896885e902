"""A pronoun speaker ("…," she said) is a sure reading of a person only when its pronoun agrees with
what the article shows of the person and no one else who could take it is named just before.

Every sentence here is written for the test; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest

from newsdiff.compare import quotes
from newsdiff.extract.speech import agreement
from newsdiff.extract.speech.reported import find_speech
from newsdiff.model import Quote, Source, Status
from newsdiff.text.document import document_for


def _doc(text: str):
    return document_for(Source(id="t", path="t", text=text))


def pronoun_readings(text: str) -> list[tuple[str | None, bool]]:
    """(speaker, sure) of each quote attributed through "he" or "she"."""
    out = []
    for q in find_speech(_doc(text)).quotes:
        if (q.speaker_text or "").lower() in ("he", "she"):
            out.append((q.speaker, q.pronoun_resolved))
    return out


SURE_CASES = [
    # an honorific tells the pronoun, and the person is the only one named just before
    ("Mr. Haverford opened the new ferry terminal on Tuesday.\n"
     "\"The crossing will take twenty minutes now,\" he said.",
     [("Haverford", True)]),
    # the article's own pronoun for the person ("Oyelaran said she …"), read anywhere in it
    ("Mina Oyelaran chaired the committee meeting on the ferry fares.\n"
     "\"Prices stay where they are this year,\" she said.\n"
     "Oyelaran said she would review them again in spring.",
     [("Mina Oyelaran", True)]),
    # a gendered title next to the name
    ("Spokeswoman Tilde Sorensen presented the plan at noon.\n"
     "\"We expect the first boats in May,\" she said.",
     [("Tilde Sorensen", True)]),
    # a man and a woman named before "she": only one of them can take it
    ("Ms. Quintero said the fares would hold, and Mr. Abernathy agreed.\n"
     "\"Nothing changes for pensioners,\" she said.",
     [("Quintero", True)]),
    # "she" is never the man named just before; with no woman there, no speaker is guessed
    ("Mr. Abernathy asked about the fares, and Ms. Quintero answered him.\n"
     "\"Nothing changes for pensioners,\" she said.",
     [(None, False)]),
    # negatives: nothing tells the person's pronoun
    ("Rowan Ellery opened the new ferry terminal on Tuesday.\n"
     "\"The crossing will take twenty minutes now,\" he said.",
     [("Rowan Ellery", False)]),
    # the pronoun disagrees with the only person named
    ("Ms. Haverford opened the new ferry terminal on Tuesday.\n"
     "\"The crossing will take twenty minutes now,\" he said.",
     [(None, False)]),
    # two men named just before "he": either may have said it
    ("Mr. Abernathy asked about the fares, and Mr. Quintero answered him.\n"
     "\"Nothing changes for pensioners,\" he said.",
     [("Abernathy", False)]),
    # the person was named further back than the sentence before the quote
    ("Mr. Haverford said the new ferry terminal had opened on Tuesday.\n"
     "The first boat left at dawn.\n"
     "The harbour was full of onlookers.\n"
     "\"The crossing will take twenty minutes now,\" he said.",
     [("Haverford", False)]),
]


@pytest.mark.parametrize(("text", "expected"), SURE_CASES)
def test_a_pronoun_speaker_is_sure_only_when_it_agrees_and_is_unambiguous(text, expected):
    assert pronoun_readings(text) == expected


def test_a_surname_shared_by_two_people_named_in_full_is_no_sure_reading():
    text = ("Mr. Gene Pelletier watched from the stands as Rolf Pelletier scored twice.\n"
            "Pelletier wiped his eyes at the whistle.\n"
            "\"I never thought I would see this,\" he said.")
    assert [sure for _, sure in pronoun_readings(text)] == [False]


EVIDENCE_CASES = [
    # (sentence, name word key, pronoun read for it, or None)
    ("Mr. Brandt arrived late.", "brandt", "he"),
    ("Ms Oduya arrived late.", "oduya", "she"),
    ("Brandt said he was pleased with the vote.", "brandt", "he"),
    ("Oduya lost her temper and then herself apologised.", "oduya", "she"),
    # object forms are about someone else; a second name makes the pronoun anyone's
    ("Brandt thanked her for the flowers.", "brandt", None),
    ("Brandt told Oduya he was pleased.", "brandt", None),
    # words of a quotation name other people
    ("\"Brandt knows,\" he said.", "brandt", None),
    # a time, an organization or an acronym before the pronoun names no second person
    ("On Thursday, Brandt told the Harbour Board he was pleased.", "brandt", "he"),
    ("Brandt told the BBC she was pleased.", "brandt", "she"),
]


@pytest.mark.parametrize(("text", "key", "pronoun"), EVIDENCE_CASES)
def test_pronoun_evidence_from_the_article(text, key, pronoun):
    found = agreement.evidence(_doc(text))
    assert agreement.pronoun_of([key], [], found) == pronoun


@pytest.mark.parametrize(("role", "head"), [
    ("a spokeswoman for the county", "spokeswoman"),
    ("the county's chief engineer", "engineer"),
    ("the wife of the mayor", "wife"),
    (None, None),
])
def test_role_head(role, head):
    assert agreement.role_head(role) == head


def test_disagreeing_evidence_gives_no_pronoun():
    found = agreement.evidence(_doc("Mr. Brandt spoke first.\nBrandt said she would wait."))
    assert agreement.pronoun_of(["brandt"], [], found) is None


FULL = "We will rebuild the harbour wall before the winter storms arrive"


def _said(source: str, speaker: str, mention: str, sure: bool = False) -> Quote:
    return Quote(id=f"{source}:q1", source=source, text=FULL, start=100, end=100 + len(FULL), sentence=1,
                 speaker=speaker, speaker_text=mention, cue="said", pronoun_resolved=sure)


@pytest.mark.parametrize(("b", "status"), [
    (("Kim Ortiz", "Kim Ortiz"), Status.CONFLICT),
    (("Kim Ortiz", "she", True), Status.CONFLICT),  # a sure pronoun reading may disagree
    (("Kim Ortiz", "she", False), Status.AGREE),  # a guess never does
    (("Ann Lee", "she", True), Status.AGREE),
])
def test_only_a_sure_pronoun_speaker_makes_a_conflict(b, status):
    order = {"a": 0, "b": 1}
    [claim] = quotes.build([_said("a", "Ann Lee", "Ann Lee"), _said("b", *b)], [], order)
    assert claim.status == status


# -- review fixes: a pronoun about someone else, competitors who never spoke, linear cost -------

VETO_CASES = [
    # "his" after the only name is about her son, not her: no veto of "she"
    ("Ann Cole lost her son Dario in the fire last spring.\n"
     "Cole said his death had changed the whole street.\n"
     "\"We want the landlord in court,\" she said.",
     "Ann Cole"),
    # a possessive before another noun is not the name's own pronoun
    ("Ruth Brandt said the council would meet on Monday.\n"
     "Brandt's husband won his seat on the board in May.\n"
     "\"We need the money for the school,\" she said.",
     "Ruth Brandt"),
]


@pytest.mark.parametrize(("text", "speaker"), VETO_CASES)
def test_a_pronoun_about_someone_else_does_not_veto_a_speaker(text, speaker):
    [(who, _sure)] = pronoun_readings(text)
    assert who == speaker


WEAK_EVIDENCE_CASES = [
    # (sentence, name word key, pronoun read for it, or None): possessive runs name no one
    ("Brandt's wife said she was pleased.", "brandt", None),
    # quotations in single marks (British style) name other people too
    ("\u2018Brandt knows the harbour,\u2019 she said.", "brandt", None),
    ("'Brandt knows the harbour,' she said.", "brandt", None),
]


@pytest.mark.parametrize(("text", "key", "pronoun"), WEAK_EVIDENCE_CASES)
def test_pronoun_evidence_skips_possessives_and_single_quotes(text, key, pronoun):
    found = agreement.evidence(_doc(text))
    assert agreement.pronoun_of([key], [], found) == pronoun


@pytest.mark.parametrize("text", [
    "The sky looked grim. Lord knows what the harbour will do.",
    "Miss the bus and you wait an hour.",
    "She met the Queen of England.",
])
def test_an_honorific_needs_a_capitalised_name_after_it(text):
    found = agreement.evidence(_doc(text))
    assert not ({"knows", "the", "of"} & set(found))


@pytest.mark.parametrize("text", [
    # a full name with no title and no known pronoun may still be who "he" means
    "Mr. Brandt shook hands with John Oduya after the vote.\n\"We will rebuild the wall,\" he said.",
    # and so may a lone surname
    "Mr. Brandt shook hands with Oduya after the vote.\n\"We will rebuild the wall,\" he said.",
])
def test_an_untitled_person_who_never_spoke_prevents_a_sure_reading(text):
    assert pronoun_readings(text) == [("Brandt", False)]


@pytest.mark.parametrize("text", [
    # a given name that ends like an adverb, opening a sentence, is still a given name
    "Mr. Gene Pelletier said the season was over.\n"
    "Emily Pelletier scored twice in the final.\n"
    "The crowd rose when Pelletier walked off.\n"
    "\"I never thought I would see this,\" he said.",
    # and so is a given name the article also writes as a word ("the bill")
    "Mr. Gene Pelletier said the season was over, and Bill Pelletier will coach the team.\n"
    "The bill for the new stand passed, and the crowd rose when Pelletier walked off.\n"
    "\"I never thought I would see this,\" he said.",
])
def test_a_namesake_with_a_word_like_given_name_is_a_competitor(text):
    assert pronoun_readings(text) == [("Gene Pelletier", False)]


def _scaled(n: int) -> str:
    lines = []
    for i in range(n):
        given = "".join("bcdfghklmnprstvz"[(i + 30) // 16 ** j % 16] + "aeiou"[j] for j in range(3)).capitalize()
        lines.append(f"Spokesman {given} Smith met the crew of the ferry on the pier.\n"
                     "\"We will fix the engine before the storm,\" he said.")
    return "\n".join(lines)


def _name_readings(monkeypatch, n: int) -> int:
    from newsdiff.extract.speech import coreference

    calls = []
    real_words = coreference.Entity.words

    def words(self):
        calls.append(1)
        return real_words(self)

    monkeypatch.setattr(coreference.Entity, "words", words)
    quotes = find_speech(_doc(_scaled(n))).quotes
    assert len(quotes) == n
    monkeypatch.setattr(coreference.Entity, "words", real_words)
    return len(calls)


def test_names_are_read_a_bounded_number_of_times_per_pronoun_speaker(monkeypatch):
    """Reading each pronoun speaker must not re-walk every entity's name (quadratic): twice the
    quotes, about twice the name readings (a count, not a timing)."""
    small, large = _name_readings(monkeypatch, 60), _name_readings(monkeypatch, 120)
    assert large < 2.5 * small


def test_the_name_word_buckets_are_capped():
    from newsdiff.extract.speech import coreference

    reg = coreference.Registry(_doc(_scaled(40)))
    for i in range(40):
        reg.entities.append(coreference.Entity(f"Ann{i} Smith", "person"))
    assert len(reg._people_by_word()["smith"]) <= coreference.MAX_TITLED_NAMES


@pytest.mark.parametrize("text", [
    # a place's adjective, a title alone, the end of a longer name and a thing of someone's
    # ("People's Ferry Company") are no person who could take the pronoun
    "Mr. Haverford said the North Korean ferry had docked at noon.\n\"The crossing went well,\" he said.",
    "Mr. Haverford met the Harbour Minister at noon.\n\"The crossing went well,\" he said.",
    "Mr. Haverford sailed to the Republic of Korea at noon.\n\"The crossing went well,\" he said.",
    "Mr. Haverford sold the People's Ferry Line at noon.\n\"The crossing went well,\" he said.",
    "Mr. Haverford said the 4th Pier had reopened at noon.\n\"The crossing went well,\" he said.",
    # a pronoun with a contraction inside a quotation is no one else
    "Mr. Haverford said the boat was late, adding, \"I'm glad it came.\"\n\"The crossing went well,\" he said.",
])
def test_capitalised_words_that_name_no_person_leave_a_reading_sure(text):
    assert pronoun_readings(text) == [("Haverford", True)]
