"""The actor lexicon: names (countries, capitals, organisations, groups) and agent nouns, from data files.

The data files in `actors/data/` are YAML with these sections (a user file may use any of them):

- `countries`: {ISO3: {names: [...], demonyms: [...], capitals: [...]}}
- `seats`: {phrase: [code or null, sector]}  (buildings and bodies standing for one arm of a state)
- `dependencies`: {ISO3 of a dependency: ISO3 of its state}
- `organisations`: [{code, sector (optional), names: [...]}]
- `national_groups`: {phrase: [code or null, sector or null]}
- `partially_recognised`: {phrase: claiming state's ISO3}  (sector PRE)
- `regions`: {phrase: sector or null}  (vague regions and blocs, never coded: "the West")
- `people`: {name: [code, sector]}  (office holders named without their country)
- `places`: {ISO3: [region or city, ...]}  (code, no sector)
- `coded_agents`: {agent noun: [code, sector]}  (unnamed bodies with a code: "rights group" -> NGO)
- `sectors`: {SECTOR: [agent noun or title, ...]}
- `generic_heads`: [agent nouns that a more specific modifier overrides]

A user file may also be CSV with the columns `phrase,code,sector` (code empty for an agent noun).
Phrases are stored as tuples of lower-case spaCy tokens so that matching a parsed text is a dict lookup.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import spacy
import yaml

from dotterel.plover import SECTORS, SPECIAL_CODES

BUILTIN_FILES = ("countries.yaml", "organisations.yaml", "sectors.yaml", "people.yaml")
EXTRA_CODES = frozenset({"KOS"})  # PLOVER uses KOS for Kosovo, which ISO 3166 has not assigned

# Kinds of name entries, and the sector a name gives by itself.
COUNTRY, DEMONYM, CAPITAL, SEAT, ORG, GROUP, PARTIAL, PERSON, PLACE, REGION = (
    "country", "demonym", "capital", "seat", "org", "group", "partial", "person", "place", "region")


# Trailing words of ISO 3166-2 names that news leaves out ("Sichuan Sheng" -> "Sichuan").
DESIGNATORS = frozenset({"Sheng", "Shi", "Zizhiqu", "Province", "Governorate", "Oblast", "Oblysy", "Krai",
                         "Region", "State", "District", "Prefecture", "Department", "Wilaya", "Vilayati"})
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built in: 10x faster
_PLAIN_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


class ActorFileError(ValueError):
    """A user actor file that cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class NameEntry:
    code: str | None
    sector: str | None
    kind: str
    phrase: str  # as written in the data file
    exact_case: bool  # acronyms ("US", "UN") match only in the same case
    needs_place_label: bool = False  # matches only where the parser tagged a place (GPE/LOC)
    shared: bool = False  # a seat many states have ("Congress"): the state named as place comes first


@dataclass
class Lexicon:
    names: dict[tuple[str, ...], NameEntry] = field(default_factory=dict)
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)  # phrase -> sector
    agent_base: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # plural -> singular
    agent_codes: dict[tuple[str, ...], str] = field(default_factory=dict)  # "rights group" -> NGO
    generic_heads: set[str] = field(default_factory=set)
    valid_codes: frozenset[str] = frozenset()
    dependencies: dict[str, str] = field(default_factory=dict)
    max_agent_len: int = 1
    # first word -> the length of the longest name it starts, to skip most tokens at once
    name_starts: dict[str, int] = field(default_factory=dict)
    agent_starts: set[str] = field(default_factory=set)
    # the first word of each one-word name or agent noun and the first two words of each longer one:
    # where a match may start
    openings: set[tuple[str, ...]] = field(default_factory=set)

    def add_name(self, phrase: str, entry: NameEntry, key: tuple[str, ...]) -> None:
        if not key:
            return
        earlier = self.names.get(key)
        same = earlier is not None and (earlier.code, earlier.kind) == (entry.code, entry.kind)
        if same and entry.exact_case and not earlier.exact_case:
            return  # "Mercosur" and "MERCOSUR": the spelling that matches any capitalised form wins
        self.names[key] = entry
        self.name_starts[key[0]] = max(self.name_starts.get(key[0], 0), len(key))
        self.openings.add(key[:2])

    def country_names(self) -> frozenset[tuple[str, ...]]:
        """The keys of every country's own names ("niger", "burkina faso"), not demonyms or capitals."""
        return frozenset(key for key, entry in self.names.items() if entry.kind == COUNTRY)

    def city_names(self) -> frozenset[tuple[str, ...]]:
        """The keys of capitals and gazetteer places ("bamako", "mocimboa da praia")."""
        return frozenset(key for key, entry in self.names.items() if entry.kind in (CAPITAL, PLACE))

    def add_agent(self, key: tuple[str, ...], sector: str, base: tuple[str, ...]) -> None:
        if not key:
            return
        self.agents[key] = sector
        self.agent_base[key] = base
        self.agent_starts.add(key[0])
        self.openings.add(key[:2])
        self.max_agent_len = max(self.max_agent_len, len(key))


