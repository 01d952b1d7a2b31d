"""Clause-level facts about a trigger that change its category: intent/future wording and background.

PLOVER codes what a party says it *will* do by what that is: future cooperation of any kind is AGREE
("will visit", "is ready to send aid", "would allow access"), a future act of force or restriction is a
THREATEN ("would blockade the capital", "will extend the curfew"), and a refusal of future
cooperation is REJECT ("will not accept refugees"). Events in background clauses ("after two days of
fighting", "following the killing of ...") are not the news of the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# "X is willing/ready to ...", "X plans to ...": the embedded act is intended, not done.
INTENT_ADJECTIVES = frozenset(
    {"willing", "ready", "prepared", "determined", "eager", "keen", "poised", "set", "likely", "due"}
)
INTENT_VERBS = frozenset(
    {"plan", "intend", "prepare", "want", "hope", "aim", "expect", "seek", "wish", "consider", "propose",
     "aspire"}
)
# nouns whose infinitive is intended, not done: "Trump's DECISION to withdraw", "Erdogan's THREAT to attack"
INTENT_NOUNS = frozenset({"decision", "plan", "order", "pledge", "promise", "commitment", "intention",
                          "readiness", "willingness", "determination", "threat", "offer"})
OBLIGATION_AUX = frozenset({"must", "should"})
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
# announced force, restriction or protest is a threat ("will boycott the vote", "will march on ...")
# cooperation that, when withheld ("did not allow", "will not lift"), is a refusal (REJECT)
WITHHOLDABLE = frozenset({"SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
FORCEFUL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
# "STOPPED supplying arms", "CEASED arming the rebels": what went on has ended
ENDING_VERBS = frozenset({"stop", "cease", "halt", "quit", "suspend", "end", "discontinue"})

# "WITH Islamic State crushed, the powers will meet": an absolute phrase sets the scene
BACKGROUND_PREPS = frozenset({"after", "following", "since", "amid", "despite", "before", "during", "with",
                              "without"})
BACKGROUND_MARKS = frozenset(
    {"after", "since", "because", "although", "though", "until", "unless", "if", "when", "while",
     "whereas", "with"}
)


def is_negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def intent_denied(token: Token) -> bool:
    """The predicate, or the intent it hangs on, is negated: "will NOT accept", "is NOT ready to meet",
    "does NOT plan to attend"."""
    if is_negated(token) or neither_subject(token):
        return True
    parent = token.head
    if token.dep_ != "xcomp" or parent.i == token.i:
        return False
    lemma = parent.lemma_.lower()
    if lemma in INTENT_VERBS | INTENT_ADJECTIVES and is_negated(parent):
        return True
    return parent.dep_ == "acomp" and lemma in INTENT_ADJECTIVES and is_negated(parent.head)


def discontinued(token: Token) -> bool:
    """ "would NO LONGER supply arms", "STOPPED funding the agency": what went on has ended."""
    if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in token.children):
        return True
    governor = token.head
    return token.dep_ == "xcomp" and token.tag_ == "VBG" and governor.lemma_.lower() in ENDING_VERBS \
        and not is_negated(governor)


DECISION_VERBS = frozenset({"decide", "vote", "choose", "opt", "resolve", "elect"})


def decided_against(token: Token) -> bool:
    """ "voted NOT TO attend the talks", "chose not to join": a decision that refuses."""
    return token.dep_ == "xcomp" and is_negated(token) and token.head.lemma_.lower() in DECISION_VERBS


def never_done(token: Token) -> bool:
    """ "has NEVER held joint exercises": a fact about the past, not a refusal of cooperation; "has not
    YET signed the protocol": still to come, not refused."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)
    return perfect and any(c.lower_ in ("never", "yet") for c in token.children)


