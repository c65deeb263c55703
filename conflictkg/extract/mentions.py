"""Actor and place mentions in one sentence, and who a pronoun or a repeated name refers to.

Order of the passes (each only reads tokens the previous ones left free):

1. region-pack names (longest match), ambiguous places settled by context ("Bamba (Bourem)");
2. states: a nationality or a country with a force or government noun ("Malian army camp",
   "Niger's defence ministry", "armée malienne", "présidence française");
3. repeated people ("Cissé", "M. Cissé", "Keïta") and typos of pack names ("Timbukutu");
4. names the pack does not know: people after a title or in a role, groups with a group word,
   villages after a place cue, ethnic groups of civilians or of attackers - new, unverified;
5. generic state words ("the army", "soldiers", "le gouvernement") for the report's country;
6. pronouns and anaphora ("they", "the group", "la milice") resolved to a salient antecedent:
   they never create an entity.
"""
from __future__ import annotations

from . import fastre as re
from collections import Counter, deque
from dataclasses import dataclass, field

from ..graph.statements import slug
from . import lexicon as L
from .gazetteer import Gazetteer, Match, Token, tokenize
from .places import CONTAINER_GAP, LANDMARK_GAP
from .text import fold, norm_key

ACTOR_CLASSES = {"ArmedGroup", "StateForce", "Government", "InternationalMission", "Person", "Militia",
                 "Organization", "CivilianGroup"}
GROUPISH = {"ArmedGroup", "Militia", "StateForce", "InternationalMission", "Government", "Organization", "CivilianGroup"}


# words that say a container is a place ("localité de la province du", ", in Seno province")
_PLACE_NOUN = re.compile(r"\s*\b(?:localite|village|chef-lieu|commune|province|cercle|region|department|departement|district)\b")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    i: int                    # first token (index in the sentence's tokens)
    j: int                    # one past the last token
    eid: str
    label: str                # Actor | Place
    cls: str | None
    surface: str
    how: str                  # pack | typo | nation | bare | person | new | ethnic | coref
    alias_ok: bool = True
    new: object = None        # NewEntity when the entity is created here
    group: int = -1           # coordination group within the sentence
    paren: bool = False       # inside parentheses
    hedge_inside: str | None = None
    dateline: bool = False    # "BAMAKO -": where the report was filed, not where events happened
    metonymy: bool = False    # a country or capital standing for its government ("France decided")
    relational: bool = False  # named only to describe another ("membre du JNIM", "a JNIM affiliate")
    alts: list = field(default_factory=list)   # other antecedents of a pronoun, best first
    conjunct: bool = False    # one of several actors coordinated ("A, B and C"): not what a singular "it" stands for


@dataclass
class DocState:
    """Discourse memory of one report (bounded, so long files stream)."""

    gaz: Gazetteer
    lang: str = "en"
    countries: Counter = field(default_factory=Counter)       # country code -> weight
    recent: deque = field(default_factory=lambda: deque(maxlen=60))   # (sentence no, Mention)
    subjects: deque = field(default_factory=lambda: deque(maxlen=6))  # per sentence: [Mention]
    persons: dict = field(default_factory=dict)               # surname key / full key -> entity id
    new_entities: dict = field(default_factory=dict)          # id -> NewEntity
    new_by_key: dict = field(default_factory=dict)            # normalised name -> id
    places_seen: dict = field(default_factory=dict)           # place id -> count
    ethnic_ids: set = field(default_factory=set)              # groups named by community: kept only if they act or suffer
    remembered: set = field(default_factory=set)              # pack people whose names are in ``persons``
    gender: dict = field(default_factory=dict)                # person id -> "f" | "m", from titles ("Mme", "la ministre")
    topic_person: str | None = None                           # the first person the last sentence named (itself or by pronoun)
    protest_sentence: int | None = None                       # last sentence telling of demonstrators
    militia_sentence: int | None = None                       # last sentence naming a militia or self-defence group
    village_community: tuple | None = None                    # (sentence no, community) of "the Dogon village of X"
    section_country: str | None = None                        # the country a heading line opened ("BURKINA FASO")
    sentence_no: int = 0

    def main_country(self) -> str | None:
        if not self.countries:
            return None
        return self.countries.most_common(1)[0][0]


# -- helpers -------------------------------------------------------------------------------------

def _between(orig: str, a: Token, b: Token) -> str:
    return orig[a.end:b.start]


def _joined(orig: str, toks: list[Token], i: int, j: int) -> bool:
    """Whether tokens i..j-1 form one name (only spaces, hyphens, apostrophes between them)."""
    for k in range(i, j - 1):
        gap = orig[toks[k].end:toks[k + 1].start]
        if gap.strip(" -'’\u00a0") or "\n" in gap:
            return False
    return True


class Phrases:
    """Multi-word phrases indexed by their first word, for longest-match lookups in O(1) per
    position (the lists are long and every token is tried)."""

    def __init__(self, items):
        self.by_first: dict[str, list] = {}     # first word -> lengths, longest first
        self.table: dict[tuple, object] = {}
        for ph, payload in items:
            if ph:
                self.table.setdefault(ph, payload)
                lens = self.by_first.setdefault(ph[0], [])
                if len(ph) not in lens:
                    lens.append(len(ph))
        for v in self.by_first.values():
            v.sort(reverse=True)

    def at(self, toks: list[Token], i: int, keys: list | None = None):
        """(length, payload) of the longest phrase starting at token ``i``, or (0, None)
        (``keys``: the tokens' keys, when the caller has them)."""
        if i < 0 or i >= len(toks):
            return 0, None
        lens = self.by_first.get(toks[i].key)
        if not lens:
            return 0, None
        n = len(toks)
        table = self.table
        for L_ in lens:
            if i + L_ <= n:
                if L_ == 1:
                    payload = table.get((toks[i].key,))
                elif keys is not None:
                    payload = table.get(tuple(keys[i:i + L_]))
                else:
                    payload = table.get(tuple([t.key for t in toks[i:i + L_]]))
                if payload is not None:
                    return L_, payload
        return 0, None


# words that make a line in capitals a heading of the text, not a name: "WHAT TO WATCH", "CE QU'IL
# FAUT RETENIR", "WHY IT MATTERS"
_HEADING_WORDS = frozenset(("what", "how", "why", "where", "when", "who", "to", "next", "ce", "qu", "que", "quoi", "pourquoi",
                            "comment", "pourquoi", "retenir", "savoir", "faut", "il"))


def _caps_heading(orig, toks, i: int, j: int) -> bool:
    """Whether ``toks[i:j]`` is a whole line in capitals holding a word no name has (a section
    heading of a round-up or a feature): its "WATCH" is no organisation."""
    if j - i < 2 or not all(t.upper or len(t.key) == 1 or not t.key.isalpha() for t in toks[i:j]):
        return False
    if not any(t.key in _HEADING_WORDS for t in toks[i:j]):
        return False
    before = orig[orig.rfind("\n", 0, toks[i].start) + 1:toks[i].start]
    after_end = orig.find("\n", toks[j - 1].end)
    after = orig[toks[j - 1].end:after_end if after_end >= 0 else len(orig)]
    return not before.strip(" *#-\u2022\t") and not after.strip(" :.?!\t")


def _nationality_noun_before_name(toks, i: int, j: int) -> bool:
    """Whether the run ``toks[i:j]`` opens on a capitalised nationality noun used as a person's
    description ("le Mauritanien Fawaz Ould Ahmed", "l'Algérien X", "the Malian Sadou Chaka"):
    an article before it, one singular nationality word, then capitalised words that are no
    force, government or group nouns ("the Malian Armed Forces" keeps its nationality)."""
    if i == 0 or j - i < 2 or toks[i - 1].key not in ("le", "la", "l", "the") or toks[i].upper:
        return False
    w = toks[i].key
    if (w,) not in NAT or w.endswith("s") and not w.endswith(("ais", "ois")) or w in ("us", "u.s"):
        return False
    rest = toks[i + 1:j]
    return all(t.cap for t in rest) and not any(
        t.key in ORG_HEAD_WORDS or t.key in FORCE.by_first or t.key in GOVN.by_first or t.key in L.ADMIN_WORDS for t in rest)


def _phrase_at(toks: list[Token], i: int, phrases: "Phrases") -> int:
    """Length (in tokens) of the longest phrase starting at ``i``, or 0."""
    if i < 0 or i >= len(toks) or toks[i].key not in phrases.by_first:
        return 0
    return phrases.at(toks, i)[0]


def _phrases(words: list[str]) -> "Phrases":
    return Phrases((tuple(norm_key(w).split()), True) for w in words)


def _token_phrases(words: list[str]) -> "Phrases":
    """Phrases keyed the way the tokenizer cuts text: an elided article is a token of its own
    ("l'armée de l'air" → l armee de l air)."""
    return Phrases((tuple(norm_key(w.replace("'", " ")).split()), True) for w in words)


FORCE = _token_phrases(L.FORCE_NOUNS + L.PEACEKEEPER_NOUNS)
PEACEKEEPERS = _token_phrases(L.PEACEKEEPER_NOUNS)
GOVN = _phrases(L.GOVERNMENT_NOUNS)
BARE_FORCE = _token_phrases(L.BARE_FORCE)
BARE_GOV = _phrases(L.BARE_GOVERNMENT)
BARE_POLICE = _token_phrases(L.BARE_POLICE)
SECURITY = _token_phrases(L.SECURITY_FORCES)
SELF_DEFENCE = _token_phrases(L.SELF_DEFENCE)
MOB = _token_phrases(L.MOB_WORDS)
FOREST = _token_phrases(L.FOREST_GUARD_WORDS)
_NATIONAL_ARMY = {tuple(norm_key(w.replace("'", " ")).split()) for w in L.NATIONAL_ARMY_WORDS}
_PROTEST = re.compile(r"\b(?:" + "|".join(L.PROTEST_WORDS) + ")")
# the kinds of generic words of pass 5, in the order they are tried at a token
# a defence ministry by its name ("ministère des Armées", "Ministry of the Armed Forces", "defence ministry")
_DEFENCE_MINISTRY = re.compile(r"minist\w*\b.*\b(?:armees|armed forces|defen[cs]e)\b|\b(?:defen[cs]e|armed forces|armees) minist")
_BARE_KINDS = (("army", BARE_FORCE), ("government", BARE_GOV), ("police", BARE_POLICE), ("mission", PEACEKEEPERS),
               ("security", SECURITY), ("self-defence", SELF_DEFENCE), ("mob", MOB), ("forest", FOREST))
_BARE_FIRST = set().union(*(set(p.by_first) for _, p in _BARE_KINDS))
# the kinds (in the order above) with a phrase starting with each first word: a word is looked up
# in those alone
_BARE_BY_FIRST = {w: tuple((what, p) for what, p in _BARE_KINDS if w in p.by_first) for w in _BARE_FIRST}
TITLES = _phrases(L.PERSON_TITLES)
PLACE_CUES = _phrases(L.PLACE_CUES_BEFORE)
NAT = {tuple(norm_key(a).split()): cc for cc, adjs in L.NATIONALITIES.items() for a in adjs if norm_key(a)}
COUNTRY = {tuple(norm_key(n).split()): cc for cc, (_, names) in L.COUNTRY_NAMES.items() for n in names}
COUNTRY_P = Phrases(COUNTRY.items())
COUNTRY_FIRST = {k[0] for k in COUNTRY}
NAT_FIRST = {k[0] for k in NAT}
_NAT1 = {k[0] for k in NAT if len(k) == 1} | {"country"}
_NAT2_LAST = {k[1] for k in NAT if len(k) == 2}
# (not the elided forms, "l'ONG", "l'organisation": the tokenizer cuts them in two, so folded whole they
# never matched, and "l'ong" folded to "long", an English word read as a reference to an NGO: "had
# long been present")
ANAPH = [(tuple(norm_key(p).split()), cls) for cls, ps in L.ANAPHORA.items() for p in ps if "'" not in p]
ANAPH.sort(key=lambda x: -len(x[0]))
ANAPH_P = Phrases(ANAPH)
# what may follow a place closing a locative phrase ("in Wabaria and ...", "near Yara on Monday")
LOCATIVE_NEXT = {"and", "et", "on", "in", "near", "at", "where", "when", "while", "after", "before", "during", "le", "la",
                 "ou", "lors", "pres", "area", "zone", "region", "sector", "secteur", "axis", "axe", "commune", "village",
                 "town", "market", "district", "cercle", "locality", "localite", "outskirts", "vicinity", "environs"}
#: another name right after a village: " (Tinessou)", " [Gomo]", " (or Kessa)", " (also spelled In-Tadeini)"
_ALT_NAME = re.compile(r"\s*[(\[]\s*(?:or\s+|ou\s+|also\s+(?:spelled|written|called|known\s+as)\s+|aka\s+|alias\s+)?"
                       r"([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})\s*[)\]]")


def _longest_part(words: list[str]) -> int:
    """The most words between two "and" of a run ("Sari Maoudo and Ouro Samba": 2)."""
    n = best = 0
    for w in words:
        n = 0 if w in ("and", "et") else n + 1
        best = max(best, n)
    return best


