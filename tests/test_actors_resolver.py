"""Reading one phrase: names, demonyms, capitals, organisations, agent nouns, coordination, possessives."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dotterel.actors.resolver import ActorResolver
from dotterel.config import Settings
from dotterel.models import Article


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_settings(Settings())


Pairs = list[tuple[str | None, str | None]]


def _read(nlp: Language, resolver: ActorResolver, sentence: str, phrase: str) -> Pairs:
    """Codes and sectors of `phrase` as it stands inside `sentence` (parsed whole, as the coder does)."""
    doc = nlp(sentence)
    start = sentence.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return [(e.code, e.sector) for e in resolver.resolve_span(span)]


# Sentences written for these tests; each phrase is read inside its sentence.
CASES = [
    # countries, short forms, official names from pycountry
    ("Britain recalled its ambassador on Monday.", "Britain", [("GBR", None)]),
    ("The UK and France signed the treaty.", "The UK", [("GBR", None)]),
    ("Officials said the U.S. would send more aid.", "the U.S.", [("USA", None)]),
    ("America has warned Pyongyang again.", "America", [("USA", None)]),
    ("South Korea held talks with North Korea.", "South Korea", [("KOR", None)]),
    ("South Korea held talks with North Korea.", "North Korea", [("PRK", None)]),
    ("Ivory Coast closed its border.", "Ivory Coast", [("CIV", None)]),
    ("Burma released the prisoners yesterday.", "Burma", [("MMR", None)]),
    ("The Czech Republic expelled two diplomats.", "The Czech Republic", [("CZE", None)]),
    ("The Russian Federation denied the report.", "The Russian Federation", [("RUS", None)]),
    ("Vietnam and Taiwan agreed to more flights.", "Vietnam", [("VNM", None)]),
    ("Vietnam and Taiwan agreed to more flights.", "Taiwan", [("TWN", None)]),
    ("Palestine joined the court in 2015.", "Palestine", [("PSE", None)]),
    ("Kosovo declared independence in 2008.", "Kosovo", [("KOS", None)]),
    ("Puerto Rico asked for federal help.", "Puerto Rico", [("USA", None)]),
    # demonyms with agent nouns
    ("Pakistani officials met their hosts.", "Pakistani officials", [("PAK", "GOV")]),
    ("Russian troops crossed the river at dawn.", "Russian troops", [("RUS", "MIL")]),
    ("Israeli warplanes struck a depot.", "Israeli warplanes", [("ISR", "MIL")]),
    ("Syrian rebels shelled the town.", "Syrian rebels", [("SYR", "REB")]),
    ("Iranian lawmakers voted against the deal.", "Iranian lawmakers", [("IRN", "LEG")]),
    ("Egyptian riot police fired tear gas.", "Egyptian riot police", [("EGY", "COP")]),
    ("A Turkish court sentenced the journalist.", "A Turkish court", [("TUR", "JUD")]),
    ("Kenyan doctors went on strike.", "Kenyan doctors", [("KEN", "MED")]),
    ("Afghan refugees crossed into Iran.", "Afghan refugees", [("AFG", "REF")]),
    ("Nigerian students marched to the palace.", "Nigerian students", [("NGA", "EDU")]),
    ("Colombian farmers blocked the highway.", "Colombian farmers", [("COL", "AGR")]),
    ("The Brazilian government denied it.", "The Brazilian government", [("BRA", "GOV")]),
    # towns and regions named as places of a state (places in countries.yaml)
    ("Gunmen attacked an army post near Tessalit on Monday.", "Tessalit", [("MLI", None)]),
    ("Suicide bombers struck a market in Gwoza.", "Gwoza", [("NGA", None)]),
    ("Clashes broke out in Khorog overnight.", "Khorog", [("TJK", None)]),
    # companies from abroad are multinationals, not the host state's own
    ("Zambia fined two foreign mining companies.", "two foreign mining companies", [("MNC", "BUS")]),
    # a state's commission, named by the state: "the Kenya Anti-Corruption Commission"
    ("The Kenya Anti-Corruption Commission summoned the minister.", "The Kenya Anti-Corruption Commission",
     [("KEN", "GOV")]),
    ("Ghana's electoral commission announced the results.", "Ghana's electoral commission", [("GHA", "GOV")]),
    ("Ukrainian intelligence said the drones came from the north.", "Ukrainian intelligence",
     [("UKR", "SPY")]),
    ("Polish clerics criticised the law.", "Polish clerics", [("POL", "REL")]),
    ("French unions called a strike.", "French unions", [("FRA", "LAB")]),
    ("Zambian journalists protested the arrest.", "Zambian journalists", [("ZMB", "JRN")]),
    ("Thousands of Palestinians marched in Ramallah.", "Thousands of Palestinians", [("PSE", "CVL")]),
    ("The Americans refused to leave.", "The Americans", [("USA", "CVL")]),
    ("Venezuelan opposition leaders boycotted the vote.", "Venezuelan opposition leaders", [("VEN", "OPP")]),
    ("The ruling party in Tanzania won.", "The ruling party in Tanzania", [("TZA", "PTY")]),
    ("Pro-government paramilitaries burned the village.", "Pro-government paramilitaries", [(None, "PRM")]),
    ("Mexican drug cartels bribed officials.", "Mexican drug cartels", [("MEX", "CRM")]),
    ("Japanese companies halted exports.", "Japanese companies", [("JPN", "BUS")]),
    ("Kenya Airways suspended its flights.", "Kenya Airways", [("KEN", "BUS")]),
    ("Malaysia Airlines confirmed the crash.", "Malaysia Airlines", [("MYS", "BUS")]),
    ("The Foreign Office advised against travel.", "The Foreign Office", [("GBR", "GOV")]),
    ("The Ministry of Defence denied it.", "The Ministry of Defence", [("GBR", "MIL")]),
    ("A Russian bank froze the accounts.", "A Russian bank", [("RUS", "BUS")]),
    ("Gazprom cut gas supplies.", "Gazprom", [("MNC", None)]),
    # a movement that campaigns across borders
    ("Extinction Rebellion activists blocked the road.", "Extinction Rebellion activists", [("ISM", "CVL")]),
    # a demonym inside a person's name is a surname
    ("UN rights chief Volker Turk condemned it.", "UN rights chief Volker Turk", [("UNO", "GOV")]),
    # the body a state leads is the body
    ("Troops from the Russian-led Collective Security Treaty Organization arrived.",
     "Troops from the Russian-led Collective Security Treaty Organization", [("IGO", "MIL")]),
    # a company named with its state is that state's
    ("Russia's Gazprom cut gas supplies.", "Russia's Gazprom", [("RUS", "BUS")]),
    ("The Caribbean Community backed Guyana.", "The Caribbean Community", [("IGO", None)]),
    ("The UN Development Programme sent experts.", "The UN Development Programme", [("UNO", None)]),
    # titles with names, possessives, appositions
    ("Pakistani Defense Secretary Mian Hilal Hussain arrived in Moscow.",
     "Pakistani Defense Secretary Mian Hilal Hussain", [("PAK", "GOV")]),
    ("French Foreign Minister Jean-Yves Le Drian flew to Beirut.",
     "French Foreign Minister Jean-Yves Le Drian", [("FRA", "GOV")]),
    ("Turkey's president criticised the decision.", "Turkey's president", [("TUR", "GOV")]),
    ("Hussain, Pakistan's defense secretary, met the minister.", "Hussain, Pakistan's defense secretary",
     [("PAK", "GOV")]),
    ("The president of Chile met the press.", "The president of Chile", [("CHL", "GOV")]),
    ("Pakistan's ambassador to Russia was summoned.", "Pakistan's ambassador to Russia", [("PAK", "GOV")]),
    ("Mexico's former president Vicente Fox spoke.", "Mexico's former president Vicente Fox",
     [("MEX", "ELI")]),
    # capitals and seats of government
    ("Moscow and Islamabad signed a deal.", "Moscow and Islamabad", [("RUS", "GOV"), ("PAK", "GOV")]),
    ("The Kremlin denied the claims.", "The Kremlin", [("RUS", "GOV")]),
    ("The White House welcomed the vote.", "The White House", [("USA", "GOV")]),
    ("Downing Street said nothing.", "Downing Street", [("GBR", "GOV")]),
    ("The Elysee confirmed the visit.", "The Elysee", [("FRA", "GOV")]),
    ("The Pentagon sent two carriers.", "The Pentagon", [("USA", "MIL")]),
    ("Tehran rejected the offer.", "Tehran", [("IRN", "GOV")]),
    ("Kyiv and Kiev are spellings of one city.", "Kyiv", [("UKR", "GOV")]),
    ("Ankara summoned the envoy.", "Ankara", [("TUR", "GOV")]),
    ("The Russian capital responded angrily.", "The Russian capital", [("RUS", "GOV")]),
    ("Brussels fined the company.", "Brussels", [("EUR", None)]),
    # the owner of a relation names the other side: "Chile's rival, Peru" is Peru
    ("Chile's rival, Peru, objected.", "Chile's rival, Peru", [("PER", None)]),
    ("Chile's enemies objected.", "Chile's enemies", []),
    ("An ally of Iran objected.", "An ally of Iran", []),
    # a capital before a common noun tells where someone is from, not that its government acts
    ("A Tehran shopkeeper was fined.", "A Tehran shopkeeper", [("IRN", None)]),
    ("Two Ankara schoolgirls left home.", "Two Ankara schoolgirls", [("TUR", None)]),
    ("The Tehran government objected.", "The Tehran government", [("IRN", "GOV")]),
    # special codes
    ("The UN Security Council condemned the attack.", "The UN Security Council", [("UNO", None)]),
    ("UNHCR opened a camp.", "UNHCR", [("UNO", None)]),
    ("Nato and Unicef, as some papers write them, are still acronyms.", "Nato", [("IGO", None)]),
    ("The OPCW sent inspectors.", "The OPCW", [("IGO", None)]),
    # office holders named without their country
    ("Jim Mattis resigned on Thursday.", "Jim Mattis", [("USA", "GOV")]),
    ("Mevlüt Çavuşoğlu flew to Moscow.", "Mevlüt Çavuşoğlu", [("TUR", "GOV")]),
    ("The European Commission proposed new rules.", "The European Commission", [("EUR", None)]),
    ("NATO moved jets to the east.", "NATO", [("IGO", None)]),
    ("The Shanghai Cooperation Organization (SCO) met in June.",
     "The Shanghai Cooperation Organization (SCO)", [("IGO", None)]),
    ("The African Union suspended Mali.", "The African Union", [("IGO", None)]),
    ("Amnesty International accused the army.", "Amnesty International", [("NGO", None)]),
    ("Doctors Without Borders evacuated its staff.", "Doctors Without Borders", [("NGO", None)]),
    ("Islamic State militants seized the village.", "Islamic State militants", [("IMG", "REB")]),
    ("Boko Haram abducted dozens of girls.", "Boko Haram", [("IMG", None)]),
    ("Hezbollah fired rockets.", "Hezbollah", [("LBN", "REB")]),
    # groups rooted in one state, and policies documented in the data files
    ("Taliban fighters attacked a checkpoint.", "Taliban fighters", [("AFG", "REB")]),
    ("The Taliban government banned the march.", "The Taliban government", [("AFG", "GOV")]),
    ("Iraqi Kurds voted in the referendum.", "Iraqi Kurds", [("IRQ", "CVL")]),
    ("Kurdish fighters held the ridge.", "Kurdish fighters", [(None, "REB")]),
    ("The Houthis fired a missile.", "The Houthis", [("YEM", "REB")]),
    ("Bosnian Serbs rejected the plan.", "Bosnian Serbs", [("BIH", None)]),
    # people named without their country, and a title that overrides their usual sector
    ("Putin signed the decree.", "Putin", [("RUS", "GOV")]),
    ("Former president Mugabe died.", "Former president Mugabe", [("ZWE", "ELI")]),
    ("Guterres urged restraint.", "Guterres", [("UNO", "GOV")]),
    ("Japarov met Rahmon in Samarkand.", "Japarov", [("KGZ", "GOV")]),
    ("Japarov met Rahmon in Samarkand.", "Rahmon", [("TJK", "GOV")]),
    ("Kais Saied dissolved parliament.", "Kais Saied", [("TUN", "GOV")]),
    ("Assimi Goita expelled the envoy.", "Assimi Goita", [("MLI", "MIL")]),
    ("Tsikhanouskaya urged new sanctions.", "Tsikhanouskaya", [("BLR", "OPP")]),
    ("Pelosi landed in Taipei.", "Pelosi", [("USA", "LEG")]),
    ("Sogavare signed the pact.", "Sogavare", [("SLB", "GOV")]),
    ("Klitschko inspected the damage.", "Klitschko", [("UKR", "GOV")]),
    ("Ghalibaf warned Washington.", "Ghalibaf", [("IRN", "LEG")]),
    ("Fighting spread to Ganja.", "Ganja", [("AZE", None)]),
    ("Chinese coastguard vessels rammed the boat.", "Chinese coastguard vessels", [("CHN", "MIL")]),
    ("Somali warlords signed the pact.", "Somali warlords", [("SOM", "REB")]),
    ("Barrick Gold suspended operations.", "Barrick Gold", [("MNC", None)]),
    ("Florence Parly visited the base.", "Florence Parly", [("FRA", "GOV")]),
    # parties and armed groups of one state named without it
    ("Georgian Dream won the vote.", "Georgian Dream", [("GEO", "PTY")]),
    ("The BJP swept the state.", "The BJP", [("IND", "PTY")]),
    ("The Arakan Army seized the town.", "The Arakan Army", [("MMR", "REB")]),
    # regions and cities: the state's code, no sector unless an agent noun gives one
    ("Rebels in Darfur attacked a convoy.", "Rebels in Darfur", [("SDN", "REB")]),
    ("Residents of Aleppo fled.", "Residents of Aleppo", [("SYR", "CVL")]),
    ("Crimea voted in 2014.", "Crimea", [("UKR", None)]),
    # provinces known to pycountry (ISO 3166-2), where the parser tags a place
    ("Police in Sichuan detained three monks.", "Police in Sichuan", [("CHN", "COP")]),
    ("Farmers in Chihuahua blocked a dam.", "Farmers in Chihuahua", [("MEX", "AGR")]),
    ("Tokyo sent aid to provinces of Vietnam hit by floods.", "provinces of Vietnam", [("VNM", None)]),
    ("Troops shelled a village in Western Cambodia.", "a village in Western Cambodia", [("KHM", "CVL")]),
    # unnamed bodies whose kind gives a code
    ("A human rights group documented the abuses.", "A human rights group", [("NGO", "SOC")]),
    ("Aid agencies suspended work.", "Aid agencies", [("NGO", "SOC")]),
    # a state someone is for, against or backed by is not that party
    ("Pro-Russian separatists seized the building.", "Pro-Russian separatists", [(None, "REB")]),
    ("Iran-backed militias fired rockets.", "Iran-backed militias", [(None, "REB")]),
    ("Anti-American protesters gathered.", "Anti-American protesters", [(None, "CVL")]),
    # head nouns the lexicon does not know: modifiers place people, not things
    ("Algerian landowners sued the state.", "Algerian landowners", [("DZA", None)]),
    ("They signed contracts for the purchase of Russian hardware.",
     "contracts for the purchase of Russian hardware", []),
    ("The talks covered military cooperation.", "military cooperation", []),
    ("The head of the IAEA arrived.", "The head of the IAEA", [("UNO", None)]),
    ("Xinhua reported the visit.", "Xinhua", [("CHN", "JRN")]),
    ("The Washington Post reported the visit.", "The Washington Post", [("USA", "JRN")]),
    ("Haaretz reported the visit.", "Haaretz", [("ISR", "JRN")]),
    ("Senior Republicans criticised the decision.", "Senior Republicans", [("USA", "PTY")]),
    ("The Liberal Democrats criticised the decision.", "The Liberal Democrats", [("GBR", "PTY")]),
    ("The Israeli army's chief of staff resigned.", "The Israeli army's chief of staff", [("ISR", "MIL")]),
    # partially recognised entities
    ("Abkhazia held elections.", "Abkhazia", [("GEO", "PRE")]),
    ("Transnistria asked Moscow for gas.", "Transnistria", [("MDA", "PRE")]),
    ("Somaliland signed a port deal.", "Somaliland", [("SOM", "PRE")]),
    # agent nouns with places in of/in-phrases
    ("Police in Cairo arrested ten men.", "Police in Cairo", [("EGY", "COP")]),
    ("A court in Guyana freed him.", "A court in Guyana", [("GUY", "JUD")]),
    ("Rebels in the Ivory Coast took the town.", "Rebels in the Ivory Coast", [("CIV", "REB")]),
    ("The government of Sudan denied it.", "The government of Sudan", [("SDN", "GOV")]),
    # a specific modifier wins over a generic head
    ("An army spokesman denied the report.", "An army spokesman", [(None, "MIL")]),
    ("A police spokesman said two died.", "A police spokesman", [(None, "COP")]),
    ("A rebel leader threatened more attacks.", "A rebel leader", [(None, "REB")]),
    # bare agent nouns: a sector, no code
    ("The officer said he saw nothing.", "The officer", [(None, "MIL")]),
    ("The ministry issued a statement.", "The ministry", [(None, "GOV")]),
    ("Gunmen opened fire on the bus.", "Gunmen", [(None, "UAF")]),
    ("Protesters blocked the road.", "Protesters", [(None, "CVL")]),
    # coordinated demonyms
    ("Senior Hungarian and Romanian officials agreed.", "Senior Hungarian and Romanian officials",
     [("HUN", "GOV"), ("ROU", "GOV")]),
    ("Indian and Chinese troops clashed.", "Indian and Chinese troops", [("IND", "MIL"), ("CHN", "MIL")]),
    ("Iraq, Syria and Jordan met.", "Iraq, Syria and Jordan", [("IRQ", None), ("SYR", None), ("JOR", None)]),
    # an envoy belongs to the first name before it; the one next to the post is its topic
    ("Mali's UN ambassador denied it.", "Mali's UN ambassador", [("MLI", "GOV")]),
    ("The UN Libya envoy urged calm.", "The UN Libya envoy", [("UNO", "GOV")]),
    ("The US Sudan envoy urged calm.", "The US Sudan envoy", [("USA", "GOV")]),
]


@pytest.mark.parametrize(("sentence", "phrase", "expected"), CASES)
def test_phrase_resolves_to_expected_entities(nlp, resolver, sentence, phrase, expected):
    assert _read(nlp, resolver, sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("We ate turkey and rice.", "turkey"),
        ("The chad of the ballot was loose.", "The chad of the ballot"),
        ("Tell us what you saw.", "us"),
        ("Jean Moreau arrived late.", "Jean Moreau"),
        ("The weather was cold.", "The weather"),
    ],
)
def test_phrases_naming_no_actor_resolve_to_nothing(nlp, resolver, sentence, phrase):
    assert _read(nlp, resolver, sentence, phrase) == []


def test_entity_offsets_point_into_the_text(nlp, resolver):
    text = "Yesterday the Kremlin said that Russian troops had left."
    doc = nlp(text)
    for phrase in ("the Kremlin", "Russian troops"):
        start = text.index(phrase)
        (entity,) = resolver.resolve_span(doc.char_span(start, start + len(phrase)))
        assert text[entity.start : entity.end] == entity.entity_text
        assert entity.entity_text in phrase


def test_user_file_extends_resolution(nlp, tmp_path):
    extra = tmp_path / "ours.yaml"
    extra.write_text("organisations:\n  - code: NGO\n    names: [Plover Watch]\n", encoding="utf-8")
    resolver = ActorResolver.from_settings(Settings(extra_actor_files=(extra,)))
    doc = nlp("Plover Watch activists criticised the plan.")
    assert [(e.code, e.sector) for e in resolver.resolve_span(doc[0:3])] == [("NGO", "CVL")]


def test_a_list_of_states_the_parser_began_as_an_apposition_names_them_all(nlp, resolver):
    doc = nlp("About 2,000 soldiers from Kazakhstan, Kyrgyzstan, Armenia and Belarus began drills.")
    mention = resolver.find_mentions(doc)[0]
    assert [(e.code, e.sector) for e in mention.entities] == [
        ("KAZ", "MIL"), ("KGZ", "MIL"), ("ARM", "MIL"), ("BLR", "MIL")]



def test_a_party_named_by_a_name_the_parser_split_is_evidenced_by_the_whole_name(coder):
    text = "Bashar al-Assad condemned Israel on Thursday."
    result = coder.code_article(Article("t", text, published="2018-05-18"))
    (event,) = result.events
    (actor,) = event.actor
    assert (actor.code, actor.entity_text) == ("SYR", "Bashar al-Assad")
    assert text[actor.start : actor.end] == actor.entity_text


def test_a_name_the_tagger_runs_over_a_coordination_is_not_one_party(coder):
    text = "Venezuela accused the Dominican Republic and Uruguay on Monday."
    result = coder.code_article(Article("t", text, published="2024-03-14"))
    recipients = {(e.code, e.entity_text) for event in result.events for e in event.recipient}
    assert recipients == {("DOM", "Dominican Republic"), ("URY", "Uruguay")}


def test_a_place_inside_a_speakers_quotation_does_not_give_the_speaker_a_state(coder):
    text = ("The White House announced the withdrawal on Wednesday. Senator Jane Holloway criticised the "
            'decision and said: "Ending our presence in Iraq will embolden our enemies."')
    result = coder.code_article(Article("t", text, published="2019-01-10"))
    assert all("IRQ" not in {a.code for a in e.actor} for e in result.events)


def test_names_joined_by_and_are_both_parties_however_the_parser_hangs_them(coder):
    text = "The military governments of Mali and Burkina Faso warned Niger on Monday."
    result = coder.code_article(Article("t", text, published="2023-07-31"))
    assert [{a.code for a in e.actor} for e in result.events] == [{"MLI", "BFA"}]