def neither_subject(token: Token) -> bool:
    """ "NEITHER Tehran nor Baghdad has given permission"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ in ("det", "preconj") and d.lower_ == "neither"
                                                        for d in c.children) for c in token.children)


def to_infinitive(verb: Token) -> bool:
    """The verb is marked "to": "decided TO withdraw", "the plan TO train"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_intended(token: Token) -> bool:
    """The predicate is announced or intended rather than done: "will meet", "ready to send"."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in token.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "going" for c in token.children):
        return True
    parent = token.head
    if token.dep_ == "pcomp" and parent.lower_ == "to" and parent.head.dep_ == "acomp":
        # "was OPEN TO hosting talks", "is ready for ...": a stance towards a future act
        return parent.head.lemma_.lower() in INTENT_ADJECTIVES | {"open", "amenable"}
    if token.dep_ == "xcomp" and parent.i != token.i:
        if parent.lemma_.lower() in INTENT_ADJECTIVES or parent.lemma_.lower() in INTENT_VERBS:
            return True
        if parent.pos_ == "AUX" or parent.lemma_ == "be":
            return False
    if token.dep_ == "acl" and parent.pos_ == "NOUN" and parent.lemma_.lower() in INTENT_NOUNS:
        return to_infinitive(token)
    return token.dep_ == "xcomp" and parent.dep_ == "acomp" and parent.lemma_ in INTENT_ADJECTIVES


def is_ruled_out(predicate: Token) -> bool:
    """ "(lifting the ban) is OUT OF THE QUESTION / OFF THE TABLE / NOT AN OPTION / UNTHINKABLE"."""
    if predicate.lemma_ != "be":
        return False
    for child in predicate.children:
        words = {t.lower_ for t in child.subtree}
        if child.dep_ == "prep" and child.lower_ == "out" and "question" in words:
            return True
        if child.dep_ == "prep" and child.lower_ == "off" and "table" in words:
            return True
        if child.dep_ == "acomp" and child.lower_ in ("unthinkable", "unacceptable", "inconceivable"):
            return True
        if child.dep_ == "attr" and child.lower_ == "option" and (is_negated(predicate) or "no" in words):
            return True
    return False


CONDITIONAL_MODALS = frozenset({"will", "would", "may", "might", "could", "shall", "'ll"})


def is_conditional_threat(token: Token, category: str) -> bool:
    """ "X may halt aid IF ...", "X will boycott the vote UNLESS ...": a harmful act a party says it
    would do under a condition is a threat; so is cooperation it would give only UNLESS its demand is met
    ("would let refugees through unless the EU paid")."""
    if category == "SANCTION" or category in FORCEFUL:
        marks = ("if", "unless")
    elif category in COOPERATIVE and category != "AGREE":
        marks = ("unless",)
    else:
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in CONDITIONAL_MODALS for c in token.children):
        return False
    return has_condition(token, marks)


def has_condition(token: Token, marks: tuple[str, ...] = ("if", "unless", "provided")) -> bool:
    """ "would withdraw IF the rebels disarmed": the predicate hangs on a condition of its own."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in token.children)


def is_obliged(token: Token) -> bool:
    """ "X must / should do ...": a demand when a speaker says it of someone."""
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in token.children)


def _governors(token: Token) -> list[Token]:
    """The token and every word above it, up to (not including) the root."""
    found = []
    while token.head.i != token.i:
        found.append(token)
        token = token.head
    return found


def _framing(node: Token, preps: frozenset[str], marks: frozenset[str]) -> bool:
    """An "after ..." phrase or an adverbial "when/after ..." clause, of the given words."""
    if node.dep_ == "prep":
        return node.lower_ in preps
    return node.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in marks
                                        for c in node.children)


def in_background(token: Token) -> bool:
    """The token lies in an "after ..."/"amid ..." phrase or an adverbial "when/after/as ..." clause."""
    for node in _governors(token):
        if _framing(node, BACKGROUND_PREPS, BACKGROUND_MARKS):
            return True
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in BACKGROUND_PREPS:
            return True
        if said_in_it(node):
            return False  # "after an address IN WHICH he accused ...": what was said is news of its own
        if node.dep_ in ("relcl", "acl") and not comment_clause(node) and not mediation(node) \
                and not done_to_it_by_another(node):
            return True  # "the group that has seized ...", "the coalition fighting ...": a description
    return False