SITE_WORDS = {"post", "checkpoint", "camp", "market", "garrison"}
#: the rest of a list of names up to its "and": ", Kondiou, and Dagani"
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*(?:[ -][A-Z0-9][\w'’-]*){0,3})*\s*,?\s+(?:and|et)\s+[A-Z]")
AREA_WORDS = {"area", "zone", "sector", "axis", "outskirts", "vicinity", "region", "commune", "district", "locality"}
AREA_OF = {"area", "vicinity", "outskirts", "villages", "hamlets", "localities", "towns", "zone", "secteur", "environs",
           "abords", "localites", "hameaux", "alentours", "axis", "axe", "quarter", "neighbourhood", "neighborhood", "quartier",
           "forest", "valley", "foret", "vallee"}
AUXILIARIES = {"was", "were", "is", "are", "has", "have", "had", "a", "ont", "est", "sont", "etait", "etaient"}
# people named by where they live ("residents in X", "les habitants de X")
PEOPLE_IN = {"residents", "inhabitants", "villagers", "students", "pupils", "youths", "youth", "people", "traders", "women",
             "farmers", "herders", "teachers", "workers", "habitants", "populations", "jeunes", "eleves", "etudiants",
             "commercants", "femmes", "villageois", "enseignants"}
# capitalised words after "in" that are not places: languages, faiths, bodies, media, seasons
NOT_PLACE_WORDS = {"islam", "christianity", "english", "french", "arabic", "tamasheq", "fulfulde", "bambara", "songhai",
                   "hausa", "ramadan", "parliament", "congress", "court", "god", "allah", "christ", "internet", "twitter",
                   "facebook", "whatsapp", "youtube", "telegram", "africa", "europe", "asia", "sahel", "sahara", "december",
                   "anglais", "francais", "arabe", "parlement", "assemblee", "dieu", "careme", "tabaski", "christmas", "noel",
                   "covid", "coronavirus", "ied", "ieds", "tv", "radio", "commune", "region", "cercle", "province", "district"}
_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediation|mediateur|mediatrice|facilitation|facilitateur|bons offices|good offices|egide|auspices|"
    r"(?:mediated|brokered|facilitated|hosted|conduite?|menee?|facilitee?s?|parrainee?s?) (?:by|par))"
    r"(?:\s+(?:internationale|algerienne|conduite|menee))?\s*(?:du|de la|de l'|d'|de|des|of|by|par)?\s*(?:the\s+|le\s+|la\s+|l')?$")
# a capital that is a party of talks stands for its government: "talks between Bamako and JNIM", "des
# pourparlers entre le JNIM et Bamako", "negotiations with Niamey", "a négocié avec Ouagadougou"
_PARTY_BEFORE = re.compile(
    r"\b(?:talks|negotiations?|negociations?|pourparlers|dialogue|discussions?|contacts?|tractations|"
    r"negotiat(?:e|ed|es|ing)|negoci(?:er|e|ent|ait|aient)|dialoguer|discuter)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:between|entre|with|avec)\s+(?:(?:the\s+|le\s+|la\s+|l')?[\w'-]+(?:\s+[\w'-]+)?\s+(?:and|et)\s+)?$")
_ENVOYS = frozenset(norm_key(w) for w in L.ENVOY_WORDS)
_SUFFERED_AFTER = re.compile(r"(?:was|were|is|are|has been|had been|est|sont|a ete|ont ete|avait ete|fut|se trouve|lies|remains|reste)\b")
_ACRONYM_SKIP = {"de", "du", "des", "d", "la", "le", "les", "l", "pour", "et", "a", "au", "aux", "en", "sur", "of", "for",
                 "the", "and", "in", "on"}
_ARMED_HEADS = {"mouvement", "front", "groupe", "coalition", "alliance", "milice", "katiba", "brigade", "movement", "group", "militia"}
_DOC_WORDS = {"communique", "communiques", "declaration", "statement", "message", "note", "avis", "release"}
CONNECT = {"al", "el", "ag", "ben", "bin", "ould", "ibn", "abu", "abou", "ou", "da", "de", "van", "von", "di", "le", "ag"}
ORG_HEAD_WORDS = {norm_key(w): cls for cls, ws in L.ORG_HEADS.items() for w in ws}

# ethnic groups: civilians or attackers named by their community
ETHNIC = {
    "fulani": "Fulani", "fula": "Fulani", "peul": "Fulani", "peuls": "Fulani", "peule": "Fulani", "peules": "Fulani",
    "peulh": "Fulani", "peulhs": "Fulani", "fulbe": "Fulani",
    "dogon": "Dogon", "dogons": "Dogon",
    "tuareg": "Tuareg", "tuaregs": "Tuareg", "touareg": "Tuareg", "touaregs": "Tuareg", "tamasheq": "Tuareg",
    "bambara": "Bambara", "bambaras": "Bambara", "songhai": "Songhai", "songhay": "Songhai", "sonrai": "Songhai",
    "mossi": "Mossi", "arab": "Arab", "arabe": "Arab", "arabes": "Arab", "daoussak": "Daoussak", "idaksahak": "Daoussak",
    "bozo": "Bozo", "bozos": "Bozo", "dozo": "Dozo", "dozos": "Dozo", "donso": "Dozo", "donsos": "Dozo", "donzo": "Dozo",
    "donzos": "Dozo", "imghad": "Imghad", "haoussa": "Hausa", "hausa": "Hausa",
    "djerma": "Zarma", "zarma": "Zarma", "gourmantche": "Gourmantche", "foulsé": "Fulse", "kurumba": "Kurumba",
}
_ETHNIC_FILLERS = {"presumes", "presume", "presumed", "suspected", "soupconnes", "armes", "arme", "armed", "traditionnels", "traditional",
                   "local", "locaux", "d", "de", "des", "of", "nomadic", "nomades", "ethnic", "ethniques"}
CIVILIAN_NOUNS = {"civilians", "villagers", "residents", "herders", "herdsmen", "farmers", "inhabitants", "people",
                  "communities", "community", "civils", "villageois", "habitants", "bergers", "eleveurs", "pasteurs",
                  "agriculteurs", "populations", "population", "communautes", "communaute", "women", "children",
                  "femmes", "enfants", "familles", "families", "displaced", "deplaces", "traders", "commercants"}
ATTACKER_NOUNS = {"attackers", "assailants", "gunmen", "militiamen", "fighters", "militia", "militias", "men",
                  "assaillants", "miliciens", "hommes", "combattants", "milice", "milices", "elements", "jihadists",
                  "djihadistes", "jihadistes", "hunters", "chasseurs", "self-defence", "vigilantes",
                  # one of them, and militants: "a presumed Dogon militiaman", "suspected Fulani militants"
                  "militiaman", "fighter", "gunman", "attacker", "assailant", "militant", "militants", "jihadist",
                  "milicien", "combattant", "assaillant", "jihadiste", "djihadiste"}
# "a Fulani armed group", "un groupe armé peul": a group is armed men only when the text says armed
_ARMED_GROUP_NOUNS = {"group", "groups", "groupe", "groupes", "gang", "gangs", "bande", "bandes"}
_ARMED_WORDS = {"armed", "arme", "armes"}
# the agent of a passive named by community alone: "was attacked by alleged Fulani", "par des Peuls"
_AGENT_BEFORE = {"by", "par"}
# "men" alone says nothing of arms: "gunmen killed three Dogon men" are villagers
_PLAIN_MEN = {"men", "man", "hommes", "homme"}
_ARMED_CUES = {"armed", "armes", "arme", "suspected", "presumed", "presumes", "presume", "soupconnes"}
_MILITIA_CUE = re.compile(r"\b(?:milit(?:ia|ias|iamen)|milices?|miliciens?|self-defen[cs]e|auto-?defense|dozos?|donsos?|hunters|"
                          r"chasseurs|ambassagou)\b")
HUNTER_WORDS = {"hunters", "chasseurs", "dozo", "dozos", "donso", "donsos", "donzo", "donzos"}
_ETHNIC_ALT = "|".join(sorted((re.escape(k) for k in ETHNIC if k.isascii()), key=len, reverse=True))
_COMMUNITY_VILLAGE = re.compile(rf"\b({_ETHNIC_ALT})\s+(?:village|villages|hamlet|hamlets|settlement|camp)\b|"
                                rf"\b(?:village|villages|hameau|hameaux|campement)\s+({_ETHNIC_ALT})\b")
# a sentence that tells violence (the community's militia is named beside its group only there)
_VIOLENCE_HERE = re.compile(r"\b(?:killed|kills|killing|attacked|attacks|attacking|clashed|clashing|ambushed|shot|burned|"
                            r"burnt|fought|abducted|kidnapped|wounded|raided|massacred|(?:ont|a|avaient|avait) (?:tue|attaque|"
                            r"enleve|blesse|incendie|massacre|pris pour cible)|tuent|attaquent|se sont affrontes|"
                            r"ete (?:attaque|tue|enleve|blesse|incendie|massacre)(?:e|s|es)?)\b")
_COMMUNAL_FIGHT = re.compile(r"\b(?:clash\w*|fight\w*|fought|violences?|hostilities|affrontements?|combats?|"
                             r"accrochages?|heurts|exchanges? of (?:gun)?fire)\b")
# words that make "X Group" a research, media or consulting body rather than an armed group
_CIVIL_GROUP_WORDS = {"crisis", "intelligence", "research", "media", "consulting", "monitoring", "advocacy", "contact",
                      "working", "studies", "study", "analysis", "risk", "policy", "press", "publishing"}
GROUP_WORDS = {"group", "groupe", "coalition", "alliance", "movement", "mouvement", "organisation", "organization",
               "branch", "branche", "faction", "affiliate", "militia", "milice", "katiba"}


class MentionFinder:
    def __init__(self, state: DocState):
        self.st = state
        self.gaz = state.gaz
        self._vocab: dict = {}
        self._orig = None

    # -- entry point ---------------------------------------------------------------------------
    def find(self, orig: str, folded: str, start: int, end: int) -> tuple[list[Token], list[Mention], list[str]]:
        """Tokens and mentions of one sentence; issues (ambiguous names) as text."""
        toks = tokenize(orig, folded, start, end)
        self._orig = orig
        self._keys = keys = [t.key for t in toks]
        self._keyset = set(keys)
        self._fseg = folded[start:end]
        issues: list[str] = []
        # index of the next capitalised token from each position: the name passes skip the rest
        n = len(toks)
        nxt = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            nxt[k] = k if (toks[k].cap or toks[k].upper) else nxt[k + 1]
        self._next_cap = nxt
        # "While the government announced ..., the group has no intention": the main clause
        # starts after the comma that closes a leading subordinate clause
        self._subordinate_start = None
        sub = re.match(r"\s*(?:and\s+|but\s+|et\s+|mais\s+)?(?:while|whilst|although|though|as|since|when|if|after|before|"
                       r"alors que|tandis que|bien que|si|lorsque|quand|meme si|apres que|avant que|depuis que)\b[^,]{3,200},",
                       folded[start:end])
        if sub:
            self._subordinate_start = start + sub.end()
        if 0 < n <= 3:
            self._section_heading(orig, toks, start, end)
        taken = [False] * len(toks)
        ms: list[Mention] = []
        self._pack(orig, toks, taken, ms, issues)
        self._foreign_namesakes(orig, folded, ms)
        self._states(orig, toks, taken, ms)
        self._metonymy(orig, folded, toks, taken, ms)
        self._people_and_typos(orig, toks, taken, ms)
        self._ethnic(orig, folded, toks, taken, ms)
        if _MILITIA_CUE.search(self._fseg):
            self.st.militia_sentence = self.st.sentence_no
        if not self._keyset.isdisjoint(ETHNIC):
            self._village_community()
        self._named_by_acronym(orig, toks, taken, ms)
        self._unknown(orig, folded, toks, taken, ms)
        self._alternative_names(orig, toks, taken, ms)
        ms.sort(key=lambda m: m.i)
        self._groups(orig, toks, ms)
        self._relational_marks(folded, ms)
        before = ms[:]
        self._coref(orig, folded, toks, taken, ms)
        self._bare(orig, toks, taken, ms)
        if ("government" in self._keyset or "gouvernement" in self._keyset or "gouvernementaux" in self._keyset or
                "gouvernementale" in self._keyset) and not self._keyset.isdisjoint(_ENVOYS):
            self._government_envoys(orig, toks, taken, ms)
        ms.sort(key=lambda m: (m.i, m.j))
        # coreference and generic words only add mentions: when they added none and the order
        # stands, the groups and relational marks above stand too
        changed = len(ms) != len(before) or any(a is not b for a, b in zip(ms, before))
        if changed:
            self._groups(orig, toks, ms)
        self._parens(orig, ms)
        self._datelines(orig, ms)
        if changed:
            self._relational_marks(folded, ms)
        return toks, ms, issues

    # -- 1. pack names -----------------------------------------------------------------------------
    def _pack(self, orig, toks, taken, ms, issues):
        i = 0
        pending = []
        keys = self._keys
        starts = self.gaz.starts
        n = len(toks)
        firsts = self.gaz.lengths
        while i < n:
            if keys[i] not in firsts:
                i += 1
                continue
            m = self.gaz.match(toks, i, 0, keys=keys)
            # "Katiba Macina (JNIM)" is a pack alias, but here the parentheses hold another name
            while m is not None and not _joined(orig, toks, m.i, m.j):
                m = self.gaz.match(toks, i, 0, max_n=m.j - m.i - 1, keys=keys) if m.j - m.i > 1 else None
            if m and self._hyphen_part(orig, toks, m, keys):
                m = None
            if m:
                pending.append(m)
                for k in range(m.i, m.j):
                    taken[k] = True
                i = m.j
            else:
                i += 1
        pending += self._typos(orig, toks, taken)
        pending.sort(key=lambda m: m.i)
        pending = self._wings(orig, toks, pending)
        # settle ambiguous names with context (places around, parentheses, the report so far)
        resolved = []
        for m in pending:
            ids = {self.gaz.resolver.canonical(x) for x in m.ids}
            resolved.append((m, ids))
        resolved = self._typos_against_context(orig, toks, taken, resolved)
        ctx_ids = set()
        for m, ids in resolved:
            if len(ids) == 1:
                ctx_ids |= ids
        final = []
        for idx, (m, ids) in enumerate(resolved):
            if len(ids) > 1:
                ids = self._settle(orig, toks, m, ids, resolved, idx, ctx_ids, final)
            if len(ids) != 1:
                surface = orig[toks[m.i].start:toks[m.j - 1].end]
                if ids:
                    issues.append(f"ambiguous name {surface!r} ({', '.join(sorted(ids))}); not linked")
                for k in range(m.i, m.j):
                    taken[k] = False
                final.append((m, set()))
                continue
            final.append((m, ids))
            eid = next(iter(ids))
            region = self._natural_region(orig, toks, m.i, m.j, eid, taken)
            if region:
                self._add(ms, orig, toks, region[0], region[1], region[2], "new", alias_ok=True)
                continue
            self._add(ms, orig, toks, m.i, m.j, eid, "pack" if m.method in ("exact", "wing") else "typo",
                      alias_ok=m.method != "wing")
            # "northern Mali", "central Mali": the country is named too
            lab = self.gaz.label(eid)
            if lab == "Place" and m.j - m.i >= 2:
                cc = COUNTRY.get((toks[m.j - 1].key,))
                if cc:
                    cp = self.gaz.country_place(cc)
                    if cp and cp != eid:
                        self._add(ms, orig, toks, m.j - 1, m.j, cp, "pack", alias_ok=True)

    def _natural_region(self, orig, toks, i, j, eid, taken):
        """"the Macina region", "la région du Macina": a region that is no administrative region of
        the pack (those match whole, as aliases) names the historical area around a cercle or a town,
        not the cercle itself. Returns (first token, end token, new Area id) or None."""
        gaz = self.gaz
        if gaz.label(eid) != "Place" or gaz.cls(eid) not in ("AdminArea", "Settlement"):
            return None
        info = gaz.info.get(eid)
        if gaz.cls(eid) == "AdminArea" and info and any(gaz.cls(p) == "Country" for p in info.parents):
            return None   # a region of the pack under another spelling
        if gaz.name_is_settlement(eid):
            return None   # a town's region is its surroundings ("the Douentza region"), still its cercle
        n = len(toks)
        if i >= 2 and toks[i - 2].key == "region" and toks[i - 1].key == "du" and not taken[i - 2]:
            a, b = i - 2, j    # French names the natural region with "du" ("région du Macina")
        elif j < n and toks[j].key == "region" and not taken[j] and not orig[toks[j - 1].end:toks[j].start].strip() \
                and (j + 1 >= n or toks[j + 1].key not in ("de", "du", "d")):
            a, b = i, j + 1
        else:
            return None
        for k in range(a, b):
            taken[k] = True
        return a, b, self._new(gaz.name(eid) + " region", "Area", toks[a].start, toks[b - 1].end, orig, prefix="place")

    def _typos_against_context(self, orig, toks, taken, resolved: list) -> list:
        """A near spelling of a pack place is not that place when the text locates it by a known
        place elsewhere: "the Daoudabougou area of Bamako" is no Dougabougou of Ségou, "Manougou
        (coded as Mondoro)" no Madougou of another cercle. It stays a name the text creates."""
        gaz = self.gaz
        out = []
        for k, (m, ids) in enumerate(resolved):
            if m.method == "typo" and len(ids) == 1 and k + 1 < len(resolved):
                p = next(iter(ids))
                o, oids = resolved[k + 1]
                if o.method == "exact" and oids and gaz.label(p) == "Place" and all(gaz.label(q) == "Place" for q in oids):
                    gap = orig[toks[m.j - 1].end:toks[o.i].start].lower()
                    # a cercle or town that shares no cercle with it (a region or country that holds it agrees;
                    # one that does not is too wide to tell: "near the Niger border")
                    up = gaz.ancestors(p) | {p}
                    if (CONTAINER_GAP.fullmatch(gap) or LANDMARK_GAP.fullmatch(gap)) and \
                            any(q.count("/") >= 2 for q in oids) and not oids & up and \
                            not any(x.count("/") >= 2 for q in oids for x in up & (gaz.ancestors(q) | {q})):
                        for t in range(m.i, m.j):   # no common cercle: not that pack place
                            taken[t] = False
                        continue
            out.append((m, ids))
        return out

    def _hyphen_part(self, orig, toks, m, keys) -> bool:
        """A pack place hyphened to a capitalised word that names no place is part of a longer
        name ("Dogo-Do", "Bourem-Inaly", "the Soundiata-Keita camp"); "the Gao-Gossi road" names two."""
        n = len(toks)
        # only a hyphen to a capitalised word, after or before, can make it part of a name: most
        # names have none, and the tests below are not needed for them
        if not (m.j < n and (toks[m.j].cap or _hyphen_syllable(orig, toks, m.j)) and orig[toks[m.j - 1].end:toks[m.j].start] == "-") and \
                not (m.i > 0 and toks[m.i - 1].cap and orig[toks[m.i - 1].end:toks[m.i].start] == "-"):
            return False
        if not all(self.gaz.label(e) == "Place" for e in m.ids):
            return False
        if m.j < n and orig[toks[m.j - 1].end:toks[m.j].start] == "-" and toks[m.j].cap and \
                keys[m.j] in self.gaz.lengths and self.gaz.match(toks, m.j, 0, keys=keys) is not None:
            return False
        # "the Dakar-Bamako railway", "axis Tenenkou-Dia", "between Tessit-Keygouroutane": a road's ends
        a, b = toks[max(0, m.i - 3)].start, toks[min(n - 1, m.j + 2)].end
        if re.search(r"\b(?:axis|axes|axe|road|roads|route|railway|highway|track|piste|between|entre|convoy|convoi)\b", orig[a:b].lower()):
            return False
        if m.j < n and orig[toks[m.j - 1].end:toks[m.j].start] == "-" and (toks[m.j].cap or _hyphen_syllable(orig, toks, m.j)):
            return True
        if m.i > 0 and orig[toks[m.i - 1].end:toks[m.i].start] == "-" and toks[m.i - 1].cap:
            k = m.i - 1
            while k > 0 and orig[toks[k - 1].end:toks[k].start] == "-":
                k -= 1
            return not any(self.gaz.match(toks, q, 0, keys=keys) is not None for q in range(k, m.i) if keys[q] in self.gaz.lengths)
        return False

    def _wings(self, orig, toks, pending: list) -> list:
        """"MAA (Platform)", "CMFPR (CMA)": a movement followed by the coalition it sits in, in
        parentheses, is the wing the pack names with both ("MAA-Platform")."""
        out = []
        k = 0
        while k < len(pending):
            m = pending[k]
            if k + 1 < len(pending):
                o = pending[k + 1]
                if orig[toks[m.j - 1].end:toks[o.i].start].strip() == "(" and \
                        orig[toks[o.j - 1].end:toks[o.j - 1].end + 2].strip().startswith(")"):
                    ids = self.gaz.index.get(tuple(self._keys[m.i:m.j] + self._keys[o.i:o.j]))
                    ids = {self.gaz.resolver.canonical(i) for i in ids or ()}
                    # not "Katiba Macina (JNIM)", an alias of the first name: both groups are named
                    if len(ids) == 1 and self.gaz.label(next(iter(ids))) == "Actor" and \
                            not ids & {self.gaz.resolver.canonical(i) for i in m.ids | o.ids}:
                        out.append(Match(m.i, o.j, ids, "wing"))
                        k += 2
                        continue
            out.append(m)
            k += 1
        return out

    def _typos(self, orig, toks, taken) -> list:
        """Capitalised runs within the resolver's typo distance of a pack name ("Timbukutu")."""
        out = []
        n = len(toks)
        i = 0
        nxt = self._next_cap
        while i < n:
            if not (toks[i].cap or toks[i].upper):
                i = nxt[i]
                continue
            if taken[i] or toks[i].key in L.NOT_NAMES:
                i += 1
                continue
            j = i + 1
            while j < n and not taken[j] and (toks[j].cap or toks[j].key in CONNECT) and _joined(orig, toks, j - 1, j + 1):
                j += 1
            key = " ".join(t.key for t in toks[i:j])
            if key in self.st.persons or toks[j - 1].key in self.st.persons or (j - i == 1 and i == 0) or j - i > 3:
                i = j
                continue
            ids = self.gaz.typo(orig[toks[i].start:toks[j - 1].end])
            if ids:
                out.append(Match(i, j, set(ids), "typo"))
                for k in range(i, j):
                    taken[k] = True
            i = j
        return out

    def _settle(self, orig, toks, m, ids, resolved, idx, ctx_ids, done) -> set:
        gaz = self.gaz
        # a container after a place: "Bamba (Bourem)", "Niafunké (Timbuktu)", "Inates, in Tillabéri":
        # the namesake that contains the place before it
        if done:
            pm, pids = done[-1]
            gap = orig[toks[pm.j - 1].end:toks[m.i].start]
            if pids and len(gap) <= 30 and re.match(r"^\s*(\(|,\s*(?:in|dans|au|en|du|de la|de|region de|cercle de)?\s*)", gap):
                kept = {i for i in ids if any(i in gaz.ancestors(p) for p in pids)}
                if kept:
                    ids = kept
                    if len(ids) > 1 and re.match(r"\s*,", orig[toks[m.j - 1].end:toks[m.j - 1].end + 3]):
                        # "Gao (Gao, Gao)": another container follows, this one is the inner (the cercle)
                        ids = {i for i in ids if not any(i in gaz.ancestors(j) for j in ids)}
                    elif len(ids) > 1:
                        # the outermost of eponymous containers ("Timbuktu" region over its cercle)
                        ids = {i for i in ids if not (gaz.ancestors(i) & ids)}
                    return ids
        places = {i for i in ids if gaz.label(i) == "Place"}
        actors = ids - places
        if places and actors:
            prev = toks[m.i - 1].key if m.i > 0 else ""
            ids = places if prev in ("in", "at", "near", "a", "dans", "de", "of", "from", "to", "pres", "vers") else actors
            if len(ids) == 1:
                return ids
        # a place in parentheses or right after a comma + "in": "Bamba (Bourem)", "Bamba, in Bourem"
        near = []
        for (m2, ids2) in resolved[idx + 1: idx + 3]:
            gap = orig[toks[m.j - 1].end:toks[m2.i].start]
            if len(gap) <= 40 and re.match(r"^\s*(\(|,\s*(in|dans|near|pres de|au|en|du|de la|de)\b)", gap, re.I | re.S) or gap.strip() == "(" \
                    or (gap.strip() == "," and self._in_container_parens(toks, m)):
                # "(Segou, Segou)": the first name of container parentheses lies in the second
                near.append(ids2)
        for cids in near:
            kept = {i for i in ids if gaz.ancestors(i) & cids}
            if kept:
                ids = kept
                break
        if len(ids) > 1:
            ctx = set(ctx_ids) | set(self.st.places_seen)
            kept = {i for i in ids if gaz.ancestors(i) & ctx}
            if kept:
                ids = kept
        if len(ids) > 1:
            ids = self._collapse(ids, toks, m)
        if len(ids) > 1 and self.st.main_country():
            cc = self.st.main_country().lower()
            kept = {i for i in ids if i.startswith(f"place:{cc}/") or i == f"place:{cc}"}
            if kept:
                ids = kept
        return ids

    def _in_container_parens(self, toks, m) -> bool:
        return m.i > 0 and self._orig is not None and bool(
            re.search(r"\(\s*(?:[^()]*,\s*)?$", self._orig[toks[m.i - 1].start:toks[m.i].start]))

    def _collapse(self, ids: set, toks, m) -> set:
        """A town and the cercle/region named after it: the innermost, unless the text says
        region/cercle/province (then the pack alias already matched) or uses it as a container."""
        gaz = self.gaz
        nested = {i for i in ids if gaz.ancestors(i) & ids}
        if not nested:
            return ids
        nxt = toks[m.j].key if m.j < len(toks) else ""
        prev = toks[m.i - 1].key if m.i > 0 else ""
        container = nxt in ("region", "cercle", "province", "department", "area") or prev in ("region", "cercle", "province", "departement") \
            or self._in_container_parens(toks, m)
        if container:
            return {i for i in ids if not (gaz.ancestors(i) & ids)}
        return {i for i in ids if not any(i in gaz.ancestors(j) for j in ids)}

    # -- 2. states -------------------------------------------------------------------------------
    def _states(self, orig, toks, taken, ms):
        n = len(toks)
        keys = self._keyset
        if not (keys & NAT_FIRST or "country" in keys or keys & COUNTRY_FIRST):
            return
        for i in [i for i, k in enumerate(self._keys) if k in _NAT1 or k in _NAT2_LAST]:
            if taken[i]:
                continue
            # nationality + noun ("Malian army camp") / noun + nationality ("armée malienne")
            cc = NAT.get((toks[i].key,))
            if not cc and i >= 1 and not taken[i - 1] and (toks[i - 1].key, toks[i].key) in NAT:
                # a nationality of two words: "le gouvernement sud-africain", "the South African government"
                cc = NAT[(toks[i - 1].key, toks[i].key)]
                for what, phrases in (("army", FORCE), ("government", GOVN)):
                    k = _phrase_at(toks, i + 1, phrases)
                    if k and not any(taken[i + 1:i + 1 + k]):
                        self._state(ms, orig, toks, taken, i - 1, i + 1 + k, cc, what)
                        break
                    back = next((bk for bk in range(1, 4) if i - 1 - bk >= 0 and not any(taken[i - 1 - bk:i - 1]) and
                                 _phrase_at(toks, i - 1 - bk, phrases) == bk), None)
                    if back:
                        self._state(ms, orig, toks, taken, i - 1 - back, i + 1, cc, what)
                        break
                continue
            if cc:
                # "the Burkinabe capital", "la capitale malienne": the capital city, a place
                if i + 1 < n and toks[i + 1].key == "capital" and not taken[i + 1]:
                    a, b = i, i + 2
                elif i >= 1 and toks[i - 1].key == "capitale" and not taken[i - 1]:
                    a, b = i - 1, i + 1
                else:
                    a = b = None
                cap = self.gaz.capital(cc) if a is not None else None
                if cap:
                    for k in range(a, b):
                        taken[k] = True
                    self._add(ms, orig, toks, a, b, cap, "pack", alias_ok=False)
                    continue
                self._coordinated_states(orig, toks, taken, ms, i, cc)
                if taken[i]:
                    continue
                for what, phrases in (("army", FORCE), ("government", GOVN)):
                    k = _phrase_at(toks, i + 1, phrases)
                    if k and not any(taken[i + 1:i + 1 + k]):
                        self._state(ms, orig, toks, taken, i, i + 1 + k, cc, what)
                        break
                    # FR order: noun adj
                    for back in range(1, 4):
                        if i - back < 0 or taken[i - back]:
                            break
                        k = _phrase_at(toks, i - back, phrases)
                        if k == back:
                            self._state(ms, orig, toks, taken, i - back, i + 1, cc, what)
                            break
                    if taken[i]:
                        break
                continue
            # country's noun ("Niger's defence ministry", "Burkina Faso's army", "the country's military")
            if toks[i].key == "country" and i + 2 < n and toks[i + 1].key == "s":
                cc2 = self.st.main_country()
                if cc2:
                    for what, phrases in (("army", FORCE), ("government", GOVN)):
                        k = _phrase_at(toks, i + 2, phrases)
                        if k and not any(taken[i + 2:i + 2 + k]):
                            self._state(ms, orig, toks, taken, i + 2, i + 2 + k, cc2, what, start_tok=i)
                            break
        # possessives of a country named as a place: the place stays, the noun becomes the state actor
        cfirst = COUNTRY_P.by_first
        for i in range(n):
            if toks[i].key not in cfirst:
                continue
            L_, ccode = COUNTRY_P.at(toks, i)
            if L_:
                if i + L_ < n and toks[i + L_].key == "s" and toks[i].cap:
                    for what, phrases in (("army", FORCE), ("government", GOVN)):
                        k = _phrase_at(toks, i + L_ + 1, phrases)
                        if k and not any(taken[i + L_ + 1:i + L_ + 1 + k]):
                            self._state(ms, orig, toks, taken, i + L_ + 1, i + L_ + 1 + k, ccode, what)
                            break

    def _coordinated_states(self, orig, toks, taken, ms, i, cc):
        """Nationalities that share one noun: "French and Malian forces", "French, Malian and
        Nigerien troops" (each the state's forces); French order "les armées malienne et
        française" (the second adjective after a noun-adjective state)."""
        n = len(toks)
        if i >= 2 and toks[i - 1].key in ("et", "and", "ou", "or"):
            for m in ms:
                if m.how == "nation" and m.j == i - 1 and m.j - m.i >= 2 and NAT.get((toks[i - 2].key,)):
                    self._state(ms, orig, toks, taken, i, i + 1, cc, "government" if m.cls == "Government" else "army")
                    return
        if _phrase_at(toks, i + 1, FORCE) or _phrase_at(toks, i + 1, GOVN):
            return
        chain, j = [i], i + 1
        while j < n:
            if taken[j]:
                # the last nationality is part of a pack name: "French and Nigerien troops"
                head = next((m for m in ms if m.i == j and m.cls in ("StateForce", "Government")), None)
                if head is not None and (toks[j].key,) in NAT and chain[-1] < j - 1:
                    for c in chain:
                        self._state(ms, orig, toks, taken, c, c + 1, NAT[(toks[c].key,)],
                                    "government" if head.cls == "Government" else "army")
                return
            if toks[j].key in ("and", "et", "or", "ou") and orig[toks[j - 1].end:toks[j].start].strip() in ("", ","):
                j += 1
                continue
            if (toks[j].key,) in NAT and orig[toks[j - 1].end:toks[j].start].strip() in ("", ","):
                chain.append(j)
                j += 1
                continue
            break
        if len(chain) < 2 or chain[-1] != j - 1:
            return
        for what, phrases in (("army", FORCE), ("government", GOVN)):
            k = _phrase_at(toks, j, phrases)
            if k and not any(taken[j:j + k]):
                for c in chain[:-1]:
                    self._state(ms, orig, toks, taken, c, c + 1, NAT[(toks[c].key,)], what)
                return

    def _state(self, ms, orig, toks, taken, i, j, cc, what, start_tok=None):
        # "gendarmes burkinabè", "Malian gendarmes": the country's gendarmerie where the pack has one
        gendarmes = what == "army" and any(toks[q].key.startswith("gendarm") for q in range(i, j))
        eid = (gendarmes and self.gaz.national(cc, "gendarmerie")) or self.national(cc, what, toks[i].start, toks[j - 1].end, orig)
        if not eid:
            return
        a = start_tok if start_tok is not None else i
        for k in range(a, j):
            taken[k] = True
        self._add(ms, orig, toks, a, j, eid, "nation", alias_ok=False)
        # "Chadian peacekeepers": that country's soldiers serving in the UN mission where they are
        if what == "army" and any(toks[q].key in PEACEKEEPERS.by_first for q in range(a, j)):
            cc_here = self._country(ms)
            mission = self._un_mission(cc_here) if cc_here else None
            if mission and mission != eid:
                self._add(ms, orig, toks, a, j, mission, "nation", alias_ok=False)

    def national(self, cc: str, what: str, a: int, b: int, orig: str) -> str | None:
        """The pack's army or government of a country, or a new (unverified) one named the way
        the pack names them ("Government of the United States", "Russian Armed Forces")."""
        eid = self.gaz.national(cc, what)
        if eid:
            return eid
        if cc not in L.COUNTRY_NAMES:
            return None
        country = L.COUNTRY_ARTICLE.get(cc, L.COUNTRY_NAMES[cc][0])
        if what == "government":
            return self._new(f"Government of {country}", "Government", a, b, orig)
        adj = next((x for x in L.NATIONALITIES.get(cc, []) if x.isascii() and x.endswith(("an", "ch", "sh", "se", "ese"))), None)
        name = f"{adj.capitalize()} Armed Forces" if adj else f"Armed Forces of {country}"
        return self._new(name, "StateForce", a, b, orig)

    # -- 2b. countries and capitals that act: "France decided", "Paris has long pressed" ------------
    def _metonymy(self, orig, folded, toks, taken, ms):
        n = len(toks)
        by_tok = {m.i: m for m in ms if m.label == "Place"}
        for i in [i for i, t in enumerate(toks) if t.cap]:
            cc = None
            j = i + 1
            m = by_tok.get(i)
            if m is not None:
                if m.cls != "Country" and toks[i].key not in L.CAPITALS:
                    continue
                j = m.j
                cc = self.gaz.country_of(m.eid) if m.cls == "Country" else L.CAPITALS.get(toks[i].key)
                if m.cls == "Country" and m.eid.count("/") == 0:
                    cc = m.eid.split(":", 1)[1].upper()
            elif not taken[i] and toks[i].cap:
                L_, code = COUNTRY_P.at(toks, i)
                if L_:
                    cc, j = code, i + L_
                if cc is None and toks[i].key in L.CAPITALS:
                    cc = L.CAPITALS[toks[i].key]
            if not cc:
                continue
            # "la médiation du Niger", "talks brokered by Algeria": a country that mediates is its government
            if not ((_clause_start(toks, i) or _after_comma(orig, folded, toks, i, j, m)) and _verb_follows(folded, toks, j)) and \
                    not _MEDIATOR_BEFORE.search(folded, max(0, toks[i].start - 50), toks[i].start) and \
                    not (m is not None and m.cls != "Country" and
                         _PARTY_BEFORE.search(folded, max(0, toks[i].start - 80), toks[i].start)):
                continue
            eid = self.national(cc, "government", toks[i].start, toks[j - 1].end, orig)
            if not eid:
                continue
            if m is not None:
                m.metonymy = True
            for q in range(i, j):
                taken[q] = True
            self._add(ms, orig, toks, i, j, eid, "nation", alias_ok=False)

    # -- 3. repeated people and typos -----------------------------------------------------------
    def _people_and_typos(self, orig, toks, taken, ms):
        n = len(toks)
        i = 0
        nxt = self._next_cap
        while i < n:
            if not (toks[i].cap or toks[i].upper):
                i = nxt[i]
                continue
            if taken[i]:
                i += 1
                continue
            j = i + 1
            while j < n and not taken[j] and (toks[j].cap or toks[j].key in CONNECT) and _joined(orig, toks, j - 1, j + 1):
                j += 1
            while j > i + 1 and toks[j - 1].key in CONNECT:
                j -= 1
            run = tuple(t.key for t in toks[i:j])
            # a person already named in this report: "Cissé", "Keïta", "al-Sahrawi"
            pid = None
            for a in range(i, j):
                key = " ".join(run[a - i:])
                if key in self.st.persons:
                    # "Jocelyn Elliott" after "Ken Elliott": another first name, another person (his wife)
                    if any(toks[b].cap and not toks[b].upper and toks[b].key not in L.NOT_NAMES and
                           toks[b].key not in CONNECT and not _phrase_at(toks, b, TITLES) for b in range(i, a)) and \
                            " ".join(run) not in self.st.persons and len(key.split()) == 1:
                        break
                    pid = self.st.persons[key]
                    break
            if pid is None and j - i <= 2:
                sur = self.gaz.surnames()
                key = " ".join(run)
                cands = sur.get(key, set())
                if len(cands) == 1 and toks[i].key not in L.NOT_NAMES:
                    prev = toks[i - 1].key if i > 0 else ""
                    if prev in ("m", "mme", "mr", "mrs", "ms", "president", "minister", "imam", "sheikh") or j - i >= 1 and len(key) >= 5:
                        pid = next(iter(cands))
            if pid:
                a = i
                if i > 0 and toks[i - 1].key in ("m", "mme", "mr", "mrs", "ms", "mlle") and not taken[i - 1]:
                    a = i - 1
                for k in range(a, j):
                    taken[k] = True
                self._add(ms, orig, toks, a, j, pid, "person", alias_ok=True)
                i = j
                continue
            i = j

    # -- 4a. ethnic groups ---------------------------------------------------------------------
    def _ethnic(self, orig, folded, toks, taken, ms):
        n = len(toks)
        if self._keyset.isdisjoint(ETHNIC):
            return
        for i in range(n):
            if taken[i] or toks[i].key not in ETHNIC:
                continue
            ethnic = ETHNIC[toks[i].key]
            # noun before (FR "villageois peuls", "chasseurs dozos", "assaillants présumés peuls") or after (EN)
            span = None
            kind = None
            for a, b, noun_idx in ((i, i + 2, i + 1), (i, i + 3, i + 2), (i - 1, i + 1, i - 1), (i - 2, i + 1, i - 2),
                                   (i - 3, i + 1, i - 3)):
                if noun_idx == i + 2 and not (i + 1 < n and toks[i + 1].key == "armed"):
                    continue   # only "Fulani armed group": two words after the community
                if a < 0 or b > n or noun_idx < 0 or noun_idx >= n or any(taken[k] for k in range(a, b)):
                    continue
                # only hedges and adjectives between the noun and the community: "assaillants présumés peuls"
                if noun_idx < i - 1 and any(toks[q].key not in _ETHNIC_FILLERS for q in range(noun_idx + 1, i)):
                    continue
                noun = toks[noun_idx].key
                if noun in _ARMED_GROUP_NOUNS:
                    if any(toks[q].key in _ARMED_WORDS for q in range(a, b)) or \
                            (noun_idx == i + 1 and i + 2 < n and toks[i + 1].key == "armed"):
                        kind = "attackers"
                elif noun in HUNTER_WORDS or ethnic == "Dozo":
                    if noun in HUNTER_WORDS or noun_idx == i:
                        kind = "hunters"
                elif noun in CIVILIAN_NOUNS or (noun in _PLAIN_MEN and not self._armed_men(toks, a, b)):
                    kind = "civilians"
                elif noun in ATTACKER_NOUNS:
                    kind = "attackers"
                if kind:
                    # "traditional Dozo hunters", "chasseurs traditionnels dozos"
                    span = (a, b)
                    break
            if not kind:
                if ethnic == "Dozo":
                    kind, span = "hunters", (i, i + 1)
                elif i + 1 < n and taken[i + 1] and any(m.i == i + 1 and m.label == "Actor" and m.cls == "Militia" for m in ms):
                    # "Dogon Dan Na Ambassagou militiamen": the community before the named militia
                    kind, span = "attackers", (i, i + 1)
                elif self._agent_alone(toks, i):
                    kind, span = "attackers", (i, i + 1)
                else:
                    kind = self._ethnic_coordination(toks, taken, ms, i)
                    if not kind:
                        continue
                    span = (i, i + 1)
            a, b = span
            # "the Dogon self-defence militia Dan Na Ambassagou", "la milice dogon Dan Na Ambassagou":
            # the ethnic words describe a named group, which is the entity; the text also says
            # whose militia it is ("Dogon hunters (Dan Na Ambassagou)"): the community's militia too
            nb = b
            while nb < n and toks[nb].key in ("self", "defence", "defense", "militia", "milice", "group", "groupe", "d", "autodefense"):
                nb += 1
            if nb < n and taken[nb]:
                named = next((m for m in ms if m.i == nb and m.label == "Actor"), None)
                if named is not None and named.cls == "Militia" and kind != "civilians" and _VIOLENCE_HERE.search(self._fseg):
                    eid = self._community(ethnic, "attackers", ms)
                    if eid and eid != named.eid:
                        self.st.ethnic_ids.add(eid)
                        self._add(ms, orig, toks, named.i, named.j, eid, "ethnic", alias_ok=False)
                continue
            if a > 0 and taken[a - 1] and orig[toks[a - 1].end:toks[a].start].strip() == "":
                continue
            if kind == "hunters" and a > 0 and toks[a - 1].key in ("traditional", "traditionnels") and not taken[a - 1]:
                a -= 1
            if kind == "hunters":
                name, cls = ("Dozo hunters" if ethnic in ("Dozo",) else f"{ethnic} hunters"), "Militia"
            elif kind == "civilians":
                name, cls = f"{ethnic} civilians", "CivilianGroup"
            else:
                name, cls = f"{ethnic} militia", "Militia"
            if kind == "civilians" and any(toks[q].key in ("community", "communities", "communaute", "communautes")
                                           for q in range(a, b)):
                continue   # "Dogon communities": the community in general, not a party to an event
            eid = self._community(ethnic, kind, ms)
            if eid is None:
                eid = self._new(name, cls, toks[a].start, toks[b - 1].end, orig)
            if kind != "civilians":
                self.st.ethnic_ids.add(eid)   # attackers named by community: kept only if they act
            for k in range(a, b):
                taken[k] = True
            self._add(ms, orig, toks, a, b, eid, "ethnic", alias_ok=True)

    def _agent_alone(self, toks, i: int) -> bool:
        """A community named alone as the agent of a passive: "was attacked by alleged Fulani",
        "attaqué par des Peuls" (hedges between), not followed by a noun of its own."""
        q = i - 1
        while q >= 0 and toks[q].key in _ETHNIC_FILLERS | {"alleged", "allegedly", "des"}:
            q -= 1
        if q < 0 or toks[q].key not in _AGENT_BEFORE or not _VIOLENCE_HERE.search(self._fseg):
            return False
        if i + 2 < len(toks) and toks[i + 1].key in ("and", "et") and toks[i + 2].key in ETHNIC:
            return False   # "by Fulani and Dogon leaders": communities sharing a noun
        if i + 1 >= len(toks) or re.search(r"[,.;:()]", self._orig[toks[i].end:toks[i + 1].start]):
            return True
        return toks[i + 1].key in ("and", "et", "who", "qui", "in", "on", "at", "near", "a", "dans", "pres", "from")

    def _armed_men(self, toks, a: int, b: int) -> bool:
        """Men named by their community ("Dogon men", "des hommes dogons") bear arms only when the text
        says so: "armed", a hedge ("suspected Fulani men"), a fight they are in ("clashed"), or a militia
        named in the two sentences before ("ambushed Dogon militiamen. One Dogon man was killed"); not a
        militia that kills them in the same sentence ("killed by Dozo hunters")."""
        near = {toks[q].key for q in range(max(0, a - 1), min(len(toks), b + 1))}
        last = self.st.militia_sentence
        return bool(near & _ARMED_CUES) or bool(_COMMUNAL_FIGHT.search(self._fseg)) or \
            (last is not None and 0 < self.st.sentence_no - last <= 2)

    def _ethnic_coordination(self, toks, taken, ms, i) -> str | None:
        """Communities that share one noun: "Fulani and Dozo militiamen", "Dogon and Dan Na
        Ambassagou militiamen" ("attackers" or "hunters" for the first), and communities that
        fight each other: "clashes between Bambara and Fulani" ("attackers" for both)."""
        n = len(toks)
        j = i + 1
        while j < n:
            if toks[j].key in ("and", "et", "or", "ou"):
                j += 1
                continue
            if toks[j].key in ETHNIC and not taken[j]:
                j += 1
                continue
            named = next((m for m in ms if m.i == j and m.label == "Actor" and m.cls in ("Militia", "ArmedGroup")), None)
            if named is not None and j > i + 1:
                j = named.j
                continue
            break
        if j > i + 2 and j < n and toks[j - 1].key not in ("and", "et", "or", "ou"):
            noun = toks[j].key
            if noun in HUNTER_WORDS:
                return "hunters"
            if noun in ATTACKER_NOUNS:
                return "attackers"
        # "between Bambara and Fulani" in a sentence of fighting; the second of the pair after the first
        fight = _COMMUNAL_FIGHT.search(self._fseg)
        if fight and i > 0 and toks[i - 1].key in ("between", "entre") and j > i + 2 and toks[j - 1].key in ETHNIC:
            return "attackers"
        if fight and i > 1 and toks[i - 1].key in ("and", "et") and \
                any(m.how == "ethnic" and m.j == i - 1 and m.cls == "Militia" for m in ms) and \
                any(toks[q].key in ("between", "entre") for q in range(max(0, i - 4), i - 1)):
            return "attackers"
        return None

    def _community(self, ethnic: str, kind: str, ms) -> str | None:
        """The pack's actor for a community in the report's country, when it has one (ACLED's
        categories: "Fulani Ethnic Group (Mali)", "Dozo Communal Militia (Mali)")."""
        cc = self._country(ms)
        if cc not in L.COUNTRY_NAMES:
            return None
        country = L.COUNTRY_NAMES[cc][0]
        names = [ethnic] + (["Fula"] if ethnic == "Fulani" else [])
        if kind == "civilians":
            forms = [f"{e} {k} ({country})" for e in names for k in ("Ethnic Group", "Communal Group")]
        else:
            forms = [f"{e} {k} ({country})" for e in names for k in ("Ethnic Militia", "Communal Militia")]
        for f in forms:
            ids = set()
            from .gazetteer import name_keys

            for key in name_keys(f):
                ids |= self.gaz.index.get(key, set())
            if len(ids) == 1:
                return next(iter(ids))
        return None

    # -- 4b. unknown names ----------------------------------------------------------------------
    def _unknown(self, orig, folded, toks, taken, ms):
        n = len(toks)
        i = 0
        nxt = self._next_cap
        while i < n:
            if not (toks[i].cap or toks[i].upper):
                i = nxt[i]
                continue
            if taken[i] or toks[i].key.isdigit():
                i += 1
                continue
            j = i + 1
            while j < n and not taken[j] and not _and_titled(toks, j) and (toks[j].cap or toks[j].upper or toks[j].key in CONNECT
                                              or (toks[j].key in ("of", "for", "the", "du", "des", "de", "pour", "la", "l", "d", "et", "and")
                                                  and j + 1 < n and (toks[j + 1].cap or toks[j + 1].key in ("the", "l", "la")))
                                              or _hyphen_syllable(orig, toks, j)) \
                    and _joined_soft(orig, toks, j - 1, j):
                j += 1
            while j > i + 1 and not (toks[j - 1].cap or toks[j - 1].upper or _hyphen_syllable(orig, toks, j - 1)):
                j -= 1
            if j < n and _numbered_name(orig, toks, taken, j):
                j += 1   # "Gangafani 2", "Dougoutene 1": villages told apart by a number
            self._classify_run(orig, folded, toks, taken, ms, i, j)
            i = max(j, i + 1)

    def _named_by_acronym(self, orig, toks, taken, ms):
        """A body the pack does not know, named the French way (a capital on the first word only) and
        followed by its initials: "le Cadre stratégique permanent pour la paix, la sécurité et le
        développement (CSP-PSD)"; the acronym alone names it again later in the report."""
        n = len(toks)
        k = 0
        while k < n:
            t = toks[k]
            if taken[k] or not t.upper:
                k += 1
                continue
            e = k + 1   # "CSP-PSD" is two tokens
            while e < n and toks[e].upper and orig[toks[e - 1].end:toks[e].start] == "-":
                e += 1
            acro = "".join(c for x in toks[k:e] for c in x.text.lower() if c.isalpha())
            eid = self.st.new_by_key.get("acronym " + acro)
            if eid is not None:
                for q in range(k, e):
                    taken[q] = True
                self._add(ms, orig, toks, k, e, eid, "new")
                k = e
                continue
            if len(acro) < 3 or k == 0 or orig[toks[k - 1].end:t.start].strip() != "(" or \
                    (e < n and orig[toks[e - 1].end:toks[e].start].strip()[:1] != ")"):
                k = e
                continue
            # the name: back from the parenthesis to the capitalised word whose initials spell the acronym
            for a in range(k - 2, max(-1, k - 16), -1):
                if taken[a] or orig[toks[a].end:toks[a + 1].start].strip() not in ("", ",", "'", "’"):
                    break
                if not toks[a].cap:
                    continue
                initials = "".join(x.key[0] for x in toks[a:k] if x.key not in _ACRONYM_SKIP and x.key[:1].isalpha())
                if initials == acro and not all(x.cap for x in toks[a:k] if x.key not in _ACRONYM_SKIP):
                    words = {x.key for x in toks[a:k]}
                    before = {x.key for x in toks[max(0, a - 6):a]}
                    armed = words & _ARMED_HEADS or before & {"mouvements", "groupes", "rebelles", "armed", "rebel", "signataires"}
                    name = orig[toks[a].start:toks[k - 1].end]
                    eid = self._new(name, "ArmedGroup" if armed else "Organization", toks[a].start, toks[k - 1].end, orig)
                    self.st.new_by_key["acronym " + acro] = eid
                    for q in range(a, e):
                        taken[q] = True
                    self._add(ms, orig, toks, a, k, eid, "new")
                    self._add(ms, orig, toks, k, e, eid, "new")
                    break
            k = e

    def _classify_run(self, orig, folded, toks, taken, ms, i, j):
        # a name followed by its acronym in parentheses that the pack knows: the pack entity
        k = j
        if k < len(toks) and orig[toks[j - 1].end:toks[k].start].strip() == "(" and taken[k]:
            for m in ms:
                if m.i == k and m.label == "Actor":
                    a0 = i
                    while a0 < j and toks[a0].key in ("the", "its", "le", "la", "l", "son", "sa", "their", "leur", "a", "an"):
                        a0 += 1
                    if a0 < j:
                        for q in range(a0, j):
                            taken[q] = True
                        self._add(ms, orig, toks, a0, j, m.eid, "pack", alias_ok=True)
                    return
        while i < j and toks[i].key in L.NOT_NAMES and toks[i].key not in ("m", "mme", "mr", "mrs", "ms", "dr") and not toks[i].upper:
            if toks[i].key == "in" and toks[i].cap and 0 < i and i + 1 < j and \
                    (orig[toks[i].end] == "-" or toks[i - 1].key in ("in", "at", "of", "near", "from", "to", "a", "de", "du", "the")):
                break   # "in In-Tamede", "the area of In Gouyaz": the Tamasheq "In" of a place name
            if toks[i].key == "i" and toks[i].cap and i + 1 < j and orig[toks[i].end] == "-":
                break   # "I-n-Fijaren": the same "In" spelled with hyphens
            i += 1
        if 0 < i < j - 1 and toks[i - 1].key in ("south", "sud") and toks[i].key in ("african", "africain", "africaine"):
            i += 1   # "the South African Peter Mokoena": a nationality of two words before the name
        if i >= j:
            return
        if toks[i].upper and _caps_heading(orig, toks, i, j):
            return
        # "the National Guard", "Security Forces": generic words in capitals, left to pass 5
        if self._keys[i] in _BARE_FIRST and any(phrases.at(toks, i, self._keys)[0] == j - i for _, phrases in _BARE_KINDS):
            return
        # "COMMUNIQUÉ DU GOUVERNEMENT DE LA TRANSITION": a document's heading names its issuer by a
        # generic word, not a new body
        if toks[i].key in _DOC_WORDS:
            k = i + 1
            while k < j and toks[k].key in ("du", "de", "des", "d", "la", "le", "l", "of", "the", "from", "by"):
                k += 1
            if k >= j or any(phrases.at(toks, k, self._keys)[0] == j - k for _, phrases in _BARE_KINDS):
                return
        # strip leading title words: "President Mahamadou Issoufou", "Defence Minister Florence Parly"
        a = i
        titled = False
        while a < j:
            k = _phrase_at(toks, a, TITLES)
            if k and a + k <= j:
                a += k
                titled = True
            elif (toks[a].key,) in NAT and a + 1 < j and _phrase_at(toks, a + 1, TITLES):
                a += 1   # "US Secretary of State Antony Blinken": the country's title
            elif a == i and _nationality_noun_before_name(toks, i, j):
                a += 1   # "le Mauritanien Fawaz Ould Ahmed", "the Malian Sadou Chaka": who, not the name
                titled = True
            else:
                break
        if a >= j:
            return
        prev_title = self._title_before(orig, toks, i)
        core = toks[a:j]
        core_words = [t.key for t in core]
        if all(w in L.NOT_NAMES or w in CONNECT for w in core_words):
            return
        if all(w in L.ADMIN_WORDS for w in core_words):
            return   # "Mondoro Commune (Douentza)": the word after a known name, not a place of its own
        # "French President", "Defence Minister" before a name: a title, not a name
        if _phrase_at(toks, j - 1, TITLES) == 1 and (j < len(toks) and (taken[j] or toks[j].cap)):
            return
        if any(w in _NAT1 or w in ("west", "north", "south", "east") for w in core_words[:1]) and len(core) == 1:
            return
        # "les villages de Sankoro, Bidi et Kourouni": the run after a listed place holds its last two names
        if ("and" in core_words or "et" in core_words) and not titled and \
                any(m.label == "Place" and m.j <= i and re.fullmatch(r"\s*,\s*", orig[m.end:toks[i].start]) for m in ms):
            k = a + (core_words.index("and") if "and" in core_words else core_words.index("et"))
            if a < k < j - 1:
                self._classify_run(orig, folded, toks, taken, ms, a, k)
                self._classify_run(orig, folded, toks, taken, ms, k + 1, j)
                return
        name = orig[core[0].start:core[-1].end]
        known = self.st.new_by_key.get(norm_key(name)) if not titled and not prev_title else None
        if known is not None and known.startswith("place:"):
            # a place the report created earlier, named again with no cue: at the start of a sentence
            # (where a capital tells nothing), "Barsalogho, localité de la province du Sanmatenga, ...",
            # or after a verb ("gunmen entered Yirgou"): the same place
            for k in range(a, j):
                taken[k] = True
            self._add(ms, orig, toks, a, j, known, "new", alias_ok=True)
            return
        head_cls = None
        for w in core_words:
            if w in ORG_HEAD_WORDS:
                head_cls = ORG_HEAD_WORDS[w]
        # a group word right after the run: "the Wagner group", "le groupe X" handled by head words
        nxt = toks[j].key if j < len(toks) else ""
        if nxt in ("group", "groupe", "militia", "brigade", "battalion", "movement", "front") and head_cls is None:
            head_cls = "Militia" if nxt == "militia" else "ArmedGroup"
        cue_place = self._place_cue(toks, i)
        # "Tadayne (Menaka, Menaka)", "Coura N8 (Niono, Segou)": a name followed by known places in parentheses
        if not cue_place and j < len(toks) and orig[toks[j - 1].end:toks[j].start].strip() == "(" and \
                any(m.i == j and m.label == "Place" for m in ms) and head_cls is None:
            cue_place = True
        if not cue_place and head_cls is None and not titled and not any(t.upper for t in core) and \
                self._locative_name(orig, toks, i, j, core_words, ms):
            cue_place = True
        sentence_initial = i == 0 or (i == 1 and toks[0].key in ("in", "a", "at", "en"))
        cls = None
        if cue_place and _longest_part(core_words) <= 4 and head_cls is None and not titled:   # "Sari Maoudo and Ouro Samba"
            cls = "Settlement"
        elif head_cls is None and not titled and _org_cue_before(toks, i):
            cls = "Organization"   # "l'ONG humanitaire Gift of the Givers", "the aid group Gift of the Givers"
        elif titled or prev_title:
            if len(core) >= 1 and head_cls is None:
                cls = "Person"
            elif not titled and len(core) >= 2:
                cls = head_cls   # "humanitaires français de l'ONG Acted": the nationality before is no title of this name
        elif head_cls and len(core) >= 2:
            cls = head_cls
        elif len(core) >= 2 and head_cls is None and not sentence_initial and len(core) <= 4 \
                and all(t.cap for t in core if t.key not in CONNECT) and not any(t.upper for t in core):
            cls = "Person"
        elif len(core) >= 2 and head_cls is None and sentence_initial and len(core) <= 4 and _looks_like_person(orig, toks, j):
            cls = "Person"
        if cls in (None, "Person") and head_cls is None and not cue_place and ("and" in core_words or "et" in core_words):
            # "Johan Gustafsson and Dutchman Sjaak Rijke": two people, each named in full or titled
            k = a + (core_words.index("and") if "and" in core_words else core_words.index("et"))
            if all(self._person_like(toks, x, y) for x, y in ((a, k), (k + 1, j))):
                self._classify_run(orig, folded, toks, taken, ms, a, k)
                self._classify_run(orig, folded, toks, taken, ms, k + 1, j)
                return
        if cls is None:
            return
        if cls == "Person" and not (titled or prev_title) and self._acronym_after(orig, toks, a, j) and \
                not any(m.i == j for m in ms):
            # "the Permanent Strategic Framework (CSP)": people have no acronym, bodies do
            before = {t.key for t in toks[max(0, i - 5):i]}
            cls = "ArmedGroup" if before & GROUP_WORDS or before & {"rebels", "separatist", "separatists", "rebel"} \
                else "Organization"
        if cls == "ArmedGroup" and head_cls == "ArmedGroup" and core_words[-1] in ("group", "groupe") and \
                any(w in _CIVIL_GROUP_WORDS for w in core_words[:-1]):
            cls = "Organization"   # "SITE Intelligence Group", "International Crisis Group"
        if cls == "Person" and any(w in ORG_HEAD_WORDS or w in L.ADMIN_WORDS for w in core_words):
            return
        if cls == "Person" and len(core) == 1:
            # "M. Cissé", "President Issoufou": a title right before; not "ministre des Armées"
            prev = toks[a - 1].key if a > 0 else ""
            # the title must end right before the name: "an American aid worker" is no "journalist American"
            title_ends_here = any(_phrase_at(toks, b, TITLES) == a - b for b in range(max(0, a - 3), a))
            if not titled and not (prev in ("m", "mme", "mr", "mrs", "ms", "dr", "mlle") or
                                   (prev_title and title_ends_here and orig[toks[a - 1].end:toks[a].start].strip() == "" and
                                    prev not in ("de", "des", "du", "d", "of", "la", "le", "l"))):
                return
        if cls == "Person" and len(core) == 1 and core_words[0] in L.NOT_NAMES:
            return
        if cls == "Settlement" and any(t.key in ("and", "et") for t in core):
            # "between Edioubara and Ogodourou": two villages
            parts, cur = [], []
            for t in core:
                if t.key in ("and", "et"):
                    if cur:
                        parts.append(cur)
                    cur = []
                else:
                    cur.append(t)
            if cur:
                parts.append(cur)
            for part in parts:
                if not part:
                    continue
                nm = orig[part[0].start:part[-1].end]
                pid = self._new_place(nm, toks, part, orig)
                pi, pj = toks.index(part[0]), toks.index(part[-1]) + 1
                for q in range(pi, pj):
                    taken[q] = True
                self._add(ms, orig, toks, pi, pj, pid, "new", alias_ok=True)
            return
        if cls == "Settlement":
            eid = self._new_place(name, toks, core, orig)
        else:
            eid = self._new(name, cls, core[0].start, core[-1].end, orig)
        for k in range(a, j):
            taken[k] = True
        self._add(ms, orig, toks, a, j, eid, "new", alias_ok=True)
        if cls == "Person":
            self._remember_person(core_words, eid)

    @staticmethod
    def _person_like(toks, x: int, y: int) -> bool:
        """A part of a coordinated run that names a person: two or three capitalised words, or a title first."""
        if y <= x:
            return False
        k = _phrase_at(toks, x, TITLES)
        if k and x + k < y:
            return True
        return 2 <= y - x <= 3 and all(t.cap and not t.upper and t.key not in L.NOT_NAMES for t in toks[x:y])

    @staticmethod
    def _acronym_after(orig, toks, a: int, j: int) -> bool:
        """The run is followed by its initials in parentheses: "Permanent Strategic Framework (CSP)"."""
        if j >= len(toks) or orig[toks[j - 1].end:toks[j].start].strip() != "(" or not toks[j].upper:
            return False
        initials = "".join(t.text[0] for t in toks[a:j] if t.cap).lower()
        acro = toks[j].text.lower()
        # a translated name keeps some of its letters: "Permanent Strategic Framework (CSP)" from the French
        return len(acro) >= 2 and (initials.startswith(acro) or acro.startswith(initials) or
                                   len(set(acro) & set(initials)) >= 2)

    def _alternative_names(self, orig, toks, taken, ms):
        """A village the text names for the first time may be followed by another spelling or
        name in brackets or parentheses: "Tenessou (Tinessou)", "Gomou [Gomo]", "Kasso (or
        Kessa)". That name, when it names nothing else, is the same village's."""
        for m in [m for m in ms if m.label == "Place" and m.how == "new"]:
            alt = _ALT_NAME.match(orig, m.end)
            if not alt:
                continue
            a = next((k for k in range(m.j, min(m.j + 3, len(toks))) if toks[k].start == alt.start(1)), None)
            if a is None:
                continue
            b = a
            while b < len(toks) and toks[b].end <= alt.end(1):
                b += 1
            if b == a or any(toks[k].upper for k in range(a, b)) or \
                    toks[a].key in L.NOT_NAMES and orig[toks[a].end:toks[a].end + 1] != "-":   # "(In-Tadeini)"
                continue
            if tuple(self._keys[a:b]) in COUNTRY or tuple(self._keys[a:b]) in NAT:
                continue   # "Gourel (Mauritania)": where it is
            if any(taken[k] for k in range(a, b)):
                # read as a village of its own just now (a name in parentheses closes a locative
                # phrase): it is this village's other name
                # (or as a man: two capitalised words, "Temou [Tin Ewar]")
                x = next((x for x in ms if x.i == a and x.j == b and x.how == "new" and
                          (x.label == "Place" or x.cls == "Person")), None)
                ne = self.st.new_entities.get(x.eid) if x is not None else None
                if ne is None or ne.evidence or x.eid == m.eid:
                    continue
                del self.st.new_entities[x.eid]
                self.st.new_by_key[norm_key(ne.name)] = m.eid
                x.eid, x.how, x.new, x.label, x.cls = m.eid, "alt", None, "Place", m.cls
                continue
            for k in range(a, b):
                taken[k] = True
            self._add(ms, orig, toks, a, b, m.eid, "alt", alias_ok=True)

    def _title_before(self, orig, toks, i) -> bool:
        """A lower-case title just before the name: "le brigadier Ronan Pointeau", "son porte-parole,
        Ousséni Tamboura", "la ministre des Armées, Florence Parly"."""
        for back in range(1, 7):
            a = i - back
            if a < 0:
                break
            k = _phrase_at(toks, a, TITLES)
            if k and a + k >= i - 4:
                gap = orig[toks[a].end:toks[i].start]
                if "." in gap or ";" in gap or "(" in gap:
                    return False
                return True
        return False

    def _place_cue(self, toks, i) -> bool:
        for back in range(1, 6):
            a = i - back
            if a < 0:
                break
            k = _phrase_at(toks, a, PLACE_CUES)
            if k and a + k == i:
                return True
        # French "à", not the English article ("A Comanav boat", "a IED in ...")
        a_ok = i > 0 and (toks[i - 1].key != "a" or toks[i - 1].text == "à")
        if a_ok and toks[i - 1].key in ("a", "near", "in", "at", "outside") and i + 1 < len(toks) and toks[i + 1].key in ("in", "dans", "au", "en", "near", "pres"):
            return True
        if i >= 1 and toks[i - 1].key in ("between", "entre"):
            # not "between Islamist fighters and the army": a word qualifying the noun after it
            return not (i + 1 < len(toks) and not toks[i + 1].cap and toks[i + 1].key not in ("and", "et") and
                        toks[i + 1].start - toks[i].end <= 1)
        if a_ok and toks[i - 1].key in ("a", "in"):
            if i + 1 >= len(toks):
                return True   # "... executed some 300 men in Moura" (end of the sentence)
            nxt = toks[i + 1]
            # "à Kouré, au Niger" / "in Talhandak, Kidal" / "In Paris,"
            return nxt.key in ("au", "en", "dans", "near", "in") or (i <= 1)
        return False

    def _locative_name(self, orig, toks, i, j, words, ms) -> bool:
        """A name that closes a locative phrase is a place: "a checkpoint in Wabaria, ...", "killed a
        man near Yara.", "dans Kourmina", "in the Gniminama area", and the next names of a list of
        places ("the villages of Sankoro, Bidi and Kourouni")."""
        if any(w in NOT_PLACE_WORDS for w in words):
            return False
        n = len(toks)
        nxt = toks[j].key if j < n else ""
        after = orig[toks[j - 1].end:toks[j].start] if j < n else "."
        # (sentence-initial too) "Barsalogho, localité de la province du Sanmatenga", "stormed Seytenga, in Seno province": an
        # apposition that puts the name in a known place of the pack by a word of place makes it a place
        if len(words) <= 3 and re.match(r"\s*,", after):
            o = next((m for m in ms if m.label == "Place" and m.i >= j and m.eid in self.gaz.info), None)
            raw = orig[toks[j - 1].end:toks[o.i].start] if o is not None else ""
            # the first names of a list the apposition closes: "raided Intazayene, Bakorat and Wistane,
            # villages and hamlets of the Tillia department"
            lst = _NAME_LIST.match(raw) if o is not None else None
            if o is not None and (o.i - j <= 8 or lst and o.i - j <= 16):
                gap = fold(raw[lst.end():] if lst else raw).lower()
                if CONTAINER_GAP.fullmatch(gap) and (_PLACE_NOUN.search(gap) or _PLACE_NOUN.search(
                        fold(orig[toks[o.i].start:toks[o.j - 1].end + 12]).lower())):
                    return True
        if i == 0:
            return False
        closes = j >= n or bool(re.match(r"\s*[,;:.()\[\]]", after)) or nxt in LOCATIVE_NEXT
        prev = toks[i - 1]
        if prev.key == "near" and len(words) <= 3:
            return True   # "an IED exploded near Gangafani without casualties": "near" takes no month or group
        # "20 km east of Lerneb", "a few kilometres from Mondoro", "à 15 km de Boni"
        if prev.key in ("of", "from", "de", "du", "d") and re.search(
                r"(?:\d|\bfew|\bseveral|\bquelques)\s*(?:km|kms|kilomet\w+|miles?)\s+(?:au\s+|to the\s+|[aà]\s+l['’])?(?:[\w-]+\s+)?$",
                orig[max(0, toks[i - 1].start - 40):toks[i - 1].start].lower()):
            return True
        if prev.key in ("near", "outside", "in", "at", "dans", "around") or prev.text == "à":
            # "residents in Badalabougou staged ...", "students in Yangasso demonstrated"; a verb form
            # right after the name ends the phrase too ("soldiers searched houses in Sorba looking for arms")
            return closes or nxt in AUXILIARIES or i >= 2 and toks[i - 2].key in PEOPLE_IN or \
                (j < n and not toks[j].cap and len(nxt) > 4 and nxt.endswith(("ed", "ing")))
        # "in the Gniminama area"; "in the area of X", "the villages of X", "dans la zone de X"
        if prev.key == "the" and i >= 2 and toks[i - 2].key in ("in", "near", "at", "around") and \
                (nxt in AREA_WORDS or nxt in SITE_WORDS):
            return True   # and "at the Kouloumbou post"
        # "looted Tambarou village", "close to Sirakoro village": the name of a village
        if nxt in ("village", "hamlet", "hameau") and len(words) <= 3 and words[0] not in ETHNIC and words[0] not in NAT \
                and not re.match(r"\s*\)|\s+\w+\s+(?:of|de|d')\b", orig[toks[j - 1].end:toks[j].end + 5]):
            return True   # not "a Tuareg (Imghad) village of Tinessou"
        if prev.key in ("of", "de", "d", "du") and i >= 2 and toks[i - 2].key in AREA_OF:
            return True
        # "les habitants de Tchoma Bangou, où ..., et de Zaroumdareye", "residents of Boni": where people live
        if prev.key in ("of", "de", "d", "du") and i >= 2 and len(words) <= 3 and (
                toks[i - 2].key in PEOPLE_IN or toks[i - 2].key in ("and", "et") and
                any(toks[k].key in PEOPLE_IN and toks[k + 1].key in ("of", "de", "d", "du") for k in range(max(0, i - 25), i - 2))):
            return True
        # "Sondourou (Dimbal, Bankass)": the first of two containers in parentheses, before a known one
        if orig[toks[i - 1].end:toks[i].start].strip().endswith("(") and re.match(r"\s*,", after) and \
                any(m.i == j and m.label == "Place" for m in ms):
            return True
        # "the village chief of Pissa": a village, where "the chief of Staff" is not
        if prev.key == "of" and i >= 3 and toks[i - 2].key in ("chief", "head", "chiefs") and toks[i - 3].key == "village":
            return True
        # a list: the name after a place and a comma or "and" ("Sankoro, Bidi, and Kourouni")
        # (not "Pau, France": a name after a comma alone may be the container)
        if len(words) <= 3 and (nxt in ("and", "et") or closes and re.search(r"\b(?:and|et)\s*$", orig[toks[i - 1].start:toks[i].start])
                                or closes and _LIST_GOES_ON.match(orig, toks[j - 1].end)):
            for m in ms:
                if m.label == "Place" and m.j <= i and re.fullmatch(r"(?:\s*\[[^\[\]]{1,40}\])?\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et)\s)\s*",
                                                                      orig[m.end:toks[i].start]):
                    return True
        return False

    def _foreign_namesakes(self, orig, folded, ms):
        """"near Koutougou, a village of the Torodi department": a village of the pack whose container, as
        the text gives it, lies in another country is a namesake of the text's own (Niger's Koutougou,
        not Burkina Faso's): a new place, which the container then holds."""
        gaz = self.gaz
        places = [m for m in ms if m.label == "Place"]
        if len(places) < 2:
            return
        places.sort(key=lambda m: m.start)
        for k, m in enumerate(places[:-1]):
            if gaz.cls(m.eid) != "Settlement":
                continue
            o = places[k + 1]
            if gaz.cls(o.eid) not in ("AdminArea", "Country") or len(folded[m.end:o.start]) > 60 or \
                    not CONTAINER_GAP.fullmatch(folded[m.end:o.start]):
                continue
            cm, co = gaz.country_of(m.eid), gaz.country_of(o.eid)
            if not cm or not co or cm == co or o.eid in gaz.ancestors(m.eid):
                continue
            eid = self._new(m.surface, "Settlement", m.start, m.end, orig, prefix="place")
            m.eid, m.how, m.cls, m.new = eid, "new", "Settlement", self.st.new_entities.get(eid)

    def _new_place(self, name, toks, core, orig) -> str:
        key = norm_key(name)
        if key in self.st.new_by_key:
            return self.st.new_by_key[key]
        known = self.gaz.spelling(name)   # "Dala" for Dallah, "Kona" for Konna
        if known:
            return known
        # "Bamba Commune", "Sansanding Commune": an administrative area, not a village
        cls = "AdminArea" if core[-1].key in ("commune", "cercle", "district", "prefecture", "department", "departement") else "Settlement"
        eid = self._new(name, cls, core[0].start, core[-1].end, orig, prefix="place")
        return eid

    def _note_gender(self, toks, a: int, eid: str) -> None:
        prev = " ".join(t.key for t in toks[max(0, a - 4):a])
        if re.search(r"\b(?:mme|madame|mrs|ms|mlle|la ministre|la presidente|la francaise|l'italienne|she|her|sa femme|"
                     r"la journaliste|la deputee|ministre des armees)\s*$", prev + " ") or \
                re.search(r"\b(?:la|une)(?: \w+){0,3} (?:ministre|presidente|journaliste|humanitaire|religieuse|otage)\b", prev):
            self.st.gender.setdefault(eid, "f")
        elif re.search(r"\b(?:m|mr|monsieur|le ministre|le president|le pretre|father|sheikh|imam|il)\s*$", prev + " "):
            self.st.gender.setdefault(eid, "m")

    def _remember_person(self, words: list[str], eid: str) -> None:
        words = [w for w in words if w]
        self.st.persons[" ".join(words)] = eid
        if len(words) >= 2:
            self.st.persons.setdefault(words[-1], eid)
            if words[-2] in CONNECT:
                self.st.persons.setdefault(" ".join(words[-2:]), eid)

    def _new(self, name: str, cls: str, a: int, b: int, orig: str, prefix: str = "actor") -> str:
        from .model import NewEntity

        key = norm_key(name)
        if key in self.st.new_by_key:
            return self.st.new_by_key[key]
        base = f"{prefix}:{slug(name)}"
        eid = base
        k = 2
        while eid in self.gaz.info or eid in self.st.new_entities:
            eid = f"{base}-{k}"
            k += 1
        ne = NewEntity(eid, name, cls, (a, b), "")
        self.st.new_entities[eid] = ne
        self.st.new_by_key[key] = eid
        return eid

    # -- 5. generic state words ---------------------------------------------------------------------
    def _bare(self, orig, toks, taken, ms):
        n = len(toks)
        if self._keyset.isdisjoint(_BARE_FIRST):
            return
        cc = named_forces = None    # worked out at the first state word found
        keys = self._keys
        for i in [i for i, k in enumerate(keys) if k in _BARE_FIRST]:
            if taken[i]:
                continue
            for what, phrases in _BARE_BY_FIRST[keys[i]]:
                k = phrases.at(toks, i, keys)[0]
                if not k or any(taken[i:i + k]):
                    continue
                if cc is None:
                    # "le ministère français des Armées a indiqué que des soldats ...": the soldiers of the
                    # ministry that speaks, not the army of the country the report is about
                    cc = self._defence_ministry_country(orig, ms) or self._country(ms)
                    if not cc:
                        return
                    # "the deployment of 5,000 troops" after "Barkhane and the G5 force ... they": the
                    # troops are those named, not the country's army
                    named_forces = any(m.cls in ("StateForce", "InternationalMission") and m.how not in ("bare", "nation")
                                       for m in ms)
                # "foreign soldiers", "rebel fighters": a qualifier that is not a nationality
                prev = toks[i - 1].key if i > 0 else ""
                if prev == "un" and not toks[i - 1].upper:
                    prev = ""    # French "un soldat", not "UN soldiers"
                if prev in ("foreign", "rebel", "jihadist", "islamist", "etrangers", "rebelles", "private", "rival", "other",
                            "russian", "french", "european", "us", "american", "un", "international", "former", "ex",
                            "anciens", "ancien"):
                    continue
                # "Barkhane soldiers", "MINUSMA's peacekeepers": the force just named
                if i > 0 and taken[i - 1] and any(m.j in (i, i - 1) and m.label == "Actor" and m.cls in
                                                   ("StateForce", "InternationalMission", "ArmedGroup", "Militia")
                                                   for m in ms if m.j <= i):
                    if orig[toks[i - 1].end:toks[i].start].strip() in ("", "'s", "’s"):
                        break
                nxt = toks[i + k].key if i + k < n else ""
                if what == "army" and nxt in ("of", "de", "du", "des") and i + k + 1 < n and toks[i + k + 1].cap:
                    continue
                core = tuple(keys[i:i + k])
                while core and core[0] in ("the", "la", "le", "l", "les"):
                    core = core[1:]
                if what == "army" and named_forces and core not in _NATIONAL_ARMY:
                    break
                a, b = i, i + k
                if what == "police" and "gendarm" in toks[i + k - 1].key:
                    what = "gendarmerie"
                if what in ("police", "gendarmerie"):
                    eid = self.gaz.national(cc, what)
                elif what == "mission":
                    eid = self._un_mission(cc)
                elif what == "security":
                    eid = self.gaz.national(cc, "police") if self._protest_context() else None
                elif what == "self-defence":
                    a, eid = self._self_defence(toks, taken, ms, i, k, cc)
                elif what == "forest":
                    cname = L.COUNTRY_NAMES.get(cc, ("", []))[0]
                    eid = self._pack_form([f"Forest Guards ({cname})"] + [f"{a} forest guards" for a in L.NATIONALITIES.get(cc, [])],
                                          {"StateForce"})
                elif what == "mob":
                    eid = self._pack_form([f"Vigilante Group ({L.COUNTRY_NAMES.get(cc, ('', []))[0]})"], {"Militia"})
                else:
                    eid = self.national(cc, what, toks[i].start, toks[i + k - 1].end, orig)
                if eid:
                    for q in range(a, b):
                        taken[q] = True
                    self._add(ms, orig, toks, a, b, eid, "bare", alias_ok=False)
                break

    def _government_envoys(self, orig, toks, taken, ms):
        """"government emissaries", "des émissaires du gouvernement", "une délégation gouvernementale":
        a government named by no country is the report's; its envoys sit at the table for it."""
        keys = self._keys
        for i, k in enumerate(keys):
            if taken[i] or k not in ("government", "gouvernement", "gouvernementaux", "gouvernementale"):
                continue
            nxt = keys[i + 1] if i + 1 < len(keys) else ""
            if k == "government":
                ok = nxt in _ENVOYS    # "government envoys"; "envoys of the government" is "the government" already
            elif k == "gouvernement":
                # "émissaires du gouvernement", not "du gouvernement malien" (a nationality, taken before)
                ok = i >= 2 and keys[i - 1] == "du" and keys[i - 2] in _ENVOYS and not (nxt and (nxt,) in NAT)
            else:
                ok = i >= 1 and keys[i - 1] in _ENVOYS
            if not ok:
                continue
            cc = self._country(ms)
            eid = cc and self.national(cc, "government", toks[i].start, toks[i].end, orig)
            if eid:
                taken[i] = True
                self._add(ms, orig, toks, i, i + 1, eid, "bare", alias_ok=False)

    def _defence_ministry_country(self, orig: str, ms) -> str | None:
        """The country of a defence ministry the sentence names ("le ministère des Armées", "the
        French defence ministry"), whose soldiers are its own; None when there is none."""
        for m in ms:
            if m.label == "Actor" and m.cls == "Government" and _DEFENCE_MINISTRY.search(fold(orig[m.start:m.end])):
                return self.gaz.government_country(m.eid)
        return None

    def _country(self, ms) -> str | None:
        """The country generic words refer to: the sentence's places, the report's, else the
        country most of the region pack's places lie in (a report read against the Sahel pack
        that names no country is about its main country)."""
        return self._sentence_country(ms) or self.st.section_country or self.st.main_country() or self._home_country()

    def _section_heading(self, orig, toks, start: int, end: int) -> None:
        """A line that names a country alone ("NIGER", "Burkina Faso:") heads the section of a
        round-up that follows: "the government" there is that country's."""
        k, cc = COUNTRY_P.at(toks, 0, self._keys)
        if k != len(toks) or not cc or orig[toks[-1].end:end].strip(" :.-\u2014\u2013\t\n"):
            return
        if orig[orig.rfind("\n", 0, start) + 1:start].strip(" *#\t") or "\n" not in orig[toks[-1].end:end + 1] + "\n":
            return
        self.st.section_country = cc

    def _home_country(self) -> str | None:
        gaz = self.gaz
        home = getattr(gaz, "_home_country", False)
        if home is False:
            c = Counter(gaz.country_of(e) for e, i in gaz.info.items() if i.label == "Place")
            c.pop(None, None)
            home = c.most_common(1)[0][0] if c else None
            gaz._home_country = home
        return home

    def _pack_form(self, forms, classes) -> str | None:
        """The one pack actor of one of ``classes`` that bears one of these names."""
        from .gazetteer import name_keys

        for f in forms:
            ids = {i for key in name_keys(f) for i in self.gaz.index.get(key, ()) if self.gaz.cls(i) in classes}
            if len(ids) == 1:
                return next(iter(ids))
        return None

    def _un_mission(self, cc: str) -> str | None:
        """The UN mission in a country, as the pack names it ("UN mission in Mali")."""
        cname = L.COUNTRY_NAMES.get(cc, (None, []))[0]
        if not cname:
            return None
        return self._pack_form([f"UN mission in {cname}", f"United Nations mission in {cname}",
                                f"mission de l'ONU au {cname}", f"mission de l'ONU en {cname}"], {"InternationalMission"})

    def _protest_context(self) -> bool:
        """Demonstrators, a riot, tear gas in this sentence or the two before."""
        if _PROTEST.search(self._fseg):
            self.st.protest_sentence = self.st.sentence_no
            return True
        last = self.st.protest_sentence
        return last is not None and self.st.sentence_no - last <= 2

    def _self_defence(self, toks, taken, ms, i, k, cc):
        """A village's self-defence group: the militia of the community the text gives it ("Dogon
        self-defence group", "the Dogon village of X ... village self-defence"), else the pack's
        communal militia of the village it defends ("Pongono Communal Militia (Mali)")."""
        country = L.COUNTRY_NAMES.get(cc, ("", []))[0]
        a = i
        ethnic = None
        if i > 0 and toks[i - 1].key in ETHNIC and not taken[i - 1]:
            ethnic, a = ETHNIC[toks[i - 1].key], i - 1
        else:
            ethnic = self._village_community()
        if ethnic:
            eid = self._community(ethnic, "attackers", ms)
            if eid:
                return a, eid
        places = [m for m in ms if m.label == "Place" and self.gaz.cls(m.eid) not in ("Country", "AdminArea", "Area")]
        names = [m.surface for m in places] or [self.gaz.name(p) for p in self._recent_villages()]
        for nm in names:
            eid = self._pack_form([f"{nm} Communal Militia ({country})"], {"Militia"})
            if eid:
                return i, eid
        return i, None

    def _village_community(self) -> str | None:
        """The community of the village this sentence or the one before names ("the Dogon
        village of X", "a Fulani hamlet")."""
        m = _COMMUNITY_VILLAGE.search(self._fseg) if not self._keyset.isdisjoint(ETHNIC) else None
        if m:
            ethnic = ETHNIC[m.group(1) or m.group(2)]
            self.st.village_community = (self.st.sentence_no, ethnic)
            return ethnic
        last = self.st.village_community
        if last and self.st.sentence_no - last[0] <= 1:
            return last[1]
        return None

    def _recent_villages(self) -> list:
        """Settlements of the last sentences, most recent first."""
        out = []
        for no, m in reversed(self.st.recent):
            if self.st.sentence_no - no > 1:
                break
            if m.label == "Place" and self.gaz.cls(m.eid) == "Settlement" and m.eid not in out:
                out.append(m.eid)
        return out

    def _sentence_country(self, ms) -> str | None:
        c = Counter()
        for m in ms:
            if m.label == "Place":
                cc = self.gaz.country_of(m.eid)
                if cc:
                    c[cc] += 1
        return c.most_common(1)[0][0] if c else None

    # -- 6. pronouns and anaphora ---------------------------------------------------------------
    def _coref(self, orig, folded, toks, taken, ms):
        n = len(toks)
        if self._keyset.isdisjoint(_COREF_FIRST):
            return
        for i in [i for i, k in enumerate(self._keys) if k in _COREF_FIRST]:
            if taken[i]:
                continue
            key = toks[i].key
            if key not in ANAPH_P.by_first and key not in L.PRONOUNS:
                continue
            hit = None
            alts: list[str] = []
            L_, cls = ANAPH_P.at(toks, i, self._keys)
            if key in _POSS and i + 1 < n and toks[i + 1].key in _GROUP_HEADS and not taken[i + 1]:
                led = self._group_led_by_possessor(ms, toks[i].start)
                if led:
                    hit = (i, i + 2, led)
                    L_ = 0
            named = self._partial_name(toks, taken, i, ms) if (key in _DETS or key in _POSS) and hit is None else None
            if named:
                hit = (i, named[0], named[1])
                L_ = 0
            if not L_ and key in _DETS and hit is None:
                # "the new coalition", "ce même groupe": a determiner, an adjective or two, a group noun
                for q in range(i + 1, min(n, i + 4)):
                    if toks[q].key in _GROUP_HEADS and not any(taken[i:q + 1]):
                        L_, cls = q - i + 1, _GROUP_HEADS[toks[q].key]
                        break
                    if taken[q] or toks[q].cap:
                        break
            if L_ and not any(taken[i:i + L_]) and not _names_follow(toks, taken, i + L_):
                ants = self._antecedents(cls, ms, toks[i].start)
                if ants:
                    hit = (i, i + L_, ants[0])
                    alts = ants[1:]
            if hit is None and key in L.PRONOUNS:
                kind = L.PRONOUNS[key]
                if kind in ("plural",):
                    if key in ("ils", "elles", "leur", "leurs") or key in ("they", "them", "their", "theirs"):
                        ants = self._plural_antecedent(ms, toks[i].start)
                        if ants:
                            for ant in ants:
                                self._add(ms, orig, toks, i, i + 1, ant, "coref", alias_ok=False)
                            taken[i] = True
                        continue
                elif kind in ("male", "female"):
                    if key == "il" and i + 1 < n and toks[i + 1].key in ("y", "s", "faut", "est", "semble", "reste", "etait", "sagit"):
                        continue
                    # "had pledged allegiance to him": an object pronoun is not its own clause's subject
                    obj = key in ("him", "her", "lui") and i > 0
                    # French "il"/"elle" opening a sentence after one whose subject was a group ("Le GSIM,
                    # dirigé par X, est né en 2017. Il avait revendiqué ..."): the group, not the man in its apposition
                    ant = self._group_subject_before() if key in ("il", "elle") and i == 0 else None
                    ant = ant or self._topic_person(ms, toks[i].start, "f" if kind == "female" else "m")
                    ant = ant or self._antecedent("Person", ms, toks[i].start, recent_only=True, skip_here=obj,
                                                  gender="f" if kind == "female" else "m")
                    if ant:
                        hit = (i, i + 1, ant)
                elif kind == "neuter" and key in ("it", "its"):
                    obj = key == "it" and i > 0 and toks[i - 1].key not in ("and", "but", "that", "because", "as", "while", "when")
                    ant = self._antecedent("ArmedGroup", ms, toks[i].start, recent_only=True, strict=True, skip_here=obj,
                                           singular=True)
                    if ant:
                        hit = (i, i + 1, ant)
            if hit:
                a, b, ant = hit
                for q in range(a, b):
                    taken[q] = True
                cm = self._add(ms, orig, toks, a, b, ant, "coref", alias_ok=False)
                cm.alts = alts

    def _topic_person(self, ms, before: int, gender: str) -> str | None:
        """"He joined the GSPC ... where he fought under Mokhtar Belmokhtar. When ..., he stayed on": a
        pronoun with no person before it in its sentence goes on with the person the last sentence opened
        with, not the one it named last (an object, a victim, a superior)."""
        if any(m.label == "Actor" and m.cls == "Person" and m.end <= before for m in ms):
            return None
        eid = self.st.topic_person
        if eid is None or self.st.gender.get(eid, gender) != gender:
            return None
        return eid

    def _group_subject_before(self) -> str | None:
        """The group that opened the previous sentence as its subject, when no actor came before it."""
        subj = self.st.subjects[-1] if self.st.subjects else None
        if not subj or subj[0].cls == "Person":
            return None
        prev_no = self.st.sentence_no - 1
        first = min((m for no, m in self.st.recent if no == prev_no and m.label == "Actor"),
                    key=lambda m: m.start, default=None)
        return subj[0].eid if first is not None and first.eid == subj[0].eid else None

    def _candidates(self, ms, before: int, skip_here: bool = False):
        """Recent actor mentions, most recent first: this sentence (before the pronoun), then memory."""
        if not skip_here:
            here = [m for m in ms if m.end <= before and m.label == "Actor" and not m.relational]
            here.sort(key=lambda m: -m.start)
            for m in here:
                yield 0, m
        for no, m in reversed(self.st.recent):
            if m.label == "Actor" and not m.relational:
                yield self.st.sentence_no - no, m

    def _antecedent(self, cls: str, ms, before: int, recent_only: bool = False, strict: bool = False,
                    skip_here: bool = False, gender: str | None = None, singular: bool = False) -> str | None:
        want = {cls}
        if cls == "ArmedGroup" and not strict:
            want = {"ArmedGroup", "Militia"}
        if cls == "StateForce":
            want = {"StateForce", "InternationalMission"}
        for dist, m in self._candidates(ms, before, skip_here):
            if recent_only and dist > 2:
                break
            if dist > 6:
                break
            if singular and m.conjunct:
                continue
            if m.cls in want and not (gender and self.st.gender.get(m.eid, gender) != gender):
                return m.eid
        return None

    def _group_led_by_possessor(self, ms, before: int) -> str | None:
        """"his group", "son groupe": the group the person just named leads (LEADER_OF told earlier)."""
        person = self._antecedent("Person", ms, before)
        if not person:
            return None
        for r in reversed(getattr(self.st, "rels", [])):
            if r.subject == person and r.predicate == "LEADER_OF":
                return r.object
        return None

    def _partial_name(self, toks, taken, i, ms):
        """"la force conjointe", "the rights group", "the council": a description whose words are all
        in the name of an actor named shortly before. Returns (end token, entity id) or None."""
        n = len(toks)
        words = []
        j = i + 1
        while j < n and j <= i + 4 and not taken[j] and not toks[j].cap and toks[j].key.isalpha():
            words.append(toks[j].key)
            j += 1
            if toks[j - 1].key in _GROUP_HEADS or toks[j - 1].key in _PARTIAL_HEADS:
                break
        content = [w for w in words if w not in L.NOT_NAMES and len(w) > 2]
        if not content or (words and words[-1] not in _GROUP_HEADS and words[-1] not in _PARTIAL_HEADS):
            return None
        if len(content) < 2 and content[0] not in ("council", "conseil", "watch", "committee", "comite", "mission",
                                                  "command", "commandement", "union"):
            return None   # "the group", "the force": too generic to name anyone by itself
        seen = set()
        for dist, m in self._candidates(ms, toks[i].start):
            if dist > 8:
                break
            if m.label != "Actor" or m.eid in seen:
                continue
            seen.add(m.eid)
            vocab = self._vocab.get(m.eid)
            if vocab is None:
                e = self.gaz.resolver.entities.get(m.eid)
                names = set(e.names) if e else set()
                vocab = self._vocab[m.eid] = {w for nm in names for w in norm_key(nm).split()}
            vocab = vocab | set(norm_key(m.surface).split())
            if set(content) <= vocab:
                return j, m.eid
        return None

    def _antecedents(self, cls: str, ms, before: int) -> list[str]:
        """Candidate antecedents of a description ("the group"), best first."""
        want = {cls}
        if cls == "ArmedGroup":
            want = {"ArmedGroup", "Militia"}
        if cls == "StateForce":
            want = {"StateForce", "InternationalMission"}
        out = []
        cands = list(self._candidates(ms, before))
        # this sentence first (most recent mention), then the subject of the last sentences
        # ("JNIM was formed by the merger of A, B, C and D. The new coalition ..." → JNIM), then recency
        for dist, m in cands:
            if dist == 0 and m.cls in want and m.eid not in out:
                out.append(m.eid)
        for subj in reversed(self.st.subjects):
            for m in subj:
                if m.cls in want and m.eid not in out:
                    out.append(m.eid)
            if subj:
                break
        for dist, m in cands:
            if dist > 6:
                break
            if m.cls in want and m.eid not in out:
                out.append(m.eid)
        return out

    def _plural_antecedent(self, ms, before: int) -> list[str]:
        """"they": the coordinated subject of this or a recent sentence when it is a group of
        actors ("Barkhane and the G5 Sahel force ... they"), else the most recent group."""
        here = [m for m in ms if m.end <= before and m.label == "Actor" and m.cls in GROUPISH and m.how != "coref"]
        if here:
            first = min(here, key=lambda m: m.start)
            grp = [m.eid for m in here if m.group == first.group and first.group >= 0] or [first.eid]
            return list(dict.fromkeys(grp))
        for subj in reversed(self.st.subjects):
            if subj:
                return list(dict.fromkeys(m.eid for m in subj))
        for dist, m in self._candidates(ms, before):
            if dist > 3:
                break
            if m.cls in GROUPISH:
                return [m.eid]
        return []

    # -- bookkeeping ------------------------------------------------------------------------------
    def _add(self, ms, orig, toks, i, j, eid, how, alias_ok=True):
        gaz = self.gaz
        ne = self.st.new_entities.get(eid)
        if ne is not None:
            cls = ne.cls
            label = "Place" if eid.startswith("place:") else "Actor"
        else:
            cls = gaz.cls(eid)
            label = gaz.label(eid) or "Actor"
        m = Mention(toks[i].start, toks[j - 1].end, i, j, eid, label, cls, orig[toks[i].start:toks[j - 1].end],
                    how, alias_ok)
        ms.append(m)
        if label == "Place":
            cc = gaz.country_of(eid)
            if cc:
                self.st.countries[cc] += 1
        elif how in ("nation",) and eid:
            pass
        if cls == "Person" and how != "coref":
            self._note_gender(toks, i, eid)
        if cls == "Person" and how in ("pack", "typo") and eid not in self.st.remembered:
            self.st.remembered.add(eid)
            names = gaz.resolver.entities.get(eid)
            for nm in (names.names if names else ()):
                self._remember_person(norm_key(nm).split(), eid)
        return m

    def _groups(self, orig, toks, ms):
        """Coordinated mentions ("X and Y", "X, Y et Z") share a group number."""
        g = 0
        prev = None
        for m in ms:
            if m.label != "Actor":
                continue
            if prev is not None and prev.start == m.start and prev.end == m.end:
                m.group = prev.group
                prev = m
                continue
            # "Katiba Macina (JNIM) militants": a name and the one in parentheses right after it act together
            if prev is not None and orig[prev.end:m.start].strip() == "(" and prev.cls in ("ArmedGroup", "Militia") \
                    and m.cls in ("ArmedGroup", "Militia"):
                m.group = prev.group
                prev = m
                continue
            # "MSA-GATIA militiamen", "the GATIA-MSA coalition", "Barkhane-FAMa patrol": two armed actors
            # hyphened into one name act together
            if prev is not None and orig[prev.end:m.start] == "-" and prev.cls in _HYPHEN_PARTNERS and m.cls in _HYPHEN_PARTNERS:
                m.group = prev.group
                prev = m
                continue
            if prev is not None:
                gap = orig[prev.end:m.start]
                if gap.lstrip().startswith(")") and orig[max(0, prev.start - 3):prev.start].rstrip().endswith("("):
                    # "le MNLA (Mouvement ...), le HCUA (...) et le MAA": the list goes on past the parenthesis
                    gap = gap.lstrip()[1:]
                gap_f = " " + " ".join(gap.lower().split()) + " "
                if _COORD.fullmatch(gap_f) or gap_f.strip() in _COORD_WORDS:
                    m.group = prev.group
                    prev = m
                    continue
            g += 1
            m.group = g
            prev = m
        sizes: dict = {}
        for m in ms:
            if m.label == "Actor" and m.group >= 0:
                sizes.setdefault(m.group, set()).add(m.eid)
        for m in ms:
            if m.label == "Actor":
                m.conjunct = len(sizes.get(m.group, ())) > 1

    def _datelines(self, orig, ms):
        for m in ms:
            # (the case first: most places are not written in capitals)
            if m.label == "Place" and m.surface.isupper() and \
                    re.match(r"^\s*(?:\([A-Za-z ]+\)\s*)?(?:,\s*[^\n]{3,30}?)?\s*[-\u2013\u2014]\s", orig[m.end:m.end + 45]):
                m.dateline = True

    def _parens(self, orig, ms):
        for m in ms:
            a = orig.rfind("(", max(0, m.start - 59), m.start)
            if a >= 0 and orig.find(")", a, m.start) == -1 and orig.find(")", m.end) != -1:
                m.paren = True

    def _relational_marks(self, folded, ms):
        ks = self._keyset
        if ks.isdisjoint(_REL_KEYS) and "affili" not in self._fseg:
            return
        for m in ms:
            if m.label != "Actor" or m.relational:
                continue
            if _REL_BEFORE.search(folded, max(0, m.start - 30), m.start) or _REL_AFTER.match(folded, m.end, m.end + 20):
                m.relational = True

    def remember(self, ms: list[Mention]) -> None:
        """After a sentence: its mentions become antecedents; its subject group is noted."""
        no = self.st.sentence_no
        for m in ms:
            if m.how != "coref":
                self.st.recent.append((no, m))
            if m.label == "Place":
                self.st.places_seen[m.eid] = self.st.places_seen.get(m.eid, 0) + 1
        actors = [m for m in ms if m.label == "Actor" and m.cls in GROUPISH]
        subj = []
        if actors:
            first = actors[0]
            if self._subordinate_start and len(actors) > 1:
                later = [m for m in actors if m.start > self._subordinate_start]
                if later:
                    first = later[0]
            if first.i <= 25:
                subj = [m for m in actors if m.group == first.group]
        self.st.subjects.append(subj)
        people = [m for m in ms if m.label == "Actor" and m.cls == "Person" and not m.relational]
        self.st.topic_person = min(people, key=lambda m: m.start).eid if people else None
        self.st.sentence_no += 1


_VERBS_EN = set("""has have had is was are were will would can cannot could should must may might did does do said says
decided decides announced announces backed backs sent sends ended ends refused refuses rejected rejects pressed presses asked
asks wants wanted called calls agreed agrees signed signs deployed deploys launched launches accused accuses blamed blames
condemned condemns welcomed welcomes recalled recalls withdrew withdraws expelled expels suspended suspends formally also
continues continued plans planned intends intended opened opens confirmed confirms denied denies offered offers
threatened threatens urged urges demanded demands insisted insists chose chooses""".split())
_VERBS_FR = set("""a ont avait avaient est sont sera seront va vont doit doivent peut peuvent veut veulent presente refuse refuse
reduit annonce decide demande accuse salue condamne envoie retire appelle exige reconnait reconnu assume affirme estime
souhaite entend prepare mene maintient poursuit rejette dement""".split())


def _after_comma(orig, folded, toks, i, j, m) -> bool:
    """A capital opening a clause after a comma ("Le 3 mai, Bamako a refusé", "On Monday, Niamey
    denounced"); a country there may still be a place in a list ("in Mali, Niger and Chad"), and a
    city that suffers is the place ("On Monday, Bamako was hit by", "Bamako a été frappée")."""
    return i > 0 and m is not None and m.cls != "Country" and "," in orig[toks[i - 1].end:toks[i].start] and \
        j < len(toks) and not _SUFFERED_AFTER.match(folded, toks[j].start)


def _clause_start(toks, i) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1].key
    if prev in ("and", "et", "but", "mais", "while", "whereas", "alors", "la", "le", "l", "that", "que", "qu", "once", "if", "si"):
        return True
    return False


