"""Finding lexicon phrases in a run of parsed tokens (longest match first, names before agent nouns)."""

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


def _name_at(tokens: Sequence[Token], pos: int, lexicon: Lexicon) -> tuple[int, NameEntry] | None:
    """The longest name starting at tokens[pos], as (length, entry).

    The name is read from the text, so it may run past the phrase the parser gave ("Doctors" +
    "Without Borders" when the parser attached "Without Borders" as a prepositional phrase).
    """
    if tokens[pos].lower_ not in lexicon.name_starts:
        return None
    doc = tokens[pos].doc
    start = tokens[pos].i
    stop = min(len(doc), start + lexicon.max_name_len)
    words = tuple(doc[j].lower_ for j in range(start, stop))
    for length in range(len(words), 0, -1):
        entry = lexicon.names.get(words[:length])
        if entry is None:
            continue
        window = doc[start : start + length]
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


def find_names(tokens: Sequence[Token], lexicon: Lexicon) -> list[NameMatch]:
    matches: list[NameMatch] = []
    pos = 0
    while pos < len(tokens):
        found = _name_at(tokens, pos, lexicon) or _leading_name(tokens[pos], lexicon)
        if (found is None or _is_part_of_other_name(tokens, pos, found[0], lexicon)
                or _is_stance(tokens[pos].doc, tokens[pos].i, tokens[pos].i + found[0])):
            pos += 1
            continue
        length, entry = found
        if entry.kind == DEMONYM and pos > 0 and tokens[pos - 1].i == tokens[pos].i - 1 \
                and tokens[pos - 1].lower_ in ETHNIC_MARKERS:
            entry = replace(entry, code=None, kind=GROUP)  # "ethnic Albanians": a people, not the state
        matches.append(NameMatch(tokens[pos].i, tokens[pos].i + length, entry))
        end = tokens[pos].i + length
        while pos < len(tokens) and tokens[pos].i < end:
            pos += 1
    return matches


# "pro-Russian separatists", "Iran-backed militias", "the Israeli-occupied West Bank": the named state
# is not the party itself.
STANCE_PREFIXES = frozenset({"pro", "anti"})
STANCE_SUFFIXES = frozenset({"backed", "sponsored", "supported", "allied", "aligned", "leaning", "inspired",
                             "funded", "armed", "trained", "friendly", "occupied", "annexed"})
# "the U.S.-led coalition", written as one token: the named state leads, so it is the party.
LEADING_SUFFIXES = frozenset({"led"})


def _leading_name(token: Token, lexicon: Lexicon) -> tuple[int, NameEntry] | None:
    prefix, dash, suffix = token.text.rpartition("-")
    if not dash or suffix.lower() not in LEADING_SUFFIXES or not _capitalised([token]):
        return None
    entry = lexicon.names.get((prefix.lower(),))
    return (1, entry) if entry is not None and entry.code else None


# Words that make a demonym name an ethnic group wherever it lives ("ethnic Serbs in Kosovo").
ETHNIC_MARKERS = frozenset({"ethnic", "ethnically"})


def _is_stance(doc: Doc, start: int, end: int) -> bool:
    before = doc[start - 2 : start] if start >= 2 else None
    if before is not None and before[1].text == "-" and before[0].lower_ in STANCE_PREFIXES:
        return True
    if doc[start].lower_.startswith(tuple(p + "-" for p in STANCE_PREFIXES)):
        return True
    after = doc[end : end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in STANCE_SUFFIXES


# lower-case particles inside place names ("Mocimboa da Praia"): a country or capital after one of
# them ends a longer name
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "la"})


def _is_part_of_other_name(tokens: Sequence[Token], pos: int, length: int, lexicon: Lexicon) -> bool:
    """'Washington Post', 'Paris Agreement', 'Moscow Times': a place name inside a longer proper name.

    The place is a compound of the proper nouns that follow it, and these hold no known name or agent
    noun ("Pakistani Defense Secretary Hussain" is kept: "defense secretary" is an agent noun).
    """
    doc = tokens[pos].doc
    entry = lexicon.names.get(tuple(t.lower_ for t in doc[tokens[pos].i : tokens[pos].i + length]))
    if entry is not None and entry.kind in (ORG, GROUP, PARTIAL, SEAT):
        return False  # "United Nations Emergency Relief Coordinator" is still the UN's
    first = tokens[pos].i
    if entry is not None and entry.kind in (COUNTRY, CAPITAL) and first >= 2 \
            and doc[first - 1].lower_ in NAME_PARTICLES and doc[first - 1].is_lower \
            and doc[first - 2].pos_ == "PROPN" and (doc[first - 2].lower_,) not in lexicon.names:
        return True  # "Mocimboa da Praia", "Santa Cruz de la Sierra": the end of a longer place name
    last = doc[tokens[pos].i + length - 1]
    if last.dep_ != "compound" or last.head.i <= last.i or last.head.pos_ != "PROPN":
        return False
    end = last.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    words = tuple(t.lower_ for t in doc[last.i + 1 : end])
    if not words:
        return False
    for start in range(len(words)):
        for stop in range(len(words), start, -1):
            part = words[start:stop]
            if part in lexicon.names or part in lexicon.agents:
                return False
    return True


def find_agents(tokens: Sequence[Token], lexicon: Lexicon, taken: set[int]) -> list[AgentMatch]:
    """Agent nouns and titles among the tokens not already inside a name."""
    matches: list[AgentMatch] = []
    pos = 0
    while pos < len(tokens):
        found = _agent_at(tokens, pos, lexicon, taken)
        if found is None:
            pos += 1
            continue
        matches.append(found)
        pos += found.end - found.start
    return matches


def _agent_at(tokens: Sequence[Token], pos: int, lexicon: Lexicon, taken: set[int]) -> AgentMatch | None:
    first = tokens[pos]
    if first.lower_ not in lexicon.agent_starts or first.i in taken:
        return None
    run = [first]  # the contiguous unit tokens from here, outside names
    for token in tokens[pos + 1 : pos + lexicon.max_agent_len]:
        if token.i != run[-1].i + 1 or token.i in taken:
            break
        run.append(token)
    words = tuple(t.lower_ for t in run)
    for length in range(len(words), 0, -1):
        key = words[:length]
        if key in lexicon.agents and run[length - 1].pos_ in ("NOUN", "PROPN", "ADJ", "X"):
            base = lexicon.agent_base.get(key, key)
            return AgentMatch(first.i, first.i + length, lexicon.agents[key], base)
    return None
