"""Actors: who a phrase names, as PLOVER entities (country or special code + sector).

`ActorResolver` (resolver.py) reads phrases of a spaCy parse; `lexicon.py` loads the data files in
`data/` plus the user's files (`Settings.extra_actor_files`); `memory.py` carries what an article has
named so far to later references ("the ministry", "Hussain", "he").
"""

from dotterel.actors.lexicon import ActorFileError, load_lexicon
from dotterel.actors.resolver import ActorResolver, Mention, MentionIndex

__all__ = ["ActorFileError", "ActorResolver", "Mention", "MentionIndex", "load_lexicon"]
