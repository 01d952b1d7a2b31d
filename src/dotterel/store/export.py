"""Writing event records: PLOVER JSON Lines, flat CSV, Parquet (the store's column layout)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from dotterel.models import Entity, Event, TextInfo
from dotterel.query.api import connect
from dotterel.query.filters import EventFilter, QueryError
from dotterel.query.outlets import OutletTable
from dotterel.store.schema import EVENT_SCHEMA, events_to_arrow, row_to_event

FORMATS = ("jsonl", "csv", "parquet")
CSV_COLUMNS = [
    "id",
    "doc_id",
    "date",
    "event_date",
    "event",
    "mode",
    "aux",
    "quad_code",
    "event_scale",
    "reciprocal",
    "actor_codes",
    "actor_sectors",
    "actor_texts",
    "recipient_codes",
    "recipient_sectors",
    "recipient_texts",
    "context",
    "event_text",
    "text",
    "sequence",
    "start",
    "end",
    "trigger_start",
    "trigger_end",
    "event_loc",
    "url",
    "title",
    "publication",
]
LIST_SEP = ";"
_BATCH = 2000


def check_format(fmt: str) -> str:
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise QueryError(f"format: {fmt!r} is not one of {', '.join(FORMATS)}")
    return fmt


@contextmanager
def _text_out(out: str | Path | IO[Any] | None) -> Iterator[IO[str]]:
    if out is None or str(out) == "-":
        yield sys.stdout
    elif isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            yield handle
    else:
        yield out  # type: ignore[misc]


def _binary_target(out: str | Path | IO[Any] | None) -> Any:
    if out is None or str(out) == "-":
        return sys.stdout.buffer
    if isinstance(out, str | Path):
        return str(out)
    return getattr(out, "buffer", out)


def _joined(entities: list[Entity], attr: str) -> str:
    return LIST_SEP.join((getattr(e, attr) or "").replace(LIST_SEP, ",") for e in entities)


def csv_row(event: Event) -> dict[str, Any]:
    """One event flattened for CSV: entity fields joined with ';' in entity order, context likewise."""
    info = event.text_info
    cite = event.cite_info or {}
    return {
        "id": event.id,
        "doc_id": event.doc_id,
        "date": event.date,
        "event_date": event.event_date,
        "event": event.event,
        "mode": event.mode,
        "aux": event.aux,
        "quad_code": event.quad_code,
        "event_scale": event.event_scale,
        "reciprocal": event.reciprocal,
        "actor_codes": _joined(event.actor, "code"),
        "actor_sectors": _joined(event.actor, "sector"),
        "actor_texts": _joined(event.actor, "entity_text"),
        "recipient_codes": _joined(event.recipient, "code"),
        "recipient_sectors": _joined(event.recipient, "sector"),
        "recipient_texts": _joined(event.recipient, "entity_text"),
        "context": LIST_SEP.join(event.context or []),
        "event_text": event.event_text,
        "text": event.text,
        "sequence": info.sequence if info else None,
        "start": info.start if info else None,
        "end": info.end if info else None,
        "trigger_start": info.trigger_start if info else None,
        "trigger_end": info.trigger_end if info else None,
        "event_loc": event.event_loc,
        "url": cite.get("url"),
        "title": cite.get("title"),
        "publication": cite.get("publication"),
    }


def write_events(
    events: Iterable[Event],
    out: str | Path | IO[Any] | None = None,
    fmt: str = "jsonl",
    outlets: OutletTable | None = None,
) -> int:
    """Write events as PLOVER JSON Lines (one `Event.to_plover()` object a line), flat CSV or Parquet
    (EVENT_SCHEMA columns). `out`: a path, an open stream, or None / "-" for stdout. Returns the count."""
    fmt = check_format(fmt)
    if fmt == "parquet":
        table = outlets or OutletTable.load()
        return _write_parquet((events_to_arrow(chunk, table) for chunk in _chunks(events)), out)
    count = 0
    with _text_out(out) as handle:
        writer = None
        if fmt == "csv":
            writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
            writer.writeheader()
        for event in events:
            if writer is not None:
                writer.writerow(csv_row(event))
            else:
                handle.write(json.dumps(event.to_plover(), ensure_ascii=False, default=str) + "\n")
            count += 1
        handle.flush()
    return count


def _chunks(events: Iterable[Event]) -> Iterator[list[Event]]:
    chunk: list[Event] = []
    for event in events:
        chunk.append(event)
        if len(chunk) >= _BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _write_parquet(
    tables: Iterable[pa.Table], out: str | Path | IO[Any] | None, schema: pa.Schema = EVENT_SCHEMA
) -> int:
    count = 0
    with pq.ParquetWriter(_binary_target(out), schema) as writer:
        for table in tables:
            writer.write_table(table.cast(schema))
            count += table.num_rows
    return count


def export(db: Any, out: str | Path | IO[Any] | None = None, fmt: str = "jsonl", **filters: Any) -> int:
    """Export stored event reports matching the filters (EventFilter; negated/hypothetical ones are
    included unless include_unreal=False). JSON Lines and CSV rows also carry `outlet` and
    `cluster_id`; Parquet has the store's columns. Returns the number of events written."""
    fmt = check_format(fmt)
    filters.setdefault("include_unreal", True)
    where, params = EventFilter(**filters).to_sql()
    columns = ", ".join(f"e.{name}" for name in [*EVENT_SCHEMA.names, "cluster_id"])
    sql = (
        f"SELECT {columns} FROM events e LEFT JOIN clusters c ON c.cluster_id = e.cluster_id"
        f" WHERE {where} ORDER BY e.doc_id, e.text_info.sequence, e.text_info.trigger_start, e.id"
    )
    with connect(db) as con:
        reader = con.sql(sql, params=params).to_arrow_reader(_BATCH)
        if fmt == "parquet":
            schema = EVENT_SCHEMA.append(pa.field("cluster_id", pa.string()))
            return _write_parquet((pa.Table.from_batches([b]) for b in reader), out, schema)
        return _write_stored_rows((row for batch in reader for row in batch.to_pylist()), out, fmt)


