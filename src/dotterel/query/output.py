"""Rendering query frames for the terminal: an aligned table, CSV or JSON."""

from __future__ import annotations

import io
import json
from typing import Any

import pandas as pd

from dotterel.query.api import to_records
from dotterel.query.filters import QueryError

OUTPUT_FORMATS = ("table", "csv", "json")


def _cell(value: Any, width: int | None = None) -> Any:
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return json.dumps(value, ensure_ascii=False, default=str)
        value = ";".join("" if v is None else str(v) for v in value)
    elif isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if width and isinstance(value, str) and len(value) > width:
        return value[: width - 1] + "…"
    return value


def render(df: pd.DataFrame, fmt: str = "table", columns: list[str] | None = None, width: int = 70) -> str:
    """The frame as text. table: chosen columns, long text cut to `width`; csv: lists joined with ';'
    and nested objects as JSON; json: a JSON array of row objects (all columns)."""
    if fmt not in OUTPUT_FORMATS:
        raise QueryError(f"format: {fmt!r} is not one of {', '.join(OUTPUT_FORMATS)}")
    if fmt == "json":
        return json.dumps(to_records(df), ensure_ascii=False, indent=1, default=str) + "\n"
    if fmt == "csv":
        flat = df.apply(lambda col: col.map(_cell)) if len(df) else df
        buffer = io.StringIO()
        flat.to_csv(buffer, index=False)
        return buffer.getvalue()
    if df.empty:
        return "(no results)\n"
    shown = df[[c for c in (columns or list(df.columns)) if c in df.columns]]
    shown = shown.apply(
        lambda col: col.round(2) if col.dtype.kind == "f" else col.map(lambda v: _cell(v, width))
    )
    return shown.fillna("").to_string(index=False) + "\n"
