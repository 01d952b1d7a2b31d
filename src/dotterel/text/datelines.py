"""Datelines: "NEW DELHI, Dec 13 —", "WASHINGTON (Reuters) -", "NIAMEY/ABUJA —" open a wire story with
where it was filed. The place is the reporter's, not a party: read as words, "DUBAI" would make the
United Arab Emirates the actor of an Iranian crackdown. Nor is it the home of the story's unnamed
police and protesters: Iran is reported from Dubai, Somalia from Nairobi."""

from __future__ import annotations

import re

_PLACE = r"(?P<place>[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*)"
_DAY = r"(?P<day>,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
_AGENCY = r"(?:\s*\([A-Z][\w .&-]{1,30}\))?"
_DATELINE = re.compile(rf"^{_PLACE}{_DAY}{_AGENCY}\s*(?P<mark>—|–|--|-|:)\s+(?=\S)")
# bodies and states written in capitals that may open a paragraph: "NATO - the alliance said"
_ACRONYMS = frozenset({"NATO", "UN", "UK", "US", "USA", "EU", "AU", "ECOWAS", "OPEC", "IAEA", "WHO", "ICC",
                       "UNSC", "OSCE", "ASEAN", "OAS", "IMF", "WTO", "UNHCR", "UNICEF", "ICRC"})
PARAGRAPHS = 3  # a dateline opens the story: the headline, a standfirst, then the first paragraph


def drop_dateline(text: str) -> str:
    """The text without a dateline opening one of its first PARAGRAPHS paragraphs."""
    paragraphs = text.split("\n\n")
    for k, paragraph in enumerate(paragraphs[:PARAGRAPHS]):
        found = _DATELINE.match(paragraph)
        if found and _is_dateline(found):
            paragraphs[k] = paragraph[found.end():]
            break
    return "\n\n".join(paragraphs)


def _is_dateline(found: re.Match[str]) -> bool:
    if found.group("place") in _ACRONYMS:
        return False
    return found.group("mark") != ":" or found.group("day") is not None  # "UK: the government said"
