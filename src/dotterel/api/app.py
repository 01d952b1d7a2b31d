"""The REST API (read-only JSON over a dotterel store) and the web UI, in one FastAPI app.

Every endpoint is a thin layer over `dotterel.query`; bad filters get HTTP 422 with a message that
names the filter. `POST /api/ingest` exists only when the operator gives a token.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from dotterel import query
from dotterel.api import records
from dotterel.api.access import StoreAccess, cite_infos, doc_id_of_event
from dotterel.api.params import MAX_LIMIT, Page, event_filters, page
from dotterel.query import QueryError

Filters = Annotated[dict[str, Any], Depends(event_filters)]
Paging = Annotated[Page, Depends(page)]
ALL_ROWS = 100_000  # cap for endpoints that page in Python (search, clusters, dyad events)
API_DESCRIPTION = """Read-only access to PLOVER event records coded by dotterel and stored in DuckDB.

Events are counted once per real-world event (event cluster) unless `clusters=false`; each event
carries its outlet and its corroboration (reports and distinct outlets in its cluster). Articles come
with the character offsets of every event's evidence (trigger, actors, recipients) in their text.
Bad filters are answered with HTTP 422 and a message naming the filter."""


def create_app(db_path: str | Path, ingest_token: str | None = None, coder: Any = None) -> FastAPI:
    """The API and web UI over the store at `db_path`.

    With `ingest_token`, `POST /api/ingest` codes and stores articles sent with
    `Authorization: Bearer <token>` (`coder`: a `dotterel.pipeline.Coder`, built on first use if None).
    Without a token the store must exist; with one it is created when missing.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        if ingest_token is None:
            raise FileNotFoundError(f"no store at {db_path} (make one: dotterel ingest INPUT --db {db_path})")
        from dotterel.store import Store

        Store(db_path).close()
    access = StoreAccess(db_path)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()

    # No /docs or /redoc: FastAPI's pages load their scripts from a CDN, and nothing here may.
    app = FastAPI(title="dotterel", version=_version(), description=API_DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    _add_error_handlers(app)
    app.include_router(read_router(access))
    if ingest_token:
        from dotterel.api.ingest import ingest_router

        app.include_router(ingest_router(access, ingest_token, coder))
    from dotterel.web import mount_web

    mount_web(app)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dotterel")
    except PackageNotFoundError:
        return "0"


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(QueryError)
    async def bad_query(_: Request, error: QueryError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": str(error)})

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(_: Request, error: RequestValidationError) -> JSONResponse:
        problems = [f"{_where(e.get('loc', ()))}: {e.get('msg')} (got {e.get('input')!r})"
                    for e in error.errors()]
        return JSONResponse(status_code=422, content={"detail": "; ".join(problems),
                                                      "errors": jsonable_encoder(error.errors())})


def _where(loc: Any) -> str:
    parts = [str(p) for p in loc if p not in ("query", "path", "body")]
    return ".".join(parts) or "request"


def _event_records(access: StoreAccess, frame: pd.DataFrame) -> list[dict[str, Any]]:
    rows = query.to_records(frame)
    cites = access.read(cite_infos, [row["id"] for row in rows]) if rows else {}
    return [records.event_record({**row, "cite_info": cites.get(row["id"])}) for row in rows]


def _dyad_rows(frame: pd.DataFrame, a: str, b: str, directed: bool) -> pd.DataFrame:
    """Rows between a and b: a→b, or also b→a and a with b acting together (as `query.dyad_series`)."""
    def between(row: pd.Series) -> bool:
        actors, recipients = set(row["actor_codes"]), set(row["recipient_codes"])
        if a in actors and b in recipients:
            return True
        return not directed and ((b in actors and a in recipients) or {a, b} <= actors)

    return frame[frame.apply(between, axis=1)] if len(frame) else frame


def read_router(access: StoreAccess) -> APIRouter:
    router = APIRouter(prefix="/api")

    @router.get("/events", tags=["events"], summary="Events matching filters, paginated")
    def list_events(
        filters: Filters,
        paging: Paging,
        clusters: bool = Query(True, description="One row per event cluster (true) or every report (false)."),
        newest_first: bool = Query(False, description="Order by date, newest first."),
    ) -> dict[str, Any]:
        """Events ordered by the date they happened. `total` counts all matches for paging."""
        frame = access.read(query.events, clusters=clusters, limit=paging.limit, offset=paging.offset,
                            newest_first=newest_first, **filters)
        total = access.read(query.count_events, clusters=clusters, **filters)
        return {"total": total, "limit": paging.limit, "offset": paging.offset,
                "unit": "event clusters" if clusters else "event reports",
                "items": _event_records(access, frame)}

    @router.get("/events/{event_id:path}", tags=["events"], summary="One event report")
    def get_event(event_id: str = PathParam(..., description="The event's `id`.")) -> dict[str, Any]:
        doc_id = access.read(doc_id_of_event, event_id)
        if doc_id is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        frame = access.read(query.events, clusters=False, include_unreal=True, doc_id=doc_id, limit=ALL_ROWS)
        return _event_records(access, frame[frame["id"] == event_id])[0]

    @router.get("/clusters", tags=["clusters"], summary="Event clusters (one real-world event, many reports)")
    def list_clusters(
        filters: Filters,
        paging: Paging,
        min_reports: int = Query(1, ge=1, description="Only clusters with at least this many reports."),
        reports: bool = Query(False, description="Include every report of each cluster."),
    ) -> dict[str, Any]:
        """Clusters having a report that matches the filters, most reported first."""
        frame = access.read(query.clusters, min_reports=min_reports, limit=ALL_ROWS, reports=False, **filters)
        shown = frame.iloc[paging.offset:paging.offset + paging.limit]
        items = [records.cluster_summary(row) for row in query.to_records(shown)]
        if reports:
            for item in items:
                item["reports"] = query.to_records(access.read(query.cluster_reports, item["id"]))
        return {"total": len(frame), "limit": paging.limit, "offset": paging.offset, "items": items}

    @router.get("/clusters/{cluster_id:path}", tags=["clusters"], summary="One cluster with all its reports")
    def get_cluster(cluster_id: str = PathParam(..., description="The cluster's `id`.")) -> dict[str, Any]:
        reports = query.to_records(access.read(query.cluster_reports, cluster_id))
        if not reports:
            raise HTTPException(404, f"no event cluster with id {cluster_id!r}")
        frame = access.read(query.clusters, doc_id=reports[0]["doc_id"], include_unreal=True, limit=ALL_ROWS,
                            reports=False)
        rows = [row for row in query.to_records(frame) if row["cluster_id"] == cluster_id]
        summary = records.cluster_summary(rows[0]) if rows else {"id": cluster_id}
        return {**summary, "reports": reports}

    @router.get("/dyads", tags=["dyads"], summary="Most frequent actor pairs (network edges)")
    def list_dyads(
        filters: Filters,
        directed: bool = Query(False, description="Keep actor→recipient direction."),
        clusters: bool = Query(True, description="Count event clusters (true) or reports (false)."),
        limit: int = Query(50, ge=1, le=MAX_LIMIT, description="How many pairs."),
    ) -> dict[str, Any]:
        frame = access.read(query.top_dyads, n=limit, directed=directed, clusters=clusters, **filters)
        items = [{"actor": r["actor"], "recipient": r["recipient"], "events": r["n_events"],
                  "cooperation": r["n_cooperation"], "conflict": r["n_conflict"],
                  "mean_score": r["mean_scale"]} for r in query.to_records(frame)]
        return {"items": items}

    @router.get("/dyads/{a}/{b}", tags=["dyads"], summary="Time series and events of one dyad")
    def get_dyad(
        filters: Filters,
        paging: Paging,
        a: str = PathParam(..., description="First actor code, e.g. RUS."),
        b: str = PathParam(..., description="Second actor code, e.g. PAK."),
        freq: str = Query("month", description=f"Period: {', '.join(query.FREQS)}."),
        directed: bool = Query(False, description="Only a→b (default: both directions and joint action)."),
        clusters: bool = Query(True, description="Count event clusters (true) or reports (false)."),
    ) -> dict[str, Any]:
        """Per period: events, counts per quad and category, mean PLOVER score; historical events are placed
        at their own date. `events` lists the dyad's events (paginated)."""
        a, b = a.upper(), b.upper()
        series = access.read(query.dyad_series, a, b, freq=freq, by="category", directed=directed,
                             clusters=clusters, **filters)
        candidates = access.read(query.events, clusters=clusters, limit=ALL_ROWS, **{**filters, "party": a})
        between = _dyad_rows(candidates, a, b, directed)
        shown = between.iloc[paging.offset:paging.offset + paging.limit]
        return {
            "a": a, "b": b, "freq": freq, "directed": directed,
            "series": [records.series_point(row) for row in query.to_records(series)],
            "events": {"total": len(between), "limit": paging.limit, "offset": paging.offset,
                       "items": _event_records(access, shown)},
        }

    @router.get("/actors", tags=["actors"], summary="Most active actors")
    def list_actors(
        filters: Filters,
        role: str = Query("any", description="Count as `actor`, `recipient` or `any`."),
        clusters: bool = Query(True, description="Count event clusters (true) or reports (false)."),
        limit: int = Query(20, ge=1, le=MAX_LIMIT, description="How many actors."),
    ) -> dict[str, Any]:
        frame = access.read(query.top_actors, n=limit, role=role, clusters=clusters, **filters)
        items = [{"code": r["code"], "events": r["n_events"], "as_actor": r["n_as_actor"],
                  "as_recipient": r["n_as_recipient"], "mean_score": r["mean_scale"]}
                 for r in query.to_records(frame)]
        return {"items": items}

    @router.get("/articles/{doc_id:path}", tags=["articles"], summary="An article, its events and evidence")
    def get_article(doc_id: str = PathParam(..., description="The article's `doc_id`.")) -> dict[str, Any]:
        """The article text and each event with `evidence`: character offsets (start, end) into `text` of
        the sentence, the trigger, each actor and each recipient, and the text they cover."""
        found = access.read(query.article, doc_id)
        if found is None:
            raise HTTPException(404, f"no article with doc_id {doc_id!r}")
        text = found.get("text") or ""
        events = []
        shaped = _event_records(access, pd.DataFrame(found["events"]))
        for event, row in zip(shaped, found["events"], strict=True):
            events.append({**event, "evidence": records.evidence(row, text)})
        outlet = records.outlet_of(found)
        return {"doc_id": found["doc_id"], "title": found.get("title"), "url": found.get("url"),
                "published": found.get("published"), "source": found.get("source"), "outlet": outlet,
                "sentences": found.get("sentences"), "text": text, "events": events}

    @router.get("/search", tags=["events"], summary="Full-text search in the evidence")
    def search_events(
        filters: Filters,
        paging: Paging,
        q: str = Query(..., min_length=1, description="Words that must all occur in the evidence sentence "
                       "or trigger (case-insensitive).", examples=["joint drills"]),
        clusters: bool = Query(False, description="One row per event cluster instead of every report."),
    ) -> dict[str, Any]:
        frame = access.read(query.search, q, limit=ALL_ROWS, clusters=clusters, **filters)
        shown = frame.iloc[paging.offset:paging.offset + paging.limit]
        return {"q": q, "total": len(frame), "limit": paging.limit, "offset": paging.offset,
                "items": _event_records(access, shown)}

    @router.get("/summary", tags=["store"], summary="What the store holds")
    def store_summary() -> dict[str, Any]:
        return records.clean(access.read(query.summary))

    return router
