"""`clean_article`: the text the coder reads, and that every evidence offset points into.

Steps, each in its own module: whitespace, the seed header, a repeated title, boilerplate lines,
a wire dateline, glued sentences, quotation marks, editorial brackets inside words. The title is
kept in `Article.title`, never in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from dotterel.models import Article
from dotterel.text.boilerplate import (
    domain_of,
    drop_boilerplate_lines,
    load_boilerplate_patterns,
    take_seed_header,
)
from dotterel.text.brackets import join_bracketed_letters
from dotterel.text.datelines import drop_dateline
from dotterel.text.glue import unglue_sentences
from dotterel.text.quotes import straighten_quotes
from dotterel.text.titles import drop_title_fragment_lines, take_repeated_title
from dotterel.text.whitespace import normalise_whitespace


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(load_boilerplate_patterns())  # read once: the data file does not change at run time


def repair_text(text: str, title: str | None = None) -> tuple[str, str | None, str | None, str | None]:
    """Repaired text, the title, and the date and URL of a seed header if the text began with one."""
    text = normalise_whitespace(text)
    text, header = take_seed_header(text)
    text, title = take_repeated_title(text, title)
    text = drop_boilerplate_lines(text, list(_boilerplate_patterns()))
    text = drop_dateline(text)
    text = unglue_sentences(text)
    text = drop_title_fragment_lines(text, title)
    text = normalise_whitespace(join_bracketed_letters(straighten_quotes(text)))
    return text, title, header.published if header else None, header.url if header else None


def clean_article(article: Article) -> Article:
    """A new Article with repaired text; fields a seed header or repeated title reveal are filled in."""
    text, title, published, url = repair_text(article.text, article.title)
    url = article.url or url
    return replace(
        article,
        text=text,
        title=title,
        published=article.published or published,
        url=url,
        source=article.source or domain_of(url),
    )
