"""An echo clause repeats an act for another party with a pro-form ("..., as did the European Union",
"..., and so did Australia"): the other party's act is an event of its own. Sentences written for
these tests."""

from __future__ import annotations

from party_helpers import coded_parties, pair

PUBLISHED = "2024-03-14"


def test_as_did_repeats_the_act_for_its_subject(coder):
    text = "Paris suspended all budget aid to Niger on Saturday, as did the European Union."
    assert coded_parties(coder, text, PUBLISHED) == [pair({"FRA"}, {"NER"}), pair({"EUR"}, {"NER"})]


def test_and_so_did_repeats_the_act_for_each_subject(coder):
    text = "Canada imposed sanctions on Iran last week, and so did Australia and New Zealand."
    assert pair({"AUS", "NZL"}, {"IRN"}) in coded_parties(coder, text, PUBLISHED)


def test_an_echoed_reaction_answers_whom_the_reaction_answers(coder):
    text = ("North Korea fired a ballistic missile on Sunday. Japan condemned the launch, as have South "
            "Korea and the United States.")
    assert pair({"KOR", "USA"}, {"PRK"}) in coded_parties(coder, text, PUBLISHED)




def test_to_do_so_is_no_other_partys_act(coder):
    text = ("Germany's foreign minister will visit Albania in June, the first NATO minister to do so since "
            "Tirana broke with Moscow in 1961.")
    assert [actors for actors, _ in coded_parties(coder, text, PUBLISHED)] == [{"DEU"}]
