"""Number frames and their alignment across sources, from sentences of the shapes news uses.

Every sentence here is written for the test; none is taken from an evaluation corpus. Each table
has negatives: parts and totals, two people's ages, two players' points, addresses and gallery
labels, and two events of one kind at different times never make a conflict.
"""

from __future__ import annotations

import pytest

from newsdiff import pipeline
from newsdiff.compare import numbers
from newsdiff.compare.numbers import RARE_FLOOR, _StoryRarity
from newsdiff.extract.numbers.extractor import find
from newsdiff.model import Number, Source
from newsdiff.options import Options


def _numbers(text: str) -> dict[str, Number]:
    found = pipeline.extract_source(Source(id="a", path="a.txt", text=text), Options()).facts
    return {f.text: f for f in found if isinstance(f, Number)}


# (sentence, number as written, frame field, expected value)
FRAMES = [
    ("Dana Kell, 44, was arrested in Riverton.", "44", "agent", "dana kell"),
    ("Police arrested the 44-year-old Dana Kell in Riverton.", "44-year-old", "agent", "dana kell"),
    ("Marco Ruiz finished with 19 points and eight rebounds.", "19", "agent", "marco ruiz"),
    # An age written bare is the age of the name right before it, even with a name after it.
    ("The bodies of Robyn Kell, 48, Dana Dune's sister, were found on Tuesday.", "48", "agent", "robyn kell"),
    ("Police named the driver as Lee Brandt, 52, a Riverton plumber.", "52", "agent", "lee brandt"),
    # "now" between the comma and the age, and an age that ends the sentence, are still ages.
    ("Police said Lee Brandt, now 52, was the driver.", "52", "agent", "lee brandt"),
    ("Police said Lee Brandt, now 52, was the driver.", "52", "dimension", "age"),
    ("The driver was named as Lee Brandt, 52.", "52", "dimension", "age"),
    ("The bill passed the Senate on Friday, 52.", "52", "dimension", "count"),
    ("The vote in the Riverton Senate was close on Friday, 52.", "52", "dimension", "count"),
    ("The plant in Riverton employs 52.", "52", "dimension", "count"),
    # An age after a possessive name is the age of the noun it describes, not of the name.
    ("Ms. Kell's 12-year-old daughter slept upstairs at the time.", "12-year-old", "agent", "kell daughter"),
    ("The 12-year-old Mia Kell was also in the house.", "12-year-old", "agent", "mia kell"),
    # Capitalised words between an age and a lower-case noun modify the noun (a place, a nation):
    # no one's name; a name followed by a comma, a verb or an adverb stays whose age it is.
    ("Scouts watched the 28-year-old Riverton native on Friday.", "28-year-old", "agent", None),
    ("Tara Reid, a 31-year-old Ohio native, was arrested on Friday.", "31-year-old", "agent", "tara reid"),
    ("Rescuers reached a 32-year-old Welsh hiker before dark.", "32-year-old", "agent", None),
    ("Police found 33-year-old Mia Kell, 40-year-old Tom Kell and their son.", "33-year-old", "agent", "mia kell"),
    ("On Saturday, 48-year-old Englishman Lee Brandt, originally from Essex, fell.", "48-year-old", "agent",
     "englishman lee brandt"),
    ("The 36-year-old Dana Kell died on Monday.", "36-year-old", "agent", "dana kell"),
    # The counted noun: a compound opened by a stop word ("home runs"), none after "along", and
    # not a restricting word after the noun ("the offer first reported").
    ("Kell hit 13 home runs in 54 games for the Hawks.", "13", "head", "run"),
    ("The army sent 300 home to their families.", "300", "head", None),
    ("The team sent 300 workers home sick on Friday.", "300", "head", "worker"),
    ("This year Kell drove in 121 RBIs along with 40 doubles.", "121", "head", "rbi"),
    ("Riverton's eight-year deal first surfaced in a radio report.", "eight-year", "head", "deal"),
    # A restricting word of the phrase before "and" is not the number's; one of a coordinated
    # pair of counts is a part, "a" counting one and a comma before "and" or not.
    ("Kell was convicted of the earlier robbery and seven counts of fraud.", "seven", "modifiers", ()),
    ("Kell was convicted of the earlier robbery and of seven counts of fraud.", "seven", "modifiers", ()),
    ("Police said a man and seven women died in the Riverton fire.", "seven", "modifiers", ("part",)),
    ("Rescuers pulled a girl and three boys from the river.", "three", "modifiers", ("part",)),
    # ... but "a" before a thing, then "and", joins two clauses.
    ("The storm caused a blackout and 12 people died in the city.", "12", "modifiers", ()),
    ("It was a big day and 40 people showed up to vote.", "40", "modifiers", ()),
    ("Calls failed for 52 percent in Eastport, and 82 percent in Northfield.", "52 percent", "modifiers", ("part",)),
    ("Calls failed for 52 percent in Eastport on Monday.", "52 percent", "modifiers", ()),
    # A superlative on the counted noun picks a part: "the 12 worst-hit villages" of more.
    ("Crews reached the 12 worst-hit villages by Monday.", "12", "modifiers", ("superlative",)),
    ("Crews reached the five largest farms by Monday.", "five", "modifiers", ("superlative",)),
    # Any "-est" superlative, listed or not, but no ordinal ("first") and no noun in "-est".
    ("Crews reached the 40 hardest-hit towns by Monday.", "40", "modifiers", ("superlative",)),
    ("Crews reached the nine poorest hamlets by Monday.", "nine", "modifiers", ("superlative",)),
    ("The league traded two first-round picks on Monday.", "two", "modifiers", ()),
    ("Crews sent 30 forest rangers north on Monday.", "30", "modifiers", ()),
    ("Crews held 14 protest leaders on Monday.", "14", "modifiers", ()),
    ("Crews reached 12 villages in the deadliest quake by Monday.", "12", "modifiers", ()),
    # "since" a few words on: a running total over a span, not one event's count.
    ("The coroner has counted 10 overdoses in the county since March.", "10", "modifiers", ("since",)),
    ("The coroner has counted 10 overdoses in the county on Monday.", "10", "modifiers", ()),
    ("Nine hikers have gone missing in the park since last spring.", "Nine", "modifiers", ("since",)),
    # ... not after a superlative (a comparison), nor past "and" (another count's clause).
    ("Four people were killed in the deadliest attack since 2018, police said.", "Four", "modifiers", ()),
    ("Police said the crash killed 14 people on the highway and 3 others since then.", "14", "modifiers", ()),
    # "then-": a value at an earlier time (wire copy often splits the compound after the hyphen).
    ("The lawyer said the then- 15-year-old Lee Brandt had a gun.", "15-year-old", "modifiers", ("then",)),
    ("The lawyer said the 15-year-old Lee Brandt had a gun.", "15-year-old", "modifiers", ()),
    # Who reports a count is not who did it.
    ("Police said two people were killed in the crash near Riverton.", "two", "agent", None),
    ("The crash near Riverton killed two people, police said.", "two", "agent", None),
    # The time its clause names.
    ("In 2009 a flood killed 40 people in the valley.", "40", "time", ("2009",)),
    ("On Sunday three people were hurt when the roof fell in.", "three", "time", ("sunday",)),
    ("Three people were hurt when the roof fell in.", "Three", "time", ()),
    # A month counts only capitalised: the verb "march" is no time.
    ("About 300 veterans will march through Riverton.", "About 300", "time", ()),
    ("About 300 veterans came to Riverton in March.", "About 300", "time", ("march",)),
    # A name after a preposition and an article is a partner of the clause, not whose the number is.
    ("Lee Brandt played for the Hawks for 11 seasons.", "11", "agent", None),
    ("Riverton fans saw the Hawks win 11 games.", "11", "agent", "hawks"),
    # The whole a part is taken from: "two of the three victims" (three is all of them).
    ("Medics said two of the three passengers had died before help came.", "three", "modifiers", ("whole",)),
    ("Medics said the three passengers had died before help came.", "three", "modifiers", ()),
    # A change is not a level.
    ("Kell's average, after a drop of five points, now stands at 14.", "five", "modifiers", ("drop",)),
    # A guess, an attempt or a plot is not a count of what happened (inside its clause only).
    ("A deputy said there might have been two hikers swept away.", "two", "modifiers", ("hypothetical",)),
    ("A deputy said two hikers were swept away.", "two", "modifiers", ()),
    ("Kell was charged with attempting to murder four people.", "four", "modifiers", ("attempted",)),
    ("Prosecutors say Kell joined a conspiracy to rob eight banks.", "eight", "modifiers", ("attempted",)),
    ("A jury found Kell guilty of murdering four people.", "four", "modifiers", ()),
    ("The gunman would have fired again, but four people tackled him.", "four", "modifiers", ()),
    ("Police would find two people dead in the flat.", "two", "modifiers", ()),
    ("The blast could have killed 50 people.", "50", "modifiers", ("hypothetical",)),
    ("Kell faces a charge of attempted murder of two guards.", "two", "modifiers", ("attempted",)),
    # ... only when it governs the count's own verb, not another clause's.
    ("The man tried to flee after he shot three people on Friday.", "three", "modifiers", ()),
    ("Police said the gunman might have killed himself after shooting four people.", "four", "modifiers", ()),
    ("On a plot near the river police found two bodies.", "two", "modifiers", ()),
    # "To death": a harm that killed.
    ("Police say two clerks were stabbed to death at the diner.", "two", "modifiers", ("fatally",)),
    ("Police say two clerks were stabbed at the diner.", "two", "modifiers", ()),
    ("Rioters beat two guards to death in the yard.", "two", "modifiers", ("fatally",)),
    # A verb of saying that is the number's own verb does not report it: who added the points.
    ("Late in the game Dana Kell added 14 points off the bench.", "14", "agent", "dana kell"),
    ("Coach Lee Brandt said two players were hurt.", "two", "agent", None),
    # ... but one that reports what it counts does: who announces arrests did not make them.
    ("Governor Lee Brandt announced 14 arrests after the riot.", "14", "agent", None),
    ("Mayor Tom Ruiz reported 19 new cases in Riverton on Friday.", "19", "agent", None),
    ("By halftime Dana Kell had posted 11 rebounds.", "11", "agent", "dana kell"),
    # A dateline ("RIVERTON, Ore. (KRVT) –") names where the report was filed, no one in it.
    ("RIVERTON, Ore. (KRVT) – Nine students got hurt when gunfire broke out.", "Nine", "agent", None),
    ("RIVERTON, Ore. (KRVT) – Nine students got hurt when gunfire broke out.", "Nine", "participants", ()),
    ("EAST RIVERTON — Dana Kell injured nine people, police said.", "nine", "agent", "dana kell"),
    # The dateline's place stays a participant: most often where the event was too.
    ("Riverton, WV-- A fire overnight left five dead, police said.", "five", "participants", ("riverton",)),
    # A dash inside a sentence ends no dateline, even after a word in capitals and a name set off
    # by a comma: a dateline opens its sentence or paragraph.
    ("The MVP, Dana Kell – a senior – scored 25 points.", "25", "participants", ("kell", "dana")),
    ("Speaking to KRVT, Mayor Tom Ruiz – in office since May – reported 14 arrests.", "14",
     "participants", ("ruiz", "tom", "mayor")),
    ("Riverton Mayor Lee Brandt – who took office in May – said nine people were hurt.", "nine",
     "participants", ("brandt", "lee", "mayor", "riverton")),
    # An age set off by commas after "both" is the age of each of two people named before it
    # ("X and Y", one a full name). Only the nearest name is kept as its agent (a known limit:
    # `agent` holds one name), so Lee Brandt's age is not attached to him.
    ("Lee Brandt and Tom Kell, both 51, were hurt in the crash.", "51", "dimension", "age"),
    ("Lee Brandt and Tom Kell, both 51, were hurt in the crash.", "51", "agent", "tom kell"),
    # Not of teams or places, nor "each" (a price or a per-item figure far more often), nor a
    # single name.
    ("The Hawks and the Rams, both 10, lead the league.", "10", "dimension", "count"),
    ("Tickets at Riverton and Old Mill, each 45, sold out.", "45", "dimension", "count"),
    ("Kansas and Utah, both 51, voted no.", "51", "dimension", "count"),
    ("Lee Brandt, each 51, was hurt in the crash.", "51", "dimension", "count"),
    # "fatally" right after the count, its harm verb left out: one of those harmed was killed.
    ("Six hikers were mauled by the bear, one fatally, on the ridge trail.", "one", "modifiers", ("fatally",)),
    ("Six hikers were mauled by the bear, two of them fatally.", "two", "modifiers", ("part", "fatally")),
    ("The bear mauled two fatally wounded hikers near the ridge.", "two", "modifiers", ("fatally",)),
    ("A drunk driver hit two to death near the ridge trail.", "two", "modifiers", ()),
    ("A gunman shot two to death near the ridge trail.", "two", "modifiers", ("fatally",)),
    # ... not an adverb of something else ("fatally flawed").
    ("Officials called it one fatally flawed plan.", "one", "modifiers", ()),
    ("The board pulled one fatally flawed report.", "one", "modifiers", ()),
    ("Six hikers were mauled, two mortally, near the lake.", "two", "modifiers", ("fatally",)),
    ("Six hikers were mauled by the bear, one badly, on the ridge trail.", "one", "modifiers", ()),
    # ... right after a harm verb only: not a sentence, a near miss or "deaths".
    ("Two men were stabbed almost to death outside a bar.", "Two", "modifiers", ()),
    ("Three men sentenced to death Monday", "Three", "modifiers", ()),
    ("The fire led to deaths of 3 people.", "3", "modifiers", ()),
    # A scope word kept in the number as written still makes it a total.
    ("Police said a total of eight officers died in raids on two towns.", "a total of eight", "modifiers", ("total",)),
    ("Police said eight officers died in raids on two towns.", "eight", "modifiers", ()),
    # A streak is one run of a record, whatever word says so.
    ("The Hawks have won six straight games.", "six", "modifiers", ("straight",)),
    ("The Hawks have won six consecutive games.", "six", "modifiers", ("straight",)),
    ("The Hawks have won six games in a row.", "six", "modifiers", ("straight",)),
    ("The Hawks have won six games this season.", "six", "modifiers", ()),
    # A restricting word after the number, which the counted phrase leaves out.
    ("The crew also found three other rifles in the hold.", "three", "modifiers", ("other",)),
    ("The crew also found three rifles in the hold.", "three", "modifiers", ()),
    # A gallery label is not a count of the story; a count is.
    ("Image 3 of 12 Dana Kell arrives at the court in Riverton.", "12", "dimension", "position"),
    ("Dana Kell faces 12 charges in Riverton.", "12", "dimension", "count"),
    # A block of a street is an address; a yard line a place on the field; a run is a distance.
    ("Police found the car in the 5800 block of Mill Street on Monday.", "5800", "dimension", "address"),
    # A compass letter before a street is no unit ("W." is west, not watts); a unit it stays elsewhere.
    ("Police were called to 400 W. Lake Blvd. on Sunday.", "400 W", "dimension", "address"),
    ("The new heater draws 400 W at full power.", "400 W", "dimension", "power"),
    ("Police searched 5800 blocks of the city on Monday.", "5800", "dimension", "count"),
    ("Riverton took over at the 27-yard line after the punt.", "27-yard", "dimension", "position"),
    ("Kell scored on a 27-yard run after the punt.", "27-yard", "dimension", "distance"),
    # A quake's magnitude however it is written; a count next to the word stays a count.
    ("A strong 6.1 -magnitude quake shook the Riverton valley on Sunday.", "6.1", "dimension", "magnitude"),
    ("Seismologists put the quake at 6.1 on the Richter scale.", "6.1", "dimension", "magnitude"),
    ("The quake, magnitude 6.1, shook the valley.", "6.1", "dimension", "magnitude"),
    ("A 6.1 magnitude quake killed 40 people in the valley.", "40", "dimension", "count"),
    ("Six aftershocks of magnitude 4 or more followed.", "Six", "dimension", "count"),
    # The counted noun of a plural in -ches, -shes, -xes.
    # A bare age is its own list item's name's, not the run of names across the list's commas.
    ("The fire in the old mill by the river killed the owner Dana Kell, 44, Mia Ruiz, 31, and a dog.",
     "31", "agent", "mia ruiz"),
    # An age before a name is that name's, on a line of many capitals too (it reads as title case).
    ("On Monday, 58-year-old Senior Trooper Lee Brandt Ray was hurt.", "58-year-old", "agent",
     "senior trooper lee brandt"),
    ("Police in Riverton said the 58-year-old was hurt.", "58-year-old", "agent", None),
    # A span of time is a duration in its unit; a night is not a day.
    ("The hikers survived two nights on the ridge.", "two nights", "dimension", "nights"),
    ("The mill stood idle for 35 years.", "35 years", "dimension", "duration"),
    ("Lee Brandt made 12 catches for Riverton.", "12", "head", "catch"),
    ("Crews cleared 40 crashes on the highway.", "40", "head", "crash"),
    ("Police seized 30 boxes of ammunition.", "30", "head", "box"),
]


