"""Auxiliary mode of a trigger: negated, hypothetical or future (historical comes from the event date).

Read from the words that govern the trigger: negation particles, modal verbs, conditional clauses,
and the verbs a trigger's clause is the complement of ("denied attacking", "plans to visit").
"""

from __future__ import annotations

from spacy.tokens import Token

from dotterel.events import clauses
from dotterel.events.arguments import clause_verb, is_verbal, lemma_in, owned_by_another

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "should", "must", "would", "ought"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
# "BEFORE invading Afrin, Erdogan told the US ...": when or despite what the governor acted, not what
# it asked for ("called FOR an attack")
CIRCUMSTANCE_PREPS = frozenset({"before", "after", "while", "during", "despite", "since", "upon",
                                "following", "amid"})
# A trigger in the complement of these verbs did not happen ("denied attacking", "refused to meet").
NEGATING_GOVERNORS = frozenset({"deny", "refuse", "fail", "decline", "reject", "avoid", "stop",
                                "dismiss", "halt", "cancel", "postpone", "abandon", "prevent", "spare",
                                "avert", "thwart", "foil", "forgo",
                                # "were UNABLE to arrest", "stopped SHORT of storming"
                                "unable", "short"})
# ... is only planned, promised or expected ("plans to visit", "agreed to hold talks").
FUTURE_GOVERNORS = frozenset({
    "plan", "intend", "agree", "promise", "pledge", "vow", "swear", "expect", "prepare", "schedule", "set",
    "decide", "offer", "aim", "hope", "want", "seek", "propose", "commit", "undertake", "resolve", "consider",
    "announce", "wish", "invite", "arrange", "mean", "due", "ready", "willing", "able", "poised",
})
# ... is asked for, threatened or feared, not done ("urged Iran to withdraw", "threatened to strike").
HYPOTHETICAL_GOVERNORS = frozenset({"urge", "ask", "call", "demand", "request", "press", "push", "appeal",
                                    "threaten", "warn", "fear", "want", "need", "seek",
                                    "allow", "permit", "encourage", "order", "tell", "recommend", "suggest",
                                    "insist", "persuade", "invite", "beg", "require", "wish", "hope",
                                    "accuse", "blame", "allege", "suspect", "charge", "likely", "unlikely",
                                    # "were SUPPOSED to have surrendered by now"
                                    "suppose", "hint",
                                    # a habit, not an event: "TENDS to side with strongmen"
                                    "tend"})
# "insisted (that) I FIGHT", "demanded that he RESIGN": a bare verb after these is what is asked for
MANDATIVE = frozenset({"insist", "demand", "ask", "urge", "request", "suggest", "recommend", "propose",
                       "require", "order"})
# A clause that these verbs introduce is believed or alleged, not reported as fact ...
UNCERTAIN_SPEECH = frozenset({"claim", "allege", "fear", "believe", "suspect", "think", "doubt", "speculate",
                              "suggest", "rumor", "rumour", "consider", "feel"})
# ... or wished for: the subject's intention, i.e. a future event of its own.
VOLITION = frozenset({"hope", "wish", "want", "expect", "intend", "plan", "seek", "aim", "desire"})
# An act these verbs take as their object is only intended: "PLANNING an appeal" (not "sought talks": asked)
PLANNED_OBJECTS = frozenset({"plan", "intend", "prepare", "contemplate", "want", "desire", "wish"})
# Predicates that say an event (their subject) takes place: "talks WILL RESUME", "the summit will open"
OCCURRENCE_VERBS = frozenset({"resume", "begin", "start", "continue", "open", "take", "happen", "occur",
                              "proceed", "convene", "commence", "restart", "go", "get", "be", "end",
                              "conclude", "close", "last", "run"})
SPEECH = frozenset({"say", "tell", "announce", "state", "add", "claim", "report", "confirm", "note"})
UNSAID_QUESTIONS = frozenset({"when", "whether", "how"})
# "no SIGN that ...", "no EVIDENCE that ...": the clause did not happen (not "no doubt that ...")
NOTHING_OF = frozenset({"sign", "evidence", "indication", "proof", "suggestion", "hint", "way", "chance",
                        "sense", "prospect"})
# An event noun these adjectives qualify is not reported as done: "the PLANNED summit" (future), "a
# POSSIBLE attack", "the EXPECTED offensive", "an IMMINENT attack" (imagined or awaited by others).
AWAITED = frozenset({"planned", "proposed", "upcoming", "forthcoming", "scheduled", "future", "pending"})
IMAGINED = frozenset({"possible", "potential", "likely", "feared", "threatened", "prospective", "expected",
                      "imminent", "impending", "looming", "anticipated", "hypothetical", "would-be"})
