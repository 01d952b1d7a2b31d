"""A past-tense verb read as an adjective of its object gets its clause back.

The small English model sometimes reads "Myanmar's military seized power" as one noun phrase: "military"
and "seized" both modify "power", the sentence's root. Sentence-initial acronyms go the same way:
"ECOWAS imposed sanctions on Niger" makes ECOWAS a verb with "imposed sanctions" as its object. Either
way the event coder finds no verb with a subject, and the coup or the sanctions are lost.

A token tagged VBD (a finite past verb; past participles are VBN) that is an `amod` of a noun heading its
sentence is such a misreading; so is any past form that modifies the object of a capitalised acronym
heading the sentence (an acronym is no verb).
The clause is rebuilt: the verb becomes the root, the word before it (the modifier "military", or the
acronym) its subject, the noun its object; what followed the noun (when, where, a participle clause)
goes with the verb, except its own "of" phrase ("control of the capital").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECT_MODIFIER_DEPS = frozenset({"amod", "compound"})
NOUN_KEEPS = frozenset({"det", "amod", "compound", "nummod", "poss"})


def repair_subject_read_as_modifier(doc: Doc) -> Doc:
    for verb in doc:
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or verb.head.i <= verb.i:
            continue
        noun = verb.head
        subject = _misread_subject(verb, noun)
        if subject is not None:
            _rebuild(verb, noun, subject)
    return doc


def _misread_subject(verb: Token, noun: Token) -> Token | None:
    """The word the parser made a modifier of the noun, or the acronym it made the root, if the verb's
    clause was misread; else None."""
    if noun.dep_ == "ROOT" and verb.tag_ == "VBD" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
        before = [c for c in noun.children if c.dep_ in SUBJECT_MODIFIER_DEPS and c.i == verb.i - 1]
        return before[0] if before else None
    acronym = noun.head
    if noun.dep_ == "dobj" and acronym.dep_ == "ROOT" and acronym.i == verb.i - 1 and acronym.is_upper \
            and acronym.is_alpha and len(acronym) >= 2:
        return acronym
    return None


def _rebuild(verb: Token, noun: Token, subject: Token) -> None:
    old_root = subject if subject.dep_ == "ROOT" else noun
    movers = [c for c in noun.children if c.i > noun.i and not (c.dep_ == "prep" and c.lower_ == "of")]
    if old_root is subject:
        movers += [c for c in subject.children if c != noun]
    owners = [c for c in noun.children if c.dep_ == "poss" and c.i < subject.i]
    verb.head, verb.dep_ = verb, "ROOT"
    for token in movers:
        token.head = verb
    noun.head, noun.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    subject.pos_, subject.tag_ = ("PROPN", "NNP") if subject.is_upper else ("NOUN", "NN")
    verb.pos_, verb.tag_ = "VERB", "VBD"
    for owner in owners:  # "MYANMAR's military": the owner of the subject, no longer of the object
        owner.head = subject