def _verb_follows(folded, toks, j) -> bool:
    """A verb right after the name, past a relative clause (", qui réduit sa présence ...,")."""
    if j >= len(toks):
        return False
    k = j
    rel = re.match(r"\s*,\s*(?:qui|which|who|dont|ou)\b[^,]{0,120},", folded[toks[j - 1].end:toks[j - 1].end + 140])
    if rel:
        end = toks[j - 1].end + rel.end()
        while k < len(toks) and toks[k].start < end:
            k += 1
    elif folded[toks[j - 1].end:toks[j].start].strip():
        return False
    if k >= len(toks):
        return False
    w = toks[k].key
    if w in _VERBS_EN or w in _VERBS_FR:
        return True
    if w in ("has", "a") or (w.endswith("ed") and len(w) > 4 and not (k + 1 < len(toks) and toks[k + 1].key == "by")):
        return True
    if w in ("long", "toujours", "deja", "formally", "officially", "officiellement") and k + 1 < len(toks):
        return True
    return False


_DETS = {"the", "this", "that", "le", "la", "l", "ce", "cette", "cet"}
_COREF_FIRST = set(ANAPH_P.by_first) | set(L.PRONOUNS)
_POSS = {"son", "sa", "his", "her", "its", "their", "leur"}
_PARTIAL_HEADS = {"force", "forces", "council", "conseil", "mission", "committee", "comite", "union", "party", "parti",
                  "army", "armee", "government", "gouvernement", "watch", "command", "commandement", "operation"}
