"""Evidence text features for event clustering: content-word stems, trigger acts, names, places,
relative dates, and IDF-weighted similarity over a store's evidence sentences."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources

import yaml

_STOPWORD_TEXT = (
    "the a an and or but of to in on at by for with from as is are was were be been being has have had "
    "that this these those it its their his her they them he she we our you your not no said says say "
    "will would could should may might can also after before over into about than then there which who "
    "whom what when where while more most other some such only own same very just new one two three "
    "mr mrs ms per cent told tuesday monday wednesday thursday friday saturday sunday week year "
    "all any both each few many much now out up down off again further once here how why because "
    "until against between through during above below under does did doing do i me my him us "
    "if so too least last first since yet still even ever already being according including "
    "including day days month months years ago earlier later today yesterday tomorrow time "
    "january february march april june july august september october november december "
    "reported report reports statement told tell added people official officials spokesman spokeswoman "
    "around among within without across another several whether though although however"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_TOKEN = re.compile(r"[a-z][a-z'-]+")
FOCUS_WORDS = 8
PLACE_WORDS = 12
DISTINCTIVE_SHARE = 0.02


def stem(word: str) -> str:
    """A crude, stable stem: strike/strikes/striking/struck-free forms map together."""
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'-")
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


_LIGHT_VERB_TEXT = (
    "make made take took give gave hold held carry carried put set get got go went come came have "
    "begin began start launch announce order call say hand handed submit submitted tender tendered"
)
_LIGHT_TRIGGER_WORDS = frozenset(stem(w) for w in _LIGHT_VERB_TEXT.split())


def fold(word: str) -> str:
    """Fold a noun of action onto its verb's stem: withdrawal/withdraw, accusation/accuse."""
    for suffix in ("ation", "ment", "al"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            return word[: -len(suffix)]
    return word


def trigger_words(trigger: str) -> frozenset[str]:
    """The content stems of a trigger phrase, folded, without light verbs ("launched an offensive" ->
    offensive): two reports whose triggers share one are likely to name the same act."""
    return frozenset(fold(w) for w in tokens(trigger) if w not in _LIGHT_TRIGGER_WORDS)


# Words that name one act, whatever word a writer picks: two triggers from one class tell the same
# kind of act ("launched an offensive" ~ "the assault on" ~ "the incursion into"). A word may sit in
# two classes ("attack" is an offensive and a strike); classes do not chain through it. Classes are
# narrow on purpose: "killed" and "shelled", "met" and "spoke by phone" are different acts.
_ACT_CLASS_TEXT = """
offensive: offensive offensives assault assaults incursion incursions invasion invasions invade
    onslaught campaign campaigns operation operations attack attacks storm
strike: strike strikes struck airstrike airstrikes air-strike air-strikes attack attacks bomb bombing
    bombard bombardment shell shelling pound raid raids sortie sorties hit target fire
kill: kill killing killings murder slay slaughter massacre execute execution
wound: wound injure injury maim hurt
clash: clash clashes fight fighting fought battle skirmish firefight gunbattle
capture: capture seize seizure overrun retake recapture occupy occupation conquer
withdraw: withdraw withdrew withdrawn withdrawal pullout pull-out retreat leave exit drawdown
    evacuate evacuation
criticise: criticise criticize criticism condemn condemnation denounce denunciation decry slam
    blast lambast rebuke censure deplore
accuse: accuse accusation allege allegation blame
reject: reject rejection refuse refusal rebuff spurn dismiss
deny: deny denial
urge: urge call appeal ask request demand press plead
warn: warn warning threaten threat
promise: vow pledge promise commit commitment guarantee
agree: agree agreement deal accord pact
meet: meet met meeting summit
talk: talk talks speak spoke spoken discuss discussion phone call conversation negotiate negotiation
visit: visit trip travel tour arrive attend
support: support back backing endorse endorsement
praise: praise hail commend laud applaud welcome
aid: aid assistance assist help relief
fund: fund funding finance
sanction: sanction sanctions embargo
arrest: arrest detain detention jail imprison custody captive
deploy: deploy deployment dispatch station mobilise mobilize reinforce reinforcement buildup
resign: resign resignation quit
release: release free
surrender: surrender capitulate capitulation
investigate: investigate investigation probe inquiry
ceasefire: ceasefire cease-fire truce cessation
expel: expel expulsion deport deportation
revoke: revoke revocation strip
"""


_PARTICLES = frozenset({"back"})
_PULL_OUT = re.compile(r"\bpull(?:s|ed|ing)?\s+out\b", re.IGNORECASE)
_PULL = re.compile(r"\bpull(?:s|ed|ing)?\b", re.IGNORECASE)
_OUT_AFTER = re.compile(r"(?:\s+[\w'-]+){0,3}\s+out\b", re.IGNORECASE)  # "pull [US troops] OUT of Syria"


# classes of acts of speech: each utterance is its own event, however often an actor repeats it
_STATEMENT_TEXT = "criticise accuse reject deny urge warn promise praise"
STATEMENT_CLASSES = frozenset("=" + name for name in _STATEMENT_TEXT.split())


def statement_words(trigger: str) -> frozenset[str]:
    """The words of a trigger that name an act of speech ("vowed", "warned"), not what was said."""
    table = act_classes()
    return frozenset(w for w in tokens(trigger) if table.get(fold(w), frozenset()) & STATEMENT_CLASSES)


@cache
def act_classes() -> Mapping[str, frozenset[str]]:
    """Folded stem of an act word -> the classes it belongs to (as "=class" labels)."""
    classes: dict[str, set[str]] = defaultdict(set)
    for entry in re.split(r"\n(?=\S)", _ACT_CLASS_TEXT.strip()):
        name, words = entry.split(":", 1)
        for word in words.split():
            classes[fold(stem(word))].add("=" + name)
    return {word: frozenset(names) for word, names in classes.items()}


OBJECT_WORDS = 4
# acts often ordered or announced in light verbs: a campaign, a withdrawal, a strike, a resignation
# handed in ("handed in his resignation")
OBJECT_CLASSES = frozenset({"=offensive", "=withdraw", "=strike", "=resign"})


def act_words(trigger: str, after: str = "", before: str = "") -> frozenset[str]:
    """What act a trigger names: its `trigger_words` (or, with only light verbs, all its stems) and
    the `act_classes` of those stems. Two triggers that share one tell the same act. A trigger of
    light verbs alone ("ordered", "announced") names the act (OBJECT_CLASSES) of its object among
    the first OBJECT_WORDS words `after` it ("ordered a rapid withdrawal", "ordered a missile strike"),
    also when the trigger names only the troops ("ordered forces in Syria to leave").
    A toll ("killed", "injured") also names the attack that took it (`attack_of_toll`)."""
    table = act_classes()
    trigger = _PULL_OUT.sub("pullout", trigger)
    if _OUT_AFTER.match(after):
        trigger = _PULL.sub("pullout", trigger)
    words = trigger_words(trigger)
    if words <= _TROOPS:  # "ordered forces in Syria to leave": the troops are not the act
        following = trigger_words(_PULL_OUT.sub("pullout", " ".join(_object_words(after))))
        words = tokens(trigger) | {w for w in following if table.get(w, frozenset()) & OBJECT_CLASSES}
    if len(words) > 1:
        words -= _PARTICLES  # "pull back" is no act of backing
    if words and all(table.get(w, frozenset()) & TOLL_CLASSES or w in TOLL_WORDS for w in words):
        words |= attack_of_toll(before, after)
    labels = {label for word in words for label in table.get(word, ())}
    if words & _SENDING and words & _TROOPS and _INTO.match(after):
        labels.add("=offensive")  # "sent troops – and Arab militia – into the enclave": an incursion
    return words | labels


def _object_words(after: str) -> list[str]:
    """The first OBJECT_WORDS words after a light verb, counted past the troops it orders ("ordered
    2,000 US troops in Syria to leave")."""
    words = after.split()
    for k, word in enumerate(words[:OBJECT_WORDS]):
        if tokens(word) & _TROOPS:
            return words[k + 1 : k + 1 + OBJECT_WORDS]
    return words[:OBJECT_WORDS]


_SENDING = frozenset({"send", "sent"})
_TROOPS = frozenset({"troop", "forc", "soldier", "tank"})
_INTO = re.compile(r"^[^.;:]{0,40}?\binto\b", re.IGNORECASE)


TOLL_CLASSES = frozenset({"=kill", "=wound"})
TOLL_WORDS = frozenset({"died", "dead"})
_ATTACK_NOUNS = (r"(attacks?|strikes?|air-?strikes?|air\s+strikes?|bombings?|bombardment|shelling|raids?|"
                 r"offensive|assault|massacre|ambush|blast|explosion)")
# "killed in the chemical attack", "wounded by Turkish shelling"
_TOLL_AFTER = re.compile(r"^\s*(?:in|by|during)\s+(?:[\w'’-]+\s+){0,4}?" + _ATTACK_NOUNS + r"\b",
                         re.IGNORECASE)
# "the attack in Douma, which reportedly killed", "a strike that killed"
_TOLL_BEFORE = re.compile(_ATTACK_NOUNS + r"\b[^.;:]{0,40}?,?\s+(?:which|that)\s+(?:\w+ly\s+)?"
                          r"(?:[^.;:]{0,50}\s+and\s+)?$", re.IGNORECASE)


def attack_of_toll(before: str, after: str) -> frozenset[str]:
    """The attack a toll was taken in ("killed in the chemical attack"; "an attack, which killed"):
    a report of the dead and a report of the attack tell one act."""
    found = _TOLL_AFTER.match(after) or _TOLL_BEFORE.search(before)
    return trigger_words(found.group(1)) if found else frozenset()


# "Kurdish-held territory", "Russian-backed forces": whose side a thing is on, not a name or a place
_AFFILIATION = re.compile(
    r"\b[A-Z][\w']*-(?:held|controlled|led|backed|occupied|run|based|dominated|allied|aligned|sponsored)\b"
)


def proper_names(text: str, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    """Stems of the capitalised words inside a sentence (not its first word): places, people and
    operations, the words that tell two otherwise alike reports apart ("Idlib" vs "Daraa")."""
    words = re.findall(r"(?<=[\s(\"'])[A-Z][a-z][A-Za-z'-]+", _AFFILIATION.sub("", text))
    return tokens(" ".join(words), drop)


_TITLE_TEXT = (
    "president prime minister foreign secretary defence defense state general chief spokesman "
    "spokeswoman ambassador envoy leader king prince queen mr mrs ms dr sir lord the a an "
    "force forces army police government ministry council office department"
)
TITLES = frozenset(stem(w) for w in _TITLE_TEXT.split())


_CAPITALISED = re.compile(r"[A-Z][a-z][A-Za-z'-]+")


def named_words(text: str, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    """Stems of every capitalised word of a text (names, titles, country words), but `drop`: the words of
    the parties' mentions that name them, not the words that describe them ("Seven hospitals")."""
    return tokens(" ".join(_CAPITALISED.findall(text)), drop)


def mention_names(mentions: Iterable[str]) -> frozenset[str]:
    """Stems of the capitalised words in actor or recipient mentions, besides country words and titles:
    the named person or body ("Mattis" in "Jim Mattis"), empty for "the US envoy" or "he"."""
    return named_words(" ".join(text or "" for text in mentions), all_country_words() | TITLES)


@cache
def person_words() -> frozenset[str]:
    """Stems of the surnames of the people the actor lexicon names ("mattis", "lavrov")."""
    text = (resources.files("dotterel") / "actors" / "data" / "people.yaml").read_text(encoding="utf-8")
    names = (yaml.safe_load(text) or {}).get("people") or {}
    return frozenset(stem(str(name).split()[-1].lower()) for name in names)


def lone_person(actor_mentions: Sequence[str]) -> frozenset[str]:
    """The surname of the one person a report names as its only actor ("Mattis", "Jim Mattis")."""
    if len(actor_mentions) != 1:
        return frozenset()
    return mention_names(actor_mentions) & person_words()


def tokens(text: str, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    """Content-word stems of a text, for evidence similarity; `drop`: stems (party names) to leave out."""
    out = set()
    for word in _TOKEN.findall(text.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        stemmed = stem(word)
        if stemmed not in drop and stemmed not in STOPWORDS and len(stemmed) >= 3:
            out.add(stemmed)
    return frozenset(out)


_PHRASE_TOKEN = re.compile(r"[a-z][a-z'-]+|\d[\d,.]*\d|\d")
PHRASE_WORDS = 3


def phrases(text: str, drop: frozenset[str] = frozenset()) -> frozenset[tuple[str, ...]]:
    """Runs of PHRASE_WORDS consecutive content words (stop words skipped, numbers kept, party names
    left out): "take back over 800 Isis fighters" and "take back its 800 Isis fighters" share three."""
    words = []
    for word in _PHRASE_TOKEN.findall(text.lower()):
        if word[0].isdigit():
            words.append(word.replace(",", ""))
            continue
        stemmed = stem(word)
        if word not in STOPWORDS and stemmed not in STOPWORDS and len(stemmed) >= 3 and stemmed not in drop:
            words.append(stemmed)
    return frozenset(tuple(words[k : k + PHRASE_WORDS]) for k in range(len(words) - PHRASE_WORDS + 1))


@cache
def country_words() -> Mapping[str, frozenset[str]]:
    """Country code -> stems of its names, demonyms and capitals (from the actor lexicon's data file):
    the words that name a party rather than say what happened."""
    text = (resources.files("dotterel") / "actors" / "data" / "countries.yaml").read_text(encoding="utf-8")
    words: dict[str, frozenset[str]] = {}
    for code, entry in (yaml.safe_load(text).get("countries") or {}).items():
        names = [n for key in ("names", "demonyms", "capitals") for n in (entry or {}).get(key) or []]
        words[code] = frozenset(stem(w) for name in names for w in _TOKEN.findall(str(name).lower()))
    return words


@cache
def all_country_words() -> frozenset[str]:
    return frozenset(w for words in country_words().values() for w in words)


@cache
def countries_by_word() -> Mapping[str, frozenset[str]]:
    codes: dict[str, set[str]] = defaultdict(set)
    for code, words in country_words().items():
        for word in words:
            codes[word].add(code)
    return {word: frozenset(found) for word, found in codes.items()}


# a possessive is an owner, not a place: "a role in Turkey's assault"
_LOCATIVE = re.compile(r"\b(?:in|into|inside|from|across|to|out of)\s+(?:the\s+)?([A-Z][\w-]+)\b(?!['’]s\b)")


def places_named(text: str) -> frozenset[str]:
    """Codes of the countries a text names as a place ("troops in Syria", "withdraw from Iraq")."""
    table = countries_by_word()
    return frozenset(code for place in _LOCATIVE.findall(text) for word in tokens(place)
                     for code in table.get(word, ()))


# "a team from the Organisation for ...", "in the Security Council": bodies, not places
_BODY_TEXT = (
    "organisation organization council committee commission court union nations party assembly "
    "parliament congress senate agency office ministry department government army forces coalition "
    "alliance front movement group security state states united national international"
)
_BODIES = frozenset(stem(w) for w in _BODY_TEXT.split())
# a place name, maybe after its kind: "Afrin", "the rebel-held town of Jobar", "the enclave of Tal Tamr"
_PLACE_NAME = (
    r"(?:(?:[A-Z][\w-]+\s+|[a-z]+-held\s+)?(?:city|town|village|province|region|district|enclave|area|suburb"
    r"|countryside|canton|stronghold)\s+of\s+)?((?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)"
)
_LOCATION = re.compile(
    r"\b(?:in|into|inside|on|at|near|from|out\s+of|across|towards?|around|outside|over)\s+(?:the\s+)?"
    r"(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?" + _PLACE_NAME
)


# peoples, not places: "attacks on the Kurds", "a campaign against Yazidis"
_PEOPLE_TEXT = (
    "kurd kurds kurdish yazidi yazidis houthi houthis alawite alawites sunni sunnis shia shias shiite "
    "shiites druze arab arabs turkmen christian christians muslim muslims jew jews rohingya uighur "
    "uighurs uyghur uyghurs tamil tamils pashtun pashtuns hazara hazaras tuareg tuaregs fulani baloch "
    "copt copts"
)
_PEOPLES = frozenset(stem(w) for w in _PEOPLE_TEXT.split())


_OPERATION = re.compile(r"\b[Oo]peration\s+((?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)")


# "the Douma attack", "the Afrin offensive": a name before the act noun, where a place or its doer stands
_NAMED_ACT = re.compile(
    r"\b(?:the|a|an|this|that)\s+((?:[A-Z][\w'-]+\s+){0,1}[A-Z][\w'-]+)\s+(?:(?:chemical|gas|suicide|car|bomb|"
    r"air|ground|military)\s+)?(?:attack|offensive|assault|bombing|massacre|siege|incursion|invasion)s?\b")


# "bombed Douma", "shelling the town of Jobar": a name straight after a verb of striking or taking is
# where the act happened
_STRUCK_VERBS = (
    "bomb shell pound strike hit raid besiege storm capture retake seize overrun recapture invade attack "
    "target bombard"
)
_STRUCK_FORMS = "struck striking hitting retook retaken overran"


def _verb_forms(base: str) -> set[str]:
    stem = base[:-1] if base.endswith("e") else base
    return {base, base + "s", stem + "ed", stem + "ing"}


_STRUCK_PLACE = re.compile(
    r"\b(?:"
    + "|".join(sorted({f for v in _STRUCK_VERBS.split() for f in _verb_forms(v)} | {*_STRUCK_FORMS.split()}))
    + r")\s+(?:the\s+)?" + _PLACE_NAME
)


def _possessor(match: re.Match[str], text: str) -> bool:
    """ "resigned over Donald Trump's decision", "on Erdogan's orders": a name that owns the noun after
    it is no place, unless the act is in it ("fighting in Afrin's centre")."""
    owns = match.group(1).endswith(("'s", "\u2019s")) or text.startswith(("'s", "\u2019s"), match.end())
    return owns and match.group(0).split()[0].lower() not in _INSIDE


_INSIDE = frozenset({"in", "into", "inside", "near", "around", "across", "outside"})


def locations_named(text: str, drop: frozenset[str] = frozenset(), doers: frozenset[str] = frozenset()
                    ) -> frozenset[str]:
    """Stems of the capitalised names a text gives as where the act happened ("the assault on Afrin",
    "an offensive into Afrin", "strikes near Douma", "the Douma attack"), or of a named operation
    ("Operation Olive Branch"), without `drop` (country words: a country is too large a place to say
    which event). A name before the act noun may be its doer ("the Isis attack"): `doers` (the words
    of the parties' mentions) are dropped there."""
    text = _AFFILIATION.sub("", text)
    places = [m.group(1) for m in _LOCATION.finditer(text) if not _possessor(m, text)]
    names = [*places, *_OPERATION.findall(text)]
    found = {w for place in names for w in tokens(place, drop | _BODIES | _PEOPLES)}
    before_act = _NAMED_ACT.findall(text)
    found |= {w for place in before_act for w in tokens(place, drop | doers | _BODIES | _PEOPLES)}
    return frozenset(found)


def struck_places(text: str, drop: frozenset[str] = frozenset(), doers: frozenset[str] = frozenset()
                  ) -> frozenset[str]:
    """Stems of the names a verb of striking or taking has as its object ("bombed Douma", "shelling the
    town of Jobar"): the place of that act. Only a trigger's own words tell it, since another clause of
    the sentence may strike elsewhere."""
    struck = [m.group(1) for m in _STRUCK_PLACE.finditer(text) if not _possessor(m, text)]
    return frozenset(w for place in struck for w in tokens(place, drop | doers | _BODIES | _PEOPLES))


def party_words(codes: Iterable[str]) -> frozenset[str]:
    table = country_words()
    return frozenset(w for code in codes for w in table.get(code, ()))


class Rarity:
    """Inverse document frequency of stems over a set of evidence sentences (each sentence counted once)."""

    def __init__(self, sentences: Iterable[frozenset[str]]) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0
        for words in sentences:
            self.n += 1
            self.df.update(words)

    def idf(self, word: str) -> float:
        return math.log((self.n + 1) / (self.df.get(word, 0) + 1)) + 1.0

    def distinctive(self, word: str) -> bool:
        """Rare enough to tell one event from another (in at most DISTINCTIVE_SHARE of the sentences)."""
        return self.df.get(word, 0) <= max(5.0, DISTINCTIVE_SHARE * self.n)


def near_trigger(text: str, start: int, end: int, reach: int = FOCUS_WORDS) -> str:
    """The words of `text` within `reach` words of the trigger span [start, end) (offsets into text):
    the part of a long sentence that describes this event rather than the other things it says."""
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    inside = [k for k, (a, b) in enumerate(spans) if a < end and b > start]
    if not inside:
        return text
    lo, hi = max(inside[0] - reach, 0), min(inside[-1] + reach + 1, len(spans))
    return text[spans[lo][0] : spans[hi - 1][1]]


def similarity(a: frozenset[str], b: frozenset[str], rarity: Rarity) -> float:
    """IDF-weighted cosine of two word sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    shared = sum(rarity.idf(w) ** 2 for w in a & b)
    if not shared:
        return 0.0
    norm_a = math.sqrt(sum(rarity.idf(w) ** 2 for w in a))
    norm_b = math.sqrt(sum(rarity.idf(w) ** 2 for w in b))
    return shared / (norm_a * norm_b)


_RELATIVE_TIME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow"
    r"|ago|(?:this|last|next|past) (?:week|weekend|month|year|night|morning|evening))\b",
    re.IGNORECASE,
)


def relative_time(text: str) -> bool:
    """Whether a text dates its event relative to its publication ("on Tuesday", "last week")."""
    return bool(_RELATIVE_TIME.search(text))
