"""Readers: each supported format, chosen by content, gives the articles a user expects."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dotterel.ingest import CsvColumns, detect_format, normalise_date, read_inputs, sample_paths
from dotterel.models import Article, Rejection

BODY = ("The foreign ministers of the two countries met in the capital on Monday and agreed to resume "
        "talks on the disputed border, officials said. The talks had been frozen since the clashes of 2020.")
SEED_TEXT = (" date 2022-08-16 https://www.example.com/news/2022/talks.html\n\n"
             f"Ministers Agree to Resume Talks\n\nMinisters Agree to Resume Talks\n\n{BODY}\n")


def articles(*paths: Path, **options: object) -> list[Article]:
    found = list(read_inputs(paths, **options))  # type: ignore[arg-type]
    assert all(isinstance(item, Article) for item in found), found
    return found  # type: ignore[return-value]


def test_seed_format_gives_id_date_url_title_and_source(tmp_path: Path) -> None:
    path = tmp_path / "017_abc.txt"
    path.write_text(SEED_TEXT, encoding="utf-8")
    [article] = articles(path)
    assert article.id == "017_abc"
    assert article.published == "2022-08-16"
    assert article.url == "https://www.example.com/news/2022/talks.html"
    assert article.source == "example.com"
    assert article.title == "Ministers Agree to Resume Talks"
    assert article.text.startswith("The foreign ministers") and "date 2022" not in article.text


def test_bundled_seed_article_reads_like_the_shared_one() -> None:
    seed = next(p for p in sample_paths() if p.name == "000_28ec3f8be0b2d1eb.txt")
    [article] = articles(seed)
    assert (article.id, article.published, article.source) == ("000_28ec3f8be0b2d1eb", "2022-08-16",
                                                                "sputniknews.com")
    assert "Defense Secretary" in (article.title or "")
    assert article.text.startswith("The Russian capital")


def test_samples_are_the_seed_and_three_marked_invented_articles() -> None:
    paths = sample_paths()
    assert len(paths) == 4 and paths[0].name == "000_28ec3f8be0b2d1eb.txt"
    read = articles(*paths)
    invented = [a for a in read if a.url and "example.org/invented" in a.url]
    assert len(invented) == 3
    assert all("invented" in (a.title or "").lower() and "Invented sample" in a.text for a in invented)


def test_jsonl_with_and_without_ids(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    records = [{"id": "a1", "text": BODY, "date": "2018-01-05 10:00:00", "url": "https://news.example.net/x"},
               {"text": BODY, "title": "No id here", "source": "Example Wire"}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    first, second = articles(path)
    assert (first.id, first.published, first.source) == ("a1", "2018-01-05", "news.example.net")
    assert second.id == "batch-2" and second.title == "No id here" and second.source == "Example Wire"
    assert articles(path)[1].id == second.id  # derived ids are stable between runs


def test_format_is_sniffed_from_content_not_suffix(tmp_path: Path) -> None:
    jsonl_named_txt = tmp_path / "records.txt"
    jsonl_named_txt.write_text(json.dumps({"id": "r1", "text": BODY}) + "\n", encoding="utf-8")
    seed_named_dat = tmp_path / "article.dat"
    seed_named_dat.write_text(SEED_TEXT, encoding="utf-8")
    assert detect_format(jsonl_named_txt) == "jsonl"
    assert detect_format(seed_named_dat) == "seed"
    assert [a.id for a in articles(jsonl_named_txt, seed_named_dat)] == ["r1", "article"]


def test_csv_with_index_column_and_configurable_names(tmp_path: Path) -> None:
    path = tmp_path / "papers.csv"
    path.write_text(f'"","date","text","source"\n"3",2019-04-10,"{BODY}","Guardian"\n'
                    f'"7",2019-04-11,"Second: {BODY}","Guardian"\n', encoding="utf-8")
    first, second = articles(path)
    assert (first.id, first.published, first.source) == ("papers-3", "2019-04-10", "Guardian")
    assert second.id == "papers-7" and second.text.startswith("Second:")
    renamed = tmp_path / "renamed.csv"
    renamed.write_text(f"story;when;key\n{BODY};05/01/2018;k9\n", encoding="utf-8")
    [article] = articles(renamed, csv_columns=CsvColumns(text="story", date="when", id="key"))
    assert article.id == "k9" and article.text == BODY


def test_csv_cells_larger_than_the_csv_module_default(tmp_path: Path) -> None:
    long_text = " ".join([BODY] * 800)  # about 160 kB in one cell
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\nbig,"{long_text}"\n', encoding="utf-8")
    [article] = articles(path)
    assert len(article.text) == len(long_text)


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    page = f"""<!DOCTYPE html><html><head><title>Talks resume | Example News</title>
    <meta property="og:title" content="Ministers agree to resume talks">
    <meta property="article:published_time" content="2021-03-09T08:00:00Z">
    <link rel="canonical" href="https://example.com/talks"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Ministers agree to resume talks</h1><p>{BODY}</p><p>{BODY}</p></article>
    <footer>Copyright Example News</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [article] = articles(path)
    assert article.id == "page" and "agreed to resume talks" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.published == "2021-03-09"
    assert article.title == "Ministers agree to resume talks"


