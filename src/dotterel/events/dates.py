"""When an event happened, read from the date words attached to its trigger.

Dates are resolved against the publication date: "on Tuesday" is the last Tuesday on or before it,
"last year" the year before it, "in 2014" is 2014. The result is an ISO string with as much
precision as the text gives ("2014", "2014-05", "2014-05-03").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from dotterel.events.arguments import clause_verb, is_verbal

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "an": 1, "several": 3, "few": 3, "couple": 2}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
# A date older than this before the publication is background ("historical"), not news of the day: the
# gold sets code acts of the past week as news, and those of earlier in the month mostly as background.
HISTORICAL_GAP = timedelta(days=7)
ATTACH_DEPS = frozenset({"pobj", "prep", "npadvmod", "tmod", "compound", "amod", "nummod", "appos", "nmod",
                         "advmod", "obl", "det", "poss", "pcomp", "quantmod"})


@dataclass(frozen=True)
class EventDate:
    iso: str  # "2014", "2014-05" or "2014-05-03"
    latest: date  # the last day the expression can mean
    since: bool = False  # "since 2014": an ongoing state that started then


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def event_date(head: Token, sentence: Span, published: date | None, nouns: Iterable[Token] = ()
               ) -> EventDate | None:
    """The date the sentence gives for the event whose trigger head is `head` (with the event `nouns` a
    light verb carries), if any."""
    verb = clause_verb(head)
    anchors = {head.i, verb.i, *(t.i for t in nouns)}
    timed = verb
    for _ in range(2):  # "last July, when its fighters emerged ... TO MASSACRE 200 people": two hops
        if not _shares_governor_time(timed):
            break
        timed = timed.head
        anchors.add(timed.i)
    if verb.dep_ == "xcomp" and is_verbal(verb.head):
        anchors.add(verb.head.i)  # "LAST YEAR Germany decided to withdraw": the decision's time
    if head.dep_ == "nsubj" and verb == head and is_verbal(head.head):
        anchors.add(head.head.i)  # "the US INVASION toppled Saddam in 2003": the act dates with its deed
    interval = _interval_before(verb) if published is not None else None
    if interval is not None:
        resolved = resolve(interval, _later_act_day(verb, sentence, published) or published)
        if resolved is not None:
            return resolved
    framed = verb
    if _describes_an_object(verb):
        framed = verb.head.head  # "In 2015, X launched a petition ASKING for ...": the petition's time
        anchors.add(framed.i)
    noun_ids = {t.i for t in nouns}
    future = _ahead(verb)
    for ent in sentence.ents:
        if ent.label_ != "DATE":
            continue
        if ent.root.head.i in noun_ids and ent.root.dep_ in ("compound", "nummod", "amod"):
            continue  # "ended a 2014 TREATY": the year dates the treaty, not its end
        prep = _preposition(ent)
        if not (_attached(ent.root, anchors) or _frames_main_clause(ent, framed, sentence)
                or (prep == "since" and _since_of_perfect(ent.root, verb))):
            continue
        resolved = resolve(ent.text, published, prep=prep, future=future)
        if resolved is not None:
            return resolved
    return None


def follows_a_past_date(head: Token, sentence: Span, published: date | None) -> bool:
    """A past-tense clause with no date of its own, coordinated after a clause dated well before the
    news, tells the same background: "They signed a peace deal in 2000, ... but Ethiopia REFUSED to hand
    it over"."""
    verb = clause_verb(head)
    if published is None or verb.tag_ != "VBD":
        return False
    cursor = verb
    while cursor.dep_ == "conj" and cursor.head != cursor:
        cursor = cursor.head
        when = event_date(cursor, sentence, published)
        if when is not None:
            return is_historical(when, published)
    return False


# "are DUE to meet on Thursday", "is SET to visit on Monday": a day ahead, like "will meet"
SCHEDULED = frozenset({"due", "set", "scheduled", "expected", "slated", "poised"})


# "the first woman TO BE KILLED on Friday": an infinitive after these tells what happened, not a plan
ORDINAL_HEADS = frozenset({"first", "last", "second", "third", "only", "latest", "next"})


