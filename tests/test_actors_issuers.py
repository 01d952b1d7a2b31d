"""Parties named indirectly: the issuer of a text, groups known by their role only, the one country a
sentence names. Sentences written for these tests; each checks parties, not categories."""

from __future__ import annotations

from party_helpers import Parties, coded_parties, pair

from dotterel.models import Article

PUBLISHED = "2024-05-02"


def _parties(coder, text: str) -> list[Parties]:
    return coded_parties(coder, text, PUBLISHED)


def _events(coder, text: str) -> list[tuple[str, Parties]]:
    events = coder.code_article(Article("issuers", text, PUBLISHED)).events
    return [(e.event, (frozenset(x.code for x in e.actor), frozenset(x.code for x in e.recipient)))
            for e in events if e.aux not in ("negated", "hypothetical")]


# --- the issuer of a text does what the text does ------------------------------------------------

def test_resolution_calling_for_something_is_its_adopters_act(coder):
    found = _parties(coder, "The Arab League adopted a resolution urging Israel to lift the siege of Gaza.")
    assert pair({"IGO"}, {"ISR"}) in found


def test_bill_passed_by_a_parliament_is_the_parliaments_demand(coder):
    found = _parties(coder, "Peru's congress passed a bill demanding the expulsion of Bolivian diplomats.")
    assert any(actors == {"PER"} for actors, _ in found)


def test_report_published_by_a_government_accuses_in_its_name(coder):
    found = _parties(coder, "Ghana's government published a report accusing Togolese soldiers of looting "
                            "border villages.")
    assert pair({"GHA"}, {"TGO"}) in found


def test_statement_issued_by_a_body_speaks_for_that_body(coder):
    found = _parties(coder, "A statement issued by the Chilean foreign ministry condemned the Peruvian raid.")
    assert pair({"CHL"}, {"PER"}) in found


def test_report_released_in_a_capital_speaks_for_its_state(coder):
    found = _parties(coder, "A report released on Monday in the Malian capital alleged that Algeria had "
                            "armed the rebels.")
    assert pair({"MLI"}, {"DZA"}) in found


def test_issuing_a_communique_is_no_release_of_captives(coder):
    found = _events(coder, "Chile released a communique on the fishing dispute with Peru.")
    assert all(category != "RETREAT" for category, _ in found)


# --- places and the one country of a sentence ----------------------------------------------------

def test_a_party_whose_phrase_contains_a_place_phrase_is_not_the_place(coder):
    found = _parties(coder, "The minister gave a speech praising Norway's role in the peace process.")
    assert all(actors != {"NOR"} for actors, _ in found)


def test_an_unnamed_ministry_does_not_take_the_country_it_addresses(coder):
    found = _parties(coder, "In a statement, the foreign ministry called on Israel to halt the demolitions.")
    assert all(actors != {"ISR"} for actors, _ in found)


def test_society_group_named_by_role_acts_in_the_one_country_named(coder):
    found = _parties(coder, "Opposition leaders agreed to call off the march in Tbilisi planned for Friday.")
    assert any(actors == {"GEO"} for actors, _ in found)


def test_group_known_only_by_its_role_still_reports_the_attack_on_a_coded_target(coder):
    found = _events(coder, "Insurgents shelled a government-held district of Syria's city of Homs overnight.")
    assert ("ASSAULT", pair(set(), {"SYR"})) in [(c, (a - {None}, r)) for c, (a, r) in found]


def test_an_unnamed_government_without_country_gives_no_event(coder):
    found = _events(coder, "The government expressed deep appreciation for Japan's assistance.")
    assert found == []


# --- lexicon words added for acts of force -------------------------------------------------------

def test_beheading_is_an_attack(coder):
    found = _events(coder, "Islamic State militants beheaded two Iraqi soldiers near Mosul.")
    assert any(category == "ASSAULT" for category, _ in found)


def test_hijacking_a_ship_is_an_abduction_but_hijacking_a_debate_is_nothing(coder):
    ship = coder.code_article(Article("ship", "Somali pirates hijacked a Greek tanker off Puntland.",
                                      PUBLISHED)).events
    assert [(e.event, e.mode) for e in ship] == [("ASSAULT", "abduct")]
    assert _events(coder, "Critics said the senator hijacked the debate on Ukraine aid.") == []


# --- people referred to again ------------------------------------------------------------------------

def test_an_object_him_is_not_the_subject_of_its_own_clause(coder):
    found = _parties(coder, "Brazilian President Lula visited Luanda on Monday. Angolan President "
                            "Joao Lourenco praised him for his help.")
    assert pair({"AGO"}, {"BRA"}) in found


def test_an_object_him_may_be_of_the_state_of_a_body_as_subject(coder):
    found = _parties(coder, "French President Emmanuel Macron urged restraint on Monday. Kenyan opposition "
                            "leader John Mwangi was arrested in March, and a Nairobi court later sentenced "
                            "him to two years in prison.")
    assert pair({"KEN"}, {"KEN"}) in found and pair({"KEN"}, {"FRA"}) not in found


def test_an_object_him_after_a_person_without_a_code_is_no_one_named_before(coder):
    found = _parties(coder, "French President Emmanuel Macron urged restraint on Monday. Police in Nairobi "
                            "arrested Ali Hassan on Tuesday, and a Kenyan court sentenced him "
                            "to two years in prison.")
    assert not any("FRA" in recipients for _, recipients in found)


def test_a_person_named_after_for_is_a_party_of_their_own(coder):
    found = _parties(coder, "A Peruvian court issued a warrant for former Bolivian President Evo Morales, "
                            "accusing him of fraud.")
    assert any(recipients == {"BOL"} for _, recipients in found)


def test_claiming_responsibility_for_an_attack_makes_the_claimant_the_attacker(coder):
    found = _events(coder, "Islamic State claimed responsibility on Monday for two bombings in the "
                           "Pakistani city of Quetta.")
    assert ("ASSAULT", pair({"IMG"}, {"PAK"})) in found


# --- a seat many states have ("Congress") belongs to the state the news is placed in ----------------

def test_a_congress_stormed_in_a_named_capital_is_that_states(coder):
    found = _parties(coder, "Supporters of the former president stormed Congress and the Supreme Court in "
                            "Lima on Sunday.")
    assert any("PER" in recipients and "USA" not in recipients for _, recipients in found)


def test_a_congress_with_a_named_owner_is_the_owners(coder):
    found = _parties(coder, "Chile's Congress condemned the arrest of Peruvian journalists.")
    assert any(actors == {"CHL"} for actors, _ in found)


def test_congress_with_no_other_place_stays_the_us_congress(coder):
    found = _parties(coder, "Congress approved new sanctions on Iran on Tuesday.")
    assert pair({"USA"}, {"IRN"}) in found
