"""News outlets: domain -> name, country, state affiliation. Users extend the bundled table with CSVs.

A user CSV has the same columns as `data/outlets.csv` (domain,name,country,state_affiliated); its rows
override bundled rows with the same domain. Extra files come from the caller or, in the CLI, from the
`DOTTEREL_OUTLET_FILES` environment variable (paths separated by os.pathsep).
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

OUTLET_FILES_ENV = "DOTTEREL_OUTLET_FILES"


@dataclass(frozen=True)
class Outlet:
    domain: str  # canonical key
    name: str
    country: str | None = None
    state_affiliated: bool | None = None  # None: not known (outlet not in the table)


def _bool(value: str) -> bool | None:
    value = (value or "").strip().lower()
    if value in {"true", "yes", "1", "y"}:
        return True
    if value in {"false", "no", "0", "n"}:
        return False
    return None


def _name_key(name: str) -> str:
    key = name.lower().strip()
    key = re.sub(r"^(www\.)", "", key)
    key = re.sub(r"\.(com|co\.uk|org|net|ir|cn|ru|de|fr)$", "", key)
    key = re.sub(r"^the\s+", "", key)
    return re.sub(r"[^a-z0-9]+", "", key)


def url_domain(url: str | None) -> str | None:
    """The host of a URL without `www.`, lower-cased; None when there is none."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host or "." not in host:
        return None
    return host.lower().removeprefix("www.")


class OutletTable:
    """Looks up outlets by URL domain (including sub-domains) or by the name an input gives."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self.by_domain: dict[str, Outlet] = {}
        self.by_name: dict[str, Outlet] = {}
        for outlet in outlets:
            self.by_domain[outlet.domain] = outlet
            self.by_name.setdefault(_name_key(outlet.name), outlet)
            self.by_name.setdefault(_name_key(outlet.domain), outlet)

    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = ()) -> OutletTable:
        """The bundled table, then each extra CSV (later rows override earlier ones by domain)."""
        bundled = resources.files("dotterel.query").joinpath("data/outlets.csv")
        rows = list(read_outlet_csv(bundled.read_text(encoding="utf-8").splitlines(), "outlets.csv"))
        for path in extra_files:
            with open(path, encoding="utf-8") as handle:
                rows.extend(read_outlet_csv(handle, str(path)))
        return cls(rows)

    @classmethod
    def from_env(cls) -> OutletTable:
        files = os.environ.get(OUTLET_FILES_ENV, "")
        return cls.load([p for p in files.split(os.pathsep) if p])

    def resolve(self, url: str | None = None, source: str | None = None) -> Outlet | None:
        """The outlet of an article: known URL domain first, then a known source name/domain,
        else an unknown outlet keyed by the URL domain or the source as given."""
        domain = url_domain(url)
        if domain:
            parts = domain.split(".")
            for i in range(len(parts) - 1):
                if (hit := self.by_domain.get(".".join(parts[i:]))) is not None:
                    return hit
        if source and source.strip():
            src_domain = url_domain(source) if "." in source and " " not in source.strip() else None
            if src_domain and src_domain in self.by_domain:
                return self.by_domain[src_domain]
            if (hit := self.by_name.get(_name_key(source))) is not None:
                return hit
        if domain:
            return Outlet(domain=domain, name=domain)
        if source and source.strip():
            return Outlet(domain=source.strip(), name=source.strip())
        return None


def read_outlet_csv(lines: Iterable[str], name: str) -> Iterable[Outlet]:
    reader = csv.DictReader(lines)
    missing = {"domain", "name"} - set(reader.fieldnames or [])
    if missing:
        raise ValueError(f"{name}: outlet CSV lacks column(s) {', '.join(sorted(missing))}")
    for row in reader:
        domain = (row.get("domain") or "").strip().lower().removeprefix("www.")
        if not domain:
            continue
        country = (row.get("country") or "").strip().upper() or None
        yield Outlet(
            domain, (row.get("name") or domain).strip(), country, _bool(row.get("state_affiliated", ""))
        )
