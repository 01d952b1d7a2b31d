"""Bad input (issue 2, item 6): each case gets a clear reason naming the file (and line); the rest goes on."""

from __future__ import annotations

import gzip
import json
import logging
import os
from pathlib import Path

import pytest

from dotterel.ingest import guess_non_english, read_inputs
from dotterel.models import Article, Rejection

ENGLISH = ("Police fired tear gas at protesters who had gathered outside the parliament on Monday, and the "
           "interior minister said that the officers would investigate the clashes with the demonstrators.")
FRENCH = ("La police a tiré des gaz lacrymogènes sur les manifestants qui s'étaient rassemblés devant le "
          "parlement lundi, et le ministre de l'intérieur a dit que les policiers allaient enquêter sur les "
          "affrontements avec les manifestants dans la capitale.")
SPANISH = ("La policía lanzó gases lacrimógenos contra los manifestantes que se habían reunido frente al "
           "parlamento el lunes, y el ministro del interior dijo que los agentes investigarían los "
           "enfrentamientos con los manifestantes en la capital.")
GERMAN = ("Die Polizei setzte am Montag Tränengas gegen die Demonstranten ein, die sich vor dem Parlament "
          "versammelt hatten, und der Innenminister sagte, dass die Beamten die Zusammenstöße mit den "
          "Demonstranten untersuchen würden.")
JAPANESE = "日本の外務大臣は火曜日にハノイに到着し、ベトナム当局者との会談を行ったと発表した。"
RUSSIAN = ("Полиция применила слезоточивый газ против протестующих, которые собрались у здания парламента "
           "в понедельник, сообщил министр внутренних дел.")


def batch_with(tmp_path: Path, name: str, content: bytes) -> tuple[list[Article], list[Rejection]]:
    """The bad file between two good ones: both good ones must still come through."""
    (tmp_path / "a_good.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    (tmp_path / "z_good.txt").write_text(ENGLISH, encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    found = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert {"a_good", "z_good"} <= {a.id for a in found}
    return found, rejected


def test_binary_file(tmp_path: Path) -> None:
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + os.urandom(2000)
    _, [rejection] = batch_with(tmp_path, "photo.jpg", jpeg)
    assert rejection.path.endswith("photo.jpg") and "binary" in rejection.reason


def test_binary_file_with_a_text_suffix(tmp_path: Path) -> None:
    _, [rejection] = batch_with(tmp_path, "report.txt", bytes(range(256)) * 20)
    assert rejection.path.endswith("report.txt") and "binary" in rejection.reason


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    _, [rejection] = batch_with(tmp_path, "empty.txt", content)
    assert rejection.path.endswith("empty.txt") and "empty" in rejection.reason


def test_empty_gzip_file(tmp_path: Path) -> None:
    _, [rejection] = batch_with(tmp_path, "nothing.jsonl.gz", gzip.compress(b""))
    assert "empty" in rejection.reason


def test_jsonl_with_one_broken_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "one", "text": ENGLISH}), '{"id": "two", "text": "unterminated',
             json.dumps({"id": "three", "text": ENGLISH}), json.dumps({"id": "four"}), "[1, 2]"]
    found, rejected = batch_with(tmp_path, "batch.jsonl", ("\n".join(lines) + "\n").encode())
    assert [a.id for a in found if a.id not in ("a_good", "z_good")] == ["one", "three"]
    assert [(r.line, r.path.endswith("batch.jsonl")) for r in rejected] == [(2, True), (4, True), (5, True)]
    assert "broken JSON" in rejected[0].reason and "no text" in rejected[1].reason
    assert "batch.jsonl:2" in str(rejected[0])


def test_jsonl_whose_first_line_is_broken_goes_on(tmp_path: Path) -> None:
    lines = ['{"id": "x", "text": ', json.dumps({"id": "y", "text": ENGLISH})]
    found, [rejection] = batch_with(tmp_path, "first.jsonl", "\n".join(lines).encode())
    assert rejection.line == 1 and "y" in {a.id for a in found}


def test_csv_without_a_text_column(tmp_path: Path) -> None:
    content = f'index,date,body\n1,2019-01-01,"{ENGLISH}"\n'.encode()
    _, [rejection] = batch_with(tmp_path, "table.csv", content)
    assert rejection.path.endswith("table.csv")
    assert "'text'" in rejection.reason and "'body'" in rejection.reason and "'index'" in rejection.reason


def test_csv_row_without_text_names_its_line(tmp_path: Path) -> None:
    content = f'id,text\nr1,"{ENGLISH}"\nr2,\nr3,"{ENGLISH}"\n'.encode()
    found, [rejection] = batch_with(tmp_path, "rows.csv", content)
    assert rejection.line == 3 and {"r1", "r3"} <= {a.id for a in found}


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "French"), (SPANISH, "Spanish"), (GERMAN, "German"),
                                                (RUSSIAN, "Cyrillic"), (JAPANESE, "Japanese")])