@pytest.mark.parametrize("text, number, field, expected", FRAMES)
def test_frame_fields(text, number, field, expected):
    assert getattr(_numbers(text)[number], field) == expected


@pytest.mark.parametrize("published, expected", [("2009-06-02", ()), ("2014-06-02", ("2009",)), (None, ("2009",))])
def test_frame_time_leaves_out_the_year_of_publication(published, expected):
    text = "In 2009 a flood killed 40 people in the valley."
    source = Source(id="a", path="a.txt", text=text, published=published)
    found = pipeline.extract_source(source, Options()).facts
    (forty,) = [f for f in found if isinstance(f, Number) and f.text == "40"]
    assert forty.time == expected


# (sentence, value, expected (subject, event)): "leave" says the event had a result; the state
# after the counted phrase says what happened to them. A relative clause after it does not.
SUBJECTS = [
    ("The shooting left six people injured on Sunday.", 6, ("people injured", "injure")),
    ("The blast left five protesters wounded.", 5, ("protesters wounded", "wound")),
    ("The crash left two dead.", 2, ("dead left", "leave")),
    ("The company left 40 workers who had been hired last year.", 40, ("workers left", "leave")),
    # The state a few words on ("including the gunman") still says what happened to them; not
    # past a comma or "and".
    ("The rampage left four soldiers including the gunman dead.", 4, ("soldiers dead left", "leave")),
    ("The rampage left four soldiers in the barracks, and the gunman dead.", 4, ("soldiers left", "leave")),
    # A headline's present tense of a harm counts it: "shooting kills three and wounds two".
    ("Eastport gas blast kills three and wounds two", 3, ("kills", "kill")),
    ("Eastport gas blast kills three and wounds two", 2, ("wounds", "wound")),
    ("The mayor counts 3 new parks in Riverton.", 3, ("parks", None)),
]


