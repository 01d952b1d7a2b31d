"""Validated event filters turned into parameterised SQL (user values never enter the SQL text)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date as Date
from typing import Any

from dotterel.plover import CATEGORIES, CONTEXTS

QUAD_NAMES = {
    "verbal_cooperation": 1,
    "material_cooperation": 2,
    "verbal_conflict": 3,
    "material_conflict": 4,
}
_CODE = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
UNREAL_AUX = ("negated", "hypothetical")


class QueryError(ValueError):
    """A filter or query argument is invalid; the message says which and why (API: HTTP 422)."""


class StoreUnavailable(RuntimeError):
    """The store file cannot be opened now, e.g. another process is writing it (API: HTTP 503)."""


def _as_list(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [str(v).strip() for v in items if str(v).strip()]


def parse_codes(value: str | list[str] | None, name: str) -> list[str]:
    """Actor codes (ISO alpha-3 or PLOVER special codes), comma-separated or a list; upper-cased."""
    codes = [c.upper() for c in _as_list(value)]
    for code in codes:
        if not _CODE.match(code):
            raise QueryError(f"{name}: {code!r} is not an actor code (three letters, e.g. RUS, UNO, IGO)")
    return codes


def parse_categories(value: str | list[str] | None) -> list[str]:
    cats = [c.upper() for c in _as_list(value)]
    for cat in cats:
        if cat not in CATEGORIES:
            raise QueryError(f"category: {cat!r} is not a PLOVER category (one of {', '.join(CATEGORIES)})")
    return cats


def parse_quads(value: int | str | list[Any] | None) -> list[int]:
    raw = [value] if isinstance(value, int) else _as_list(value)  # type: ignore[arg-type]
    quads = []
    for item in raw:
        text = str(item).strip().lower()
        quad = QUAD_NAMES.get(text) or (int(text) if text.isdigit() else None)
        if quad not in (1, 2, 3, 4):
            raise QueryError(f"quad: {item!r} is not a quad code (1-4 or {', '.join(QUAD_NAMES)})")
        quads.append(quad)
    return quads


def parse_contexts(value: str | list[str] | None) -> list[str]:
    contexts = [c.lower() for c in _as_list(value)]
    for ctx in contexts:
        if ctx not in CONTEXTS:
            raise QueryError(
                f"context: {ctx!r} is not a PLOVER context (e.g. military, economic, diplomatic)"
            )
    return contexts


def parse_date(value: str | Date | None, name: str, end: bool = False) -> Date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; with end=True a partial date means the end of that year/month."""
    if value is None or value == "":
        return None
    if isinstance(value, Date):
        return value
    match = _DATE.match(str(value).strip())
    if not match:
        raise QueryError(f"{name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day:
            return Date(year, int(month), int(day))
        if month:
            first = Date(year, int(month), 1)
            if not end:
                return first
            nxt = Date(year + (first.month == 12), first.month % 12 + 1, 1)
            return Date.fromordinal(nxt.toordinal() - 1)
        return Date(year, 12, 31) if end else Date(year, 1, 1)
    except ValueError as err:
        raise QueryError(f"{name}: {value!r} is not a valid date ({err})") from None


def check_int(value: Any, name: str, lo: int, hi: int | None = None) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise QueryError(f"{name}: {value!r} is not a whole number") from None
    if number < lo or (hi is not None and number > hi):
        raise QueryError(f"{name}: {number} is out of range ({lo}..{hi if hi is not None else ''})")
    return number


@dataclass
class EventFilter:
    """Filters on event reports. All optional; several values of one filter (list or "A,B") mean OR.

    actor / recipient: codes among the event's actors / recipients; party: among either;
    category: PLOVER categories; quad: 1-4; context: PLOVER contexts; since / until: the event's
    effective date (its own date for historical events); outlet: outlet domain or name; country: the
    outlet's country; min_outlets / min_independent_outlets: corroboration of the event's cluster;
    doc_id: the article; include_unreal: also negated and hypothetical events.
    """

    actor: str | list[str] | None = None
    recipient: str | list[str] | None = None
    party: str | list[str] | None = None
    category: str | list[str] | None = None
    quad: int | str | list[Any] | None = None
    context: str | list[str] | None = None
    since: str | Date | None = None
    until: str | Date | None = None
    outlet: str | list[str] | None = None
    country: str | list[str] | None = None
    min_outlets: int | None = None
    min_independent_outlets: int | None = None
    doc_id: str | None = None
    include_unreal: bool = False

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def to_sql(self, e: str = "e", c: str = "c") -> tuple[str, list[Any]]:
        """A WHERE condition over events alias `e` left-joined with clusters alias `c`, and its params."""
        clauses: list[str] = []
        params: list[Any] = []
        if codes := parse_codes(self.actor, "actor"):
            clauses.append(f"list_has_any({e}.actor_codes, ?::VARCHAR[])")
            params.append(codes)
        if codes := parse_codes(self.recipient, "recipient"):
            clauses.append(f"list_has_any({e}.recipient_codes, ?::VARCHAR[])")
            params.append(codes)
        if codes := parse_codes(self.party, "party"):
            clauses.append(f"list_has_any(list_concat({e}.actor_codes, {e}.recipient_codes), ?::VARCHAR[])")
            params.append(codes)
        if cats := parse_categories(self.category):
            clauses.append(f"list_contains(?::VARCHAR[], {e}.event)")
            params.append(cats)
        if quads := parse_quads(self.quad):
            clauses.append(f"list_contains(?::INTEGER[], {e}.quad_code)")
            params.append(quads)
        if contexts := parse_contexts(self.context):
            clauses.append(f"list_has_any({e}.context, ?::VARCHAR[])")
            params.append(contexts)
        since = parse_date(self.since, "since")
        until = parse_date(self.until, "until", end=True)
        if since and until and since > until:
            raise QueryError(f"since ({since}) is after until ({until})")
        if since:
            clauses.append(f"{e}.effective_date >= ?")
            params.append(since)
        if until:
            clauses.append(f"{e}.effective_date <= ?")
            params.append(until)
        if outlets := [o.lower() for o in _as_list(self.outlet)]:
            clauses.append(
                f"(list_contains(?::VARCHAR[], lower({e}.outlet))"
                f" OR list_contains(?::VARCHAR[], lower({e}.outlet_name)))"
            )
            params += [outlets, outlets]
        if countries := parse_codes(self.country, "country"):
            clauses.append(f"list_contains(?::VARCHAR[], {e}.outlet_country)")
            params.append(countries)
        if self.min_outlets is not None:
            clauses.append(f"{_n_outlets(e, c)} >= ?")
            params.append(check_int(self.min_outlets, "min_outlets", 0))
        if self.min_independent_outlets is not None:
            clauses.append(f"{_n_independent(e, c)} >= ?")
            params.append(check_int(self.min_independent_outlets, "min_independent_outlets", 0))
        if self.doc_id:
            clauses.append(f"{e}.doc_id = ?")
            params.append(str(self.doc_id))
        if not self.include_unreal:
            clauses.append(f"({e}.aux IS NULL OR {e}.aux NOT IN {UNREAL_AUX})")
        return (" AND ".join(clauses) or "TRUE"), params


def _n_outlets(e: str, c: str) -> str:
    return f"COALESCE({c}.n_outlets, CASE WHEN {e}.outlet IS NULL THEN 0 ELSE 1 END)"


def _n_independent(e: str, c: str) -> str:
    return (
        f"COALESCE({c}.n_independent_outlets,"
        f" CASE WHEN {e}.outlet IS NULL OR {e}.outlet_state_affiliated THEN 0 ELSE 1 END)"
    )


def cluster_columns(e: str = "e", c: str = "c") -> str:
    """SELECT items giving each report its cluster key and corroboration (single reports if unclustered)."""
    return (
        f"COALESCE({e}.cluster_id, 'E:' || {e}.id) AS cluster_key, COALESCE({c}.n_reports, 1) AS n_reports,"
        f" {_n_outlets(e, c)} AS n_outlets, {_n_independent(e, c)} AS n_independent_outlets"
    )
