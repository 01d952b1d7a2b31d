"""PLOVER facts: categories, quad codes, conflict-cooperation scores of categories and modes."""

from __future__ import annotations

VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT = 1, 2, 3, 4

QUAD = {
    "AGREE": VERBAL_COOPERATION, "CONSULT": VERBAL_COOPERATION, "SUPPORT": VERBAL_COOPERATION,
    "CONCEDE": VERBAL_COOPERATION, "COOPERATE": MATERIAL_COOPERATION, "AID": MATERIAL_COOPERATION,
    "RETREAT": MATERIAL_COOPERATION, "REQUEST": VERBAL_CONFLICT, "ACCUSE": VERBAL_CONFLICT,
    "REJECT": VERBAL_CONFLICT, "THREATEN": VERBAL_CONFLICT, "PROTEST": MATERIAL_CONFLICT,
    "SANCTION": MATERIAL_CONFLICT, "MOBILIZE": MATERIAL_CONFLICT, "COERCE": MATERIAL_CONFLICT,
    "ASSAULT": MATERIAL_CONFLICT,
}
CATEGORIES = tuple(QUAD)

CATEGORY_SCORE = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5,
    "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}

MODE_SCORE: dict[str, dict[str, float]] = {
    "CONSULT": {"visit": 4.0, "third-party": 1.0, "multilateral": 4.0, "phone": 1.5},
    "RETREAT": {"withdraw": 8.0, "release": 6.5, "disarm": 10.0, "ceasefire": 7.5, "access": 6.5,
                "resign": 4.5},
    "REQUEST": {"assist": 0.5, "change": -1.0, "yield": -1.0, "meet": 0.0},
    "ACCUSE": {"disapprove": -2.0, "investigate": -3.5, "allege": -3.5},
    "REJECT": {"assist": -1.5, "change": -2.0, "yield": -2.0, "meet": -2.0},
    "THREATEN": {"restrict": -3.0, "arrest": -3.5, "relations": -3.5, "expel": -3.5,
                 "territory": -4.0, "violence": -3.5},
    "PROTEST": {"demo": -5.0, "riot": -7.0, "strike": -5.0, "hunger": -4.5, "boycott": -4.5,
                "obstruct": -4.5, "vandalize": -5.0},
    "SANCTION": {"convict": -6.0, "expel": -5.5, "withdraw": -6.0, "discontinue": -6.0},
    "MOBILIZE": {"troops": -6.5, "weapons": -6.5, "police": -5.5, "militia": -6.0},
    "COERCE": {"seize": -7.0, "restrict": -7.0, "censor": -6.5, "curfew": -6.5, "martial-law": -7.5,
               "arrest": -7.0, "deport": -7.0, "withhold": -7.0, "misinformation": -6.5, "cyber": -7.0},
    "ASSAULT": {"abduct": -8.5, "beat": -7.5, "torture": -8.5, "sexual": -8.5, "targeted": -9.5,
                "destroy": -8.5, "primitive": -8.0, "firearms": -9.0, "explosives": -9.0,
                "suicide-attack": -9.5, "aerial": -9.5, "drone": -9.5, "heavy-weapons": -9.5,
                "crowd-control": -7.5, "unconventional": -10.0},
}

SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PRM", "PTY", "REB", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL",
    "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})
SPECIAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})

CONTEXTS = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
})

AUX_MODES = frozenset({"historical", "future", "hypothetical", "negated"})


def quad_code(category: str) -> int:
    return QUAD[category]


def event_scale(category: str, mode: str | None = None) -> float:
    """The PLOVER conflict-cooperation score of a category, refined by its mode where one is set."""
    if mode and mode in MODE_SCORE.get(category, {}):
        return MODE_SCORE[category][mode]
    return CATEGORY_SCORE[category]