@pytest.mark.parametrize("text, value, expected", SUBJECTS)
def test_what_a_result_verb_counts(text, value, expected):
    assert [(s, e) for r, s, e in find(text) if r.value == value] == [expected]


def _claims(*texts: str):
    sources = [Source(id=f"s{i}", path=f"s{i}.txt", text=t) for i, t in enumerate(texts)]
    return pipeline.run(sources, Options()).claims


def _status(claims, pairs: list[tuple[str, str]]) -> str:
    """The status of the one claim holding every (source, number text) in `pairs`, or `apart`."""
    facts = {}
    result = _RESULT[0]
    for f in result.facts:
        if isinstance(f, Number):
            facts[(f.source, f.text)] = f.id
    ids = {facts[p] for p in pairs}
    for claim in claims:
        if ids <= set(claim.facts):
            return str(claim.status)
    return "apart"


_RESULT: list = [None]


# (article a, article b, the two numbers as written, expected status of a claim holding both or `apart`)
ALIGNMENTS = [
    # One person's age, given two ways: a conflict; two people's ages: apart.
    ("Dana Kell, 44, was charged on Tuesday with setting the fire at the Riverton mill.",
     "The 47-year-old Dana Kell was charged on Tuesday with setting the fire at the Riverton mill.",
     "44", "47-year-old", "conflict"),
    ("Dana Kell, 44, was charged on Tuesday with setting the fire at the Riverton mill.",
     "Lee Brandt, 47, was charged on Tuesday with setting the fire at the Riverton mill.",
     "44", "47", "apart"),
    # A woman's age and her daughter's, her age and another woman's: never a conflict.
    ("Robyn Kell, 48, was found dead in the house on Tuesday, Riverton police said.",
     "Ms. Kell's 12-year-old daughter was found in the house on Tuesday, Riverton police said.",
     "48", "12-year-old", "apart"),
    ("The bodies of Robyn Kell, 48, Dana Dune's sister, were found in Riverton on Tuesday.",
     "The bodies of Robyn Kell and Dana Dune, 61, were found in Riverton on Tuesday.",
     "48", "61", "apart"),
    ("The bodies of Robyn Kell, 48, Dana Dune's sister, were found in Riverton on Tuesday.",
     "The bodies of Robyn Kell, 51, and her sister were found in Riverton on Tuesday.",
     "48", "51", "conflict"),
    # One person's age, her first name spelled two ways by two outlets: one claim that agrees;
    # a family's two members of one age (different first names) and a short name one letter off
    # ("Tom" / "Tim") stay apart; a different age for the other spelling is never a conflict.
    ("Kathleen Dune, 61, was found dead in the house on Tuesday, Riverton police said.",
     "Police in Riverton said 61-year-old Cathleen Dune was found dead in the house on Tuesday.",
     "61", "61-year-old", "agree"),
    ("Kathleen Dune, 61, was found dead in the house on Tuesday, Riverton police said.",
     "Police in Riverton said 64-year-old Cathleen Dune was found dead in the house on Tuesday.",
     "61", "64-year-old", "apart"),
    ("Kathleen Dune, 61, was found dead in the house on Tuesday, Riverton police said.",
     "Police in Riverton said 61-year-old Margaret Dune was found dead in the house on Tuesday.",
     "61", "61-year-old", "apart"),
    ("Tom Alder, 12, was found safe in the barn on Tuesday, Riverton police said.",
     "Police in Riverton said 12-year-old Tim Alder was found safe in the barn on Tuesday.",
     "12", "12-year-old", "apart"),
    # An age set off by "now" and an age with no name whose clause names the person: one age.
    ("The trial of 17-year-old Lee Brandt opened in Riverton on Tuesday after a long delay.",
     "Lee Brandt, now 17, went on trial in Riverton on Tuesday after a long delay.",
     "17-year-old", "17", "agree"),
    ("The trial of 17-year-old Lee Brandt opened in Riverton on Tuesday after a long delay.",
     "Prosecutors told jurors in the Brandt and Lee trial that the 17-year-old fired first in Riverton.",
     "17-year-old", "17-year-old", "agree"),
    # One count of one noun and one value, told with little shared wording: one claim that agrees
    # (cheap evidence: the same value of the same counted noun); the same value of the same noun at
    # two times, of two named players, or of two nouns, and another value: apart.
    ("Brandt had 22 doubles for the Hawks.", "Riverton saw 22 doubles from the Eastport native.",
     "22", "22", "agree"),
    ("Brandt had 22 doubles for the Hawks in 2019.", "In 2021 Riverton saw 22 doubles from the Eastport native.",
     "22", "22", "apart"),
    ("Lee Brandt had 22 doubles for the Hawks.", "Tom Alder had 22 doubles for Riverton.",
     "22", "22", "apart"),
    ("Brandt had 22 doubles for the Hawks.", "Riverton saw 22 triples from the Eastport native.",
     "22", "22", "apart"),
    ("Brandt had 22 doubles for the Hawks.", "Riverton saw 23 doubles from the Eastport native.",
     "22", "23", "apart"),
    pytest.param("Lee Brandt had 22 doubles for the Hawks.", "Riverton saw 22 doubles from Tom Alder.",
                 "22", "22", "apart", marks=pytest.mark.xfail(strict=True, reason=(
                     "a name after a preposition is no agent, and the cheap same-value link does not hold the "
                     "nearest names against a count (they are often acronyms or headline nouns)"))),
    # An age "then" (at the crime) and the age now (at the trial): not a conflict.
    ("The trial of the then- 15-year-old Lee Brandt opened in Riverton on Tuesday.",
     "The trial of 16-year-old Lee Brandt opened in Riverton on Tuesday.",
     "15-year-old", "16-year-old", "apart"),
    # One player's points: a conflict; two players' points: apart.
    ("Marco Ruiz finished with 19 points as Riverton beat Eastport on Friday.",
     "Marco Ruiz finished with 24 points as Riverton beat Eastport on Friday.",
     "19", "24", "conflict"),
    ("Marco Ruiz finished with 19 points as Riverton beat Eastport on Friday.",
     "Tom Alder finished with 24 points as Riverton beat Eastport on Friday.",
     "19", "24", "apart"),
    # One pass's length and a game's total yards: never a conflict; one player's total yards: a conflict.
    ("Marco Ruiz caught a 41-yard touchdown pass as Riverton beat Eastport on Friday.",
     "Marco Ruiz ran for 152 yards as Riverton beat Eastport on Friday.",
     "41-yard", "152 yards", "apart"),
    ("Marco Ruiz ran for 121 yards as Riverton beat Eastport on Friday.",
     "Marco Ruiz ran for 152 yards as Riverton beat Eastport on Friday.",
     "121 yards", "152 yards", "conflict"),
    # The people killed in one shooting, "others" or not: one fact.
    ("A gunman killed two people and wounded five others outside a Riverton bar early Sunday.",
     "Two people were killed and five were wounded outside a Riverton bar early Sunday.",
     "five", "five", "agree"),
    ("A gunman killed two people and wounded five others outside a Riverton bar early Sunday.",
     "Two people were killed and nine were wounded outside a Riverton bar early Sunday.",
     "five", "nine", "conflict"),
    # Two floods of one town at different times: apart, never a conflict.
    ("The flood killed six people in Riverton on Monday, officials said.",
     "A flood in 1998 killed 14 people in Riverton, officials said.",
     "six", "14", "apart"),
    # A year only one clause names: an earlier event, never a conflict.
    ("The 2009 flood killed 40 people in Riverton, officials said.",
     "The flood killed six people in Riverton, officials said.",
     "40", "six", "apart"),
    # One player's rebounds and an unnamed player's, in stories that count several players'
    # rebounds: the owner is nowhere around the other number.
    ("Lee Brandt grabbed 7 rebounds as Riverton beat Eastport on Friday. Tom Alder had 9 rebounds.",
     "The center grabbed 11 rebounds as Riverton beat Eastport on Friday. Tom Alder had 9 rebounds.",
     "7", "11", "apart"),
    # A noun each outlet counts once, in other words around it (paraphrase): one fact, a conflict.
    ("Deputies arrested two suspected gang members over the shooting of a Riverton officer.",
     "Police said five suspected gang members are in custody over the officer's shooting.",
     "two", "five", "conflict"),
    # The same words, but each outlet counts two groups of the noun: which is which is not known.
    ("Riverton police held two gang members and Eastport police held three gang members.",
     "Police said five gang members are in custody in Riverton and one in Eastport.",
     "two", "five", "apart"),
    # Two events of one kind: a count of the arrests of another day stays apart.
    ("Deputies arrested two suspected gang members over the death of a Riverton officer in 2004.",
     "Deputies arrested five suspected gang members over the death of a Riverton officer.",
     "two", "five", "apart"),
    # A sum of money in one currency worded alike: one fact; a conversion in brackets: never.
    ("The thieves took jewellery thought to be worth two million euros from the shop.",
     "The thieves took jewellery thought to be worth seven million euros from the shop.",
     "two million euros", "seven million euros", "conflict"),
    ("Police put the storm damage to the Riverton school at $US2 million ($3.04 million).",
     "Police put the storm damage to the Riverton school at $2 million.",
     "$3.04 million", "$2 million", "apart"),
    # Two shares of one list worded alike (a percentage names no noun of its own): apart.
    ("Up to 55 percent of calls in Riverton, 52 percent in Eastport and 82 percent in Northfield failed.",
     "Up to 55 percent of calls in Riverton, 52 percent in Eastport, and 82 percent in Northfield failed.",
     "52 percent", "82 percent", "apart"),
    # A team named after a preposition is not whose the count is: two men's seasons with one team.
    pytest.param("Lee Brandt played for the Hawks for 11 seasons before he retired.",
                 "Tom Alder coached the Hawks for six seasons before he retired.",
                 "11", "six", "apart",
                 marks=pytest.mark.xfail(strict=True, reason="clauses worded alike (numbers.SAME_WORDING) "
                                         "with two different people named before the number still conflict")),
    # The same sentence with another count: a conflict with no event class or name to go on.
    ("The crew found seven rifles hidden under the deck of the fishing boat near Riverton.",
     "The crew found three rifles hidden under the deck of the fishing boat near Riverton.",
     "seven", "three", "conflict"),
    # The dead and all the victims they are counted among: never a conflict.
    ("One victim died in the attack on the Riverton office, police said.",
     "Police said two of the three workers shot in the attack on the Riverton office died.",
     "One", "three", "apart"),
    # A part and a total: never a conflict.
    ("The navy caught 12 smugglers and 11 sailors near Riverton harbour.",
     "The navy caught 23 smugglers near Riverton harbour.",
     "12", "23", "apart"),
    # A source that also gives the other's value of the same toll is not disagreeing with it: its
    # other value counts another occasion (an earlier attack recalled) or a figure it corrects.
    ("A gunman killed one person at a Riverton bakery on Monday. In March, a gunman killed four "
     "people at a Riverton mall.",
     "A gunman killed four people at a Riverton bakery on Monday, police said.",
     "four", "four", "agree"),
    ("A gunman killed one person at a Riverton bakery on Monday. In March, a gunman killed four "
     "people at a Riverton mall.",
     "A gunman killed four people at a Riverton bakery on Monday, police said.",
     "one", "four", "apart"),
    # ... while each source giving only its own toll of one attack is a conflict.
    ("A gunman killed one person at a Riverton bakery on Monday, police said.",
     "A gunman killed four people at a Riverton bakery on Monday, police said.",
     "one", "four", "conflict"),
    # A span of time told in two ways is one fact; a changed one is a conflict.
    ("Two hikers who survived two nights on the Riverton ridge were found on Monday.",
     "Two hikers who survived seven nights on the Riverton ridge were found on Monday.",
     "two nights", "seven nights", "conflict"),
    ("The Riverton mill stood idle for 18 months before the fire.",
     "The Riverton mill had stood idle for 18 months when the fire broke out, its owners said.",
     "18 months", "18 months", "agree"),
    # A name read as the agent of one of them (a nationality opening the clause) owns no span.
    ("A Riverton skier who spent two nights stranded on the ridge was found on Monday.",
     "The skier who spent seven nights stranded on the ridge was found on Monday.",
     "two nights", "seven nights", "conflict"),
    # ... but two moments of a game clock are not: "ran off" and "left" are not one span.
    ("Riverton had no timeouts, and 10 seconds ran off before the snap.",
     "That left Riverton with 12 seconds before the snap.", "10 seconds", "12 seconds", "apart"),
    # Who announces or reports a count is not whose it is: one count, told by two officials.
    ("Governor Lee Brandt announced 14 arrests in Riverton County on Monday after the riot.",
     "Mayor Tom Ruiz announced 19 arrests in Riverton County on Monday after the riot.", "14", "19", "conflict"),
    ("Governor Lee Brandt reported 14 arrests after the riot in Riverton on Monday.",
     "Police reported 19 arrests after the riot in Riverton on Monday.", "14", "19", "conflict"),
    # A dateline says where the report was filed: it is no name of the toll (the victim's or
    # the gunman's name in the other clause is not held against it).
    ("RIVERTON, Ore. (KRVT) – Nine students were wounded, one badly, as shots rang across the bus depot.",
     "Police said Dana Kell opened fire at the bus depot on Monday, injuring four students.",
     "Nine", "four", "conflict"),
    # Two people of one list are two ages.
    ("The victims were Dana Kell, 44; Mia Ruiz, 31; and Lee Brandt, 52.",
     "Police named the victims as Mia Ruiz, 31, and Dana Kell, 46.", "44", "31", "apart"),
    # A family: a bare surname is no one person when the story names two people of it.
    ("Police named the dead as Mia Ruiz, 6, and Lee Ruiz, 9, of Riverton.",
     "Along with Ruiz, 40, those killed in Riverton were her two children.", "6", "40", "apart"),
    ("Police named the dead as Mia Ruiz, 36, of Riverton.",
     "Police said Ruiz, 40, of Riverton was killed in the fire.", "36", "40", "conflict"),
    # The toll of the story's event joins whatever name stands nearest it (a precinct, a
    # place) ...
    ("A gunman near the Riverton Precinct injured five people on Monday night.",
     "Gunfire injured five protesters outside the Hawks Arena in Riverton on Monday night.",
     "five", "five", "agree"),
    # ... but two different nearest names never make a conflict of it.
    ("A gunman near the Riverton Precinct injured five people on Monday night.",
     "Gunfire injured nine protesters outside the Hawks Arena in Riverton on Monday night.",
     "five", "nine", "apart"),
    # "Fatally shooting two" counts the dead of the event; plain "shooting two" does not.
    ("A gunman fatally shot two men at a Riverton bar on Monday, police said.",
     "A gunman killed two men at a Riverton bar on Monday, police said.", "two", "two", "agree"),
    ("A gunman fatally shot two men at a Riverton bar on Monday, police said.",
     "A gunman killed four men at a Riverton bar on Monday, police said.", "two", "four", "conflict"),
    ("A gunman shot two men at a Riverton bar on Monday, police said.",
     "A gunman killed four men at a Riverton bar on Monday, police said.", "two", "four", "apart"),
    # "Shot, one fatally": the one is the toll of the dead, its harm verb left out.
    ("A gunman shot five diners at a Riverton bar on Monday, one fatally, police said.",
     "A gunman killed one man at a Riverton bar on Monday, police said.", "one", "one", "agree"),
    ("A gunman shot five diners at a Riverton bar on Monday, one fatally, police said.",
     "A gunman killed three men at a Riverton bar on Monday, police said.", "one", "three", "conflict"),
    # The other figures of the two sentences given the same ("104 yards", "31 passes" / "31
    # catches"): one stat line, so the one figure of its kind left over in each is one fact ...
    ("In his best season Marco Ruiz rushed for 104 yards and made 31 receptions for 440 yards with four scores.",
     "Ruiz carried 26 times for 104 yards and added 31 receptions for 880 yards and four TDs.",
     "440 yards", "880 yards", "conflict"),
    ("From the dinghy the coast guard took six pistols, 14 clips and about 300 bullets.",
     "Six pistols, 14 clips and about 700 bullets were found aboard, the coast guard said.",
     "about 300", "about 700", "conflict"),
    # ... but a figure whose own twin is in the other sentence is that twin's, not another's;
    ("In his best season Marco Ruiz rushed for 104 yards and made 31 receptions for 440 yards with four scores.",
     "Ruiz carried 26 times for 104 yards and added 31 receptions for 440 yards and four TDs.",
     "104 yards", "440 yards", "apart"),
    # other figures of one kind that all differ, none the same, tell two hauls (a known miss);
    pytest.param("From the dinghy the coast guard took six pistols, 14 clips and about 300 bullets.",
                 "Later 15 clips and about 700 bullets turned up in a second dinghy, the coast guard said.",
                 "about 300", "about 700", "apart", marks=pytest.mark.xfail(strict=True, reason=(
                     "one other count that differs is how two outlets disagree about one event (next rows); "
                     "'a second dinghy' needs a sign of its own (an ordinal on the clause's noun)"))),
    # Other figures of one kind that differ are how outlets disagree about one event: each pair
    # is still a conflict (two kinds not casualty counts are needed to tell two occasions,
    # `compare/occasions.MIN_OTHER_KINDS`).
    ("A suicide bomber killed 12 soldiers and wounded 40 civilians at a checkpoint in Riverton on Monday, "
     "officials said.",
     "A suicide bomber killed 14 soldiers and wounded 52 civilians at a checkpoint in Riverton on Monday, "
     "the army said.", "12", "14", "conflict"),
    ("A suicide bomber killed 12 soldiers and wounded 40 civilians at a checkpoint in Riverton on Monday, "
     "officials said.",
     "A suicide bomber killed 14 soldiers and wounded 52 civilians at a checkpoint in Riverton on Monday, "
     "the army said.", "40", "52", "conflict"),
    ("The tornado destroyed 40 homes and damaged 120 barns in Riverton County on Monday, officials said.",
     "The tornado destroyed 45 homes and damaged 150 barns in Riverton County on Monday, the sheriff said.",
     "40", "45", "conflict"),
    ("The tornado destroyed 40 homes and damaged 120 barns in Riverton County on Monday, officials said.",
     "The tornado destroyed 45 homes and damaged 150 barns in Riverton County on Monday, the sheriff said.",
     "120", "150", "conflict"),
    # Two years named set one stat line apart from another; a year only one names does not, when
    # two other figures are given the same (`numbers._years_agree`).
    ("In his best season, 2019, Marco Ruiz rushed for 104 yards and made 31 receptions for 440 yards.",
     "In 2021 Ruiz carried 26 times for 104 yards and added 31 receptions for 880 yards and four TDs.",
     "440 yards", "880 yards", "apart"),
    ("In his best season, 2019, Marco Ruiz rushed for 104 yards and made 31 receptions for 440 yards with four scores.",
     "Ruiz carried 26 times for 104 yards and added 31 receptions for 880 yards and four TDs.",
     "440 yards", "880 yards", "conflict"),
    # One counted noun each source gives once, in clauses with the same predicate: one fact told
    # in other words; with another predicate, two roles of it.
    ("A prisoner pulled a knife on two wardens in the prison van, officials said.",
     "The inmate fled after pulling a knife on five wardens who were driving the prison van.",
     "two", "five", "conflict"),
    ("A prisoner pulled a knife on two wardens in the prison van, officials said.",
     "Last year the jail hired five wardens trained against knife attacks for each prison van.",
     "two", "five", "apart"),
    # The story's own verb ("arrested") names the event, not which episode of it: two arrests of
    # men for two different crimes are two facts.
    ("The Green River swamped Riverton County on Thursday, and the governor declared an emergency. "
     "Deputies arrested two men accused of robbing a gas station in the flooded town of Lakeside on Friday night.",
     "Floodwaters of the Green River swamped Riverton County on Thursday. In nearby Eastport, troopers "
     "arrested five men who were accused of burning down an empty church in the flooded county.",
     "two", "five", "apart"),
    # A superlative count is a part ("the 12 worst-hit villages" of all the villages hit) ...
    ("The storm cut power to the 12 worst-hit villages of Riverton County, officials said.",
     "The storm cut power to 40 villages of Riverton County, officials said.", "12", "40", "apart"),
    # ... but two outlets' counts of that part are one fact.
    ("The storm cut power to the 12 worst-hit villages of Riverton County, officials said.",
     "The storm cut power to the 15 worst-hit villages of Riverton County, officials said.",
     "12", "15", "conflict"),
    # and the ages of a list (people, each their own) are never told apart by their neighbours.
    ("The dead were named as Mia Kell, 6; Tom Kell, 9; and Dana Kell, 12.",
     "Police named Dana, 12; Tom, 9; and Mia, 8.", "6", "8", "apart"),
    # A city's running toll since a day is not the toll of one shooting.
    ("A gunman shot four people dead at an Eastport mall on Friday, the coroner said.",
     "Gunmen have shot 10 people dead in Eastport since Friday, the coroner said.",
     "four", "10", "apart"),
    ("A gunman shot four people dead at an Eastport mall on Friday, the coroner said.",
     "Gunmen shot 10 people dead at an Eastport mall on Friday, the coroner said.",
     "four", "10", "conflict"),
    # A guess or an attempt is not the toll: never a conflict with it.
    ("The sheriff said the Riverton gunman could have killed two more people.",
     "The gunman killed a deputy and wounded three people in the Riverton shooting, the sheriff said.",
     "two", "three", "apart"),
    ("At the Riverton bar Kell tried to murder three people, prosecutors say.",
     "Police said Kell opened fire and killed two people in the Riverton bar.", "three", "two", "apart"),
    ("Kell was convicted of the murder of three people at the Riverton bar.",
     "Kell opened fire and killed four people at the Riverton bar, police said.", "three", "four", "apart"),
    ("A gunman killed two people at a Riverton bar on Sunday, police said.",
     "A gunman killed three people at a Riverton bar on Sunday, police said.", "two", "three", "conflict"),
    ("Kell was acquitted of ordering four other murders in Riverton.",
     "Kell faces charges of plotting to commit eight murders in Riverton.", "four", "eight", "apart"),
    ("Kell admitted plotting to kill three other men in Riverton.",
     "Kell faces charges of plotting to commit eight murders in Riverton.", "three", "eight", "apart"),
    # "Shot to death" is a toll of the dead, not of all shot.
    ("Riverton diner robbery: two clerks stabbed to death",
     "4 stabbed at Riverton diner on Sunday.", "two", "4", "apart"),
    ("Two clerks were stabbed to death at a Riverton diner on Sunday.",
     "Three clerks were killed at a Riverton diner on Sunday.", "Two", "Three", "conflict"),
    # A total over several events is not one event's count.
    ("Across Riverton and Eastport a total of eight officers died in the ambushes, the chief said.",
     "The chief said three officers were killed in the Riverton ambush.", "a total of eight", "three", "apart"),
    # A streak is not a season's count; two streaks of one team may conflict.
    ("The Hawks will play four road games in a second straight losing year, Lee Brandt said.",
     "The Hawks won six straight games, Lee Brandt said.", "four", "six", "apart"),
    ("The Hawks won six games in a row before losing to Riverton on Sunday.",
     "The Hawks won four games this season before losing to Riverton on Sunday.", "six", "four", "apart"),
    ("The Hawks won six straight games before losing to Riverton.",
     "The Hawks won seven consecutive games before losing to Riverton.", "six", "seven", "conflict"),
    # The length of one play is not a game's total; two lengths of one play may conflict.
    ("Lee Brandt made a 41-yard touchdown catch in the first half against the Hawks.",
     "Lee Brandt finished with 108 yards on catches and one touchdown against the Hawks.", "41-yard", "108 yards", "apart"),
    ("Lee Brandt caught a 41-yard pass against the Hawks on Sunday.",
     "Lee Brandt caught a 44-yard pass against the Hawks on Sunday.", "41-yard", "44-yard", "conflict"),
    ("Lee Brandt ran for 120 yards against the Hawks on Sunday.",
     "Lee Brandt ran for 140 yards against the Hawks on Sunday.", "120 yards", "140 yards", "conflict"),
    # Street numbers are not counts.
    ("The fire broke out at 40 Mill Street in Riverton on Monday.",
     "The fire broke out at 44 Mill Street in Riverton on Monday.",
     "40", "44", "apart"),
]