def _write_stored_rows(rows: Iterable[dict[str, Any]], out: str | Path | IO[Any] | None, fmt: str) -> int:
    count = 0
    with _text_out(out) as handle:
        writer = None
        if fmt == "csv":
            writer = csv.DictWriter(handle, fieldnames=[*CSV_COLUMNS, "outlet", "cluster_id"])
            writer.writeheader()
        for row in rows:
            event = row_to_event(row)
            extra = {"outlet": row.get("outlet"), "cluster_id": row.get("cluster_id")}
            if writer is not None:
                writer.writerow({**csv_row(event), **extra})
            else:
                record = {**event.to_plover(), **extra}
                handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            count += 1
        handle.flush()
    return count


def read_events(path: str | Path, fmt: str | None = None) -> list[Event]:
    """Read events back from a file written by `write_events`/`export` (format from the suffix)."""
    path = Path(path)
    fmt = check_format(fmt or path.suffix.lstrip(".").replace("json", "jsonl").replace("jsonll", "jsonl"))
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as handle:
            return [Event.from_plover(json.loads(line)) for line in handle if line.strip()]
    if fmt == "parquet":
        return [row_to_event(row) for row in pq.read_table(path).to_pylist()]
    with open(path, encoding="utf-8", newline="") as handle:
        return [_event_from_csv(row) for row in csv.DictReader(handle)]


def _split(value: str | None) -> list[str]:
    return value.split(LIST_SEP) if value else []


def _entities_from_csv(codes: str, sectors: str, texts: str) -> list[Entity]:
    code_list, sector_list, text_list = _split(codes), _split(sectors), _split(texts)
    size = max(len(code_list), len(sector_list), len(text_list))
    pad = [*code_list, *[""] * size], [*sector_list, *[""] * size], [*text_list, *[""] * size]
    return [Entity(pad[0][i] or None, pad[1][i] or None, pad[2][i]) for i in range(size)]


def _int(value: str | None) -> int | None:
    return int(value) if value not in (None, "") else None


def _event_from_csv(row: dict[str, str]) -> Event:
    info = None
    if row.get("sequence"):
        info = TextInfo(
            int(row["sequence"]),
            int(row["start"]),
            int(row["end"]),
            _int(row.get("trigger_start")),
            _int(row.get("trigger_end")),
        )
    cite = {k: row[k] for k in ("url", "title", "publication") if row.get(k)}
    return Event(
        id=row["id"],
        doc_id=row["doc_id"],
        date=row.get("date") or None,
        event=row["event"],
        actor=_entities_from_csv(row["actor_codes"], row["actor_sectors"], row["actor_texts"]),
        recipient=_entities_from_csv(
            row["recipient_codes"], row["recipient_sectors"], row["recipient_texts"]
        ),
        mode=row.get("mode") or None,
        context=_split(row.get("context")),
        aux=row.get("aux") or None,
        event_date=row.get("event_date") or None,
        event_loc=row.get("event_loc") or None,
        event_text=row.get("event_text") or "",
        text=row.get("text") or "",
        text_info=info,
        quad_code=_int(row.get("quad_code")),
        event_scale=float(row["event_scale"]) if row.get("event_scale") else None,
        reciprocal=row.get("reciprocal") == "True",
        cite_info=cite,
    )


def events_to_csv_text(events: Iterable[Event]) -> str:
    """CSV of events as a string (convenience for small outputs)."""
    buffer = io.StringIO()
    write_events(events, buffer, "csv")
    return buffer.getvalue()
