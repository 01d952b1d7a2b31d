"""dotterel: news articles in, verifiable PLOVER event records out."""

from dotterel.models import Article, Entity, Event, Rejection, TextInfo

__version__ = "0.1.0"
__all__ = ["Article", "Entity", "Event", "Rejection", "TextInfo", "__version__"]