@pytest.mark.parametrize("text_a, text_b, number_a, number_b, expected", ALIGNMENTS)
def test_alignment(text_a, text_b, number_a, number_b, expected):
    sources = [Source(id="s0", path="s0.txt", text=text_a), Source(id="s1", path="s1.txt", text=text_b)]
    result = pipeline.run(sources, Options())
    _RESULT[0] = result
    assert _status(result.claims, [("s0", number_a), ("s1", number_b)]) == expected


def test_alignment_does_not_depend_on_the_order_of_the_sources():
    a = "A gunman killed two people and wounded five others outside a Riverton bar early Sunday."
    b = "Two people were killed and nine were wounded outside a Riverton bar early Sunday."
    one = pipeline.run([Source(id="s0", path="s0.txt", text=a), Source(id="s1", path="s1.txt", text=b)], Options())
    two = pipeline.run([Source(id="s1", path="s1.txt", text=b), Source(id="s0", path="s0.txt", text=a)], Options())
    assert {(c.status, frozenset(c.facts)) for c in one.claims} == {(c.status, frozenset(c.facts)) for c in two.claims}


# (bags of words around each fact, sources, word, weight at least, weight below): in a story of
# few facts per source a word around one fact of each source weighs at least the floor; a word
# around more facts than there are sources keeps its plain (low) weight.
RARITY = [
    ([{"snow", "storm"}, {"snow", "storm"}, {"snow"}], 3, "snow", RARE_FLOOR, 1.0),
    ([{"snow", "storm"}, {"snow", "storm"}, {"snow"}], 2, "snow", 0.0, 0.3),
    ([{"points"}] * 6 + [{"rebounds"}], 2, "points", 0.0, 0.3),
    ([{"points"}] * 6 + [{"rebounds"}], 2, "rebounds", 2.0, 3.0),
]