def test_non_english_article(tmp_path: Path, text: str, language: str) -> None:
    _, [rejection] = batch_with(tmp_path, "foreign.txt", text.encode("utf-8"))
    assert rejection.path.endswith("foreign.txt")
    assert rejection.reason.startswith("not English") and language in rejection.reason


def test_non_english_record_in_jsonl_names_its_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "en", "text": ENGLISH}), json.dumps({"id": "fr", "text": FRENCH})]
    _, [rejection] = batch_with(tmp_path, "mixed.jsonl", "\n".join(lines).encode())
    assert rejection.line == 2 and "French" in rejection.reason


def test_english_detector_accepts_english_and_gives_short_texts_the_benefit_of_doubt() -> None:
    assert guess_non_english(ENGLISH) is None
    assert guess_non_english("Obama visits Kenya.") is None
    assert guess_non_english("Merkel trifft Macron in Paris.") is None  # too short to judge
    names_and_acronyms = ("Serbian militia Monday freed four Dutch UN monitors held near a UN depot "
                          "outside Tuzla since Friday, a UN official told AFP.")
    assert guess_non_english(names_and_acronyms) is None


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_cp1252_and_latin1_files_are_decoded_with_a_warning(
    tmp_path: Path, encoding: str, caplog: pytest.LogCaptureFixture
) -> None:
    text = f"Café owners in Besançon said the “reform” was unfair. {ENGLISH}"
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"')
    with caplog.at_level(logging.WARNING, logger="dotterel.ingest"):
        found, rejected = batch_with(tmp_path, "old.txt", text.encode(encoding))
    assert rejected == []
    [article] = [a for a in found if a.id == "old"]
    assert article.text.startswith("Café owners in Besançon")
    assert any("old.txt" in r.getMessage() and "UTF-8" in r.getMessage() for r in caplog.records)


def test_cp1252_jsonl_and_csv_are_decoded_line_by_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "w.jsonl").write_bytes(json.dumps({"id": "j", "text": f"Café: {ENGLISH}"},
                                                  ensure_ascii=False).encode("cp1252"))
    (tmp_path / "w.csv").write_bytes(f'id,text\nc,"Naïve “quote”: {ENGLISH}"\n'.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="dotterel.ingest"):
        found = list(read_inputs([tmp_path]))
    texts = {a.id: a.text for a in found if isinstance(a, Article)}
    assert texts["j"].startswith("Café") and texts["c"].startswith("Naïve “quote”")
    assert sum("decoded as cp1252" in r.getMessage() for r in caplog.records) == 2


def test_gzip_that_is_not_really_gzip_data(tmp_path: Path) -> None:
    _, [rejection] = batch_with(tmp_path, "broken.jsonl.gz", b"\x1f\x8b" + b"not gzip at all" * 10)
    assert rejection.path.endswith("broken.jsonl.gz") and "could not be read" in rejection.reason


def test_single_article_file_over_the_cap_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dotterel.ingest import single

    monkeypatch.setattr(single, "MAX_ARTICLE_BYTES", 1000)
    _, [rejection] = batch_with(tmp_path, "huge.txt", (ENGLISH * 20).encode())
    assert "too large" in rejection.reason


def test_utf16_file_is_rejected_with_the_reason(tmp_path: Path) -> None:
    _, [rejection] = batch_with(tmp_path, "wide.txt", ENGLISH.encode("utf-16"))
    assert "UTF-16" in rejection.reason


def test_feed_entries_without_text_or_in_french_are_rejected_by_number(tmp_path: Path) -> None:
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Good</title><link>https://example.com/1</link><description>{ENGLISH}</description></item>
    <item><title>Empty</title><link>https://example.com/2</link></item>
    <item><title>French</title><link>https://example.com/3</link><description>{FRENCH}</description></item>
    </channel></rss>"""
    found, rejected = batch_with(tmp_path, "wire.rss", feed.encode())
    assert "https://example.com/1" in {a.id for a in found}
    assert [r.reason.split(":")[0] for r in rejected] == ["feed entry 2", "feed entry 3"]
    assert "French" in rejected[1].reason


def test_undecodable_garbage_without_nul_bytes_is_binary(tmp_path: Path) -> None:
    garbage = bytes((i * 37 + 131) % 128 + 128 for i in range(4000))  # only bytes >= 0x80
    _, [rejection] = batch_with(tmp_path, "noise.txt", garbage)
    assert "binary" in rejection.reason