def iso_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | EXTRA_CODES


class _Builder:
    """Turns data-file sections into lexicon entries (tokenising phrases the way the parser does)."""

    def __init__(self) -> None:
        self.tokenizer = spacy.blank("en").tokenizer
        self.lexicon = Lexicon(valid_codes=iso_codes() | SPECIAL_CODES)

    def key(self, phrase: str) -> tuple[str, ...]:
        phrase = phrase.strip()
        # plain words split on spaces exactly as the tokenizer would, only much faster
        plain = _PLAIN_WORDS.fullmatch(phrase)
        words = phrase.split() if plain else [t.text for t in self.tokenizer(phrase)]
        if words and words[0].lower() == "the":
            words = words[1:]
        return tuple(w.lower() for w in words)

    def name(self, phrase: str, code: str | None, sector: str | None, kind: str,
             shared: bool = False) -> None:
        phrase = str(phrase)
        if code is not None:
            code = self.lexicon.dependencies.get(code, code)
        entry = NameEntry(code, sector, kind, phrase, _is_acronym(phrase), shared=shared)
        self.lexicon.add_name(phrase, entry, self.key(phrase))

    def agent(self, phrase: str, sector: str) -> None:
        key = self.key(str(phrase))
        for form in (*plural_keys(key), key):
            self.lexicon.add_agent(form, sector, key)

    def section(self, name: str, body: Any, where: str) -> None:
        handler = getattr(self, f"_section_{name}", None)
        if handler is None:
            raise ActorFileError(f"{where}: unknown section {name!r}")
        if body:
            handler(body, where)

    def _section_countries(self, body: dict[str, dict[str, list[str]]], where: str) -> None:
        for code, forms in body.items():
            self._check_code(code, where)
            for phrase in forms.get("names") or []:
                self.name(phrase, code, None, COUNTRY)
            for phrase in forms.get("demonyms") or []:
                self.name(phrase, code, None, DEMONYM)
                for plural in _demonym_plurals(str(phrase)):
                    self.name(plural, code, "CVL", DEMONYM)  # "Palestinians": people of the state
            for phrase in forms.get("capitals") or []:
                self.name(phrase, code, "GOV", CAPITAL)

    def _section_seats(self, body: dict[str, list[str | None]], where: str, shared: bool = False) -> None:
        for phrase, (code, sector) in body.items():
            self._check_code(code, where)
            self._check_sector(sector, where)
            self.name(phrase, code, sector, SEAT, shared=shared)

    def _section_shared_seats(self, body: dict[str, list[str | None]], where: str) -> None:
        self._section_seats(body, where, shared=True)

    def _section_dependencies(self, body: dict[str, str], where: str) -> None:
        for dependency, state in body.items():
            self._check_code(state, where)
            self.lexicon.dependencies[dependency] = state

    def _section_organisations(self, body: list[dict[str, Any]], where: str) -> None:
        for org in body:
            code, sector = org.get("code"), org.get("sector")
            self._check_code(code, where)
            self._check_sector(sector, where)
            for phrase in org.get("names") or []:
                self.name(phrase, code, sector, ORG)

    def _section_national_groups(self, body: dict[str, list[str | None]], where: str) -> None:
        for phrase, (code, sector) in body.items():
            self._check_code(code, where)
            self._check_sector(sector, where)
            self.name(phrase, code, sector, GROUP)

    def _section_regions(self, body: dict[str, str | None], where: str) -> None:
        for phrase, sector in body.items():
            self._check_sector(sector, where)
            self.name(phrase, None, sector, REGION)

    def _section_places(self, body: dict[str, list[str]], where: str) -> None:
        for code, phrases in body.items():
            self._check_code(code, where)
            for phrase in phrases or []:
                self.name(phrase, code, None, PLACE)

    def _section_coded_agents(self, body: dict[str, list[str | None]], where: str) -> None:
        for phrase, (code, sector) in body.items():
            self._check_code(code, where)
            self._check_sector(sector, where)
            key = self.key(str(phrase))
            for form in (*plural_keys(key), key):
                self.lexicon.add_agent(form, sector, key)
                self.lexicon.agent_codes[form] = code

    def _section_people(self, body: dict[str, list[str | None]], where: str) -> None:
        for phrase, (code, sector) in body.items():
            self._check_code(code, where)
            self._check_sector(sector, where)
            self.name(phrase, code, sector, PERSON)

    def _section_partially_recognised(self, body: dict[str, str], where: str) -> None:
        for phrase, code in body.items():
            self._check_code(code, where)
            self.name(phrase, code, "PRE", PARTIAL)

    def _section_sectors(self, body: dict[str, list[str]], where: str) -> None:
        for sector, phrases in body.items():
            self._check_sector(sector, where)
            for phrase in phrases or []:
                self.agent(phrase, sector)

    def _section_generic_heads(self, body: list[str], where: str) -> None:
        for word in body:
            self.lexicon.generic_heads.add(str(word).lower())
            self.lexicon.generic_heads.update(plural_keys((str(word).lower(),))[0])

    def _check_code(self, code: str | None, where: str) -> None:
        if code is not None and code not in self.lexicon.valid_codes:
            raise ActorFileError(f"{where}: {code!r} is neither an ISO 3166 alpha-3 code nor a PLOVER code")

    def _check_sector(self, sector: str | None, where: str) -> None:
        if sector is not None and sector not in SECTORS:
            raise ActorFileError(f"{where}: {sector!r} is not a PLOVER sector")

    def subdivisions(self) -> None:
        """ISO 3166-2 provinces and regions (pycountry), as places of their state.

        Only names that belong to one country, and only where the parser tagged a place, since many
        are ordinary words ("Northern", "Plateau", "Centre").
        """
        countries_of: dict[str, set[str]] = {}
        for subdivision in pycountry.subdivisions:
            countries_of.setdefault(subdivision.name, set()).add(subdivision.country_code)
        for name, alpha2 in countries_of.items():
            if len(alpha2) != 1 or "," in name or "(" in name:
                continue
            country = pycountry.countries.get(alpha_2=next(iter(alpha2)))
            if country is None:
                continue
            code = self.lexicon.dependencies.get(country.alpha_3, country.alpha_3)
            words = name.split()
            short = " ".join(words[:-1]) if len(words) > 1 and words[-1] in DESIGNATORS else name
            for form in {name, _fold_accents(name), short, _fold_accents(short)}:
                if _only_generic_words(form):
                    continue  # "South" (Cameroon), "Red Sea" (Sudan): directions and waters, no state's
                entry = NameEntry(code, None, PLACE, form, exact_case=False, needs_place_label=True)
                self.lexicon.add_name(form, entry, self.key(form))

    def official_names(self) -> None:
        """Names pycountry knows, for countries the data files do not spell out (read before ours)."""
        for country in pycountry.countries:
            code = self.lexicon.dependencies.get(country.alpha_3, country.alpha_3)
            for attr in ("name", "official_name", "common_name"):
                phrase = getattr(country, attr, None)
                if phrase and "," not in phrase and "(" not in phrase:
                    self.name(phrase, code, None, COUNTRY)


COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                           "central", "centre", "center", "upper", "lower", "middle", "far", "northeast",
                           "northwest", "southeast", "southwest"})


# Words of seas, rivers and coasts that several states share ("Red Sea", "Lakes", "Coast").
WATER_WORDS = frozenset({"sea", "gulf", "bay", "coast", "lake", "lakes", "river", "nile", "ocean", "island",
                         "islands", "red", "black", "white", "blue", "yellow", "green", "long"})


def _only_generic_words(name: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", name.lower()) if w]
    if words and words[-1].capitalize() in DESIGNATORS:
        words = words[:-1]
    return bool(words) and all(w in COMPASS_WORDS | WATER_WORDS for w in words)


def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _demonym_plurals(demonym: str) -> list[str]:
    """People of a nation: "Pakistani" -> "Pakistanis"; "Chinese", "Swiss", "British" have none."""
    if demonym.endswith("man"):
        return [demonym[:-3] + "men"]
    if demonym.endswith(("ese", "ish", "ch", "ss", "sh", "x", "s")) or not demonym[-1:].isalpha():
        return []
    return [demonym + "s"]


def plural_keys(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Regular English plurals of the last word (the agent lexicon is written in the singular)."""
    if not key:
        return []
    last = key[-1]
    if last.endswith("man"):
        forms = [last[:-3] + "men"]
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif last.endswith(("s", "sh", "ch", "x")):
        forms = [last + "es"]
    else:
        forms = [last + "s"]
    return [(*key[:-1], form) for form in forms]


def _read_yaml(path: Path | str, text: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)  # a safe loader, C or Python
    except yaml.YAMLError as err:
        raise ActorFileError(f"{path}: not valid YAML ({err})") from err
    if not isinstance(data, dict):
        raise ActorFileError(f"{path}: expected a mapping of sections at the top level")
    return data


def _read_csv(path: Path, builder: _Builder) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "phrase" not in reader.fieldnames:
            raise ActorFileError(f"{path}: a CSV actor file needs the columns phrase,code,sector")
        for line, row in enumerate(reader, start=2):
            where = f"{path}:{line}"
            phrase = (row.get("phrase") or "").strip()
            code = (row.get("code") or "").strip() or None
            sector = (row.get("sector") or "").strip() or None
            if not phrase:
                raise ActorFileError(f"{where}: empty phrase")
            builder._check_code(code, where)
            builder._check_sector(sector, where)
            if code is None and sector is None:
                raise ActorFileError(f"{where}: a row needs a code or a sector")
            if code is None:
                builder.agent(phrase, sector)  # type: ignore[arg-type]
            else:
                builder.name(phrase, code, sector, ORG)


def load_lexicon(extra_files: Iterable[Path | str] = ()) -> Lexicon:
    """The built-in lexicon, extended (and overridden where phrases repeat) by the user's files."""
    builder = _Builder()
    builtin = [(name, resources.files("dotterel.actors").joinpath("data", name).read_text("utf-8"))
               for name in BUILTIN_FILES]
    parsed = [(name, _read_yaml(name, text)) for name, text in builtin]
    for name, data in parsed:  # dependencies first: names of dependencies fold into their state
        builder.section("dependencies", data.get("dependencies"), name)
    builder.subdivisions()
    builder.official_names()
    for name, data in parsed:
        for section, body in data.items():
            if section != "dependencies":
                builder.section(section, body, name)
    for extra in extra_files:
        _load_user_file(Path(extra), builder)
    return builder.lexicon


def _load_user_file(path: Path, builder: _Builder) -> None:
    if not path.is_file():
        raise ActorFileError(f"{path}: actor file not found")
    if path.suffix.lower() == ".csv":
        _read_csv(path, builder)
        return
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as err:
        raise ActorFileError(f"{path}: not UTF-8 text ({err.reason})") from err
    for section, body in _read_yaml(path, text).items():
        builder.section(section, body, str(path))