# "a SCENARIO where Russia attacks Britain", "the POSSIBILITY that Isis can inspire ...": supposed cases
SUPPOSED_CASES = frozenset({"scenario", "possibility", "prospect", "risk", "danger", "likelihood",
                            "eventuality", "hypothesis", "spectre", "specter"})
# "was MISTAKENLY thought to have been killed": what a belief wrongly held tells did not happen
MISTAKEN = frozenset({"mistakenly", "wrongly", "falsely", "erroneously", "wrongfully"})
# "too weak to attack", "too soon to claim": not done; but "too quick to blame" was done, only hastily
DONE_HASTILY = frozenset({"quick", "fast", "slow", "late", "eager", "keen", "ready", "happy", "willing",
                          "quickly", "slowly", "hasty"})


def auxiliary_mode(head: Token, category: str) -> str | None:
    """"negated", "hypothetical", "future" or None for a trigger whose head word is `head`."""
    verb = clause_verb(head)
    if _presupposed(head, verb):
        verb = head  # "Isis WILL USE Trump's withdrawal": the withdrawal keeps its own time
    anchors = [head] if verb == head else [head, verb]
    if any(_negated(tok) for tok in anchors):
        return "negated"
    if any(_is_no(tok) for tok in [head, *head.children]) or _none_reported(head):
        return "negated"
    if any(_instead(tok) for tok in anchors):
        return "negated"
    if verb != head and lemma_in(verb, NEGATING_GOVERNORS) and not is_verbal(head):
        return "negated"  # "was spared an assault", "prevented an attack"
    if _said_not_to_be(verb):
        return "negated"
    if is_verbal(verb) and clauses.neither_subject(verb):
        return "negated"  # "NEITHER Tehran nor Baghdad has given permission": no one named did it
    if _supposed_case(verb) or _in_case(clause_verb(head)) or _licensed(verb):
        return "hypothetical"
    if verb != head and head.dep_ == "dobj" and lemma_in(verb, PLANNED_OBJECTS):
        return "future"  # "is PLANNING an appeal", "PREPARING an offensive": the act lies ahead
    if _some_time_after(head):
        return None  # "will withdraw its troops, two months after a military COUP": the coup is done
    for tok in anchors:
        mode = _from_auxiliaries(tok)
        if mode:
            return mode
    mode = _subject_of_unreal_predicate(head) or _qualified(head)
    if mode:
        return mode
    return _from_governors(verb if is_verbal(verb) else head, category)


# what an infinitive on these nouns tells is only allowed, proposed or possible: "the vote TO ATTACK Syria",
# "a free hand to attack the Kurds", "the right to defend itself"
LICENSING_NOUNS = frozenset({
    "vote", "motion", "bill", "proposal", "right", "power", "authority", "authorisation", "authorization",
    "permission", "hand", "licence", "license", "chance", "opportunity", "option", "pretext", "excuse",
    "ability", "capacity", "readiness", "willingness", "freedom", "mandate", "leeway", "capability"})


def _licensed(verb: Token) -> bool:
    """The infinitive hangs on such a noun, or directly follows it (the parser may hang "the vote to
    attack" on the verb before)."""
    marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.tag_ != "VB" or verb.i < 2 or not marked:
        return False
    if verb.dep_ in ("acl", "relcl", "advcl") and verb.head.pos_ == "NOUN":
        return lemma_in(verb.head, LICENSING_NOUNS)  # also "a pretext FOR THE US to launch strikes"
    noun = verb.doc[verb.i - 2]
    return noun.pos_ == "NOUN" and lemma_in(noun, LICENSING_NOUNS)


def _some_time_after(tok: Token) -> bool:
    """The object of an "after" measured back in time ("two months after a coup"): an act before the
    news, whatever the time of the clause it hangs on."""
    return tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "after" \
        and any(c.dep_ == "npadvmod" for c in tok.head.children)


def _subject_of_unreal_predicate(head: Token) -> str | None:
    """An event noun that is the subject of a modal predicate shares its modality: "the truce COULD
    collapse", "clashes MAY erupt", "talks WILL resume next week"."""
    if is_verbal(head) or head.dep_ not in ("nsubj", "nsubjpass") or head.head == head:
        return None
    if _definite_and_owned(head):
        return None  # "THE RUSSIAN refusal will anger the US": the refusal was made, the anger is to come
    predicate = head.head
    mode = _from_auxiliaries(predicate)
    if mode == "future" and (predicate.lemma_.lower() not in OCCURRENCE_VERBS
                             or any(c.lower_ == "would" for c in predicate.children)):
        # "an assault WOULD LEAD to an exodus": a consequence imagined, not an event announced
        return "hypothetical"
    return mode


