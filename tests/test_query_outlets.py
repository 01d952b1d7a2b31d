"""The outlet table: bundled wires, broadcasters and state media; user extensions."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from dotterel.query.outlets import OUTLET_FILES_ENV, OutletTable


@pytest.fixture(scope="module")
def outlets():
    return OutletTable.load()


@pytest.mark.parametrize(
    ("url", "source", "domain", "country", "state"),
    [
        ("https://sputniknews.com/world/1.html", None, "sputniknews.com", "RUS", True),
        ("https://www.reuters.com/world/x", None, "reuters.com", "GBR", False),
        ("https://edition.cnn.com/2022/x", None, "cnn.com", "USA", False),
        ("http://www.xinhuanet.com/english/x", None, "xinhuanet.com", "CHN", True),
        (None, "Guardian", "theguardian.com", "GBR", False),
        (None, "The Guardian", "theguardian.com", "GBR", False),
        (None, "rt.com", "rt.com", "RUS", True),
        ("https://unknown-paper.example/x", "Reuters", "reuters.com", "GBR", False),
    ],
)
def test_articles_resolve_to_outlets(outlets, url, source, domain, country, state):
    outlet = outlets.resolve(url, source)
    assert (outlet.domain, outlet.country, outlet.state_affiliated) == (domain, country, state)


def test_unknown_outlets_are_kept_but_not_classified(outlets):
    outlet = outlets.resolve("https://www.local-paper.example/a", None)
    assert (outlet.domain, outlet.state_affiliated) == ("local-paper.example", None)
    assert outlets.resolve(None, "Village Gazette").name == "Village Gazette"
    assert outlets.resolve(None, None) is None


def test_bundled_table_is_well_formed():
    text = resources.files("dotterel.query").joinpath("data/outlets.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) >= 50
    domains = [r["domain"] for r in rows]
    assert len(domains) == len(set(domains))
    for row in rows:
        assert row["state_affiliated"] in {"true", "false"}
        assert len(row["country"]) == 3 and row["country"].isupper()


def test_users_extend_and_override_the_table(tmp_path, monkeypatch):
    extra = tmp_path / "mine.csv"
    extra.write_text(
        "domain,name,country,state_affiliated\nvillage.example,Village Gazette,PAK,false\n"
        "reuters.com,Reuters (override),GBR,true\n",
        encoding="utf-8",
    )
    table = OutletTable.load([extra])
    assert table.resolve("https://village.example/a").country == "PAK"
    assert table.resolve("https://reuters.com/a").state_affiliated is True
    monkeypatch.setenv(OUTLET_FILES_ENV, str(extra))
    assert OutletTable.from_env().resolve(None, "Village Gazette").domain == "village.example"


def test_outlet_csv_without_domain_column_is_refused(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("site,name\nx.example,X\n", encoding="utf-8")
    with pytest.raises(ValueError, match="domain"):
        OutletTable.load([bad])
