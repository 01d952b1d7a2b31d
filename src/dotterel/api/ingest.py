"""POST /api/ingest: code and store articles sent by a client holding the operator's token.

The body is JSON Lines (one article object a line) or a JSON array/object of articles, with the keys
of the JSON Lines input (id, text, optional date, title, url, source). Broken records are reported
with their line and reason; the rest are coded and stored.
"""

from __future__ import annotations

import io
import json
import secrets
import threading
from typing import Any

from fastapi import APIRouter, Header, HTTPException, Request

from dotterel.api.access import StoreAccess
from dotterel.ingest.records import record_to_article
from dotterel.models import Article, Rejection

MAX_BODY_BYTES = 20_000_000
SOURCE_NAME = "request"


def parse_articles(body: bytes) -> list[Article | Rejection]:
    """Articles (or Rejections naming the line and reason) from a JSON Lines or JSON request body."""
    try:
        document = json.loads(body.decode("utf-8"))
    except ValueError:  # also UnicodeDecodeError: then each line is judged on its own
        return _json_lines(body)
    items = document if isinstance(document, list) else [document]
    return [_article(item, position, None) for position, item in enumerate(items, start=1)]


def _json_lines(body: bytes) -> list[Article | Rejection]:
    out: list[Article | Rejection] = []
    for number, raw in enumerate(body.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            out.append(Rejection(SOURCE_NAME, f"line is not UTF-8 ({error.reason})", number))
            continue
        try:
            out.append(_article(json.loads(line), number, number))
        except ValueError as error:
            out.append(Rejection(SOURCE_NAME, f"broken JSON line ({error})", number))
    return out


def _article(item: Any, position: int, line: int | None) -> Article | Rejection:
    if not isinstance(item, dict):
        return Rejection(SOURCE_NAME, "record is not a JSON object", line or position)
    return record_to_article(item, f"api-{position}", SOURCE_NAME, line or position)


def ingest_router(access: StoreAccess, token: str, coder: Any = None) -> APIRouter:
    router = APIRouter(prefix="/api")
    coder_holder: dict[str, Any] = {"coder": coder}
    coder_lock = threading.Lock()

    def get_coder() -> Any:
        with coder_lock:
            if coder_holder["coder"] is None:
                from dotterel.pipeline import Coder

                coder_holder["coder"] = Coder()
            return coder_holder["coder"]

    def check_token(authorization: str | None) -> None:
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise HTTPException(401, "send the operator's token as `Authorization: Bearer <token>`",
                                headers={"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    @router.post("/ingest", tags=["ingest"], summary="Code and store articles (needs the operator's token)")
    async def ingest(request: Request, authorization: str | None = Header(None)) -> dict[str, Any]:
        """Body: JSON Lines, or a JSON array of article objects {id, text, date?, title?, url?, source?}.
        Articles already stored with the same content are skipped. Returns the ingest summary and the
        records that were rejected (line and reason)."""
        check_token(authorization)
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            raise HTTPException(413, f"body larger than {MAX_BODY_BYTES} bytes; send it in parts")
        records = parse_articles(body)
        if not records:
            raise HTTPException(422, "no articles in the body (JSON Lines or a JSON array of objects)")
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_store, access, records, get_coder)

    return router


def _store(access: StoreAccess, records: list[Article | Rejection], get_coder: Any) -> dict[str, Any]:
    from dotterel.store.ingest import ingest_records

    rejected = [r for r in records if isinstance(r, Rejection)]
    coder = get_coder() if len(rejected) < len(records) else None
    messages = io.StringIO()
    summary = None
    if coder is not None:
        summary = access.write(lambda db: ingest_records(records, db, coder, progress=False, err=messages))
    return {
        "summary": summary.as_dict() if summary else {"coded": 0, "rejected": len(rejected)},
        "rejected": [{"line": r.line, "reason": r.reason} for r in rejected],
    }