def _definite_and_owned(noun: Token) -> bool:
    """ "the Russian refusal", "Turkey's offensive": a known act of a named party, not one imagined
    ("an assault would lead to ...")."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
    named = any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                for c in noun.children)
    return owned_by_another(noun) or (definite and named)


def _said_not_to_be(verb: Token) -> bool:
    """A clause on "no sign", "no evidence", "no way" tells what did not happen: "there is no evidence
    that Iranian forces attacked the tanker", "no sign Russia was willing to put pressure on Assad"."""
    cursor = verb
    for _ in range(4):
        governor = cursor.head
        if governor == cursor:
            return False
        if cursor.dep_ in ("acl", "relcl", "ccomp") and governor.lemma_.lower() in NOTHING_OF \
                and any(c.dep_ == "det" and c.lower_ == "no" for c in governor.children):
            return True
        if cursor.dep_ not in ("xcomp", "acomp", "ccomp", "acl", "relcl", "conj"):
            return False
        cursor = governor
    return False


def _supposed_case(verb: Token) -> bool:
    """A clause on "a scenario where ...", "the possibility that ...": a case imagined, not reported."""
    cursor = verb
    for _ in range(3):
        governor = cursor.head
        if governor == cursor or cursor.dep_ not in ("acl", "relcl", "ccomp", "xcomp", "conj"):
            return False
        if cursor.dep_ in ("acl", "relcl", "ccomp") and governor.lemma_.lower() in SUPPOSED_CASES:
            return True
        cursor = governor
    return False


def _in_case(verb: Token) -> bool:
    """A clause that "in case" opens is a feared possibility: "worried for the families, in case Isis
    raided the house". The parser hangs a bare "in case" on the clause's verb, on the verb before it,
    or reads "case" as a word of its subject ("in case rebels attacked"); "in the case of" is another
    matter."""
    if not is_verbal(verb):
        return False
    bare_case = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i
                 for g in c.children if g.dep_ == "pobj" and g.lower_ == "case" and not list(g.children)]
    start = verb.left_edge.i
    opened = any(0 <= i < verb.i - 1 and verb.doc[i].lower_ == "in" and verb.doc[i + 1].lower_ == "case"
                 for i in (start - 2, start - 1, start))
    return bool(bare_case) or opened


def _qualified(head: Token) -> str | None:
    """An event noun qualified as awaited ("the expected offensive") or imagined ("a possible attack")."""
    if is_verbal(head):
        return None
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    # "the expected autumn offensive": the adjective may hang on a modifier
    words = {t.lower_ for c in modifiers for t in (c, *c.children) if t is c or t.dep_ == "amod"}
    if words & IMAGINED or _anticipated(head):
        return "hypothetical"
    return "future" if words & AWAITED else None


# "bracing for a Turkish attack", "preparing for an assault", "awaited the offensive": not yet done
ANTICIPATING_FOR = frozenset({"brace", "prepare", "wait", "gear", "steel"})
ANTICIPATING = frozenset({"await", "anticipate", "expect", "fear", "dread"})