def done_to_it_by_another(clause: Token) -> bool:
    """ "Israel, WHICH Iranian officials accuse of fomenting the unrest": a relative clause with a
    subject of its own tells what another party does to the noun, not who the noun is."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() in DENIALS:
        return False
    objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    if not objects and (clause.head.ent_type_ in ("DATE", "TIME")
                        or clause.head.lemma_.lower() in TIME_NOUNS):
        return False  # "a day before Sarkozy heads to Beijing": when, not what
    # "moves Pakistan denounced as illegal": a relative clause without its pronoun has no object
    on_the_noun = all(c.lower_ in RELATIVE_OBJECTS for c in objects) and not any(
        c.lower_ in RELATIVE_PRONOUNS for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    return on_the_noun and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in clause.children)


RELATIVE_OBJECTS = frozenset({"which", "whom", "who"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
TIME_NOUNS = frozenset({"day", "week", "month", "year", "hour", "time", "moment", "night", "morning",
                        "evening"})
# "..., which both countries deny": a standing denial of a claim, whose maker the clause does not name
DENIALS = frozenset({"deny", "dispute", "reject"})


# what one says things in: "an address IN WHICH he accused ..." tells what was said, not what the address is
UTTERANCES = frozenset({"address", "speech", "statement", "letter", "interview", "message", "broadcast",
                        "video", "post", "tweet", "communique", "declaration", "remarks", "op-ed", "article"})


def said_in_it(clause: Token) -> bool:
    """A relative clause "in which" on an utterance: "a televised address in which he accused ...". """
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in UTTERANCES and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children)
        for c in clause.children)


# what went on around an act, or led to it: told as a fact ("until", "if", "before" are not)
CIRCUMSTANCE_PREPS = frozenset({"after", "following", "since", "amid", "despite", "during"})
CIRCUMSTANCE_MARKS = frozenset({"after", "since", "when", "while", "as"})
NOT_CIRCUMSTANCES = frozenset({"before", "until", "unless", "if"})


def circumstance_phrase(token: Token) -> Token | None:
    """The "after ..."/"during ..." preposition or the "after/when ..." clause that the token lies in
    (not crossing a description: "the group that has seized ..."), if any."""
    for node in _governors(token):
        if _framing(node, CIRCUMSTANCE_PREPS, CIRCUMSTANCE_MARKS):
            return node
        if node.dep_ in ("relcl", "acl") or (node.dep_ in ("prep", "advcl")
                                             and node.lower_ in NOT_CIRCUMSTANCES):
            return None
    return None


def each_to_the_other(verb: Token) -> bool:
    """ "with EACH side accusing THE OTHER", "each blaming the other": both parties do it to each other."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ == "each" or any(
        c.lower_ == "each" for c in subject.children)) and any(c.lower_ == "other" for c in verb.subtree)


