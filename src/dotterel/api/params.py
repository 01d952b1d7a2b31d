"""Query parameters shared by the endpoints: event filters (validated by `dotterel.query.EventFilter`)
and pagination. A bad value raises QueryError, which the app answers with HTTP 422 and a message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Query

from dotterel.query import EventFilter

MAX_LIMIT = 1000


def event_filters(
    actor: str | None = Query(None, description="Actor code(s) among the event's actors, comma-separated "
                              "(any of them): `RUS` or `RUS,USA`.", examples=["RUS"]),
    recipient: str | None = Query(None, description="Recipient code(s) among the event's recipients.",
                                  examples=["PAK"]),
    party: str | None = Query(None, description="Code(s) found among actors or recipients."),
    category: str | None = Query(None, description="PLOVER categor(y/ies), e.g. `COOPERATE` or "
                                 "`AGREE,CONSULT`."),
    quad: str | None = Query(None, description="Quad code(s): 1 verbal cooperation, 2 material cooperation, "
                             "3 verbal conflict, 4 material conflict (numbers or names)."),
    context: str | None = Query(None, description="PLOVER context(s), e.g. `military`."),
    since: str | None = Query(None, description="Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD). "
                              "Historical events count at their own date."),
    until: str | None = Query(None, description="Latest event date (YYYY, YYYY-MM or YYYY-MM-DD)."),
    outlet: str | None = Query(None, description="Outlet domain or name, e.g. `sputniknews.com`."),
    country: str | None = Query(None, description="Country code(s) of the outlet."),
    min_outlets: int | None = Query(None, ge=0, description="Only events whose cluster is reported by at "
                                    "least this many distinct outlets."),
    min_independent_outlets: int | None = Query(None, ge=0, description="Only events reported by at least "
                                                "this many outlets that are not state-affiliated."),
    include_unreal: bool = Query(False, description="Also negated and hypothetical events."),
) -> dict[str, Any]:
    """The filters given, checked at once so that a bad one is reported before any query runs."""
    given = {
        "actor": actor, "recipient": recipient, "party": party, "category": category, "quad": quad,
        "context": context, "since": since, "until": until, "outlet": outlet, "country": country,
        "min_outlets": min_outlets, "min_independent_outlets": min_independent_outlets,
    }
    filters: dict[str, Any] = {k: v for k, v in given.items() if v not in (None, "")}
    filters["include_unreal"] = include_unreal
    EventFilter(**filters).to_sql()  # raises QueryError naming the bad filter
    return filters


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page(
    limit: int = Query(50, ge=1, le=MAX_LIMIT, description=f"Rows per page (1..{MAX_LIMIT})."),
    offset: int = Query(0, ge=0, description="Rows to skip (for the next page: offset + limit)."),
) -> Page:
    return Page(limit, offset)
