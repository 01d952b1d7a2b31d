"""The actor data files themselves: valid codes and sectors, no name with two meanings, full coverage."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from pathlib import Path

import pycountry
import pytest
import spacy
import yaml

from dotterel.actors.lexicon import BUILTIN_FILES, ActorFileError, iso_codes, load_lexicon
from dotterel.plover import SECTORS, SPECIAL_CODES


def _data(name: str) -> dict:
    return yaml.safe_load(resources.files("dotterel.actors").joinpath("data", name).read_text("utf-8"))


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _named_codes() -> list[tuple[str, str | None, str]]:
    """(phrase, code, file section) for every name written in the data files."""
    out = []
    countries = _data("countries.yaml")
    for code, forms in countries["countries"].items():
        for key in ("names", "demonyms", "capitals"):
            out.extend((str(p), code, f"countries.{key}") for p in forms.get(key) or [])
    out.extend((str(p), v[0], "seats") for p, v in countries["seats"].items())
    orgs = _data("organisations.yaml")
    for org in orgs["organisations"]:
        out.extend((str(p), org["code"], "organisations") for p in org["names"])
    out.extend((str(p), v[0], "national_groups") for p, v in orgs["national_groups"].items())
    out.extend((str(p), v, "partially_recognised") for p, v in orgs["partially_recognised"].items())
    out.extend((str(p), v[0], "people") for p, v in _data("people.yaml")["people"].items())
    return out


def test_every_code_is_iso_alpha3_or_plover_special():
    valid = iso_codes() | SPECIAL_CODES
    bad = [(p, c, s) for p, c, s in _named_codes() if c is not None and c not in valid]
    assert bad == []


def test_every_sector_is_a_plover_sector():
    sectors = _data("sectors.yaml")["sectors"]
    assert set(sectors) <= SECTORS
    seats = _data("countries.yaml")["seats"].values()
    groups = _data("organisations.yaml")["national_groups"].values()
    people = _data("people.yaml")["people"].values()
    assert {v[1] for v in [*seats, *groups, *people] if v[1] is not None} <= SECTORS
    regions = _data("organisations.yaml")["regions"].values()
    assert {v for v in regions if v is not None} <= SECTORS


def test_compass_directions_and_waters_are_no_provinces(lexicon):
    # ISO 3166-2 has regions called "South" (Cameroon), "Eastern Province" (Sri Lanka), "Red Sea" (Sudan)
    for word in ("south", "north", "eastern", "far north", "red sea", "lakes"):
        entry = lexicon.names.get(tuple(word.split()))
        assert entry is None or entry.kind != "place", word
    assert lexicon.names[("darfur",)].code == "SDN"  # real provinces and listed places stay


def test_no_name_means_two_different_codes():
    codes_of: dict[str, set[str | None]] = defaultdict(set)
    for phrase, code, _ in _named_codes():
        codes_of[phrase.lower()].add(code)
    assert {p: c for p, c in codes_of.items() if len(c) > 1} == {}


def test_no_agent_noun_has_two_sectors():
    sectors_of: dict[str, set[str]] = defaultdict(set)
    for sector, phrases in _data("sectors.yaml")["sectors"].items():
        for phrase in phrases:
            sectors_of[str(phrase).lower()].add(sector)
    assert {p: s for p, s in sectors_of.items() if len(s) > 1} == {}


def test_every_iso_country_is_covered(lexicon):
    dependencies = _data("countries.yaml")["dependencies"]
    written = set(_data("countries.yaml")["countries"])
    states = {c.alpha_3 for c in pycountry.countries} - set(dependencies) - {"ESH"}  # ESH: claimed, PRE
    assert states - written == set()
    codes_in_lexicon = {e.code for e in lexicon.names.values()}
    assert states <= codes_in_lexicon


def test_dependencies_fold_into_their_state(lexicon):
    assert lexicon.names[("puerto", "rico")].code == "USA"
    assert lexicon.names[("greenland",)].code == "DNK"
    dependencies = set(_data("countries.yaml")["dependencies"])
    assert all(e.code not in dependencies for e in lexicon.names.values())


def test_partially_recognised_entities_take_claiming_state_and_pre(lexicon):
    tokenizer = spacy.blank("en").tokenizer
    for phrase, state in _data("organisations.yaml")["partially_recognised"].items():
        entry = lexicon.names[tuple(t.lower_ for t in tokenizer(phrase))]
        assert (entry.code, entry.sector) == (state, "PRE")


@pytest.mark.parametrize(("phrase", "code"), [
    ("Pacific Islands Forum", "IGO"), ("Alliance of Sahel States", "IGO"), ("ECOWAS", "IGO"),
    ("International Organization for Migration", "UNO"), ("World Health Organization", "UNO"),
    ("European Commission", "EUR"), ("Amnesty International", "NGO"),
])
def test_international_bodies_take_their_plover_codes(lexicon, phrase: str, code: str):
    tokenizer = spacy.blank("en").tokenizer
    assert lexicon.names[tuple(t.lower_ for t in tokenizer(phrase))].code == code


def test_builtin_files_are_listed_and_present():
    for name in BUILTIN_FILES:
        assert resources.files("dotterel.actors").joinpath("data", name).is_file()


def test_user_yaml_file_adds_names_and_agent_nouns(tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "organisations:\n  - code: NGO\n    names: [Friends of the Dotterel]\n"
        "sectors:\n  LAB: [dock crane operator]\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon([extra])
    assert lexicon.names[("friends", "of", "the", "dotterel")].code == "NGO"
    assert lexicon.agents[("dock", "crane", "operators")] == "LAB"


def test_user_csv_file_adds_names_and_agent_nouns(tmp_path: Path):
    extra = tmp_path / "mine.csv"
    extra.write_text("phrase,code,sector\nAcme Mining,MNC,BUS\nwharfie,,LAB\n", encoding="utf-8")
    lexicon = load_lexicon([extra])
    acme = lexicon.names[("acme", "mining")]
    assert (acme.code, acme.sector) == ("MNC", "BUS")
    assert lexicon.agents[("wharfies",)] == "LAB"


@pytest.mark.parametrize(
    ("content", "suffix", "reason"),
    [
        ("organisations:\n  - code: XYZ\n    names: [Nowhere Org]\n", ".yaml", "XYZ"),
        ("sectors:\n  BOSS: [overlord]\n", ".yaml", "BOSS"),
        ("colours: [red]\n", ".yaml", "colours"),
        ("phrase,code,sector\nSomething,,\n", ".csv", ":2"),
        ("name,code\nX,USA\n", ".csv", "phrase"),
        ("organisations: [unclosed\n", ".yaml", "YAML"),
    ],
)
def test_bad_user_file_names_file_and_reason(tmp_path: Path, content: str, suffix: str, reason: str):
    extra = tmp_path / f"bad{suffix}"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(ActorFileError) as err:
        load_lexicon([extra])
    assert str(extra) in str(err.value) and reason in str(err.value)


def test_missing_user_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ActorFileError, match="not found"):
        load_lexicon([tmp_path / "absent.yaml"])


def test_a_name_listed_in_title_case_and_in_capitals_matches_any_capitalised_form(tmp_path: Path):
    user = tmp_path / "blocs.yaml"
    user.write_text("organisations:\n  - code: IGO\n    names: [Andean Pact, Andpact, ANDPACT]\n")
    lexicon = load_lexicon([str(user)])
    assert not lexicon.names[("andpact",)].exact_case