def acts_on_each_other(verb: Token) -> bool:
    """ "Armenia and Azerbaijan ACCUSED EACH OTHER", "... blamed one another": the subjects did it to one
    another."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    pairs = {("other", "each"), ("another", "one"), ("one", "another")}
    return any((o.lower_, d.lower_) in pairs for o in objects for d in o.children)


MEDIATING = frozenset({"mediate", "broker"})


def mediation(clause: Token) -> bool:
    """ "a swap MEDIATED BY the UAE", "a truce BROKERED BY Egypt": the third party of the news's own act,
    not a description."""
    return clause.dep_ == "acl" and clause.lemma_.lower() in MEDIATING and any(
        c.dep_ == "agent" for c in clause.children)


# a point in time, not a stretch of it: a year or a month ("in December", "on March 9", "in 2012"); what
# was done "last week" is told as the news's own background, not as a dated event of its own
POINT_IN_TIME = re.compile(
    r"\b(1[89]\d\d|20\d\d)\b|\b(days|weeks|months|years|decades) ago\b|\blast (year|month|week|weekend)\b|"
    r"\bearlier this (year|month|week)\b|\byesterday\b|"
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
    r"apr|jun|jul|aug|sept?|oct|nov|dec)\b", re.IGNORECASE)
SPAN_PREPS = frozenset({"since", "for", "over", "throughout", "until", "till", "through", "during"})


def dated_in_past(token: Token) -> bool:
    """The predicate carries its own date ("whose forces retook the region IN 2023", "the rebels, who
    killed 20 people IN DECEMBER", "who detained the president in a JULY 26 coup"): a background event
    of record, coded as such, not a description. A stretch of time ("who have fought since 2011") tells
    what a party is, not one act."""
    dates = [g for c in token.children if c.dep_ == "prep" and c.lower_ not in SPAN_PREPS
             for g in c.children if g.dep_ == "pobj"]
    dates += [c for c in token.children if c.dep_ in ("npadvmod", "advmod")]
    # "last April, WHEN President Trump fired 59 missiles": the date the clause hangs on (its own words
    # only, not the clause's: "a day before Sarkozy heads to Beijing for the FRIDAY opening")
    on_a_date = token.dep_ in ("relcl", "advcl") and token.head.ent_type_ == "DATE" \
        and _names_a_point_in_time(token.head, skip={t.i for t in token.subtree})
    return on_a_date or any(_names_a_point_in_time(d) for d in dates)


def _names_a_point_in_time(phrase: Token, skip: frozenset[int] | set[int] = frozenset()) -> bool:
    words = [t for t in phrase.subtree if t.ent_type_ == "DATE" and t.i not in skip]
    return bool(words) and bool(POINT_IN_TIME.search(" ".join(t.text for t in words)))


def is_purpose_or_participle(token: Token) -> bool:
    """An adverbial clause that elaborates its governor: "rallied TO DEMAND ...", "fired, KILLING ..."."""
    if token.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    if any(c.dep_ == "mark" and c.lower_ not in ("to", "in", "so") for c in token.children):
        return False
    has_to = to_infinitive(token)
    participle = token.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in token.children)
    return has_to or participle



# A tally of victims over a war ("500,000 people have been killed since 2011") sums many events.
TALLY_VERBS = frozenset({"kill", "die", "wound", "injure", "displace", "uproot"})
TALLY_MIN = 1000
TALLY_PHRASES = ("in total", "so far", "to date", "in all")
SCALE_WORDS = {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9}


HABIT_ADVERBS = frozenset({"routinely", "regularly", "often", "frequently", "usually", "typically",
                           "habitually", "sometimes", "always", "repeatedly"})


def is_generic(verb: Token) -> bool:
    """What happens as a rule, not an event: a present passive of no one in particular ("journalists
    ARE KILLED simply for recording the atrocities") or a present act done "routinely"/"often"."""
    if verb.tag_ not in ("VBN", "VBZ", "VBP"):
        return False
    present_passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP")
                                                 for c in verb.children)
    present = verb.tag_ in ("VBZ", "VBP") or present_passive
    habit = present and any(_habit_word(c) for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    bare = bool(subjects) and all(_bare_plural(s) for s in subjects)
    return habit or (present_passive and bare)


def _habit_word(token: Token) -> bool:
    """ "ROUTINELY", "EVERY WEEK": how often something happens."""
    if token.dep_ == "advmod":
        return token.lower_ in HABIT_ADVERBS
    return token.dep_ == "npadvmod" and any(d.lower_ in ("every", "each") for d in token.children)


def _bare_plural(noun: Token) -> bool:
    """ "journalists", "women": a plural with no determiner, number, owner or name: no one in particular."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss", "compound", "amod")
                                          and (c.dep_ != "amod" or c.ent_type_) for c in noun.children)


def is_tally(verb: Token) -> bool:
    """ "An estimated 400,000 Syrians have been killed", "four soldiers have been killed in total": a
    count kept over time (a perfect passive with a count in the thousands or a "so far"), not one event."""
    if verb.lemma_.lower() not in TALLY_VERBS or verb.tag_ != "VBN":
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if not perfect or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    clause = verb.doc[verb.left_edge.i:verb.right_edge.i + 1].text.lower()
    return any(_count(v) >= TALLY_MIN for v in victims) or any(p in clause for p in TALLY_PHRASES)


def _count(noun: Token) -> float:
    """The number a phrase counts ("500,000 people", "5.1 million displaced", "tens of thousands")."""
    words = [t.lower_ for t in noun.subtree]
    value = 0.0
    for word in words:
        digits = word.replace(",", "")
        if digits.replace(".", "", 1).isdigit():
            value = max(value, float(digits))
    for word, scale in SCALE_WORDS.items():
        if word in words:
            value = max(value, 1.0) * scale
    return value


# "..., a CHARGE Kigali denies": nouns by which a trailing comment names the report before it
COMMENTED_NOUNS = frozenset({"charge", "charges", "claim", "claims", "allegation", "allegations",
                             "accusation", "accusations", "assertion", "version", "account"})


def comments_on(clause: Token, verb: Token) -> bool:
    """Whether `verb` only comments on the `clause` the parser hung under it: "X accused Y of Z, a charge
    Y denies" is a report followed by a comment, not a denial of X's accusation."""
    if clause.dep_ != "ccomp" or clause.head != verb or clause.right_edge.i >= verb.i:
        return False
    between = verb.doc[clause.right_edge.i + 1 : verb.i]
    return any(t.text == "," for t in between) and any(t.lemma_.lower() in COMMENTED_NOUNS for t in between)


# nouns by which the writer sums up the act just told: "..., a move condemned by the UN"
SUMMING_NOUNS = frozenset({"move", "decision", "step", "measure", "action", "announcement", "ruling"})


def comment_clause(verb: Token) -> bool:
    """ "..., an allegation Moscow has denied": a relative clause on the noun that names the report
    before it, by which another party answers that report; "..., (in) a move condemned by the UN": a
    participle by which another party answers the act just told."""
    noun = verb.head.lemma_.lower()
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and noun in SUMMING_NOUNS:
        return any(c.dep_ == "agent" for c in verb.children) and _sums_up(verb.head)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("which", "that", "who")
                      for c in verb.children)
    if verb.dep_ == "relcl" and noun in SUMMING_NOUNS:  # "..., a move India dismissed"
        return own_subject and _sums_up(verb.head)
    return verb.dep_ == "relcl" and noun in COMMENTED_NOUNS and own_subject


def named_by_another(verb: Token) -> bool:
    """ "was arrested in WHAT President Arce DENOUNCED as a coup": a free relative with a subject of its
    own, by which another party names the act just told."""
    # only "in what": "struck what it called terrorist camps" names the target, not the act
    return verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "in" \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and any(c.lower_ == "what" and c.dep_ in ("dobj", "obj") for c in verb.children)


STANDING_ADVERBS = frozenset({"long", "always", "consistently", "repeatedly", "persistently"})


def standing_denial(verb: Token) -> bool:
    """ "..., a charge Kigali DENIES", "... has LONG denied": a position held, not a denial made now.
    ("has repeatedly refused to send peacekeepers" still reports refusals.)"""
    if verb.lemma_.lower() != "deny":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS for c in verb.children):
        return True
    # the parser may make "a charge" a modifier of the denier ("[a charge Kigali] denies") or an object
    # before its verb ("a charge Kampala denies")
    misparsed = any(s.dep_ == "nsubj" and any(c.dep_ == "compound" and c.lower_ in COMMENTED_NOUNS
                                              for c in s.children) for s in verb.children) or any(
        o.dep_ == "dobj" and o.lower_ in COMMENTED_NOUNS and o.i < verb.i for o in verb.children)
    return (comment_clause(verb) or misparsed) and verb.tag_ in ("VBZ", "VBP")


