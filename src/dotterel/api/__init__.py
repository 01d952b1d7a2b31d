"""The REST API: `create_app(db_path, ingest_token=None)` -> FastAPI app (also serving the web UI)."""

from dotterel.api.app import create_app

__all__ = ["create_app"]