_GROUP_HEADS = {"group": "ArmedGroup", "coalition": "ArmedGroup", "alliance": "ArmedGroup", "movement": "ArmedGroup",
                "organisation": "ArmedGroup", "organization": "ArmedGroup", "faction": "ArmedGroup", "katiba": "ArmedGroup",
                "groupe": "ArmedGroup", "mouvement": "ArmedGroup", "militia": "Militia", "milice": "Militia"}


_REL_BEFORE = re.compile(
    r"\b(?:membre|member|branche|branch|composante|component|part|partie|affili\w*|faction|wing|unit|"
    r"allegiance|allegeance|loyal to|close to|proche|linked to|lie[es]? a|filiale)\s+(?:of\s+|d[eu]s?\s+|de la\s+|de l'|a\s+|au\s+|to\s+)?"
    r"(?:the\s+|le\s+|la\s+|l')?$")
_REL_KEYS = frozenset({"membre", "member", "branche", "branch", "composante", "component", "part", "partie", "faction",
                       "wing", "unit", "allegiance", "allegeance", "loyal", "close", "proche", "linked", "lie", "liee",
                       "lies", "filiale", "franchise", "offshoot"})   # one of them, or affili-, for either pattern
_REL_AFTER = re.compile(r"\s*(?:-?linked|-?affiliated|affiliate|branch|faction|franchise|offshoot)\b")
_COORD = re.compile(r" (,|and|et|, and|, et|as well as|ainsi que|&|and the|et la|et le|et les|and its|et ses|, the|, le|, la|, l'|"
                    r"and of|et de la|"
                    r"et du|et de l'|/) ?")