def _sums_up(noun: Token) -> bool:
    """The noun stands after the act, set off by a comma: an apposition or "in a move ..."."""
    attached = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun
    return attached.dep_ in ("appos", "npadvmod", "prep", "advmod", "dobj", "attr") and any(
        t.text == "," for t in noun.doc[max(attached.left_edge.i - 1, 0): attached.left_edge.i])


QUOTES = frozenset({'"', "“", "”", "``", "''"})


def is_question(sentence: Span) -> bool:
    """ "Should the west bomb Syria?": a question reports no event."""
    last = [t for t in sentence if not t.is_space and t.text not in QUOTES]
    return bool(last) and last[-1].text == "?"


def is_quoted_command(token: Token) -> bool:
    """ "Kill them all," the crowd chanted: an imperative inside quotation marks is no event."""
    if token.tag_ != "VB" or any(c.dep_.startswith("nsubj") or c.dep_ in ("aux", "auxpass")
                                 for c in token.children):
        return False
    if token.dep_ not in ("ROOT", "ccomp", "parataxis", "conj"):
        return False
    sentence = token.sent
    before = [t for t in sentence if t.i < token.i and t.text in QUOTES]
    return len(before) % 2 == 1


SIGN_NOUNS = frozenset({"sign", "placard", "banner", "poster", "slogan", "graffiti", "t-shirt", "sticker",
                        "billboard", "leaflet", "flyer", "headline"})