def _ahead(verb: Token) -> bool:
    if any(c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return True
    governor = verb.head
    if verb.dep_ == "xcomp" and governor.lower_ in SCHEDULED and governor.tag_ != "VBD":
        return True
    return _planned_infinitive(verb)


def _planned_infinitive(verb: Token) -> bool:
    """ "a summit TO BE HELD in Tehran on Friday", "talks TO TAKE PLACE on Thursday": an infinitive that
    describes a noun (or stands as a subject) names what is planned."""
    if verb.dep_ not in ("acl", "relcl", "csubj", "csubjpass") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    noun = verb.head if verb.dep_ in ("acl", "relcl") else next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), verb.head)
    return noun.lower_ not in ORDINAL_HEADS and not any(c.lower_ in ORDINAL_HEADS for c in noun.children)


def _interval_before(verb: Token) -> str | None:
    """ "re-admit Syria seven years AFTER EXPELLING it", "two decades after the invasion": the act lies
    that long before the news, read as "seven years ago"; also a clause: "seven years after Caracas
    CLOSED it", "it is six weeks since Caracas CLOSED it"."""
    if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "after":
        interval_of, deps = verb.head, ("npadvmod",)
    elif verb.dep_ == "advcl" and _marked(verb, "after"):
        interval_of, deps = verb, ("npadvmod",)
    elif verb.dep_ == "advcl" and _marked(verb, "since") and verb.head.lemma_ in ELAPSING:
        interval_of, deps = verb.head, ("attr", "nsubj")  # "it is six weeks SINCE she surrendered"
    else:
        return None
    spans = [c for c in interval_of.children if c.dep_ in deps and c.ent_type_ == "DATE"]
    if not spans:
        return None
    return " ".join(t.text for t in spans[0].subtree) + " ago"


# verbs that say how long ago something happened: "it IS six weeks since", "two years have PASSED since"
ELAPSING = frozenset({"be", "pass", "elapse"})


def _marked(verb: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in verb.children)


def _later_act_day(verb: Token, sentence: Span, published: date) -> date | None:
    """The day of the act an interval counts from: "agreed ON WEDNESDAY to disarm, a day after
    Azerbaijan launched an offensive" (Tuesday), when the sentence gives it."""
    later = verb.head if verb.dep_ == "advcl" else verb.head.head
    if later == verb or later.dep_ in ("pcomp", "pobj", "advcl"):
        return None  # no chains of intervals
    when = event_date(later, sentence, published)
    return when.latest if when is not None and len(when.iso) == 10 else None


TEMPORAL_MARKS = frozenset({"when", "as", "while"})
DASHES = frozenset({"–", "—", "-", "("})


def _shares_governor_time(verb: Token) -> bool:
    """A clause that tells the moment of the verb (or date) it hangs on is dated by that date: "she died
    on 15 March WHEN her position was struck", "left the UK in 2015 TO JOIN Isis" (a past act's
    purpose). Not a future purpose: "will travel on Monday to sign" is dated by its own words."""
    temporal = any(c.dep_ in ("advmod", "mark") and c.lower_ in TEMPORAL_MARKS for c in verb.children)
    if verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE":
        return temporal  # "on 2 March WHEN their convoy was shelled", read as a clause on the date
    if verb.dep_ != "advcl" or verb.head == verb:
        return False
    if temporal or _bare_participle(verb):
        return True  # "imposed a boycott last year, ACCUSING it of ...": the same moment
    purpose = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return purpose and verb.head.tag_ in ("VBD", "VBN")


def _describes_an_object(verb: Token) -> bool:
    """A participle on the object of a deed tells what the object did when it was made: "launched a
    petition ASKING for ...", "signed a letter CALLING for ..."."""
    noun = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.dep_ in ("dobj", "obj") \
        and is_verbal(noun.head) and noun.head != noun