def _anticipated(noun: Token) -> bool:
    """An event noun that is awaited or said to be a case that may come: "bracing for a Turkish attack",
    "clashes are now a distinct possibility", "an offensive is imminent"."""
    governor = noun.head
    if noun.dep_ == "nsubj" and governor.lemma_ == "be":
        said = [c for c in governor.children if c.dep_ in ("attr", "acomp")]
        return any(c.lemma_.lower() in SUPPOSED_CASES or c.lower_ in IMAGINED for c in said)
    if noun.dep_ == "pobj" and governor.lower_ == "for":
        return governor.head.lemma_.lower() in ANTICIPATING_FOR
    return noun.dep_ in ("dobj", "obj") and governor.lemma_.lower() in ANTICIPATING


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or (c.lower_ in ("never",) and c.dep_ in ("advmod", "neg")) for c in tok.children):
        return True
    # "were not injured OR captured", "did not attack or threaten": the negation covers the alternatives
    first = tok.head
    return (tok.dep_ == "conj" and first != tok and any(c.dep_ == "cc" and c.lower_ in ("or", "nor")
                                                        for c in first.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
            and any(c.dep_ == "neg" for c in first.children))


def _instead(tok: Token) -> bool:
    """ "instead of retreating", "rather than attacking": the alternative that did not happen."""
    if tok.dep_ not in ("pcomp", "pobj") or tok.head == tok:
        return False
    prep = tok.head
    words = {prep.head.lower_, *(c.lower_ for c in prep.children)}
    return (prep.lower_ == "of" and "instead" in words) or (prep.lower_ == "than" and "rather" in words)


def _is_no(tok: Token) -> bool:
    return tok.dep_ == "det" and tok.lower_ in ("no",)


# "there were NO REPORTS OF protests", "no sign of fighting", "no evidence of an attack"
EVIDENCE_NOUNS = frozenset({"report", "sign", "evidence", "indication", "word", "trace", "record", "news"})


def _none_reported(head: Token) -> bool:
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    noun = head.head.head
    return lemma_in(noun, EVIDENCE_NOUNS) and any(_is_no(c) for c in noun.children)


def _from_auxiliaries(tok: Token) -> str | None:
    for child in tok.children:
        word = child.lower_
        if child.dep_ in ("aux", "auxpass"):
            if word in FUTURE_MODALS:
                return "future"
            if word == "would":  # "(said it) would attack": future of the past; "would attack if ...": unreal
                return "future" if _reported(tok) and not clauses.has_condition(tok) else "hypothetical"
            if word in HYPOTHETICAL_MODALS:
                return "hypothetical"
        if child.dep_ == "mark" and word in CONDITION_MARKS:
            return "hypothetical"
    # "is going to attack", "is to visit"; "is not going to withdraw"
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and tok.head.tag_ == "VBG":
        return "negated" if _negated(tok.head) else "future"
    if _is_to(tok):
        return "negated" if _negated(tok.head) else "future"
    return None


def _is_to(tok: Token) -> bool:
    """ "The Home Office IS TO SUSPEND cooperation": a present "be" with an infinitive announces a plan."""
    return (tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and tok.head.tag_ in ("VBZ", "VBP")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _reported(tok: Token) -> bool:
    """Inside a clause that a speech verb reports: "would" is then the future of the past."""
    cursor = tok
    for _ in range(3):
        if cursor.dep_ in ("ccomp", "parataxis") and cursor.head.lemma_ in SPEECH:
            return True
        if cursor.head == cursor or cursor.dep_ in ("relcl", "appos"):
            break  # "..., something Assad WOULD resist": the writer's aside, not the reported words
        cursor = cursor.head
    return False


def _conditional(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children)


def _inside_condition(tok: Token) -> bool:
    """The token lies somewhere inside an "if/unless ..." clause, however deep."""
    cursor = tok
    for _ in range(6):
        if cursor.dep_ == "advcl" and _conditional(cursor):
            return True
        if cursor.head == cursor:
            return False
        cursor = cursor.head
    return False


def _from_governors(tok: Token, category: str) -> str | None:
    """Walk up through the clauses that embed the trigger; the first telling governor decides."""
    if _in_open_question(tok):
        return "hypothetical"
    if _inside_condition(tok):
        return "hypothetical"  # "IF they are able to REACH agreement", "UNLESS it is ready to COMPROMISE"
    cursor = tok
    for _ in range(5):
        dep = cursor.dep_
        governor = cursor.head
        if governor == cursor:
            return None
        if dep == "advcl" and _negated(governor) and lemma_in(governor, SPEECH) \
                and any(c.dep_ == "advmod" and c.lower_ in UNSAID_QUESTIONS for c in cursor.children):
            return "negated"  # "has not said when it intends to hand power back": nothing announced
        if dep not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "dobj", "conj", "advcl"):
            return None
        if clauses.comments_on(cursor, governor):
            return None  # "accused Rwanda of ..., a charge Kigali denies": reported, then commented on
        if clauses.mediation(cursor):
            return None  # "agreed to a truce BROKERED by Egypt": the brokering is done, whatever is agreed
        if dep == "prep" and cursor.lower_ == "by" and is_verbal(governor) \
                and not _from_auxiliaries(governor):
            return None  # "BY ARMING militias, Tehran has sought to ...": the means used are done
        lemma = governor.lemma_.lower()
        if dep in ("xcomp", "pcomp", "pobj", "prep", "acl", "ccomp", "dobj"):
            ruled_out = lemma == "rule" and any(c.lower_ == "out" for c in governor.children)
            if lemma_in(governor, NEGATING_GOVERNORS) or ruled_out:  # "spared" is lemmatised "spar"
                return "negated"
            if _negated(governor) and dep in ("xcomp", "ccomp", "dobj"):
                return "negated"
            if _ruled_out_by(dep, governor):
                return "negated"
            if dep == "ccomp" and lemma in MANDATIVE and cursor.tag_ in ("VB", "VBP") \
                    and not any(c.dep_ == "aux" for c in cursor.children):
                return "hypothetical"
            if dep == "ccomp" and lemma in UNCERTAIN_SPEECH:
                # "believes there is room for cooperation": no agent of its own, so it states the
                # believer's stance; "believes Russia attacked" reports an unconfirmed event
                return "hypothetical" if _has_own_subject(cursor) else "future"
            if dep in ("xcomp", "ccomp") and lemma in VOLITION:
                return "future"  # "wants to attack": an intention, coded as AGREE/THREATEN
            if dep in ("xcomp", "acl", "pcomp", "pobj", "prep", "dobj") and lemma in HYPOTHETICAL_GOVERNORS \
                    and not (dep == "prep" and cursor.lower_ in CIRCUMSTANCE_PREPS):
                return "hypothetical"
            if lemma == "able" and governor.head.tag_ == "VBD" and not _negated(governor.head):
                return None  # "WERE ABLE TO bomb Douma": managed to, so done
            if dep in ("xcomp", "acl", "prep", "pobj", "dobj") and lemma in FUTURE_GOVERNORS \
                    and not (dep == "prep" and cursor.lower_ in CIRCUMSTANCE_PREPS | {"with"}):
                return "future"  # not "agreed to a truce, WITH each side accusing the other"
        if dep == "ccomp" and lemma in SPEECH and _obliged_to_say(governor):
            return None  # "we MUST CONFIRM that a soldier was killed": a duty to tell, the news stands
        if dep == "advcl" and cursor.tag_ == "VBD":
            return None  # "would not sign the bill, a day after protesters STORMED parliament": done
        if _some_time_after(cursor):
            return None  # "would take Ecuador to court, a day after BREAKING OFF relations": done
        if is_verbal(governor) and not _presupposed(cursor, governor):
            mode = _from_auxiliaries(governor)
            if mode == "hypothetical" or (mode == "future" and dep != "ccomp"):
                return mode
            if dep == "ccomp" and lemma in SPEECH:
                return None
        cursor = governor
    return None


def _obliged_to_say(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)


def _ruled_out_by(dep: str, governor: Token) -> bool:
    """The governor says the act was not done: "was NOT prepared to fight", "TOO weak to attack",
    "has YET to give a verdict", "was MISTAKENLY thought to have been killed"."""
    adverbs = {c.lower_ for c in governor.children if c.dep_ == "advmod"}
    if dep in ("xcomp", "ccomp") and adverbs & MISTAKEN:
        return True
    if dep != "xcomp":
        return False
    not_ready = governor.dep_ == "acomp" and _negated(governor.head)
    not_yet = governor.lemma_ in ("have", "be") and "yet" in adverbs
    return not_ready or not_yet or _too_much(governor)


def _too_much(governor: Token) -> bool:
    """ "is TOO WEAK to attack", "it is much TOO SOON to claim": the degree rules the act out."""
    degrees = [governor, *(c for c in governor.children if c.dep_ in ("acomp", "advmod"))]
    return any(d.lower_ not in DONE_HASTILY and any(c.dep_ == "advmod" and c.lower_ == "too"
                                                    for c in d.children) for d in degrees)


def _presupposed(noun: Token, verb: Token) -> bool:
    """An event noun that names its own actor keeps its own time: "Isis WILL USE Trump's withdrawal",
    "Moscow COULD EXPLOIT Turkey's attack" (the withdrawal and the attack took place), unlike "will
    launch an offensive" or "will increase its cooperation"."""
    return noun.dep_ == "dobj" and noun.head == verb and not is_verbal(noun) and owned_by_another(noun)


def _in_open_question(tok: Token) -> bool:
    """ "has not said WHETHER it is prepared to withdraw": the act is an open question."""
    cursor = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in cursor.children):
            return True
        if cursor.dep_ not in ("xcomp", "acomp", "conj") or cursor.head == cursor:
            return False
        cursor = cursor.head
    return False


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


def in_condition(head: Token) -> bool:
    """The trigger's clause is the condition of another ("if troops cross the border, ...")."""
    cursor = clause_verb(head)
    for _ in range(5):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in cursor.children):
            return True
        if cursor.dep_ not in ("advcl", "conj", "xcomp") or cursor.head == cursor:
            return False
        cursor = cursor.head
    return False


def governed_hypothetical(head: Token, category: str) -> bool:
    """A governing word makes the trigger's clause unreal: "unlikely to attack", "urged X to withdraw"."""
    verb = clause_verb(head)
    governed = _from_governors(verb if is_verbal(verb) else head, category)
    return _supposed_case(verb) or governed == "hypothetical"
