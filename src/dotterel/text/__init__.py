"""Text repair for scraped news; `clean_article` is the entry point the pipeline uses."""

from dotterel.text.repair import clean_article, repair_text

__all__ = ["clean_article", "repair_text"]