def _frames_main_clause(ent: Span, verb: Token, sentence: Span) -> bool:
    """A date that opens the sentence before a comma sets the time of its main clause, even when the
    parser hangs it on a clause in between: "LAST YEAR, Trump was so upset by the photos, he ordered a
    strike". Only the main clause: "Last year, officials said Russia would attack" does not date the
    attack."""
    opening = ent.start == sentence.start or (
        ent.start == sentence.start + 1 and sentence[0].dep_ == "prep")
    if not opening or ent.end >= sentence.end or ent.doc[ent.end].text != ",":
        return False
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _preposition(ent: Span) -> str | None:
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.dep_ == "prep":
        return head.lower_
    return None


def _attached(tok: Token, anchors: set[int]) -> bool:
    """Does the date phrase hang on the trigger (or its clause verb) without crossing into another clause?
    A year in front of another noun dates that thing, not the event: "delivered under a 2017 CONTRACT"."""
    if (tok.dep_ in ("compound", "nummod", "amod") and tok.head.i not in anchors
            and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.ent_type_ != "DATE"):
        return False
    cursor = tok
    for _ in range(6):
        if cursor.i in anchors:
            return True
        if cursor.head == cursor or (cursor.dep_ not in ATTACH_DEPS and not _bare_participle(cursor)):
            return False
        cursor = cursor.head
    return cursor.i in anchors