@pytest.mark.parametrize("bags, sources, word, at_least, below", RARITY)
def test_story_rarity_floor(bags, sources, word, at_least, below):
    weight = _StoryRarity(bags, sources).weight(word)
    assert at_least <= weight < below


@pytest.mark.parametrize("text_a, text_b, same", [
    ("Kell made 61 catches over the season.", "Kell made 61 receptions over the season.", True),
    ("The storm left three fatalities in Riverton.", "The storm left three deaths in Riverton.", True),
    # The forms a head takes: an abbreviation's plural, an irregular plural.
    ("Kell threw four TDs in the rout.", "Kell threw four touchdowns in the rout.", True),
    ("Firefighters carried two kids from the flat.", "Firefighters carried two children from the flat.", True),
    ("Firefighters carried one kid from the flat.", "Firefighters carried one child from the flat.", True),
    # A broader noun or another set is no synonym: "casualties" counts the hurt too.
    ("The storm left three casualties in Riverton.", "The storm left three deaths in Riverton.", False),
    ("Crews towed 14 cars from the lot.", "Crews towed 14 trucks from the lot.", False),
])
def test_counted_synonyms_are_one_noun(text_a, text_b, same):
    heads = []
    for text in (text_a, text_b):
        facts = pipeline.run([Source(id="s0", path="s0.txt", text=text)], Options()).facts
        heads.append(numbers._head(next(f for f in facts if isinstance(f, Number))))
    assert heads[0] and heads[1]
    assert (heads[0] == heads[1]) is same
