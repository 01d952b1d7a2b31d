"""The web UI is served by the API app and needs nothing from the internet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dotterel.api import create_app
from dotterel.store import Store
from dotterel.web import STATIC_DIR

SVG_NAMESPACE = "http://www.w3.org/2000/svg"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    path: Path = tmp_path_factory.mktemp("web") / "empty.duckdb"
    Store(path).close()
    return TestClient(create_app(path))


def test_index_page_loads_its_bundled_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assets = re.findall(r'(?:src|href)="([^"#]+)"', page.text)
    assert {"/static/app.js", "/static/style.css"} <= set(assets)
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert client.get(asset).status_code == 200, asset


@pytest.mark.parametrize("name", sorted(p.name for p in STATIC_DIR.iterdir()))
def test_no_asset_fetches_anything_from_elsewhere(name):
    text = (STATIC_DIR / name).read_text(encoding="utf-8").replace(SVG_NAMESPACE, "")
    assert not re.search(r"https?://|//cdn|@import|fonts\.googleapis", text), name


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_no_page_that_loads_scripts_from_a_cdn(client, path):
    assert client.get(path).status_code == 404


def test_ui_calls_only_endpoints_the_api_has(client):
    script = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    called = set(re.findall(r'getJSON\(\s*[`"](/api/[a-z]+)', script))
    assert called == {"/api/events", "/api/dyads", "/api/actors", "/api/search", "/api/articles",
                      "/api/clusters", "/api/summary"}
    paths = client.get("/openapi.json").json()["paths"]
    for prefix in called:
        assert any(path.startswith(prefix) for path in paths), prefix


def test_empty_store_gives_empty_answers_not_errors(client):
    assert client.get("/api/events").json()["total"] == 0
    assert client.get("/api/dyads/RUS/PAK").json()["series"] == []
    assert client.get("/api/actors").json()["items"] == []