CHANTING_VERBS = frozenset({"chant", "shout", "scrawl", "daub", "spray-paint", "spray"})
SAID_DEPS = frozenset({"dobj", "ccomp", "xcomp", "parataxis", "attr", "oprd", "npadvmod", "nsubj", "conj",
                       "amod", "compound", "pobj", "prep", "acl", "relcl", "advmod"})


def is_slogan(head: Token) -> bool:
    """A trigger in words carried on a sign or chanted ("signs reading 'stop Turkey from helping Isis'",
    "protesters chanted 'Russia bombs children'") is a slogan, no report of an event."""
    cursor = head
    for _ in range(6):
        if cursor.head == cursor:
            return False
        said = cursor.dep_ in SAID_DEPS  # the words chanted, not "chanted as they marched"
        cursor = cursor.head
        lemma = cursor.lemma_.lower()
        if said and (lemma in CHANTING_VERBS or (lemma in ("read", "say") and _on_a_sign(cursor))):
            return True
    return False


def _on_a_sign(verb: Token) -> bool:
    """ "signs READING ...", "a banner SAID ...": the words are the sign's."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    holders = subjects + ([verb.head] if verb.dep_ in ("acl", "relcl") else [])
    return any(t.lemma_.lower() in SIGN_NOUNS for t in holders)


# the pro-forms of an echo clause: "as DID the EU", "and so HAVE Japan and Korea"
ECHO_VERBS = frozenset({"do", "have", "be"})


def echo_subjects(verb: Token) -> list[Token]:
    """Subjects of clauses that repeat the verb's act for another party with a pro-form: "Paris
    suspended aid to Niger, as did the European Union", "Canada imposed sanctions, and so did
    Australia". The clause says nothing but who (no object, no verb of its own, not negated), and its
    subject follows the verb ("as did X"; not "the first minister to do so")."""
    subjects = []
    for clause in verb.children:
        if clause.lemma_.lower() not in ECHO_VERBS or clause.dep_ not in ("advcl", "conj"):
            continue
        marker = "mark" if clause.dep_ == "advcl" else "advmod"
        word = "as" if clause.dep_ == "advcl" else "so"
        children = list(clause.children)
        if not any(c.dep_ == marker and c.lower_ == word and c.i < clause.i for c in children):
            continue
        if any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr", "neg") for c in children):
            continue  # "as did the talks fail": a clause of its own
        subjects += [c for c in children if c.dep_ == "nsubj" and c.i > clause.i]
    return subjects
