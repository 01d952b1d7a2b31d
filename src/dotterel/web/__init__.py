"""The web UI: one static page (bundled HTML, JS, CSS and SVG) over the JSON API, served by the API app."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(str(resources.files("dotterel.web").joinpath("static")))


def mount_web(app: FastAPI) -> None:
    """Serve the UI at `/` and its assets at `/static/` (nothing is fetched from elsewhere)."""
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")