def _since_of_perfect(tok: Token, verb: Token) -> bool:
    """ "has blocked Skopje's bid to join NATO since 2008": "since" needs a perfect tense, so the
    parser's infinitive that holds it is not what it dates; the perfect verb above it is."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    cursor = tok.head
    while cursor != verb and cursor.head != cursor:
        if cursor.dep_ in ("relcl", "ccomp", "advcl") or any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in cursor.children):
            return False  # a clause of its own, or a perfect of its own
        cursor = cursor.head
    return cursor == verb


def _bare_participle(clause: Token) -> bool:
    """ "launched an offensive into Afrin, SPEARHEADED by its allies on Saturday": a participle with no
    subject of its own tells of the same moment as the verb it hangs on (also when the parser joins it
    as a conjunct: "launched its offensive – CODENAMED Olive Branch – on 20 January")."""
    aside = clause.dep_ == "conj" and clause.tag_ in ("VBN", "VBD") and clause.i > 0 \
        and clause.doc[clause.i - 1].text in DASHES
    participle = (clause.dep_ == "advcl" and clause.tag_ in ("VBN", "VBG")) or aside
    return participle and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in clause.children)


def resolve(text: str, published: date | None, prep: str | None = None, future: bool = False
            ) -> EventDate | None:
    """Resolve one date expression; None when it names no usable date ("recently", "this week")."""
    words = text.lower().replace(",", " ").split()
    since = prep == "since" or "since" in words
    year_match = YEAR.search(text)
    # a month is written with a capital: "watch the Americans march away" names no March
    month = next((MONTHS[w.lower().rstrip(".")] for w in text.replace(",", " ").split()
                  if w[:1].isupper() and w.lower().rstrip(".") in MONTHS), None)
    if year_match:
        year = int(year_match.group(1))
        if month:
            day = _day_number(text, year_match.group(1))
            if day and day <= calendar.monthrange(year, month)[1]:
                return EventDate(f"{year:04d}-{month:02d}-{day:02d}", date(year, month, day), since)
            last = calendar.monthrange(year, month)[1]
            return EventDate(f"{year:04d}-{month:02d}", date(year, month, last), since)
        if "s" in words[-1][-1:] and re.search(r"\d0s\b", text):  # "the 1990s"
            return None
        return EventDate(f"{year:04d}", date(year, 12, 31), since)
    if published is None:
        return None
    if month:
        if "last" in words and month == published.month and not future:
            published = published.replace(year=published.year - 1, day=1)  # "last April", said in April
        return _month_day(text, month, published, future, since)
    return _relative(words, published, future, since)


def _day_number(text: str, year_text: str) -> int | None:
    for match in DAY.finditer(text.replace(year_text, " ")):
        value = int(match.group(1))
        if 1 <= value <= 31:
            return value
    return None


def _month_day(text: str, month: int, published: date, future: bool, since: bool) -> EventDate:
    year = published.year
    if month > published.month and not future:
        year -= 1
    elif month < published.month and future:
        year += 1
    day = _day_number(text, "\0")
    if day and day <= calendar.monthrange(year, month)[1]:
        return EventDate(f"{year:04d}-{month:02d}-{day:02d}", date(year, month, day), since)
    last = calendar.monthrange(year, month)[1]
    return EventDate(f"{year:04d}-{month:02d}", date(year, month, last), since)


def _relative(words: list[str], published: date, future: bool, since: bool) -> EventDate | None:
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        if "next" in words or future:
            delta = (weekday - published.weekday()) % 7 or 7
            day = published + timedelta(days=delta)
        else:
            delta = (published.weekday() - weekday) % 7
            if "last" in words and delta == 0:
                delta = 7
            day = published - timedelta(days=delta)
        return _day(day, since)
    if "yesterday" in words:
        return _day(published - timedelta(days=1), since)
    if "tomorrow" in words:
        return _day(published + timedelta(days=1), since)
    if "fortnight" in words and "ago" in words:
        words = ["two", "weeks", "ago"]
    unit = next((w.rstrip("s") for w in words if w.rstrip("s") in ("year", "month", "day", "week")), None)
    if unit is None:
        return None
    if "ago" in words:
        count = _count(words)
        if count is None:
            return None
        if unit == "week":  # "two weeks ago": that many days back, as "14 days ago" would be
            return _day(published - timedelta(weeks=count), since)
        return _shift(published, unit, -count, since)
    if "last" in words or "previous" in words or ("past" in words and len(words) == 2):
        return _shift(published, unit, -1, since)
    if "this" in words and unit in ("year", "month"):  # "earlier this year", "this month"
        return _current(published, unit, future or "later" in words, since, "earlier" in words)
    if "next" in words:
        return _shift(published, unit, 1, since)
    return None


def _count(words: list[str]) -> int | None:
    for word in words:
        if word.isdigit():
            return int(word)
        if word in NUMBER_WORDS:
            return NUMBER_WORDS[word]
    return None


def _current(published: date, unit: str, ahead: bool, since: bool, earlier: bool = False) -> EventDate:
    """The publication's own year or month; a past act in it ended by the publication, and one told as
    "earlier this month" (background, not the news of the day) more than HISTORICAL_GAP before it, if
    the month or year began that long before."""
    whole = _shift(published, unit, 0, since)
    assert whole is not None
    if ahead:
        return whole
    start = published.replace(day=1) if unit == "month" else published.replace(month=1, day=1)
    before = published - HISTORICAL_GAP - timedelta(days=1)
    return EventDate(whole.iso, before if earlier and before >= start else published, since)


def _day(day: date, since: bool) -> EventDate:
    return EventDate(day.isoformat(), day, since)


def _shift(published: date, unit: str, count: int, since: bool) -> EventDate | None:
    if unit == "year":
        year = published.year + count
        return EventDate(f"{year:04d}", date(year, 12, 31), since)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + count
        year, month = divmod(index, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return EventDate(f"{year:04d}-{month + 1:02d}", date(year, month + 1, last), since)
    if unit == "day":
        return _day(published + timedelta(days=count), since)
    return None  # "last week", "next week": a span with no ISO form we use


def is_historical(when: EventDate, published: date | None) -> bool:
    """Background: the event ended well before the publication, or an ongoing state began long ago."""
    if published is None:
        return False
    if when.since:  # "since 2014", "since November": a state begun well before the news is background;
        return when.latest < published - HISTORICAL_GAP  # "since Sunday" is the news itself
    if len(when.iso) == 7:  # "last month", "in January": a month before the news's own is background,
        # and so is an act told "earlier this month" (it ended well before the publication)
        return when.latest < published.replace(day=1) or when.latest < published - HISTORICAL_GAP
    return when.latest < published - HISTORICAL_GAP
