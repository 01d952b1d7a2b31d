"""The web UI in headless Chromium over the bundled samples: filter to RUS–PAK, open the seed article,
see its evidence highlighted. Saves the README screenshots to docs/screenshots/.

Needs Debian's chromium at /usr/bin/chromium (`apt-get install chromium`) and the playwright Python
package (no `playwright install`). Skipped when chromium is absent, unless DOTTEREL_REQUIRE_BROWSER=1
(as in CI), which makes its absence a failure. Run: .venv/bin/pytest -m browser
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dotterel.api import create_app
from dotterel.ingest import sample_paths
from dotterel.store.ingest import ingest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SEED_STEM = "000_28ec3f8be0b2d1eb"


def _require(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("DOTTEREL_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (DOTTEREL_REQUIRE_BROWSER=1 makes this a failure)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    _require(CHROMIUM.exists(), f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _require(False, "the playwright Python package is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, coder) -> Iterator[str]:
    """uvicorn on 127.0.0.1 (a free port) over a store of the bundled samples, in a thread."""
    import uvicorn

    seed = [p for p in sample_paths() if p.stem == SEED_STEM]
    assert seed, "the seed article is not among the bundled samples"
    db = tmp_path_factory.mktemp("browser") / "samples.duckdb"
    ingest(sample_paths(), db, coder, progress=False)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("requestfailed", lambda request: errors.append(f"request failed: {request.url}"))
    tab.on("response", lambda r: r.status < 500 or errors.append(f"HTTP {r.status}: {r.url}"))
    tab.on("request", lambda r: r.url.startswith(base_url) or errors.append(f"went elsewhere: {r.url}"))
    yield tab
    context.close()
    assert errors == [], errors


def _wait_ready(page) -> None:
    page.wait_for_selector("body[data-ready=true]", timeout=15_000)


def _texts(page, selector: str) -> list[str]:
    return page.locator(selector).evaluate_all("nodes => nodes.map(n => n.textContent)")


def test_filter_to_rus_pak_and_see_the_seed_evidence_highlighted(page, base_url):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(base_url + "/")
    _wait_ready(page)
    assert page.locator("#events-table tbody tr").count() > 0
    page.screenshot(path=str(SCREENSHOTS / "events.png"), full_page=True)

    # Filter to the RUS–PAK dyad through the form.
    page.click("#tabs a[data-tab=dyad]")
    _wait_ready(page)
    page.fill("#dyad-form input[name=a]", "rus")
    page.fill("#dyad-form input[name=b]", "pak")
    page.select_option("#dyad-form select[name=freq]", "year")
    page.click("#dyad-form button[type=submit]")
    page.wait_for_function("location.hash.startsWith('#/dyad/RUS/PAK')")
    _wait_ready(page)
    dyad = httpx.get(f"{base_url}/api/dyads/RUS/PAK", params={"freq": "year", "limit": 100}).json()
    drawn = page.locator("#dyad-chart g.period").evaluate_all("gs => gs.map(g => g.dataset.period)")
    assert drawn == [point["period"] for point in dyad["series"]]
    assert "2014-01-01" in drawn, "the 2014 agreement is not placed in 2014 on the RUS–PAK timeline"
    assert page.locator("#dyad-chart g.period[data-period='2014-01-01'] rect.bar").count() > 0
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == len(dyad["events"]["items"]) > 0
    page.screenshot(path=str(SCREENSHOTS / "dyad-timeline.png"), full_page=True)

    # Open the seed article from one of the dyad's events.
    seed_event = next(e for e in dyad["events"]["items"] if e["doc_id"] == SEED_STEM)
    page.click(f"#events-table tr[data-event-id='{seed_event['id']}'] a.article-link")
    _wait_ready(page)
    article = httpx.get(f"{base_url}/api/articles/{SEED_STEM}").json()
    assert page.inner_text("#article-title") == article["title"]
    assert page.locator(".article-meta .tag.state").count() == 1  # Sputnik is state-affiliated
    assert page.locator("#article-events .event-card").count() == len(article["events"])
    assert page.locator("#article-events .corroboration").count() == len(article["events"])

    expected = {"trigger": set(), "actor": set(), "recipient": set()}
    for event in article["events"]:
        evidence = event["evidence"]
        if evidence["trigger"]:
            expected["trigger"].add(evidence["trigger"]["text"])
        expected["actor"].update(a["text"] for a in evidence["actors"])
        expected["recipient"].update(r["text"] for r in evidence["recipients"])
    for kind, texts in expected.items():
        marked = set(_texts(page, f"#article-text mark.{kind}"))
        assert marked == texts, kind
    assert expected["trigger"] and expected["actor"]

    # The event we came from is focused: its trigger and actors are the marks outlined.
    focused = set(_texts(page, "#article-text mark.focus"))
    chosen = next(e for e in article["events"] if e["id"] == seed_event["id"])["evidence"]
    assert {chosen["trigger"]["text"], *(a["text"] for a in chosen["actors"])} <= focused
    assert page.text_content("#article-text") == article["text"]  # highlighting keeps the text intact
    page.screenshot(path=str(SCREENSHOTS / "article-view.png"), full_page=True)


def test_actor_network_draws_the_top_actors(page, base_url):
    page.goto(base_url + "/#/network")
    _wait_ready(page)
    actors = httpx.get(f"{base_url}/api/actors", params={"limit": 30}).json()["items"]
    drawn = page.locator("#network-chart g.node").evaluate_all("nodes => nodes.map(n => n.dataset.code)")
    assert drawn == [actor["code"] for actor in actors] and drawn
    page.screenshot(path=str(SCREENSHOTS / "actor-network.png"), full_page=True)


def test_a_bad_filter_shows_the_api_message(page, base_url):
    page.goto(base_url + "/#/events?since=2014-13-40")
    _wait_ready(page)
    assert "since" in page.inner_text(".error")


def test_corroboration_links_to_every_report_of_the_event(page, base_url):
    page.goto(f"{base_url}/#/article/{SEED_STEM}")
    _wait_ready(page)
    link = page.locator("#article-events .cluster-link").first
    cluster_id = link.get_attribute("href").split("/", 2)[2]
    link.click()
    _wait_ready(page)
    cluster = httpx.get(f"{base_url}/api/clusters/{cluster_id}").json()
    assert page.locator("#reports-table tbody tr").count() == cluster["n_reports"] == len(cluster["reports"])
    assert SEED_STEM in {r["doc_id"] for r in cluster["reports"]}