_HYPHEN_PARTNERS = {"ArmedGroup", "Militia", "StateForce", "InternationalMission"}
# "/" joins two names of one party ("JNIM/Katiba Macina militants", "GATIA/MSA")
_COORD_WORDS = {",", "and", "et", "and the", "et la", "et le", "et les", ", and", "and of", "et de la", "et du", "et de l'", ", the",
                "and its", "/"}


def _names_follow(toks, taken, k) -> bool:
    """"la milice dogon Dan Na Ambassagou", "the group Ansarul Islam", "la force française Barkhane":
    the words describe the name that follows; they are not an anaphor."""
    n = len(toks)
    if k < n and (taken[k] or toks[k].cap):
        return True
    return k + 1 < n and (toks[k].key in ETHNIC or (toks[k].key,) in NAT) and (taken[k + 1] or toks[k + 1].cap)


#: words an English or French compound hyphens to a name ("Gao-based", "JNIM-linked", "Mali-born")
_COMPOUND_TAILS = {"led", "run", "era", "day", "age", "way", "end", "set", "cum", "bis", "ter", "est", "sud", "nord", "ouest"}


_NAME_LIST = re.compile(r"(?:\s*(?:,|\band\b|\bet\b)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})+(?=\s*,)")


def _hyphen_syllable(orig, toks, k) -> bool:
    """A short lower-case syllable hyphened to the capitalised word before it belongs to a
    village's name: "Dim-na", "Douna-pen", the Tamasheq "I-n-Fijaren", "Ti-n-Zaouaten"; not a
    compound word ("Gao-based", "IED-making")."""
    t = toks[k]
    if k == 0 or t.cap or t.upper or not t.key.isalpha() or len(t.key) > 3 or t.key in _COMPOUND_TAILS:
        return False
    p = toks[k - 1]
    return (p.cap or p.upper or (p.key == "n" and k > 1 and toks[k - 2].cap)) and orig[p.end:t.start] == "-"


