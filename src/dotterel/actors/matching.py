"""Finding lexicon phrases among the tokens of a parsed phrase (longest match first, names before agent
nouns)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dotterel.actors.lexicon import CAPITAL, COUNTRY, DEMONYM, GROUP, ORG, PARTIAL, SEAT, Lexicon, NameEntry


@dataclass(frozen=True)
class NameMatch:
    start: int  # doc token indices, end exclusive
    end: int
    entry: NameEntry


@dataclass(frozen=True)
class AgentMatch:
    start: int
    end: int
    sector: str
    key: tuple[str, ...]  # the agent phrase, lower case and singular ("defense secretary")


def _capitalised(tokens: Sequence[Token]) -> bool:
    """Some letter in capitals: "Turkey" and odd casings like "iSrael", never plain "turkey"."""
    return any(c.isupper() for t in tokens for c in t.text)


# The matchers take the doc positions of a phrase's tokens (ascending) and `words`, the lower-case words
# of the whole doc (`Token.lower_` of each token), so that a word is a list item, not a Token object.


def _name_at(i: int, words: Sequence[str], doc: Doc, lexicon: Lexicon) -> tuple[int, NameEntry] | None:
    """The longest name starting at doc[i], as (length, entry).

    The name is read from the text, so it may run past the phrase the parser gave ("Doctors" +
    "Without Borders" when the parser attached "Without Borders" as a prepositional phrase).
    """
    longest = lexicon.name_starts.get(words[i])
    if longest is None:
        return None
    key = tuple(words[i : i + longest])
    for length in range(len(key), 0, -1):
        entry = lexicon.names.get(key[:length])
        if entry is None:
            continue
        window = doc[i : i + length]
        if entry.needs_place_label and not _is_whole_place_entity(window):
            continue
        if entry.exact_case:
            if "".join(t.text for t in window) != _squeeze(entry.phrase):
                continue
        elif not _capitalised(window) and not entry.phrase.islower():
            continue  # names need a capital; a phrase listed in lower case ("international community") not
        return length, entry
    return None


def _is_whole_place_entity(window: Span) -> bool:
    """The words are exactly one place entity of the parser ("Sichuan", not "Western" of "Western
    Cambodia")."""
    if any(t.ent_type_ not in ("GPE", "LOC") for t in window) or window[0].ent_iob_ != "B":
        return False
    doc = window.doc
    return window.end >= len(doc) or doc[window.end].ent_iob_ != "I"


def _squeeze(phrase: str) -> str:
    words = phrase.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return "".join(words)


def find_names(positions: Sequence[int], words: Sequence[str], doc: Doc, lexicon: Lexicon) -> list[NameMatch]:
    matches: list[NameMatch] = []
    k = 0
    while k < len(positions):
        i = positions[k]
        found = _name_at(i, words, doc, lexicon)
        if found is None and words[i].endswith(LEADING_ENDINGS):
            found = _leading_name(doc[i], lexicon)
        if found is None or _is_part_of_other_name(i, found[0], words, doc, lexicon) \
                or _is_stance(words, i, i + found[0]):
            k += 1
            continue
        length, entry = found
        if entry.kind == DEMONYM and _surname(doc[i]):
            k += 1  # "Volker Turk": a person's name, not a Turk
            continue
        if entry.kind == DEMONYM and k > 0 and positions[k - 1] == i - 1 and words[i - 1] in ETHNIC_MARKERS:
            entry = replace(entry, code=None, kind=GROUP)  # "ethnic Albanians": a people, not the state
        matches.append(NameMatch(i, i + length, entry))
        while k < len(positions) and positions[k] < i + length:
            k += 1
    return matches


def _surname(token: Token) -> bool:
    """A word inside a person's name, after its first word: "Volker TURK", "Laura ENGLISH"."""
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and token.i > 0 \
        and token.doc[token.i - 1].ent_type_ == "PERSON" and token.doc[token.i - 1].pos_ == "PROPN"


def may_start_match(i: int, words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a name or agent noun may start at doc[i]: a cheap test that never says no where
    `find_names` or `find_agents` would match."""
    return tuple(words[i : i + 2]) in lexicon.openings or (words[i],) in lexicon.openings \
        or words[i].endswith(LEADING_ENDINGS)


# "pro-Russian separatists", "Iran-backed militias", "the Israeli-occupied West Bank": the named state
# is not the party itself.
STANCE_PREFIXES = frozenset({"pro", "anti"})
STANCE_PREFIX_FORMS = tuple(prefix + "-" for prefix in STANCE_PREFIXES)  # "pro-russian" as one token
STANCE_SUFFIXES = frozenset({"backed", "sponsored", "supported", "allied", "aligned", "leaning", "inspired",
                             "funded", "armed", "trained", "friendly", "occupied", "annexed"})
# "the U.S.-led coalition", "a U.S.-owned bulk carrier", written as one token: the named state leads or
# owns, so it is the party.
LEADING_SUFFIXES = frozenset({"led", "owned", "flagged"})
# The lower-case forms of such tokens end so (lower-casing maps no other character to "-", "l", "e", "d").
LEADING_ENDINGS = tuple("-" + suffix for suffix in LEADING_SUFFIXES)


def _leading_name(token: Token, lexicon: Lexicon) -> tuple[int, NameEntry] | None:
    prefix, dash, suffix = token.text.rpartition("-")
    if not dash or suffix.lower() not in LEADING_SUFFIXES or not _capitalised([token]):
        return None
    entry = lexicon.names.get((prefix.lower(),))
    return (1, entry) if entry is not None and entry.code else None


# Words that make a demonym name an ethnic group wherever it lives ("ethnic Serbs in Kosovo").
ETHNIC_MARKERS = frozenset({"ethnic", "ethnically"})


def _is_stance(words: Sequence[str], start: int, end: int) -> bool:
    if start >= 2 and words[start - 1] == "-" and words[start - 2] in STANCE_PREFIXES:
        return True
    if words[start].startswith(STANCE_PREFIX_FORMS):
        return True
    return end + 2 <= len(words) and words[end] == "-" and words[end + 1] in STANCE_SUFFIXES


# lower-case particles inside place names ("Mocimboa da Praia"): a country or capital after one of
# them ends a longer name
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "la"})


def _is_part_of_other_name(first: int, length: int, words: Sequence[str], doc: Doc, lexicon: Lexicon) -> bool:
    """'Washington Post', 'Paris Agreement', 'Moscow Times': a place name inside a longer proper name.

    The place is a compound of the proper nouns that follow it, and these hold no known name or agent
    noun ("Pakistani Defense Secretary Hussain" is kept: "defense secretary" is an agent noun).
    """
    entry = lexicon.names.get(tuple(words[first : first + length]))
    if entry is not None and entry.kind in (ORG, GROUP, PARTIAL, SEAT):
        return False  # "United Nations Emergency Relief Coordinator" is still the UN's
    if entry is not None and entry.kind in (COUNTRY, CAPITAL) and first >= 2 \
            and words[first - 1] in NAME_PARTICLES and doc[first - 1].is_lower \
            and doc[first - 2].pos_ == "PROPN" and (words[first - 2],) not in lexicon.names:
        return True  # "Mocimboa da Praia", "Santa Cruz de la Sierra": the end of a longer place name
    last = doc[first + length - 1]
    if last.dep_ != "compound" or last.head.i <= last.i or last.head.pos_ != "PROPN":
        return False
    end = last.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    following = tuple(words[last.i + 1 : end])
    if not following:
        return False
    for start in range(len(following)):
        for stop in range(len(following), start, -1):
            part = following[start:stop]
            if part in lexicon.names or part in lexicon.agents:
                return False
    return True


def find_agents(positions: Sequence[int], words: Sequence[str], doc: Doc, lexicon: Lexicon,
                taken: set[int]) -> list[AgentMatch]:
    """Agent nouns and titles among the tokens not already inside a name."""
    matches: list[AgentMatch] = []
    k = 0
    while k < len(positions):
        found = _agent_at(positions, k, words, doc, lexicon, taken)
        if found is None:
            k += 1
            continue
        matches.append(found)
        k += found.end - found.start
    return matches


def _agent_at(positions: Sequence[int], k: int, words: Sequence[str], doc: Doc, lexicon: Lexicon,
              taken: set[int]) -> AgentMatch | None:
    first = positions[k]
    if words[first] not in lexicon.agent_starts or first in taken:
        return None
    run = 1  # the contiguous phrase tokens from here, outside names
    for i in positions[k + 1 : k + lexicon.max_agent_len]:
        if i != first + run or i in taken:
            break
        run += 1
    for length in range(run, 0, -1):
        key = tuple(words[first : first + length])
        if key in lexicon.agents and doc[first + length - 1].pos_ in ("NOUN", "PROPN", "ADJ", "X"):
            base = lexicon.agent_base.get(key, key)
            return AgentMatch(first, first + length, lexicon.agents[key], base)
    return None
