"""THE column layout of stored events and articles, as Arrow schemas, and conversions to it.

The DuckDB tables (`data/schema.sql`) and the Parquet files written by `dotterel export --format parquet` and
by the Dask engine (`write_parquet_partition`) share these columns, so DuckDB can read any of them and
`dotterel ingest --from-parquet` can load them. See SCHEMA.md.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from datetime import date as Date
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dotterel.models import Article, Entity, Event, TextInfo
from dotterel.query.outlets import Outlet, OutletTable

ENTITY_TYPE = pa.struct(
    [
        ("code", pa.string()),
        ("sector", pa.string()),
        ("entity_text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
    ]
)
TEXT_INFO_TYPE = pa.struct(
    [
        ("sequence", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
    ]
)
STRINGS = pa.list_(pa.string())

EVENT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("doc_id", pa.string()),
        ("date", pa.string()),
        ("event", pa.string()),
        ("mode", pa.string()),
        ("aux", pa.string()),
        ("event_date", pa.string()),
        ("effective_date", pa.date32()),
        ("date_precision", pa.string()),
        ("event_loc", pa.string()),
        ("event_text", pa.string()),
        ("text", pa.string()),
        ("text_info", TEXT_INFO_TYPE),
        ("quad_code", pa.int32()),
        ("event_scale", pa.float64()),
        ("reciprocal", pa.bool_()),
        ("actor", pa.list_(ENTITY_TYPE)),
        ("recipient", pa.list_(ENTITY_TYPE)),
        ("actor_codes", STRINGS),
        ("recipient_codes", STRINGS),
        ("actor_sectors", STRINGS),
        ("recipient_sectors", STRINGS),
        ("context", STRINGS),
        ("cite_info", pa.string()),
        ("outlet", pa.string()),
        ("outlet_name", pa.string()),
        ("outlet_country", pa.string()),
        ("outlet_state_affiliated", pa.bool_()),
        ("content_hash", pa.string()),
    ]
)

ARTICLE_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("content_hash", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("source", pa.string()),
        ("outlet", pa.string()),
        ("published", pa.string()),
        ("text", pa.string()),
        ("origin", pa.string()),
        ("sentences", pa.int32()),
        ("n_events", pa.int32()),
    ]
)

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def schema_sql() -> str:
    """The DuckDB DDL of the store (CREATE TABLE IF NOT EXISTS ...)."""
    return resources.files("dotterel.store").joinpath("data/schema.sql").read_text(encoding="utf-8")


def content_hash(article: Article) -> str:
    """sha256 over doc_id and text: the same article read again hashes the same; changed text does not."""
    digest = hashlib.sha256()
    digest.update(article.id.encode("utf-8"))
    digest.update(b"\0")
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def utf8(text: str | None) -> str | None:
    """The text, with any lone surrogate (undecodable input) replaced by "?" so it can be stored;
    one character stays one character, so evidence offsets still hold."""
    if text is None:
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def parse_partial_date(value: str | None) -> tuple[Date | None, str | None]:
    """ "2014" -> (2014-01-01, "year"); "2014-05" -> (2014-05-01, "month"); "2014-05-07" -> day."""
    if not value:
        return None, None
    match = _PARTIAL_DATE.match(str(value).strip())
    if not match:
        return None, None
    year, month, day = match.groups()
    try:
        return Date(int(year), int(month or 1), int(day or 1)), "day" if day else "month" if month else "year"
    except ValueError:
        return None, None


def effective_date(event: Event) -> tuple[Date | None, str | None]:
    """When the event happened: its own event_date when the text gives one, else the publication date."""
    when, precision = parse_partial_date(event.event_date)
    if when is None:
        when, precision = parse_partial_date(event.date)
    return when, precision


def _codes(entities: list[Entity], attr: str) -> list[str]:
    return sorted({getattr(e, attr) for e in entities if getattr(e, attr)})


def _entities(entities: list[Entity]) -> list[dict[str, Any]]:
    return [
        {
            "code": e.code,
            "sector": e.sector,
            "entity_text": utf8(e.entity_text),
            "start": e.start,
            "end": e.end,
        }
        for e in entities
    ]


def _text_info(info: TextInfo | None) -> dict[str, Any] | None:
    if info is None:
        return None
    return {
        "sequence": info.sequence,
        "start": info.start,
        "end": info.end,
        "trigger_start": info.trigger_start,
        "trigger_end": info.trigger_end,
    }


def event_row(event: Event, outlet: Outlet | None, article_hash: str | None) -> dict[str, Any]:
    when, precision = effective_date(event)
    return {
        "id": event.id,
        "doc_id": event.doc_id,
        "date": event.date,
        "event": event.event,
        "mode": event.mode,
        "aux": event.aux,
        "event_date": event.event_date,
        "effective_date": when,
        "date_precision": precision,
        "event_loc": event.event_loc,
        "event_text": utf8(event.event_text),
        "text": utf8(event.text),
        "text_info": _text_info(event.text_info),
        "quad_code": event.quad_code,
        "event_scale": event.event_scale,
        "reciprocal": bool(event.reciprocal),
        "actor": _entities(event.actor),
        "recipient": _entities(event.recipient),
        "actor_codes": _codes(event.actor, "code"),
        "recipient_codes": _codes(event.recipient, "code"),
        "actor_sectors": _codes(event.actor, "sector"),
        "recipient_sectors": _codes(event.recipient, "sector"),
        "context": list(event.context or []),
        "cite_info": json.dumps(event.cite_info or {}, ensure_ascii=False, default=str),
        "outlet": outlet.domain if outlet else None,
        "outlet_name": outlet.name if outlet else None,
        "outlet_country": outlet.country if outlet else None,
        "outlet_state_affiliated": outlet.state_affiliated if outlet else None,
        "content_hash": article_hash,
    }


def _event_outlet(event: Event, outlets: OutletTable) -> Outlet | None:
    cite = event.cite_info or {}
    return outlets.resolve(cite.get("url"), cite.get("publication") or cite.get("source"))


def events_to_arrow(
    events: Iterable[Event],
    outlets: OutletTable | None = None,
    articles: Mapping[str, Article] | None = None,
    hashes: Mapping[str, str] | None = None,
) -> pa.Table:
    """Events as an Arrow table with EVENT_SCHEMA (the store's and the Parquet files' columns).

    The outlet comes from the event's article (by doc_id in `articles`: url, then source) or else from
    its cite_info (url, publication). `hashes` maps doc_id -> content hash of the article.
    """
    outlets = outlets or OutletTable.from_env()
    rows = []
    for event in events:
        article = (articles or {}).get(event.doc_id)
        outlet = (outlets.resolve(article.url, article.source) if article else None) or _event_outlet(
            event, outlets
        )
        rows.append(event_row(event, outlet, (hashes or {}).get(event.doc_id)))
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)


def articles_to_arrow(
    coded_articles: Iterable[Any], outlets: OutletTable | None = None, hashes: Mapping[str, str] | None = None
) -> pa.Table:
    """CodedArticles (article, events, sentences) as an Arrow table with ARTICLE_SCHEMA."""
    outlets = outlets or OutletTable.from_env()
    rows = []
    for coded in coded_articles:
        article: Article = coded.article
        outlet = outlets.resolve(article.url, article.source)
        rows.append(
            {
                "doc_id": article.id,
                "content_hash": (hashes or {}).get(article.id) or content_hash(article),
                "url": article.url,
                "title": utf8(article.title),
                "source": article.source,
                "outlet": outlet.domain if outlet else None,
                "published": article.published,
                "text": utf8(article.text),
                "origin": article.origin,
                "sentences": coded.sentences,
                "n_events": len(coded.events),
            }
        )
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def coded_to_arrow(
    coded_articles: list[Any], outlets: OutletTable | None = None, hashes: Mapping[str, str] | None = None
) -> tuple[pa.Table, pa.Table]:
    """(articles table, events table) for a batch of CodedArticles."""
    outlets = outlets or OutletTable.from_env()
    hashes = dict(hashes or {})
    for coded in coded_articles:
        hashes.setdefault(coded.article.id, content_hash(coded.article))
    articles = {c.article.id: c.article for c in coded_articles}
    events = [e for c in coded_articles for e in c.events]
    return (
        articles_to_arrow(coded_articles, outlets, hashes),
        events_to_arrow(events, outlets, articles, hashes),
    )


def write_parquet_partition(
    coded_articles: list[Any],
    out_dir: str | Path,
    partition: int | str,
    outlets: OutletTable | None = None,
    hashes: Mapping[str, str] | None = None,
) -> tuple[Path, Path]:
    """Write one partition as OUT/events/part-<partition>.parquet and OUT/articles/part-<partition>.parquet.

    This is the layout `dotterel ingest --from-parquet OUT` loads (and DuckDB reads directly with
    read_parquet('OUT/events/*.parquet')). Pass `hashes` (doc_id -> content_hash of the article as read)
    when the articles in `coded_articles` carry repaired text, so the store can skip them on a rerun.
    """
    articles, events = coded_to_arrow(coded_articles, outlets, hashes)
    out = Path(out_dir)
    paths = (out / "events" / f"part-{partition}.parquet", out / "articles" / f"part-{partition}.parquet")
    for path, table in zip(paths, (events, articles), strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, path)
    return paths


def row_to_event(row: Mapping[str, Any]) -> Event:
    """An Event back from a stored row (a dict with EVENT_SCHEMA columns)."""
    info = row.get("text_info")
    return Event(
        id=row["id"],
        doc_id=row["doc_id"],
        date=row.get("date"),
        event=row["event"],
        actor=[Entity(**e) for e in row.get("actor") or []],
        recipient=[Entity(**e) for e in row.get("recipient") or []],
        mode=row.get("mode"),
        context=list(row.get("context") or []),
        aux=row.get("aux"),
        event_date=row.get("event_date"),
        event_loc=row.get("event_loc"),
        event_text=row.get("event_text") or "",
        text=row.get("text") or "",
        text_info=TextInfo(**info) if info and info.get("sequence") is not None else None,
        quad_code=row.get("quad_code"),
        event_scale=row.get("event_scale"),
        reciprocal=bool(row.get("reciprocal")),
        cite_info=json.loads(row.get("cite_info") or "{}"),
    )
