"""Query rows (from `dotterel.query`) shaped into the JSON the API returns.

An event is its PLOVER record (`Event.to_plover()`, exactly what `dotterel export` writes) plus
`effective_date`, `outlet` {domain, name, country, state_affiliated} and `cluster` {id, n_reports,
n_outlets, n_independent_outlets, state_affiliated_only}.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from dotterel.plover import QUAD
from dotterel.store.schema import row_to_event

QUAD_KEYS = ("1", "2", "3", "4")


def clean(value: Any) -> Any:
    """NaN -> None, numpy scalars -> Python, recursively through dicts and lists."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    if hasattr(value, "tolist") and not isinstance(value, str):
        return clean(value.tolist())
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _int(value: Any) -> int:
    value = clean(value)
    return int(value) if value is not None else 0


def outlet_of(row: Mapping[str, Any]) -> dict[str, Any] | None:
    domain = clean(row.get("outlet"))
    if not domain:
        return None
    return {"domain": domain, "name": clean(row.get("outlet_name")) or domain,
            "country": clean(row.get("outlet_country")),
            "state_affiliated": clean(row.get("outlet_state_affiliated"))}


def cluster_of(row: Mapping[str, Any]) -> dict[str, Any]:
    outlets = _int(row.get("n_outlets"))
    independent = _int(row.get("n_independent_outlets"))
    return {"id": clean(row.get("cluster_id")), "n_reports": _int(row.get("n_reports")) or 1,
            "n_outlets": outlets, "n_independent_outlets": independent,
            "state_affiliated_only": outlets > 0 and independent == 0}


def plover_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The PLOVER record of a stored event row, as `dotterel export` writes it."""
    fields = {k: clean(v) for k, v in row.items()}
    cite = fields.get("cite_info")
    if not isinstance(cite, str):
        fields["cite_info"] = json.dumps(cite or {})
    return row_to_event(fields).to_plover()


def event_record(row: Mapping[str, Any]) -> dict[str, Any]:
    return {**plover_record(row), "effective_date": clean(row.get("effective_date")),
            "outlet": outlet_of(row), "cluster": cluster_of(row)}


def _span(text: str, start: Any, end: Any) -> dict[str, Any] | None:
    start, end = clean(start), clean(end)
    if start is None or end is None:
        return None
    return {"start": int(start), "end": int(end), "text": text[int(start):int(end)]}


def evidence(row: Mapping[str, Any], text: str) -> dict[str, Any]:
    """Character offsets into the article text of the event's sentence, trigger, actors, recipients."""
    info = clean(row.get("text_info")) or {}

    def entities(key: str) -> list[dict[str, Any]]:
        out = []
        for entity in clean(row.get(key)) or []:
            span = _span(text, entity.get("start"), entity.get("end"))
            if span:
                out.append({"code": entity.get("code"), "sector": entity.get("sector"), **span})
        return out

    return {
        "sentence": {"sequence": info.get("sequence"),
                     **(_span(text, info.get("start"), info.get("end")) or {})},
        "trigger": _span(text, info.get("trigger_start"), info.get("trigger_end")),
        "actors": entities("actor"),
        "recipients": entities("recipient"),
    }


def series_point(row: Mapping[str, Any]) -> dict[str, Any]:
    """One period of a dyad series (counted by category) with quad totals added."""
    categories = {cat: _int(row.get(cat)) for cat in QUAD if _int(row.get(cat))}
    quads = dict.fromkeys(QUAD_KEYS, 0)
    for cat, count in categories.items():
        quads[str(QUAD[cat])] += count
    return {"period": clean(row.get("period")), "events": _int(row.get("n_events")),
            "mean_score": clean(row.get("mean_scale")), "quad": quads, "categories": categories}


def cluster_summary(row: Mapping[str, Any]) -> dict[str, Any]:
    """A cluster row from `dotterel.query.clusters`; `reports` (when present) lists every report."""
    fields = {k: clean(v) for k, v in row.items()}
    out = {
        "id": fields.get("cluster_id"), "event": fields.get("event"), "quad_code": fields.get("quad_code"),
        "actor_codes": fields.get("actor_codes") or [],
        "recipient_codes": fields.get("recipient_codes") or [],
        "first_date": fields.get("first_date"), "last_date": fields.get("last_date"),
        "date_precision": fields.get("date_precision"), "n_reports": fields.get("n_reports"),
        "n_articles": fields.get("n_articles"), "n_outlets": fields.get("n_outlets"),
        "n_independent_outlets": fields.get("n_independent_outlets"),
        "state_affiliated_only": bool(fields.get("state_affiliated_only")),
        "mean_score": fields.get("mean_scale"), "outlets": fields.get("outlets") or [],
        "text": fields.get("text"),
    }
    if "reports" in fields:
        out["reports"] = fields["reports"]
    return out