_ORG_CUES = {"ong", "ngo", "ngos", "charity", "association", "organisation", "organization", "fondation", "foundation"}
_ORG_CUE_ADJ = {"humanitaire", "humanitarian", "caritative", "internationale", "international", "locale", "local",
                "sud-africaine", "americaine", "britannique", "francaise", "malienne", "burkinabe"}


def _org_cue_before(toks, i) -> bool:
    """Whether a name follows a noun for a non-governmental body ("l'ONG humanitaire X", "the aid
    group X", "the charity X"): an organisation, not a person."""
    prev = [t.key for t in toks[max(0, i - 3):i]]
    while prev and prev[-1] in _ORG_CUE_ADJ:
        prev.pop()
    if not prev:
        return False
    if prev[-1] in _ORG_CUES:
        return True
    return prev[-1] in ("group", "groupe") and len(prev) >= 2 and prev[-2] in ("aid", "rights", "relief", "humanitarian")


def _and_titled(toks, j) -> bool:
    """Whether a name ends at ``j``: "and" (with its article) before a title or a nationality noun
    opens another person ("the Swede Johan Gustafsson and the Dutchman Sjaak Rijke")."""
    if toks[j].key not in ("and", "et"):
        return False
    k = j + 1
    if k < len(toks) and toks[k].key in ("the", "le", "la", "l"):
        k += 1
    return k < len(toks) and toks[k].cap and bool(_phrase_at(toks, k, TITLES))


