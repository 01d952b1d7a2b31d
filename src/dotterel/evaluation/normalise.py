"""How gold and predicted records are compared: category names, party codes, auxiliary modes.

These follow the definitions of ../shared/tools/score.py exactly, so dotterel's figures are the
scorer's figures.
"""

from __future__ import annotations

from typing import Any

# Category names of older PLOVER drafts, still found in some gold and predictions.
RENAMED_CATEGORIES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
                      "INVESTIGATE": "ACCUSE", "YIELD": "CONCEDE"}
ORGANISATION_CODES = {"UNO", "EUR", "IGO"}
AUX_ALIASES = {"negation": "negated", "negative": "negated", "past": "historical",
               "none": None, "current": None}
# Predictions flagged with these are "not events of record" and set aside before scoring.
SET_ASIDE_AUX = {"negated", "hypothetical"}


def _first_if_list(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def category(value: Any) -> str | None:
    value = _first_if_list(value)
    if not value:
        return None
    name = str(value).strip().upper()
    return RENAMED_CATEGORIES.get(name, name)


def aux_mode(value: Any) -> str | None:
    value = _first_if_list(value)
    if not value:
        return None
    name = str(value).strip().lower()
    return AUX_ALIASES.get(name, name)


def party_codes(entities: Any, collapse_igo: bool) -> frozenset[str]:
    """The set of three-letter codes of a list of entities (dicts with `code`, or bare strings)."""
    if isinstance(entities, dict):
        entities = [entities]
    found = set()
    for entity in entities or []:
        code = _entity_code(entity)
        if not code:
            continue
        code = str(code).strip().upper()[:3]
        found.add("IGO" if collapse_igo and code in ORGANISATION_CODES else code)
    return frozenset(found)


def _entity_code(entity: Any) -> Any:
    if isinstance(entity, str):
        return entity
    if isinstance(entity, dict):
        return entity.get("code") or entity.get("country_code") or entity.get("country")
    return None


def accepted_categories(gold_event: dict[str, Any]) -> set[str | None]:
    """The gold category and every alternative a careful coder could defend."""
    return {category(gold_event["event"])} | {category(alt) for alt in gold_event.get("alt_events") or []}


def dyad_match(
    gold_event: dict[str, Any], prediction: dict[str, Any], collapse_igo: bool
) -> tuple[bool, bool, bool]:
    """(whole dyad right, actor right, recipient right); reciprocal gold compares the set of all parties."""
    gold_actor = party_codes(gold_event.get("actor"), collapse_igo)
    gold_recipient = party_codes(gold_event.get("recipient"), collapse_igo)
    pred_actor = party_codes(prediction.get("actor"), collapse_igo)
    pred_recipient = party_codes(prediction.get("recipient"), collapse_igo)
    if gold_event.get("reciprocal"):
        same_parties = (pred_actor | pred_recipient) == (gold_actor | gold_recipient)
        return same_parties, same_parties, same_parties
    actor_ok, recipient_ok = pred_actor == gold_actor, pred_recipient == gold_recipient
    return actor_ok and recipient_ok, actor_ok, recipient_ok
