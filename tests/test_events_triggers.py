"""Trigger finding: the category (and mode) a sentence's wording reports, and what it must not report.

All sentences here are invented for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.events.lexicon import Lexicon, LexiconError
from dotterel.events.triggers import Trigger, TriggerFinder
from dotterel.plover import CATEGORIES


@pytest.fixture(scope="module")
def finder() -> TriggerFinder:
    return TriggerFinder.default()


def triggers(nlp, finder: TriggerFinder, text: str) -> list[Trigger]:
    return [trig for sent in nlp(text).sents for trig in finder.find(sent)]


def categories(nlp, finder: TriggerFinder, text: str) -> list[str]:
    return [trig.category for trig in triggers(nlp, finder, text)]


# (sentence, the one category it reports); grouped by the lexicon entries they exercise.
ONE_EVENT = [
    # AGREE: agreements to act, promises, offers, invitations, future cooperation
    ("Ruritania and Freedonia agreed to hold talks on their border dispute.", "AGREE"),
    ("The rebels agreed on a new round of negotiations with the government.", "AGREE"),
    ("The finance minister pledged to increase cooperation with its neighbours.", "AGREE"),
    ("Freedonia offered to mediate between the two warring factions.", "AGREE"),
    ("The president accepted an invitation to visit Tokyo next spring.", "AGREE"),
    ("Ruritania invited the Freedonian leader to a summit in its capital.", "AGREE"),
    ("The ministry expressed its readiness to resume dialogue with the opposition.", "AGREE"),
    ("Ruritania will provide humanitarian aid to the flood victims.", "AGREE"),
    ("The Ruritanian foreign minister will visit Freedonia next week.", "AGREE"),
    ("Freedonia is willing to withdraw its troops from the disputed island.", "AGREE"),
    ("The junta agreed to release all political prisoners.", "AGREE"),
    # CONSULT: meetings, talks, visits, calls
    ("The Ruritanian president met his Freedonian counterpart in Geneva on Monday.", "CONSULT"),
    ("Officials from both countries held talks in Vienna on Tuesday.", "CONSULT"),
    ("The prime minister visited Freedonia on Wednesday.", "CONSULT"),
    ("The foreign minister arrived in Freedonia for a two-day stay.", "CONSULT"),
    ("Ruritanian and Freedonian negotiators discussed the water treaty.", "CONSULT"),
    ("The two leaders spoke by telephone about the crisis.", "CONSULT"),
    ("The chancellor hosted the Freedonian prime minister in the capital.", "CONSULT"),
    ("Talks between the government and the rebels resumed in Oslo.", "CONSULT"),
    ("The envoy paid a visit to the Freedonian capital.", "CONSULT"),
    ("The minister negotiated with union leaders all night.", "CONSULT"),
    # SUPPORT: praise, endorsement, recognition, signing agreements
    ("The Ruritanian government praised Freedonia for its handling of the refugee crisis.", "SUPPORT"),
    ("The opposition welcomed the decision of the electoral commission.", "SUPPORT"),
    ("Ruritania formally recognized the new government of Freedonia.", "SUPPORT"),
    ("The two countries signed a defence cooperation agreement on Thursday.", "SUPPORT"),
    ("Parliament ratified the treaty with Freedonia.", "SUPPORT"),
    ("The two governments reached an agreement on fishing rights on Friday.", "SUPPORT"),
    ("The president expressed solidarity with the victims of the earthquake.", "SUPPORT"),
    ("The foreign minister congratulated the winner of the election.", "SUPPORT"),
    ("Ruritania praised the Arab League for its mediation.", "SUPPORT"),  # a league that is no sport
    ("The president praised the negotiating team.", "SUPPORT"),
    ("Ruritania restored diplomatic relations with Freedonia after ten years.", "SUPPORT"),
    # CONCEDE: apologies, pardons, lifted restrictions, announced ceasefires
    ("The government lifted the curfew in the northern province.", "CONCEDE"),
    ("The Freedonian president pardoned forty jailed opposition activists.", "CONCEDE"),
    ("The army apologized for the deaths of the two fishermen.", "CONCEDE"),
    ("Ruritania eased sanctions on Freedonian banks.", "CONCEDE"),
    ("The rebels declared a unilateral ceasefire on Sunday.", "CONCEDE"),
    ("The government granted an amnesty to deserters.", "CONCEDE"),
    ("The union called off its strike after the wage offer.", "CONCEDE"),
    ("The authorities allowed the opposition to hold a rally in the capital.", "CONCEDE"),
    ("The prosecutor dropped the charges against the journalist.", "CONCEDE"),
    # COOPERATE: joint exercises, intelligence sharing, judicial cooperation
    ("Ruritanian and Freedonian warships began joint exercises in the gulf.", "COOPERATE"),
    ("The two agencies shared intelligence on the smuggling network.", "COOPERATE"),
    ("Freedonia extradited the former banker to Ruritania.", "COOPERATE"),
    ("The two police forces cooperated with each other in the investigation.", "COOPERATE"),
    # AID: material help
    ("Ruritania sent 200 tonnes of food aid to the drought-hit region.", "AID"),
    ("Ruritania sent aid to political prisoners in Freedonia.", "AID"),
    ("Ruritania granted political asylum to the Freedonian dissident.", "AID"),
    # backing in words, not goods
    ("Ruritania gave tacit support to the Freedonian offensive.", "SUPPORT"),
    ("Ruritania lent diplomatic support to Freedonia.", "SUPPORT"),
    ("The World Bank approved a loan of 300 million dollars for Freedonia.", "AID"),
    ("Freedonia granted asylum to the dissident writer.", "AID"),
    ("Rescue teams from Ruritania helped survivors of the earthquake.", "AID"),
    ("The government donated medical supplies to the hospital in the border town.", "AID"),
    ("Ruritania has flown in field hospitals and tents after the floods.", "AID"),
    ("Opposition lawmakers walked out of parliament before the vote.", "PROTEST"),
    ("Hours later a court stripped them of their citizenship.", "COERCE"),
    ("Ruritanian warships and fighter jets surrounded the island on Monday.", "MOBILIZE"),
    # RETREAT: executed withdrawal, release, disarmament, resignation, access
    ("Freedonian troops withdrew from the disputed valley on Tuesday.", "RETREAT"),
    ("The militia released twelve hostages on Saturday.", "RETREAT"),
    ("The rebels handed over their weapons to the peacekeepers.", "RETREAT"),
    ("The prime minister resigned after the scandal.", "RETREAT"),
    ("The defence minister stepped down on Friday.", "RETREAT"),
    ("Freedonia reopened the border crossing for trucks.", "RETREAT"),
    ("The army pulled out of the northern city overnight.", "RETREAT"),
    # REQUEST: demands, appeals, calls
    ("The United Nations called on both sides to stop the fighting.", "REQUEST"),
    ("Ruritania urged Freedonia to release the detained fishermen.", "REQUEST"),
    ("The opposition demanded the resignation of the interior minister.", "REQUEST"),
    ("The relief agency appealed for international help for the refugees.", "REQUEST"),
    ("The president asked parliament to approve the budget.", "REQUEST"),
    ("Ruritania called for new elections in the province.", "REQUEST"),
    ("The foreign minister said Freedonia must withdraw its forces immediately.", "REQUEST"),
    # ACCUSE: criticism, accusations, charges, investigations, diplomatic protest
    # a call for punitive steps against a party accuses it (the gold sets code it so)
    ("Ruritania called for an independent inquiry into the shooting.", "ACCUSE"),
    ("The senator called for tough sanctions against the Freedonian regime.", "ACCUSE"),
    ("Human rights groups called for the arrest of the former warlord.", "ACCUSE"),
    ("Ruritania condemned the missile test carried out by Freedonia.", "ACCUSE"),
    ("The minister accused the opposition of inciting violence.", "ACCUSE"),
    ("The president criticised the central bank for raising interest rates.", "ACCUSE"),
    ("Prosecutors charged the former mayor with corruption.", "ACCUSE"),
    ("The rights group sued the interior ministry over the arrests.", "ACCUSE"),
    ("Police are investigating the former minister for fraud.", "ACCUSE"),
    ("The Freedonian government launched an inquiry into the collapse of the bridge.", "ACCUSE"),
    ("The foreign ministry summoned the Ruritanian ambassador on Monday.", "ACCUSE"),
    ("The opposition leader blamed the government for the fuel shortages.", "ACCUSE"),
    ("The senator attacked the bill as a waste of money.", "ACCUSE"),
    ("The government expressed concern over the arrest of the journalists.", "ACCUSE"),
    ("The Freedonian government protested to Ruritania about the border incident.", "ACCUSE"),
    # REJECT: refusals, vetoes, denials, cancelled meetings
    ("Freedonia rejected the peace plan proposed by Ruritania.", "REJECT"),
    ("The rebels refused to hand over their weapons.", "REJECT"),
    ("Ruritania vetoed the draft resolution in the Security Council.", "REJECT"),
    ("The ministry denied the allegations of torture.", "REJECT"),
    ("The president cancelled his planned visit to Freedonia.", "REJECT"),
    ("The union turned down the government's offer.", "REJECT"),
    ("Freedonia will not accept any more refugees, the minister said.", "REJECT"),
    ("Ruritania withdrew from the nuclear treaty.", "REJECT"),
    # THREATEN: threats, warnings, ultimatums, threatened force
    ("Ruritania and Freedonia responded with threats of military action.", "THREATEN"),
    ("Freedonia threatened to impose sanctions on Ruritania.", "THREATEN"),
    ("The rebels warned of more attacks if the army advanced.", "THREATEN"),
    ("The militia vowed to retaliate for the killing of its commander.", "THREATEN"),
    ("The government issued an ultimatum to the striking miners.", "THREATEN"),
    ("Ruritania said it would expel the Freedonian diplomats.", "THREATEN"),
    # PROTEST: civilian protest
    ("Thousands of students protested against the new tuition fees in the capital.", "PROTEST"),
    ("Farmers marched through the city centre on Thursday.", "PROTEST"),
    ("Dock workers went on strike over unpaid wages.", "PROTEST"),
    ("Opposition supporters staged a rally outside parliament.", "PROTEST"),
    ("Rioters torched cars in the suburbs overnight.", "PROTEST"),
    ("Protesters attacked the Freedonian embassy, setting it on fire.", "PROTEST"),
    ("The Freedonian president lifted martial law on Wednesday.", "CONCEDE"),  # a two-word entry
    ("Hundreds of prisoners began a hunger strike on Monday.", "PROTEST"),
    ("Taxi drivers blocked the main highway into the capital.", "PROTEST"),
    # SANCTION: sanctions, expulsions, cut ties, convictions
    ("The European Union imposed sanctions on Freedonian officials.", "SANCTION"),
    ("Ruritania expelled four Freedonian diplomats on Wednesday.", "SANCTION"),
    ("Ruritania expelled the Freedonian high commissioner on Wednesday.", "SANCTION"),
    ("Ruritania sent thousands of troops to the airport to evacuate its diplomats.", "MOBILIZE"),
    ("Ruritania recalled its high commissioner from Freedonia.", "SANCTION"),
    ("Freedonia cut diplomatic ties with Ruritania.", "SANCTION"),
    ("Ruritania quit the regional forum last year.", "SANCTION"),
    ("Freedonia barred the Ruritanian envoy from entering the country.", "REJECT"),  # entry refused
    ("The premier pulled out on Monday of a meeting with the Freedonian president.", "REJECT"),
    ("The bloc warned that it could use force if the junta refused.", "THREATEN"),  # a measure held out
    ("The Freedonian offensive now threatens the town.", "ASSAULT"),  # the offensive, not a threat
    ("Freedonia froze its participation in the alliance.", "SANCTION"),
    ("The emir suspended some articles of the constitution on Friday.", "COERCE"),  # rights taken away
    ("The junta suspended university education for women.", "COERCE"),
    ("Ruritania withdrew from the arms control treaty.", "REJECT"),  # leaving a treaty rejects it
    ("The donors suspended aid to the government after the coup.", "SANCTION"),
    ("A court convicted the opposition leader of embezzlement.", "SANCTION"),
    ("Ruritania recalled its ambassador from Freedonia.", "SANCTION"),
    ("The bank froze the assets of the former president.", "SANCTION"),
    # MOBILIZE: deployments short of force, single-country exercises
    ("Freedonia deployed troops along the Ruritanian border.", "MOBILIZE"),
    ("The navy began military exercises off the coast on Monday.", "MOBILIZE"),
    ("Ruritania sent warships to the disputed waters.", "MOBILIZE"),
    ("The army put its units on high alert.", "MOBILIZE"),
    # COERCE: arrests, raids, censorship, curfews, deportations, seizures
    ("Police arrested fifteen opposition activists in the capital.", "COERCE"),
    # coups take the state by force
    ("Army officers seized power in the capital on Wednesday.", "COERCE"),
    ("Mutinous soldiers overthrew the president on Sunday.", "COERCE"),
    ("The colonels staged a coup in the early hours.", "COERCE"),
    ("Donors condemned the military takeover.", "ACCUSE"),
    ("Security forces raided the offices of the independent newspaper.", "COERCE"),
    ("The government imposed a curfew on the southern city.", "COERCE"),
    ("The authorities deported dozens of migrants to Freedonia.", "COERCE"),
    ("The regulator blocked several news websites.", "COERCE"),
    ("Customs officers confiscated the shipment at the port.", "COERCE"),
    ("The government cracked down on the student movement.", "COERCE"),
    ("Hackers hacked the servers of the election commission.", "COERCE"),
    ("The police banned the planned demonstration.", "COERCE"),
    # ASSAULT: force
    ("Militants attacked a police checkpoint near the border.", "ASSAULT"),
    ("Gunmen killed six villagers in the north on Monday.", "ASSAULT"),
    ("Freedonian jets bombed rebel positions overnight.", "ASSAULT"),
    ("Artillery units shelled the outskirts of the town.", "ASSAULT"),
    ("Government forces clashed with rebels in the mountains.", "ASSAULT"),
    ("Insurgents kidnapped two foreign engineers.", "ASSAULT"),
    ("Fighting between the army and the militia continued for a third day.", "ASSAULT"),
    ("A suicide bomber blew himself up at the market.", "ASSAULT"),
    ("The army launched an offensive against the rebel stronghold.", "ASSAULT"),
    ("Rebels captured the town after heavy fighting.", "ASSAULT"),
    ("Soldiers opened fire on the crowd.", "ASSAULT"),
    ("Riot police used water cannon and stun grenades against the crowd.", "ASSAULT"),
    ("Freedonia held Ruritania responsible for the sinking of the ferry.", "ACCUSE"),
    ("The rebels fired rockets at the airport.", "ASSAULT"),
    ("The air strike on the village killed nine people.", "ASSAULT"),
    ("The militia violated the ceasefire on Saturday.", "ASSAULT"),
    ("Unknown assailants assassinated the provincial governor.", "ASSAULT"),
    # a bombing whose planter the clause does not name
    ("A car bomb exploded outside a police station in the capital.", "ASSAULT"),
    ("A bomb went off at a crowded bus stop on Monday.", "ASSAULT"),
    ("A bomb ripped through a busy market in the north.", "ASSAULT"),
    # a penalty a court imposes; an order to pay given by anyone else is a request
    ("The regional court ordered Freedonia to pay a lump sum of 20 million euros.", "SANCTION"),
    ("The president ordered the ministry to pay the teachers' salaries.", "REQUEST"),
]


# Further wording: compounds, frames, purposes and words that change the category.
ONE_EVENT += [
    ("Both sides announced a cease-fire in the northern valley.", "CONCEDE"),
    ("The two delegations failed to reach a deal on the border.", "REJECT"),
    ("The negotiators agreed a new trade agreement on Sunday.", "SUPPORT"),
    ("Freedonia brokered a truce between the two clans.", "CONSULT"),
    ("The opposition claimed that the police had beaten protesters.", "ACCUSE"),
    ("The judge ordered the police to arrest the former governor.", "COERCE"),
    ("The commander ordered the villagers to leave their homes.", "REQUEST"),
    ("The agency sent a team of inspectors to investigate the explosion.", "ACCUSE"),
    ("Ruritania sent soldiers as peacekeepers to the border region.", "AID"),
    ("Freedonia deployed troops on a peacekeeping mission in the south.", "AID"),
    ("The United Nations withdrew its observers from the buffer zone.", "SANCTION"),
    ("Ruritania reduced tariffs on Freedonian steel.", "CONCEDE"),
    ("The court overturned the ban on the opposition party.", "CONCEDE"),
    ("The army halted its offensive in the east on Sunday.", "CONCEDE"),
    ("The government complied with the court ruling.", "CONCEDE"),
    ("Ruritania returned the stolen paintings to Freedonia.", "CONCEDE"),
    ("The rebels returned fire from the hills.", "ASSAULT"),
    ("The government outlawed the main opposition party.", "COERCE"),
    ("The election commission banned the candidate from running for office.", "COERCE"),
    ("A court issued an arrest warrant for the former minister.", "COERCE"),
    ("Freedonia closed its border with Ruritania on Monday.", "COERCE"),
    ("The government launched cyber warfare against its critics.", "COERCE"),
    ("The army evacuated its outposts in the valley.", "RETREAT"),
    ("Navy ships evacuated civilians from the besieged port.", "AID"),
    ("Ruritania will contribute 500 troops to the international force.", "AGREE"),
    ("Freedonia contributed 500 troops to the international force.", "AID"),
    ("Local businesses donated blankets to the flood victims.", "AID"),
    ("The court opened a hearing into the deaths of the protesters.", "ACCUSE"),
    ("The president reneged on his promise to hold early elections.", "REJECT"),
    ("The newspaper defied the ban on reporting the trial.", "REJECT"),
    ("Soldiers demolished the homes of the suspects' families.", "COERCE"),
    ("Hackers defaced dozens of government websites.", "COERCE"),
    ("Ruritania announced the suspension of flights to Freedonia.", "SANCTION"),
    ("The former premier launched a scathing attack on the finance minister.", "ACCUSE"),
    ("The rebels announced a cessation of hostilities for the holidays.", "CONCEDE"),
    ("Protesters burned the national flag outside the embassy.", "PROTEST"),
    ("Police stepped up patrols in the capital after the riots.", "MOBILIZE"),
    ("The envoy began a mediation effort between the two factions.", "CONSULT"),
    ("The villagers sought refuge in the neighbouring country.", "REQUEST"),
    ("The government declined the offer of foreign mediation.", "REJECT"),
    ("The authorities suspended the publication of the weekly for a month.", "COERCE"),
    ("The prosecutor presented evidence against the former minister.", "ACCUSE"),
    ("Police prevented a protest outside the ministry.", "COERCE"),
    ("The miners ended their strike after six weeks.", "CONCEDE"),
    ("The refugees received food and blankets from the Red Cross.", "AID"),
    ("Freedonia opened its borders to refugees from the war.", "AID"),
    ("Ruritania accepted two thousand refugees last year.", "AID"),
    ("The two leaders talked by phone on Saturday.", "CONSULT"),
    ("The rebels seized the airport after a night of fighting.", "ASSAULT"),
    ("Government troops retook the town from the rebels.", "ASSAULT"),
    ("The militants took control of the border crossing.", "ASSAULT"),
    ("The army attacked rebel positions, killing twelve fighters.", "ASSAULT"),
    ("The police dispersed the crowd with tear gas.", "COERCE"),
    ("The minister faced fierce criticism from the opposition.", "ACCUSE"),
    ("Freedonia sentenced the journalist to five years in prison.", "SANCTION"),
    ("Authorities detained the editor of the opposition newspaper.", "COERCE"),
    ("The junta freed the former president on Tuesday.", "RETREAT"),
    ("The rebels disarmed under the supervision of the United Nations.", "RETREAT"),
    ("Freedonia threatened Ruritania with sanctions.", "THREATEN"),
    ("The navy test-fired a ballistic missile on Friday.", "MOBILIZE"),
    ("Freedonia and Ruritania exchanged intelligence about the smugglers.", "COOPERATE"),
    ("Opposition parties boycotted the presidential election.", "PROTEST"),
    ("Freedonian jets carried out strikes on rebel bases overnight.", "ASSAULT"),
    ("The detainee died after torture in a military prison.", "ASSAULT"),
    ("The militia took over the provincial capital.", "ASSAULT"),
    ("The government gave the rebels a deadline to lay down their arms.", "THREATEN"),
    ("Parliament repealed the law on foreign agents.", "CONCEDE"),
    ("Gunmen stormed the hotel in the capital.", "ASSAULT"),
    ("Freedonia expelled the United Nations inspectors.", "SANCTION"),
    ("Militants seized two oil tankers off the coast.", "ASSAULT"),
    ("The rebels fired across the border at army positions.", "ASSAULT"),
    ("The minister attended the funeral of the former king.", "CONSULT"),
    ("Ruritania sent a delegation to Freedonia for the ceremony.", "CONSULT"),
    ("The two countries strengthened their military alliance.", "SUPPORT"),
    ("The two presidents had talks on the sidelines of the summit.", "CONSULT"),
    ("The aid agency received assurances from the army.", "AGREE"),
    ("Foreign troops arrived in Freedonia on Monday.", "MOBILIZE"),
    ("A first batch of Freedonian troops arrived in Ruritania on Monday.", "MOBILIZE"),  # counted troops
    ("Two hundred Freedonian police officers arrived in Ruritania on Monday.", "MOBILIZE"),
    ("A cargo plane carrying 20 tonnes of medical supplies landed in Freedonia on Monday.", "AID"),
    ("Ruritania deployed 1,000 soldiers to Freedonia to help fight the insurgents.", "AID"),  # to aid
    ("Ruritanian aircraft landed in Freedonia with the first shipments of drinking water.", "AID"),
    ("The Ruritanian foreign minister landed in Freedonia on Monday.", "CONSULT"),
    ("Defence ministers met in Brussels to discuss ammunition supplies for Freedonia.", "CONSULT"),
    ("Freedonian gendarmes arrived in Ruritania to help the army fight the rebels.", "AID"),  # to help
    ("Freedonian troops arrived in Ruritania to guard the border.", "MOBILIZE"),
    ("Freedonian troops lifted the siege of the town on Monday.", "RETREAT"),  # access allowed
    ("The opposition delegation withdrew from the talks on Monday.", "REJECT"),  # a walk-out
    ("Tens of thousands of protesters stormed the parliament building.", "PROTEST"),  # counted crowd
    ("The military authorities withdrew the licences of two radio stations.", "COERCE"),
    ("The foreign minister called the raid an authoritarian act.", "ACCUSE"),  # a verdict, no raid
    ("Government troops hunted down the attackers in the forest.", "ASSAULT"),  # pursuit by force
    ("The president vowed to hunt down those responsible.", "THREATEN"),  # a vow of force
    ("The farmers lifted their blockade of the port.", "CONCEDE"),  # a protest ended
    ("The donors halted their mediation efforts.", "SANCTION"),
    ("The army helped to rebuild the bridge.", "AID"),
    ("Navy units remained on high alert along the coast.", "MOBILIZE"),
    ("The prime minister hosted a dinner for the visiting president.", "CONSULT"),
    ("The president called Angela Markovic on Friday.", "CONSULT"),
    ("The two parties joined forces against the ruling coalition.", "COOPERATE"),
    ("Freedonian soldiers took part in peacekeeping operations in the south.", "AID"),
    ("Guards abused prisoners at the detention centre.", "ASSAULT"),
    ("The militia carried out ethnic cleansing in the valley.", "ASSAULT"),
    ("The army allowed aid convoys into the besieged town.", "RETREAT"),
    ("Ruritania warned Freedonia against any incursion.", "THREATEN"),
    ("The minister warned that the army would respond with force.", "THREATEN"),
    ("The ministry warned travellers to avoid the border region.", "REQUEST"),
    ("The donors put pressure on the government to hold elections.", "REQUEST"),
    ("The president brought the troops home from the desert.", "RETREAT"),
    ("Freedonia dismantled its chemical weapons arsenal.", "RETREAT"),
    ("The foreign minister defended Ruritania against the accusations.", "SUPPORT"),
    ("The prosecutors dropped the investigation into the general.", "CONCEDE"),
    ("The Freedonian cabinet backed down after the strikes.", "CONCEDE"),
    ("The president backed the rebels in seeking a ceasefire.", "SUPPORT"),  # "in" with an object
]


@pytest.mark.parametrize(("text", "expected"), ONE_EVENT)
def test_sentence_reports_its_category(nlp, finder, text, expected):
    assert categories(nlp, finder, text) == [expected]


MODES = [
    ("The prime minister visited Freedonia on Wednesday.", "visit"),
    ("The two leaders spoke by telephone about the crisis.", None),
    ("Freedonian jets bombed rebel positions overnight.", "explosives"),
    ("Artillery units shelled the outskirts of the town.", "heavy-weapons"),
    ("Insurgents kidnapped two foreign engineers.", "abduct"),
    ("Soldiers opened fire on the crowd.", "firearms"),
    ("Police arrested fifteen opposition activists in the capital.", "arrest"),
    ("The government imposed a curfew on the southern city.", "curfew"),
    ("Ruritania expelled four Freedonian diplomats on Wednesday.", "expel"),
    ("A court convicted the opposition leader of embezzlement.", "convict"),
    ("The prime minister resigned after the scandal.", "resign"),
    ("The militia released twelve hostages on Saturday.", "release"),
    ("Hundreds of prisoners began a hunger strike on Monday.", "hunger"),
    ("Freedonian drones struck a convoy near the border.", "drone"),
    ("Freedonian warplanes carried out air strikes on the rebel camp.", "aerial"),
]


@pytest.mark.parametrize(("text", "mode"), MODES)
def test_mode_where_the_wording_says_it(nlp, finder, text, mode):
    found = triggers(nlp, finder, text)
    assert len(found) == 1
    if mode is not None:
        assert found[0].mode == mode


NO_EVENT = [
    "Ruritanian troops met Freedonian government forces on the disputed plateau.",  # forces, no talks
    "The government will press ahead with the reforms.",
    "The president regretted the death of the former leader.",
    "The minister said the economy grew by two percent last year.",
    "The president told reporters that he was tired.",
    "He called the report fake news.",
    "The spokesman described the article as fake news.",
    "The committee met the deadline for the report.",
    "The new stadium will hold 40,000 spectators.",
    "Relief officials in the capital said the roads were open.",
    "The ministry released a statement on Tuesday.",
    "The summary of findings released by the inspectors on Monday names no suspect.",
    "The ministry freed up funds for the new hospital.",
    "Protest leaders gave interviews to the local press.",
    "The company's shares fell sharply on Monday.",
    "Attack helicopters are expensive to maintain.",
    "The mayor is battling cancer.",
    "The government is fighting corruption in the ports.",
    "The two parties fought elections in 1992 and won 50 seats each.",
    "She says she deeply regrets writing the letter.",
    "The cabinet agreed that the regime was responsible for the attack.",
    "The minister agreed that the withdrawal would be conditional.",
    "The general warned that the situation remains difficult.",
    "Hundreds of fighters are defending the last village.",
    "No details of the conversation were made public.",
    "The world cannot just stand by and watch.",
    "Here was his usual offering of excuses.",
    "I will do anything required to come home.",
    "The ministry did not respond to a request for comment.",
    "The camp holds the families of dead or imprisoned fighters.",
    "Should the West bomb the rebel bases?",
    "“Kill them all,” the crowd chanted.",
    "Workers dismantled the stage after the concert.",
    "The two firms locked up the deal on Friday.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event_in_plain_statements(nlp, finder, text):
    assert categories(nlp, finder, text) == []


def test_rooting_out_a_social_ill_is_no_force(nlp, finder):
    assert "THREATEN" not in categories(nlp, finder, "The government vowed to root out corruption.")


def test_figurative_attack_is_not_assault(nlp, finder):
    assert categories(nlp, finder, "The opposition attacked the budget plan.") == ["ACCUSE"]
    assert categories(nlp, finder, "Rebels attacked the army base.") == ["ASSAULT"]


def test_a_battle_against_a_social_ill_is_no_assault(nlp, finder):
    assert categories(nlp, finder, "The bank stepped up its battle against inflation.") == []
    assert categories(nlp, finder, "The government declared war on poverty.") == []
    assert categories(nlp, finder, "The army stepped up its battle against the insurgents.") == ["ASSAULT"]


def test_meet_demands_is_not_a_meeting(nlp, finder):
    assert categories(nlp, finder, "The government met the demands of the strikers.") == ["CONCEDE"]
    assert categories(nlp, finder, "The government met the strikers on Monday.") == ["CONSULT"]


INTENT = [
    # what a party says it will do: cooperation is AGREE, a reported withdrawal CONCEDE,
    # force a THREAT, refusal REJECT
    ("The president will visit Freedonia in May.", "AGREE"),
    ("The rebels are ready to release the hostages.", "AGREE"),
    ("Ruritania plans to send aid to the region.", "AGREE"),
    ("Freedonia said it would blockade the port.", "THREATEN"),
    ("The army is prepared to impose martial law.", "THREATEN"),
    ("The government will not accept the demands of the strikers.", "REJECT"),
    ("The militia vowed to attack the capital.", "THREATEN"),
    ("The militia vowed to strangle the new border force at birth.", "THREATEN"),
    ("The president vowed to punish the officers who fled.", "THREATEN"),
    ("The general promised to withdraw his troops.", "AGREE"),
    ("Ruritania said it would withdraw its troops from the island.", "CONCEDE"),
    ("The foreign minister will quit at the end of the month.", "CONCEDE"),
    ("The ministry announced that the army will pull out of the border town.", "CONCEDE"),
    ("The opposition said it would boycott the election.", "THREATEN"),
    ("Freedonia will withdraw its peacekeepers unless the fighting stops.", "THREATEN"),
    ("“We will crush the rebels,” the general said.", "THREATEN"),
    ("The governor did not give permission for the opposition rally.", "REJECT"),
    ("Ruritania has not lifted the sanctions on Freedonian banks.", "REJECT"),
    ("The president called the new prime minister Anna Berg to congratulate her.", "SUPPORT"),
    ("The opposition walked out of the talks on Monday.", "REJECT"),
    ("The opposition left the meeting in protest.", "REJECT"),
    ("The new government scrapped the gas deal with Freedonia.", "REJECT"),
]

# Phrasal verbs and idioms of news language.
ONE_EVENT += [
    ("The two ministers sat down with union leaders on Friday.", "CONSULT"),
    ("The envoys exchanged views on the crisis.", "CONSULT"),
    ("Freedonia threw its weight behind the peace plan.", "SUPPORT"),
    ("The government caved in to the strikers.", "CONCEDE"),
    ("The two sides exchanged prisoners at the border.", "RETREAT"),
    ("Police questioned the suspects for six hours.", "ACCUSE"),
    ("The ministry disputed the findings of the report.", "ACCUSE"),
    ("The president ruled out early elections.", "REJECT"),
    ("The rebels pulled out of the peace talks.", "REJECT"),
    ("The militia vowed revenge for the killing of its leader.", "THREATEN"),
    ("The militia has vowed vengeance for the killing of its leader.", "THREATEN"),
    ("The ministry vowed resolute and forceful measures to defend the islands.", "THREATEN"),
    ("Thousands took to the streets of the capital.", "PROTEST"),
    ("Freedonia declared the Ruritanian consul persona non grata.", "SANCTION"),
    ("Ruritania scrambled fighter jets after the incursion.", "MOBILIZE"),
    ("The authorities imposed an internet blackout in the region.", "COERCE"),
    ("Soldiers set fire to houses in the village.", "ASSAULT"),
    ("Mortar fire hit the market on Sunday.", "ASSAULT"),
    ("The cabinet convened an emergency meeting with the opposition.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "expected"), INTENT)
def test_announced_acts_by_what_they_are(nlp, finder, text, expected):
    assert categories(nlp, finder, text) == [expected]


CONTROL = [
    # the governing verb decides; the embedded event is not a separate event of record
    ("Ruritania and Freedonia agreed to hold talks next month.", ["AGREE"]),
    ("The United States urged Freedonia to stop the attacks on civilians.", ["REQUEST"]),
    ("Ruritania condemned the bombing of the embassy.", ["ACCUSE"]),
    ("The rebels refused to release the hostages.", ["REJECT"]),
    ("The army threatened to shell the town.", ["THREATEN"]),
    ("The minister accused the militia of killing civilians.", ["ACCUSE"]),
    ("Students rallied in the capital to demand the release of their teachers.", ["PROTEST"]),
    ("The government prevented a war with its neighbour.", []),
    ("The minister hoped the generals would be arrested.", []),
    ("Thousands fled the fighting in the north.", []),
    ("Ruritania offered to send troops to help the Freedonian army.", ["AGREE"]),
    ("The rebels agreed to lay down their weapons and join forces with the army.", ["AGREE"]),
    ("The rebels said they will release the captured peacekeepers.", ["AGREE"]),
    ("The mercenary chief vowed to march on the capital to topple the generals.", ["THREATEN"]),
]


@pytest.mark.parametrize(("text", "expected"), CONTROL)
def test_control_verbs_give_one_event(nlp, finder, text, expected):
    assert categories(nlp, finder, text) == expected


def test_background_event_gives_way_to_the_news(nlp, finder):
    text = "Freedonia recalled its ambassador after the killing of two of its citizens."
    assert categories(nlp, finder, text) == ["SANCTION"]


def test_coordinated_predicates_are_separate_events(nlp, finder):
    text = "Police arrested the organisers and the president praised the police."
    assert categories(nlp, finder, text) == ["COERCE", "SUPPORT"]


def test_trigger_fields_for_the_argument_extractor(nlp, finder):
    (trig,) = triggers(nlp, finder, "Government forces clashed with rebels in the mountains.")
    assert trig.head.lemma_ == "clash"
    assert trig.reciprocal
    assert "with" in trig.recipient_preps
    assert trig.head in trig.tokens
    assert trig.pattern


def test_light_verb_heads_the_event_noun(nlp, finder):
    (trig,) = triggers(nlp, finder, "The army launched an offensive against the rebels.")
    assert trig.head.lemma_ == "launch"
    assert [t.lower_ for t in trig.tokens] == ["launched", "offensive"]
    assert "against" in trig.recipient_preps


def test_announced_act_is_flagged(nlp, finder):
    (trig,) = triggers(nlp, finder, "The president will visit Freedonia in May.")
    assert trig.category == "AGREE" and trig.modality_in_category
    (done,) = triggers(nlp, finder, "The president visited Freedonia in May.")
    assert done.category == "CONSULT" and not done.modality_in_category


MEDIA_NOT_CONSULTATION = [
    "The minister spoke to reporters outside the embassy.",
    "The plan was met with anger in the capital.",
    "Click here to visit our website.",
]


# Joining an organisation or treaty and holding a party in esteem are support (the codebook's SUPPORT).
MEMBERSHIP_AND_ESTEEM = [
    "Estonia joined the European Union in 2004.",
    "Freedonia formally joined the regional trade bloc on Monday.",
    "Croatia became a member of the alliance on Tuesday.",
    "The parliament approved the country's accession to the World Trade Organization.",
    "Ruritania acceded to the nuclear non-proliferation treaty in 1995.",
    "The general said his country holds the Freedonian navy in high regard.",
    "The Ruritanian president said he admired the courage of the Freedonian people.",
    "She said the ministry had great admiration for the Freedonian peacekeepers.",
]


@pytest.mark.parametrize("text", MEMBERSHIP_AND_ESTEEM)
def test_membership_and_esteem_are_support(nlp, finder, text):
    assert categories(nlp, finder, text) == ["SUPPORT"]


def test_joining_talks_or_protests_keeps_the_joined_event(nlp, finder):
    assert categories(nlp, finder, "The minister joined the talks in Geneva on Friday.") == ["CONSULT"]
    assert categories(nlp, finder, "Students joined the protests in the capital.") == ["PROTEST"]
    assert categories(nlp, finder, "The government acceded to the protesters' demands.") == ["CONCEDE"]


def test_not_every_membership_or_respect_is_support(nlp, finder):
    assert categories(nlp, finder, "He became a member of parliament in 2010.") == []
    assert categories(nlp, finder, "The rebels do not respect the ceasefire.") == ["REJECT"]
    assert "SUPPORT" not in categories(nlp, finder, "The recruiter helped young men join an armed group.")


def test_stopping_the_work_of_others_is_no_strike(nlp, finder):
    assert "PROTEST" not in categories(nlp, finder, "The decree stops the work of aid groups in the north.")


WORK_STOPPAGES = [
    "Dock workers stopped work on Monday over unpaid wages.",
    "Miners downed tools at three pits in the north.",
    "Hundreds of nurses walked off the job over the new rota.",
    "Farmers blocked traffic on the main highway for six hours.",
    "The opposition party began collecting signatures against the new constitution.",
]


@pytest.mark.parametrize("text", WORK_STOPPAGES)
def test_strikes_blockades_and_petitions_are_protest(nlp, finder, text):
    assert categories(nlp, finder, text) == ["PROTEST"]


PHRASAL_EVENTS = [
    ("The rebels set free three hostages on Sunday.", "RETREAT"),
    ("The militia held hundreds of villagers as human shields.", "ASSAULT"),
    ("The insurgents used civilians as human shields in the old city.", "ASSAULT"),
    ("The commission launched legal action against Freedonia over its new law.", "ACCUSE"),
    ("The union took legal action against the ministry.", "ACCUSE"),
    ("The charity flew ten tonnes of medicine into the region.", "AID"),
]


@pytest.mark.parametrize(("text", "expected"), PHRASAL_EVENTS)
def test_phrasal_and_nominal_wordings(nlp, finder, text, expected):
    assert categories(nlp, finder, text) == [expected]


def test_taking_action_in_general_is_no_event(nlp, finder):
    assert categories(nlp, finder, "The council took action to repair the roads.") == []


def test_opposing_a_deployment_is_a_refusal(nlp, finder):
    text = "The rebels said they opposed the deployment of a regional peacekeeping force."
    assert categories(nlp, finder, text) == ["REJECT"]


def test_troop_movements_need_troops(nlp, finder):
    assert categories(nlp, finder, "The army rushed reinforcements to the border.") == ["MOBILIZE"]
    assert categories(nlp, finder, "The army massed troops near the border.") == ["MOBILIZE"]
    assert categories(nlp, finder, "The minister said reforms will not be rushed.") == []


def test_an_object_with_no_says_the_act_did_not_happen(nlp, finder):
    assert categories(nlp, finder, "The two sides reached no agreement on Monday.") == []
    text = "Officials said no deadline had been set for the withdrawal."
    assert categories(nlp, finder, text) == []
    assert categories(nlp, finder, "The two sides reached an agreement on Monday.") == ["SUPPORT"]


def test_a_described_participant_is_not_the_embedded_act(nlp, finder):
    text = "The agency said it will send a team to help identify victims killed in the crash."
    assert categories(nlp, finder, text) == ["AGREE"]
    text = "The police sent a team to arrest the smugglers."
    assert categories(nlp, finder, text) == ["COERCE"]


JUDGEMENTS = [
    ("The general said his country considers it a very professional army.", "SUPPORT"),
    ("The minister described the Freedonian army as highly professional.", "SUPPORT"),
    ("The minister described the Freedonian leader as a reliable partner.", "SUPPORT"),
    ("The president called the rebels terrorists.", "ACCUSE"),
    ("The government called the opposition leader a traitor.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "expected"), JUDGEMENTS)
def test_judging_a_party_in_words(nlp, finder, text, expected):
    assert categories(nlp, finder, text) == [expected]


def test_judging_a_report_is_no_event(nlp, finder):
    assert categories(nlp, finder, "The minister called the report dangerous nonsense.") == []
    assert categories(nlp, finder, "The court considered the case on Monday.") == []


# One sentence for each of the remaining lexicon entries (phone calls, walkouts, round-ups, shelling ...).
MORE_WORDINGS = [
    ('The two sides agreed on a framework agreement for the border talks.', 'SUPPORT'),
    ('After hours of debate, the coalition partners agreed.', 'AGREE'),
    ('The foreign minister met with the Freedonian ambassador on Monday.', 'CONSULT'),
    ('The king received Angela Merkel at the palace.', 'CONSULT'),
    ('The president telephoned his Freedonian counterpart on Sunday.', 'CONSULT'),
    ('The new ambassador paid a courtesy call on the prime minister.', 'CONSULT'),
    ('The two presidents held a telephone conversation on Friday.', 'CONSULT'),
    ('A readout of the call between the two presidents was published on Friday.', 'CONSULT'),
    ('The president took a call from his Freedonian counterpart.', 'CONSULT'),
    ('The envoy arrived in the capital on a mediation mission.', 'CONSULT'),
    ('The visiting president was given a warm welcome by the king.', 'CONSULT'),
    ('The foreign minister defended the decision to recognise the new government.', 'SUPPORT'),
    ('The prime minister defended Freedonia against its critics.', 'SUPPORT'),
    ('The government sided with the farmers in the water dispute.', 'SUPPORT'),
    ('The rebels softened their stance on the disarmament plan.', 'CONCEDE'),
    ('The two intelligence services collaborated closely.', 'COOPERATE'),
    ('Freedonia continues to trade with its northern neighbour.', 'COOPERATE'),
    ('The rebel commander surrendered on Tuesday.', 'RETREAT'),
    ('The authorities reopened the main university on Friday.', 'RETREAT'),
    ('The rebels announced the release of four detainees.', 'RETREAT'),
    ('The government asked for international assistance after the floods.', 'REQUEST'),
    ('The minister faced pressure from the unions.', 'REQUEST'),
    ('The minister came under pressure from the unions.', 'REQUEST'),
    ('The government came under criticism from rights groups.', 'ACCUSE'),
    ('The convoy came under fire near the border.', 'ASSAULT'),
    ('The opposition filed a complaint against the electoral commission.', 'ACCUSE'),
    ('The president hit out at his critics in parliament.', 'ACCUSE'),
    ('The minister took aim at the central bank.', 'ACCUSE'),
    ('Freedonia complained to the United Nations about the incursion.', 'ACCUSE'),
    ('The president snubbed the Freedonian delegation.', 'REJECT'),
    ('The union called off the talks with management.', 'REJECT'),
    ('The opposition delegates walked out of the session in protest.', 'REJECT'),
    ('The authorities barred entry to foreign journalists.', 'REJECT'),
    ('The government broke its promise to the farmers.', 'REJECT'),
    ('Thousands of residents flouted the curfew on Saturday.', 'REJECT'),
    ('The rebels announced their rejection of the peace plan.', 'REJECT'),
    ('The general warned the rebels.', 'THREATEN'),
    ('The rebels warned to retaliate.', 'THREATEN'),
    ('The Freedonian government protested against the arrest of its citizens.', 'ACCUSE'),
    ('Freedonia protested the execution of its national.', 'ACCUSE'),
    ('Crowds looted shops in the eastern suburbs overnight.', 'PROTEST'),
    ('Teachers struck over pay on Monday.', 'PROTEST'),
    ('A general strike paralysed the capital on Monday.', 'PROTEST'),
    ('The boycott of Freedonian goods began on Monday.', 'PROTEST'),
    ('The Treasury blacklisted three Freedonian banks.', 'SANCTION'),
    ('The bloc suspended Freedonia over the coup.', 'SANCTION'),
    ('The court found the former minister guilty of fraud.', 'SANCTION'),
    ('The expulsion of the two diplomats was announced on Monday.', 'SANCTION'),
    ('The army raised its alert level along the border.', 'MOBILIZE'),
    ('Freedonian war games began off the coast on Monday.', 'MOBILIZE'),
    ('Police rounded up dozens of opposition supporters.', 'COERCE'),
    ('Police took the opposition leader into custody.', 'COERCE'),
    ('Police raided the village at dawn.', 'COERCE'),
    ('The government censored the opposition newspaper.', 'COERCE'),
    ('The authorities imposed tight controls on the movement of goods.', 'COERCE'),
    ('The government cut internet services in the province.', 'COERCE'),
    ('Hackers hacked the ministry last week.', 'COERCE'),
    ('The regime kicked out the foreign journalists.', 'COERCE'),
    ("A cyber attack hit the ministry's servers on Monday.", 'COERCE'),
    ("The cyberattack disrupted the ministry's servers on Monday.", 'COERCE'),
    ('The militants took two engineers hostage.', 'ASSAULT'),
    ('The militants executed three captives on Sunday.', 'ASSAULT'),
    ('The explosion injured twelve people near the market.', 'ASSAULT'),
    ('Fighter jets strafed the rebel convoy.', 'ASSAULT'),
    ('Soldiers shot three protesters near the square.', 'ASSAULT'),
    ('The rebels launched rockets into the city.', 'ASSAULT'),
    ('The army struck back on Tuesday.', 'ASSAULT'),
    ('Guards tortured the prisoners for weeks.', 'ASSAULT'),
    ('Soldiers raped women in the village, witnesses said.', 'ASSAULT'),
    ('Police used tear gas against the crowd.', 'ASSAULT'),
    ('The air force launched strikes on rebel positions.', 'ASSAULT'),
    ('The genocide began in April.', 'ASSAULT'),
    ('The rebels took over Mosul on Sunday.', 'ASSAULT'),
    ('Airstrikes continued overnight.', 'ASSAULT'),
    ('A drone strike on the convoy left five people dead.', 'ASSAULT'),
    ('A car bomb exploded outside the ministry.', 'ASSAULT'),
    ('The shelling of the city resumed on Monday.', 'ASSAULT'),
    ('Israeli strikes continued overnight.', 'ASSAULT'),
    ("The senator's attack on the bill drew applause.", 'ACCUSE'),
    ("The rebels pulled out of the peace agreement.", 'REJECT'),
    ("The ministry reprimanded the Freedonian ambassador on Monday.", 'ACCUSE'),
    ("The prime minister received a mission of observers from the OSCE.", 'RETREAT'),
    ("Freedonia admitted a team of UN inspectors on Monday.", 'RETREAT'),
    ("The two countries inked a trade deal on Friday.", 'SUPPORT'),
    ("The bishops issued a denunciation of the army's abuses.", 'ACCUSE'),
    ("The disarmament of the militia began on Monday.", 'RETREAT'),
    ("The two armies disengaged along the front line.", 'RETREAT'),
    ("Soldiers ransacked the opposition headquarters.", 'ASSAULT'),
    ("The foreign minister huddled with his Freedonian counterpart.", 'CONSULT'),
    ("The ministry warned against all but essential travel to Freedonia.", 'SANCTION'),
    ("Britain issued a travel warning for Freedonia on Monday.", 'SANCTION'),
    ("A travel ban on Freedonian officials took effect on Monday.", 'SANCTION'),
    # war waged and groups rooted out are force; an offensive sanctioned is approved; a pause ordered is
    # a truce
    ("The rebels waged a guerrilla war against the Freedonian army.", 'ASSAULT'),
    ("The army vowed to root out the militias in the north.", 'THREATEN'),
    ("The offensive was quietly sanctioned by Moscow.", 'SUPPORT'),
    ("The president ordered a daily humanitarian pause in the fighting.", 'CONCEDE'),
    ("Freedonian warplanes struck dozens of rebel targets on Friday.", 'ASSAULT'),
    ("Freedonian troops crossed into the neighbouring country on Thursday.", 'ASSAULT'),
    ("The regional bloc halted its military advance on the capital.", 'CONCEDE'),
]


@pytest.mark.parametrize(("text", "expected"), MORE_WORDINGS)
def test_more_wordings_report_their_category(nlp, finder, text, expected):
    assert categories(nlp, finder, text) == [expected]


def test_event_noun_subject_of_hit_names_the_event(nlp, finder):
    assert categories(nlp, finder, "A cyber attack hit the ministry's servers on Monday.") == ["COERCE"]
    assert categories(nlp, finder, "Strikes by dock workers hit the country's ports.") == ["PROTEST"]
    assert categories(nlp, finder, "Airstrikes hit the rebel-held town on Monday.") == ["ASSAULT"]


def test_sworn_to_fight_is_a_threat(nlp, finder):
    assert categories(nlp, finder, "The rebels have sworn to fight until the capital falls.") == ["THREATEN"]


def test_drone_strike_mode(nlp, finder):
    (trig,) = triggers(nlp, finder, "A drone strike on the convoy left five people dead.")
    assert trig.mode == "drone"


# Event words used as a topic, in an opinion or in an open question report no event.
TOPIC_NOT_EVENT = [
    "The book describes the bombing of Dresden in detail.",
    "The documentary examines the invasion of the island.",
    "The veterans talked for hours about the attack.",
    "In my opinion, the sanctions are a mistake.",
    "Many analysts think the ceasefire is fragile.",
    "Officials are debating whether to send aid.",
    "The cabinet discussed whether the troops should withdraw.",
    "Officials are preparing for talks next week.",
    "The company reported record profits despite the sanctions.",
    "Experts are studying the impact of the sanctions.",
    "The report examines the causes of the protests.",
    "The president's visit was the main topic of the newspapers.",
]


@pytest.mark.parametrize("text", TOPIC_NOT_EVENT)
def test_event_word_as_topic_reports_nothing(nlp, finder, text):
    assert [c for c in categories(nlp, finder, text) if c != "CONSULT"] == []


def test_event_noun_as_the_topic_of_a_copula_is_no_meeting(nlp, finder):
    assert categories(nlp, finder, "The president's visit was the main topic of the newspapers.") == []
    assert categories(nlp, finder, "Officials are preparing for talks next week.") == []


def test_event_noun_still_counts_outside_a_topic_frame(nlp, finder):
    assert categories(nlp, finder, "The bombing of the bridge killed four people.") == ["ASSAULT"]
    assert categories(nlp, finder, "The minister condemned the invasion of the island.") == ["ACCUSE"]
    assert categories(nlp, finder, "The sanctions were imposed on Monday.") == ["SANCTION"]


@pytest.mark.parametrize("text", MEDIA_NOT_CONSULTATION)
def test_no_consultation_in_media_talk(nlp, finder, text):
    assert "CONSULT" not in categories(nlp, finder, text)


def test_noun_in_a_not_happened_frame_is_no_event(nlp, finder):
    assert categories(nlp, finder, "Hopes of talks between the two sides faded on Monday.") == []
    assert categories(nlp, finder, "The prospect of sanctions worried the bankers.") == []


def test_inverse_roles_are_marked(nlp, finder):
    (trig,) = triggers(nlp, finder, "The minister faced criticism from the opposition.")
    assert trig.category == "ACCUSE"
    assert trig.subject_is_recipient


def test_obligation_has_the_speaker_as_head(nlp, finder):
    (trig,) = triggers(nlp, finder, "The minister said Freedonia must withdraw its forces.")
    assert trig.category == "REQUEST"
    assert trig.head.lemma_ == "say"
    assert trig.recipient_head is not None and trig.recipient_head.text == "Freedonia"


def test_candidate_words_cover_the_lexicon(finder):
    words = finder.candidate_words()
    assert {"attack", "meet", "sanction", "talks", "arrest"} <= words
    assert "say" not in words


def test_every_category_has_entries(finder):
    assert {e.category for e in finder.lexicon.entries if e.category} == set(CATEGORIES)


def test_lexicon_rejects_unknown_category():
    data = {"entries": [{"id": "x", "lemmas": "foo", "cat": "ATTACK"}]}
    with pytest.raises(LexiconError, match="unknown category"):
        Lexicon.from_data(data)


def test_lexicon_rejects_unquoted_yaml_boolean():
    data = {"entries": [{"id": "x", "lemmas": "call", "cat": "REQUEST", "particle": True}]}
    with pytest.raises(LexiconError, match="boolean"):
        Lexicon.from_data(data)


def test_lexicon_rejects_unknown_word_class():
    data = {"entries": [{"id": "x", "lemmas": "hit", "cat": "ASSAULT", "obj": "@nothing"}]}
    with pytest.raises(LexiconError, match="unknown word class"):
        Lexicon.from_data(data)


def test_lexicon_rejects_event_entry_without_category():
    data = {"entries": [{"id": "x", "lemmas": "hit"}]}
    with pytest.raises(LexiconError, match="needs a category"):
        Lexicon.from_data(data)


def test_lexicon_file_rejects_a_key_given_twice(tmp_path):
    path = tmp_path / "triggers.yaml"
    path.write_text("entries:\n  - id: x\n    lemmas: hit\n    cat: ASSAULT\n    cat: ACCUSE\n")
    with pytest.raises(LexiconError, match="given twice"):
        Lexicon.load(path)


def test_more_specific_entry_wins():
    data = {
        "entries": [
            {"id": "plain", "lemmas": "sign", "cat": "SUPPORT"},
            {"id": "deal", "lemmas": "sign", "cat": "AGREE", "obj": "deal"},
        ]
    }
    lexicon = Lexicon.from_data(data)
    assert [e.id for e in lexicon.by_lemma[("verb", "sign")]] == ["deal", "plain"]


# Street protest, force postures and joint work in the wordings a news reader meets:
# (sentence, category, mode or None when the wording names none)
STREET_AND_FORCE_WORDINGS = [
    ("Crowds of students marched through the old town on Saturday.", "PROTEST", "demo"),
    ("Thousands rallied outside the presidential palace.", "PROTEST", "demo"),
    ("Truck drivers blocked motorways near the port in protest at new tolls.", "PROTEST", "obstruct"),
    ("Violent riots erupted in the slums after the election result.", "PROTEST", "riot"),
    ("The jailed blogger has been on hunger strike since March.", "PROTEST", "hunger"),
    ("Dozens of exiles assembled outside the consulate to condemn the executions.", "PROTEST", "demo"),
    ("Angry demonstrators stormed the state television building.", "PROTEST", "riot"),
    ("Nurses walked out of hospitals across the province.", "PROTEST", "strike"),
    ("Fishermen staged a sit-in at the harbour office.", "PROTEST", "demo"),
    ("Students occupied the rector's office for a second day.", "PROTEST", "obstruct"),
    ("Masked youths hurled stones at the riot police.", "PROTEST", "riot"),
    ("The dockers' union called a national strike for next week.", "PROTEST", "strike"),
    ("Freedonia reinforced its garrisons along the eastern border.", "MOBILIZE", "troops"),
    ("Coast guards of the two states carried out coordinated patrols in the bay.", "COOPERATE", None),
    ("Protesters gathered in the main square to demand new elections.", "PROTEST", "demo"),
    ("Extra riot police were deployed along the route of the march.", "MOBILIZE", "police"),
    ("The interior ministry sent gendarmes to the restive province.", "MOBILIZE", "police"),
    ("The governor ordered troops onto the streets of the port city.", "MOBILIZE", "troops"),
    ("The navy held a live-fire exercise off the southern coast.", "MOBILIZE", "weapons"),
    ("Freedonia carried out a nuclear missile test on Sunday.", "MOBILIZE", "weapons"),
    ("Ruritania test-fired a new cruise missile over the sea.", "MOBILIZE", "weapons"),
    ("Ruritania moved additional tank battalions to the frontier.", "MOBILIZE", "troops"),
    ("The Freedonian Guards test-fired cruise missiles during naval drills.", "MOBILIZE", "weapons"),
    ("Ruritanian troops pulled out of the refugee camp after the raid.", "RETREAT", "withdraw"),
    ("The two neighbours established a free-trade zone along their border.", "COOPERATE", None),
    ("Ruritanian and Freedonian customs officers formed a joint inspection team.", "COOPERATE", None),
    ("The two governments opened a joint investigation into the ferry disaster.", "COOPERATE", None),
    ("The rail operators resumed freight services between the two countries.", "COOPERATE", None),
    ("Freedonia restored gas deliveries to Ruritania after the suspension.", "COOPERATE", None),
    ("Border guards from both countries conducted joint patrols along the river.", "COOPERATE", None),
    ("Police from the two states carried out coordinated raids on a forgery ring.", "COOPERATE", None),
    ("Navy commandos freed the crew of a hijacked tanker.", "AID", None),
    ("The emirate deposited a billion dollars with Freedonia's central bank.", "AID", None),
    ("Hundreds of former guerrillas handed in their guns to the monitors.", "RETREAT", "disarm"),
    ("Unknown hackers broke into the computer network of the defence ministry.", "COERCE", "cyber"),
    ("Riots spread through the suburbs, with youths setting cars on fire.", "PROTEST", "riot"),
]


@pytest.mark.parametrize(("text", "expected", "mode"), STREET_AND_FORCE_WORDINGS)
def test_street_protest_force_postures_and_joint_work(nlp, finder, text, expected, mode):
    (trig,) = triggers(nlp, finder, text)
    assert trig.category == expected
    if mode is not None:
        assert trig.mode == mode


# Wordings that look like the ones above but report something else
LOOKALIKES = [
    ("The visitors beat the home side by four wickets.", []),
    ("Freedonia defeated Ruritania in the semi-final on penalties.", []),
    ("The army freed two hundred prisoners from the military jail.", ["RETREAT"]),
    ("Government troops carried out raids on rebel positions.", ["ASSAULT"]),
    ("Militants launched a coordinated attack on the garrison.", ["ASSAULT"]),
    ("Ministers gathered in the capital to discuss the budget.", ["CONSULT"]),
    ("Settlers threw rocks at passing cars near the village.", ["ASSAULT"]),
    ("The miners' union called off its strike on Friday.", ["CONCEDE"]),
    ("The ministry suspended gas deliveries to Freedonia.", ["SANCTION"]),
]


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike_wordings_keep_their_own_reading(nlp, finder, text, expected):
    assert categories(nlp, finder, text) == expected


# What a governing word or a construction makes of the act it governs
CONTROL_AND_CONSTRUCTION = [
    # words of blame offered are blame, not a promise; troops offered are a promise
    ("The committee offered scathing criticism of the ministry's handling of the floods.", "ACCUSE", None),
    ("Freedonia offered two battalions to the peacekeeping mission.", "AGREE", None),
    # aid announced is pledged; a cut in aid announced is the cut
    ("The commission announced 40 million euros in emergency aid for the flood victims.", "AGREE", None),
    ("Ruritania announced a suspension of aid to Freedonia.", "SANCTION", "discontinue"),
    # borders opened to a fleeing people shelter them
    ("Ruritania opened its borders to fleeing Syrians.", "AID", None),
    # forcing one's way in is a raid, or by a crowd a riot
    ("Police forced their way into the embassy on Friday.", "COERCE", None),
    ("Protesters forced their way into the parliament building.", "PROTEST", "riot"),
    # dismay voiced at an act is disapproval of it
    ("The ministry said it was deeply troubled by the arrests.", "ACCUSE", "disapprove"),
    ("Freedonia is alarmed by the troop build-up.", "ACCUSE", "disapprove"),
    # one answers with the act named; people removed from office are no refusal
    ("Ruritania retaliated with sanctions on Freedonian officials.", "SANCTION", None),
    ("Freedonia responded with air strikes on rebel bases.", "ASSAULT", None),
    ("The minister dismissed the accusations as lies.", "REJECT", None),
    # those who fled an act of force were driven out by it
    ("Thousands of villagers fled after the rebel offensive.", "SANCTION", "expel"),
    ("Hundreds of Kurds have fled since the Turkish offensive.", "SANCTION", "expel"),
    # soldiers leaving a country withdraw; forces driving others out or retaking places use force
    ("The last Ruritanian soldiers left the country on Sunday.", "RETREAT", "withdraw"),
    ("Government forces drove the militants out of the port town.", "ASSAULT", None),
    ("The army retook the provincial capital on Thursday.", "ASSAULT", None),
    ("Ruritania annexed the disputed peninsula.", "COERCE", "seize"),
    # inspectors sent somewhere investigate there
    ("The agency dispatched inspectors to the nuclear plant.", "ACCUSE", "investigate"),
    # a warrant that cannot be executed is a threat of arrest (codebook)
    ("A court issued an arrest warrant in absentia for the exiled opposition leader.", "THREATEN", "arrest"),
    # a harmful act promised under a condition is a threat; cooperation held back UNLESS a demand is
    # met too; a conditional offer stays an offer
    ("Ruritania may suspend gas deliveries to Freedonia if the debt is not paid.", "THREATEN", None),
    ("The rebels will boycott the election unless the president resigns.", "THREATEN", None),
    ("Freedonia would allow the convoys through unless the shelling continued.", "THREATEN", None),
    ("Freedonia would withdraw its troops if the rebels disarmed.", "AGREE", None),
    # an act declared out of the question is refused
    ("Lifting the embargo is out of the question, the president said.", "REJECT", None),
    ("The minister said that talks with the rebels were not an option.", "REJECT", None),
    # a message whose content says what someone must do is a demand
    ("The president issued a stern reminder to Freedonia that it must respect the treaty.", "REQUEST", None),
    # the parser may read the object of "accept" as the subject of a participle after it
    ("Ruritania will not accept any refugees fleeing the fighting.", "REJECT", None),
    # the subject of a controlling verb is the subject of the act: protesters storm, youths riot
    ("Protesters tried to storm the parliament building.", "PROTEST", "riot"),
    # hitting back at words is words
    ("The president hit back at comments made by the Freedonian leader.", "ACCUSE", "disapprove"),
    ("The rebels fired rockets at a border post near the town.", "ASSAULT", None),
    # freeing a place is taking it by force; freeing people releases them
    ("The army vowed to free the east of the province from the militants.", "THREATEN", None),
    ("Government troops liberated the town from the rebels.", "ASSAULT", None),
    ("The rebels freed forty prisoners on Sunday.", "RETREAT", "release"),
    # atrocities committed are force; a commitment needs a clause introduced by "to"/"on"
    ("The militia committed a massacre in the village.", "ASSAULT", None),
    ("The government committed to holding elections next year.", "AGREE", None),
    # refusals in the words of force; an official under fire is criticised, a convoy attacked
    ("The senate shot down the proposal on Friday.", "REJECT", None),
    ("The chancellor slammed the door on further talks with the party.", "REJECT", None),
    ("The minister came under fire for his remarks about the election.", "ACCUSE", "disapprove"),
    ("The home secretary came under fire for his decision to deport the family.", "ACCUSE", "disapprove"),
    ("Keir Starmer came under fire on Monday over the budget.", "ACCUSE", "disapprove"),
    ("A supply convoy came under fire near the border on Monday.", "ASSAULT", None),
    ("The air defences shot down a drone over the capital.", "ASSAULT", "firearms"),
    # strikes of force are told apart from labour strikes by the words on them
    ("Freedonia carried out retaliatory strikes on rebel positions.", "ASSAULT", None),
    ("Teachers began a national strike over pay on Monday.", "PROTEST", "strike"),
    # peacekeepers moving are aid, whoever controls the verb; approval given is a permission
    ("Hundreds of UN peacekeepers began deploying along the border on Tuesday.", "AID", None),
    ("Hundreds of Freedonian troops began deploying along the border on Tuesday.", "MOBILIZE", "troops"),
    ("The government gave approval for the convoy to cross the border.", "CONCEDE", None),
    # sanctions agreed are imposed
    ("EU leaders agreed new sanctions on Freedonia on Thursday.", "SANCTION", None),
    # a proposal of talks or a truce is an offer
    ("Ruritania proposed talks with Freedonia in Geneva.", "AGREE", None),
    # calling something a crime condemns it
    ("The minister called the shelling of the hospital a war crime.", "ACCUSE", "disapprove"),
    ("The president called the riot an assault on democracy.", "ACCUSE", "disapprove"),
]


@pytest.mark.parametrize("text", [
    "Floods killed 30 people in the south on Monday.",
    "Thirty villagers were killed in an earthquake.",
    "Forest fires have burned three million hectares.",
    "Cyclone Idai destroyed thousands of homes.",
    "The president launched a charm offensive to woo investors.",
    "A bus crash in the north killed 30 people.",
    "The prime minister congratulated the national team on its World Cup victory.",
    "The foreign minister handed over the accession documents at a ceremony.",
    "The government expressed relief that the hostages were safe.",
    "Many mourned the collapse of a station roof in the capital that killed 15 people.",
])
def test_force_done_by_nature_or_a_figure_of_speech_is_no_event(nlp, finder, text):
    assert categories(nlp, finder, text) == []


def test_force_done_by_a_party_in_a_lightning_offensive_is_force(nlp, finder):
    assert categories(nlp, finder, "The army retook the region in a lightning offensive.") == ["ASSAULT"]


def test_forcing_ones_way_into_a_final_is_sport(nlp, finder):
    assert categories(nlp, finder, "The champion forced her way into the final.") == []


def test_dismissing_people_from_office_is_no_refusal(nlp, finder):
    assert categories(nlp, finder, "The government dismissed 2,745 judges on Saturday.") == []


@pytest.mark.parametrize(("text", "expected", "mode"), CONTROL_AND_CONSTRUCTION)
def test_governing_words_and_constructions_decide_the_category(nlp, finder, text, expected, mode):
    (trig,) = triggers(nlp, finder, text)
    assert trig.category == expected
    if mode is not None:
        assert trig.mode == mode


NOT_REPORTED = [
    # an event noun as the predicate of "be" characterises something; "there were clashes" reports them
    "Critics said the new budget was an attack on pensioners.",
    "The opposition says the law is a assault on press freedom.",
    # facing an act of force is its prospect; a report about threats is no threat
    "Thousands of migrant children face indefinite detention in the camps.",
    "The province faces invasion from the north.",
    "The annual threat assessment issued by the intelligence agencies was published on Monday.",
    # a plea in court; talks that are not held; an act weighed in general
    "The former minister pleaded not guilty to the corruption charges.",
    "The two sides are having no talks about the border.",
    "Working with the rebels is tricky for the government.",
    "The court's verdict was a blow to the opposition.",
    "The company has committed fraud since entering the market.",
    "It is legal to kill enemy fighters on the battlefield, the lawyer argued.",
    "The administration has proposed steep cuts to the foreign aid budget.",
    # "an ally of X" ascribes an affiliation, it does not praise
    "Ruritania views the militia as an ally of the banned party.",
    # mobilising supporters or money moves no force
    "The party mobilised its supporters ahead of the vote.",
    "The charity mobilised funds for the victims.",
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_characterisations_and_non_military_mobilisation_report_nothing(nlp, finder, text):
    assert categories(nlp, finder, text) == []


def test_existential_event_noun_is_still_reported(nlp, finder):
    assert categories(nlp, finder, "There were clashes between police and farmers near the border.") == [
        "ASSAULT"]


def test_troops_sent_to_keep_the_peace_are_aid(nlp, finder):
    peace = "Freedonia sent 200 soldiers to the border to serve as a peacekeeping force."
    (trig,) = triggers(nlp, finder, peace)
    assert trig.category == "AID"
    (trig,) = triggers(nlp, finder, "Freedonia sent 200 soldiers to the border to reinforce its garrison.")
    assert trig.category == "MOBILIZE"


@pytest.mark.parametrize(("text", "expected"), [
    ("Freedonia launched a military operation against the rebels in the north.", "ASSAULT"),
    ("The minister authorised the release of 50 million dollars in aid to the province.", "AID"),
    ("Parliament approved the deployment of troops to the border.", "MOBILIZE"),
    ("Ruritania blocked a joint statement criticising Freedonia.", "REJECT"),
])
def test_more_nominal_and_light_wordings(nlp, finder, text, expected):
    assert categories(nlp, finder, text) == [expected]


def test_absolute_phrase_is_background_to_the_news(nlp, finder):
    found = triggers(nlp, finder, "With the rebels crushed, the three powers met in Sochi on Monday.")
    assert [t.category for t in found] == ["CONSULT"]


def test_light_verb_carries_each_coordinated_event_noun(nlp, finder):
    found = triggers(nlp, finder, "The bloc expressed its rejection and condemnation of the annexation plan.")
    assert sorted(t.category for t in found) == ["ACCUSE", "REJECT"]
    assert all(t.head.lower_ == "expressed" for t in found)
    same = triggers(nlp, finder, "The two delegations held talks and consultations in Vienna.")
    assert [t.category for t in same] == ["CONSULT"]


def test_pressing_for_a_measure_is_a_request(nlp, finder):
    assert categories(nlp, finder, "Germany pressed for new sanctions against Freedonia.") == ["REQUEST"]


# Ordinary wire wordings the lexicon once missed: synonyms, nominal and light-verb forms, phrasal verbs.
FRESH_WORDINGS = [
    ("Freedonia helped raise and train militias to fight the rebels.", "AID"),
    ("The council pressed Freedonia to halt the offensive.", "REQUEST"),
    ("Freedonia has wielded its veto six times to shield its ally.", "REJECT"),
    ("The premier refused to respond to a demand from the rebels.", "REJECT"),
    ("The general said his troops would liberate every inch of the country.", "THREATEN"),
    ("A first batch of Freedonian peacekeeping troops arrived in Ruritania.", "AID"),  # peacekeepers
    # SANCTION: leaving a bloc (relations cut); REJECT: leaving a treaty; CONCEDE: an announced
    # withdrawal of forces
    ("Freedonia withdrew from the regional council on Monday.", "SANCTION"),
    ("The juntas announced their withdrawal from the regional bloc.", "SANCTION"),
    ("The juntas announced their withdrawal from the fishing treaty.", "REJECT"),
    ("The president announced the withdrawal of 2,000 troops from the border.", "CONCEDE"),
    # SANCTION: diplomats recalled, however the sentence words it; RETREAT: troops pulled back
    ("Freedonia was withdrawing its diplomatic staff from Sylvania.", "SANCTION"),
    # COERCE: people kept from doing something
    ("Border guards blocked hundreds of refugees from boarding the ferry.", "COERCE"),
    # SANCTION: diplomats given a deadline to leave
    ("The junta gave the Freedonian ambassador 48 hours to leave the country.", "SANCTION"),
    ("Freedonia added three Sylvanian generals to its sanctions list.", "SANCTION"),
    # COOPERATE: a commodity one state sells another
    ("Freedonia began pumping natural gas to Sylvania on Monday.", "COOPERATE"),
    ("Freedonia resumed selling crude oil to Sylvania.", "COOPERATE"),
    # COERCE: a party, a movement or a union banned
    ("The junta banned the main opposition movement.", "COERCE"),
    ("The junta banned the student union on Monday.", "COERCE"),
    ("Freedonia withdrew its envoys from Sylvania.", "SANCTION"),
    ("Freedonia withdrew its troops from Sylvania.", "RETREAT"),
    # RETREAT: a truce carried out; CONCEDE: plans given up; COERCE: rights taken away
    ("The truce between the two militias took effect at midnight.", "RETREAT"),
    ("The ceasefire came into force on Sunday morning.", "RETREAT"),
    ("The governor dropped plans to raise the fuel levy after the riots.", "CONCEDE"),
    ("The cabinet postponed its plan to overhaul the courts.", "CONCEDE"),
    ("Freedonia stripped forty dissidents of their citizenship.", "COERCE"),
    ("The regime has locked up dozens of journalists.", "COERCE"),
    ("Freedonia sent negotiators to the Sylvanian capital on Monday.", "CONSULT"),
    ("The ministry flew in two thousand soldiers to the northern province.", "MOBILIZE"),
    ("Gunmen attacked a police post near the border on Sunday.", "ASSAULT"),
    # ASSAULT: beheadings, hijackings of vehicles, poisoning of people, sabotage
    ("Militants beheaded a Freedonian aid worker on Friday.", "ASSAULT"),
    ("Gunmen hijacked a bus carrying forty pilgrims.", "ASSAULT"),
    ("The hijacking of the airliner ended after six hours.", "ASSAULT"),
    ("Agents poisoned the exiled dissident in a hotel.", "ASSAULT"),
    ("Saboteurs sabotaged the gas pipeline near the border.", "ASSAULT"),
    # AGREE: a promise that something will go on; plans announced name the planned act
    ("The premier assured Freedonia that his government would keep supplying grain.", "AGREE"),
    ("The ministry announced plans to hold talks with the Freedonian envoy in May.", "AGREE"),
    ("Freedonia said it was open to holding talks with the strikers.", "AGREE"),
    ("The commission proposed a relief package for the flooded provinces.", "AGREE"),
    # CONCEDE: remorse, a contested bill given up, a demand conceded
    ("The Ruritanian president expressed deep remorse for the massacre of 1952.", "CONCEDE"),
    ("The cabinet shelved the contested media bill after the rallies.", "CONCEDE"),
    ("The junta bowed to the demands of the striking miners.", "CONCEDE"),
    # COOPERATE: acting together, coordinated operations, goods sold abroad
    ("Ruritanian and Freedonian commandos trained together in the desert.", "COOPERATE"),
    ("Freedonia coordinated its operations against the smugglers with Ruritania.", "COOPERATE"),
    ("Chile exported two million tonnes of copper to India last month.", "COOPERATE"),
    # AID: money given, equipment handed or provided, weapons delivered, refugees taken in
    ("Ruritania contributed 40 million crowns to the relief agency.", "AID"),
    ("The government supplied the Freedonian coast guard with four patrol vessels.", "AID"),
    ("Ruritania delivered a batch of howitzers to the Freedonian army.", "AID"),
    ("Freedonia sent three air defence systems to Ruritania on Monday.", "AID"),
    ("The island nation has taken in 30,000 refugees from the civil war.", "AID"),
    ("The envoy handed the Freedonian minister a consignment of vaccines.", "AID"),
    # RETREAT: a resignation tendered, aid let in, bodies handed back
    ("The interior minister offered his resignation on Sunday.", "RETREAT"),
    ("The militia allowed food convoys to reach the besieged town.", "RETREAT"),
    ("The rebels handed back the remains of six soldiers.", "RETREAT"),
    # REJECT: calls brushed aside
    ("The Freedonian leader brushed aside demands for a recount.", "REJECT"),
    # SANCTION: bans on goods, freezes on sales, embassies closed, visas revoked, sentences handed down
    ("Freedonia banned Ruritanian poultry products on Monday.", "SANCTION"),
    ("Ruritania announced a freeze on arms sales to Freedonia.", "SANCTION"),
    ("The government imposed an asset freeze on three Freedonian generals.", "SANCTION"),
    ("Ruritania tightened export controls on chips to Freedonia.", "SANCTION"),
    ("Freedonia closed the Ruritanian embassy in its capital.", "SANCTION"),
    ("Ruritania revoked the visas of twelve Freedonian officials.", "SANCTION"),
    ("A Freedonian court handed a nine-year prison sentence to the Ruritanian reporter.", "SANCTION"),
    # MOBILIZE: reserves called up, positions reinforced, presence stepped up, missiles into the sea,
    # weapons stationed, shows of force, being placed on alert
    ("Freedonia called up 50,000 reservists on Friday.", "MOBILIZE"),
    ("The army reinforced its positions along the northern frontier.", "MOBILIZE"),
    ("Ruritania stepped up its naval presence near the straits.", "MOBILIZE"),
    ("Freedonia fired two ballistic missiles into the sea on Sunday.", "MOBILIZE"),
    ("Ruritania stationed nuclear-capable weapons near the border.", "MOBILIZE"),
    ("Freedonian jets flew over the islands in a show of force.", "MOBILIZE"),
    ("Freedonia put its air defences on standby along the coast.", "MOBILIZE"),
    ("Ruritanian gunboats patrolled the disputed lake on Friday.", "MOBILIZE"),
    ("Freedonia sent a dozen warplanes toward the islands.", "MOBILIZE"),
    ("Ruritania placed eleven Freedonian banks on its financial blacklist.", "SANCTION"),
    ("Freedonia restricted exports of rare earths to Ruritania.", "SANCTION"),
    ("Two Freedonian destroyers sailed through the disputed strait on Sunday.", "MOBILIZE"),
    ("Japan said it would buy more gas from Qatar next winter.", "AGREE"),
    ("Police forces of the two countries teamed up against the smugglers.", "COOPERATE"),
    ("Ruritania announced the delivery of 500 tonnes of wheat to Freedonia.", "AID"),
    ("The air force waged a bombing campaign against the rebel villages.", "ASSAULT"),
    ("The president commuted the death sentences of twelve inmates.", "CONCEDE"),
    ("The rebels announced the release of a kidnapped missionary.", "RETREAT"),
    # COERCE: searches, organisations dissolved or suspended, labels that restrict, access blocked
    ("Soldiers conducted house-to-house searches in the old city.", "COERCE"),
    ("The junta dissolved the two main opposition parties.", "COERCE"),
    ("The government suspended the activities of six charities.", "COERCE"),
    ("The ministry designated the newspaper a foreign agent.", "COERCE"),
    ("The regulator blocked access to the messaging service.", "COERCE"),
    # ASSAULT: bombs planted, weapons slamming into targets, tanks pushing in, military action
    ("Militants planted a bomb under a bridge outside the city.", "ASSAULT"),
    ("A rocket slammed into a school in the border town.", "ASSAULT"),
    ("Freedonian tanks pushed into the northern suburbs.", "ASSAULT"),
    ("Ruritania took military action against the rebel camps.", "ASSAULT"),
    # ACCUSE: attacked for a policy is blame, not force
    ("The opposition leader attacked the government for its handling of the floods.", "ACCUSE"),
    ("The authorities restored the internet after a week-long shutdown.", "CONCEDE"),
    ("Freedonian farmers blockaded the main border crossing with tractors.", "PROTEST"),
    # idioms and phrasal verbs
    ("The Freedonian president paid tribute to the victims of the ferry disaster.", "SUPPORT"),
    ("The two police forces pooled their resources to catch the smugglers.", "COOPERATE"),
    ("Ruritania bailed out the Freedonian central bank last year.", "AID"),
    ("The Freedonian government poured cold water on the peace proposal.", "REJECT"),
    ("Ruritania lodged stern representations with Freedonia over the arrests.", "ACCUSE"),
    ("Riot police broke up a student sit-in outside the ministry.", "COERCE"),
    # PROTEST: a bare walkout
    ("Dock workers staged a walkout at the main port.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "expected"), FRESH_WORDINGS)
def test_fresh_wordings_report_their_category(nlp, finder, text, expected):
    assert expected in categories(nlp, finder, text)


FRESH_NOT_REPORTED = [
    "The agency warned that the drought could cause a famine.",  # a forecast, no measure held out
    "The battle for votes in the northern province heated up this week.",  # campaigning
    "The tourism industry is fighting a losing battle against rising fuel costs.",
    "The escalation now threatens the northern towns.",  # an act endangers, no one warns
    "The senator has clashed repeatedly with Joe Biden over the budget.",  # a quarrel with a person
    # silence towards the press, one's own aims, idioms
    "The ministry declined to comment on the reports.",
    "Army spokesmen refused to confirm whether the commander had been killed.",
    "The defence ministry is pushing to keep its troops in the north.",
    # facts seen, press conferences held
    "The minister recognised the need for more housing.",
    "The ministry held a press conference on Tuesday.",
    # texts released, votes hijacked, talks sabotaged in words
    "The two ministries released a joint communique on fisheries.",
    "Opponents said the populists hijacked the debate on pensions.",
    # something threatened is a danger, not a warning
    "Floods threaten the maize harvest in the south.",
    # an event judged unlikely with another copula than "be"
    "Diplomats say a Freedonian invasion remains unlikely this year.",
    # firms selling abroad and planned domestic works are no relations between parties
    "Farmers in the valley exported more apples to Freedonia than ever.",
    "The ministry announced plans to build a new stadium in the capital.",
    # a cruise ship sailing is no naval move
    "The cruise ship sailed from the port to the islands on Sunday.",
    # security stepped up around a venue and sporting defence are no deployment
    "Police reinforced security around the stadium before the final.",
]


@pytest.mark.parametrize("text", FRESH_NOT_REPORTED)
def test_fresh_lookalikes_report_nothing(nlp, finder, text):
    assert categories(nlp, finder, text) == []


def test_reason_that_names_a_danger_is_no_threat(nlp, finder):
    text = "Freedonia banned the apps, saying they threatened national security."
    assert categories(nlp, finder, text) == ["SANCTION"]


def test_strikes_by_a_state_or_its_forces_are_force(nlp, finder):
    assert categories(nlp, finder, "Freedonia announced new strikes across the border region.") == ["ASSAULT"]
    assert categories(nlp, finder, "The army announced fresh strikes in the south overnight.") == ["ASSAULT"]
    assert categories(nlp, finder, "Railway unions announced strikes across the country.") == ["PROTEST"]
    (trig,) = triggers(nlp, finder, "Bus drivers in the capital launched a strike over unpaid wages.")
    assert (trig.category, trig.mode) == ("PROTEST", "strike")


def test_place_left_behind_does_not_re_read_a_withdrawal(nlp, finder):
    (trig,) = triggers(nlp, finder, "Freedonian troops withdrew from the refugee camp on Monday.")
    assert (trig.category, trig.mode) == ("RETREAT", "withdraw")


def test_released_aid_worker_is_a_release(nlp, finder):
    (trig,) = triggers(nlp, finder, "The rebels released a kidnapped aid worker on Friday.")
    assert (trig.category, trig.mode) == ("RETREAT", "release")


def test_conditional_military_action_is_a_threat(nlp, finder):
    text = "Ruritania said it would take military action if Freedonian troops crossed the river."
    assert "THREATEN" in categories(nlp, finder, text)


def test_rulers_barring_people_restrict_while_kidnappers_seizing_them_use_force(nlp, finder):
    (trig,) = triggers(nlp, finder, "The Taliban barred girls from attending secondary schools.")
    assert (trig.category, trig.mode) == ("COERCE", "restrict")
    assert categories(nlp, finder, "Kidnappers seized nine travellers from a minibus.") == ["ASSAULT"]
    (trig,) = triggers(nlp, finder, "The regulator blocked a popular messaging app.")
    assert (trig.category, trig.mode) == ("COERCE", "censor")


@pytest.mark.parametrize("text", [
    "The army shelled rebel positions near the border.",
    "The minister said the talks would resume next week.",
    "Is the army going to attack the town?",
    "The weather was fine on Monday.",
    "Lifting the sanctions is out of the question, the minister said.",
])
def test_has_trigger_says_whether_find_reports_anything(nlp, finder, text):
    sentence = next(nlp(text).sents)
    assert finder.has_trigger(sentence) == bool(finder.find(sentence))


def test_being_called_back_is_no_request(nlp, finder):
    text = "The ministers were called back from their holidays for a vote."
    assert "REQUEST" not in categories(nlp, finder, text)
    assert categories(nlp, finder, "The ministers called for a vote on the treaty.") == ["REQUEST"]


def test_warning_of_a_danger_threatens_no_one(nlp, finder):
    assert categories(nlp, finder, "Aid agencies warned of a humanitarian catastrophe in the north.") == []
    assert categories(nlp, finder, "The army warned of serious consequences if the rebels advanced.") == [
        "THREATEN"]


def test_dispersing_needs_someone_dispersed(nlp, finder):
    assert categories(nlp, finder, "Many of the fighters had dispersed into the desert by Sunday.") == []
    assert categories(nlp, finder, "Riot police dispersed the crowd with tear gas.") == ["COERCE"]


def test_a_crowd_protesting_while_police_disperse_it_protests_of_its_own(nlp, finder):
    found = categories(nlp, finder, "Riot police used tear gas to disperse students protesting against fees.")
    assert "PROTEST" in found and len(found) == 2
    # a protest first told as the circumstance of the police action is news of its own; one recalled
    # with "the" was told before
    text = "Riot police were deployed after days of student protests."
    assert sorted(categories(nlp, finder, text)) == ["MOBILIZE", "PROTEST"]
    assert categories(nlp, finder, "Riot police were deployed after the student protests.") == ["MOBILIZE"]


def test_a_visit_that_is_the_occasion_of_the_news_is_news_of_its_own(nlp, finder):
    text = "The Kenyan president pledged support for Somalia during a visit to Mogadishu."
    found = categories(nlp, finder, text)
    assert "CONSULT" in found and len(found) == 2