def test_rss_feed_entries_become_articles(tmp_path: Path) -> None:
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
    <item><title>Talks resume</title><link>https://example.com/1</link><guid>item-1</guid>
    <pubDate>Tue, 16 Aug 2022 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>
    <item><title>Second</title><link>https://example.com/2</link><description>{BODY}</description></item>
    </channel></rss>"""
    path = tmp_path / "wire.xml"
    path.write_text(feed, encoding="utf-8")
    first, second = articles(path)
    assert (first.id, first.published, first.title, first.source) == ("item-1", "2022-08-16", "Talks resume",
                                                                      "Example Wire")
    assert first.text == BODY and "<p>" not in first.text
    assert second.id == "https://example.com/2"


def test_atom_feed(tmp_path: Path) -> None:
    feed = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Atom Wire</title><entry><id>urn:a:1</id><title>One</title><updated>2023-02-01T00:00:00Z</updated>
    <content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""
    path = tmp_path / "wire.atom"
    path.write_text(feed, encoding="utf-8")
    [article] = articles(path)
    assert (article.id, article.published, article.text) == ("urn:a:1", "2023-02-01", BODY)


def test_plain_text_is_one_article_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(BODY, encoding="utf-8")
    [article] = articles(path)
    assert (article.id, article.text, article.published) == ("note", BODY, None)


@pytest.mark.parametrize("name", ["seed.txt.gz", "batch.jsonl.gz", "table.csv.gz", "plain.gz"])
def test_gzip_versions_are_read_through(tmp_path: Path, name: str) -> None:
    content = {"seed.txt.gz": SEED_TEXT, "batch.jsonl.gz": json.dumps({"id": "z", "text": BODY}) + "\n",
               "table.csv.gz": f'id,text\nz,"{BODY}"\n', "plain.gz": BODY}[name]
    path = tmp_path / name
    path.write_bytes(gzip.compress(content.encode("utf-8")))
    [article] = articles(path)
    assert BODY in article.text
    assert article.id in ("seed", "z", "plain")


def test_folders_are_walked_recursively_in_order_skipping_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "2.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".cache" / "x.txt").write_text(BODY, encoding="utf-8")
    assert [a.id for a in articles(tmp_path)] == ["a", "2"]


def test_large_jsonl_is_streamed_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(3000):
            out.write(json.dumps({"id": f"n{n}", "text": BODY}) + "\n")
    stream = read_inputs([path])
    first = next(stream)  # available before the rest is read
    assert isinstance(first, Article) and first.id == "n0"
    assert sum(1 for _ in stream) == 2999


@pytest.mark.parametrize(
    ("written", "expected"),
    [("2018-01-05", "2018-01-05"), ("2018-01-05T10:00:00+02:00", "2018-01-05"),
     ("2018-01-05 10:00:00", "2018-01-05"), ("Tue, 16 Aug 2022 10:00:00 GMT", "2022-08-16"),
     ("16 August 2022", "2022-08-16"), ("August 16, 2022", "2022-08-16"), ("2022/08/16", "2022-08-16"),
     ("yesterday", None), ("2022-13-45", None), ("", None), (None, None)],
)
def test_dates_are_normalised(written: str | None, expected: str | None) -> None:
    assert normalise_date(written) == expected


def test_missing_path_is_a_rejection_not_an_error(tmp_path: Path) -> None:
    [rejection] = list(read_inputs([tmp_path / "nope.txt"]))
    assert isinstance(rejection, Rejection) and "no such file" in rejection.reason


def test_pretty_printed_json_document(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"id": "d1", "text": BODY}, {"text": BODY}], indent=2), encoding="utf-8")
    assert [a.id for a in articles(path)] == ["d1", "export-2"]


def test_byte_order_mark_does_not_hide_the_format(tmp_path: Path) -> None:
    page = tmp_path / "saved.htm"
    html = f"<html><body><article><p>{BODY}</p></article></body></html>"
    page.write_bytes(b"\xef\xbb\xbf" + html.encode())
    table = tmp_path / "excel.csv"
    table.write_bytes(b"\xef\xbb\xbfid,text\nx1," + BODY.replace(",", "").encode() + b"\n")
    assert detect_format(page) == "html"
    assert [a.id for a in articles(page, table)] == ["saved", "x1"]


def test_a_single_path_may_be_given_without_a_list(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(BODY, encoding="utf-8")
    assert [a.id for a in read_inputs(path)] == [a.id for a in read_inputs(str(path))] == ["one"]