def _numbered_name(orig, toks, taken, j) -> bool:
    """A one-digit number right after a name ends that name ("the village of Gangafani 2 was attacked",
    "Dougoutene 1 commune"), when nothing counted follows it ("Boni 2 people" is no name)."""
    t = toks[j]
    if taken[j] or not (t.key.isdigit() and len(t.key) == 1) or orig[toks[j - 1].end:t.start] != " ":
        return False
    if j + 1 >= len(toks):
        return True
    return bool(re.match(r"\s*[,;:.()\[\]]", orig[t.end:toks[j + 1].start + 1])) or \
        toks[j + 1].key in ("and", "et", "in", "near", "on", "at", "dans", "pres", "commune", "village", "was", "were", "a", "ont")


def _joined_soft(orig, toks, a, b) -> bool:
    gap = orig[toks[a].end:toks[b].start]
    if len(gap) > 2 and "-" in gap and gap[0] in " \u00a0" and gap[-1] in " \u00a0":
        return False   # a spaced dash separates: "Mon 16 Aug - Darey-Daye", "NIGER - Tillabéri"
    return not gap.strip(" -'’\u00a0") and "\n" not in gap


# an apposition that describes a person: "Ken Elliott, an Australian surgeon, ...", "X, who ...", "X, 88, ..."
_PERSON_APPOSITION = re.compile(
    r",\s+(?:who\b|aged\s+\d|\d{1,2}\s*,|(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:tourist|surgeon|doctor|physician|journalist|"
    r"reporter|missionary|teacher|priest|nun|pastor|aid worker|engineer|businessman|businesswoman|national|citizen|"
    r"nurse|geologist|researcher|photographer|filmmaker|retiree|pensioner|humanitarian|volunteer)s?\b)")


def _looks_like_person(orig, toks, j) -> bool:
    """A capitalised run opening a sentence is a person when a verb of saying or acting follows,
    or an apposition that describes a person."""
    if j >= len(toks):
        return False
    if _PERSON_APPOSITION.match(orig, toks[j - 1].end):
        return True
    return toks[j].key in ("said", "says", "told", "announced", "added", "declared", "a", "has", "had", "was", "is",
                           "confirmed", "denied", "explained", "stated", "wrote", "avait", "est", "annonce", "declare")
