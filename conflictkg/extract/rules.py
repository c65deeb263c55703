"""The default extractor: deterministic rules over English and French reports.

Per sentence: mentions (``mentions.py``), dates (``datex.py``), numbers and tolls
(``numbers.py``), event triggers (``triggers.py``); then events are created or joined to one
already told ("this attack", the same place and date), their slots filled from the positions of
the actors around the trigger (subject, "by X", "attack on X", "X fighters"), attributions get
their confidence from claims, denials and hedges, and relations come from patterns
(``relations.py``). Discourse state (antecedents, the event being told) lives in the document's
state, so a long report can be streamed chunk by chunk.
"""
from __future__ import annotations

import bisect
import hashlib
from . import fastre as re
from dataclasses import dataclass, field
from datetime import date, timedelta

from functools import lru_cache
from types import SimpleNamespace

from ..dates import overlaps as _overlaps, parse_partial as _parse_partial

# dates are compared many times per sentence: parse each ISO value once
overlaps = lru_cache(maxsize=8192)(_overlaps)
parse_partial = lru_cache(maxsize=8192)(_parse_partial)


@lru_cache(maxsize=4096)
def _day_in_series(a: str, b: str) -> bool:
    """Whether one date is a day (or a night) and the other a period of months given as a range
    ("entre novembre 2019 et juin 2020"): killings told over months are a series, and a day inside
    it told with its own toll is another event, not the series again."""
    def span(x):
        s, e, _ = parse_partial(x)
        return (date.fromisoformat(e) - date.fromisoformat(s)).days
    if "/" not in a and "/" not in b:
        return False
    sa, sb = span(a), span(b)
    return (sa <= 1 and "/" in b and sb > 60) or (sb <= 1 and "/" in a and sa > 60)
from ..graph.statements import slug as _slug
from ..ontology.model import ONTOLOGY
from . import lexicon as L
from .datex import DateExpr, Ref, find_dates
from .gazetteer import Gazetteer
from .mentions import DocState, Mention, MentionFinder
from .model import Document, EntityMention, EventRecord, Extraction, RelationRecord, Slot
from .places import AXIS_JOIN, admin_area, place_class, place_links
# imported here, not in the sentence loop: a relative import costs a package lookup on every call
from .relations import sentence_relations
from .numbers import find_numbers, tolls, troop_count
from .text import Span, analysis_text, blocks, fold, sentences
from .triggers import CIVILIAN_WORDS, KILL, SOLDIER_WORDS, SPEECH_ALL, SPEECH_AT, Trigger, find_triggers
from .wordstarts import WordGate, Words

# the death of people told without a verb of killing: "found dead", "his body was discovered"
_DEATH_TOLD = re.compile(
    r"(?<![\w-])(?:found (?:dead|executed|killed|lifeless)|succumbed|(?:bodies|body|corpses?|remains) (?:of \w+ )?(?:\w+ ){0,6}?"
    r"(?:was |were |have been |has been |had been )?(?:later |subsequently )?(?:found|discovered|recovered)|"
    r"retrouve(?:e|s|es)? (?:mort|morte|morts|mortes|sans vie|execute\w*|tue\w*)|(?:corps|cadavres?|depouilles?) (?:\w+ ){0,6}?"
    r"(?:a ete |ont ete |avait ete )?(?:retrouv|decouvert)\w*)(?![\w-])")

# a pact concluded: "signed an accord", "ont signé un accord", "concluded a truce"
_SIGNED = re.compile(r"(?<![\w-])(?:signed|signing|concluded|sign(?:e|ee|ent|erent)|conclu(?:e|s|es)?|paraphe\w*|initialled)(?![\w-])")

_KILLED = re.compile(r"(?<![\w-])(?:killed|executed|murdered|shot dead|beheaded|slaughtered|assassinated|slain|"
                     r"tue(?:e|s|es)?|execute(?:e|s|es)?|assassine(?:e|s|es)?|egorge(?:e|s|es)?|abattu(?:e|s|es)?)(?![\w-])")

# what a force holds or moves in: an attack on one is an attack on the force
_FORCE_SITE = re.compile(r"(?<![\w-])(?:checkpoints?|(?:military |army |security )?posts?|outposts?|barracks|garrisons?|"
                         r"(?:military |army )?camps?|(?:military |army )?bases?|patrols?|(?:military |army |logistics? )convoys?|"
                         r"postes?|casernes?|patrouilles?|garnisons?)(?![\w-])")

# what befalls people in a raid, and what befalls only their goods: an attack on civilians that
# harms no one and takes or burns their property (homes, granaries, shops included: the ontology's
# ViolenceAgainstCivilians is violence against people, and it maps ACLED's looting/property
# destruction to Attack) is looting, an attack in our ontology. People burned in their homes are harmed.
HARM_WORDS = re.compile(
    r"(?<![\w-])(?:burn\w* (?:\w+ ){0,3}(?:alive|to death)|brul\w* vi(?:f|fs|ve|ves)|kill\w*|dead|deaths?|died|slain|murder\w*|massacr\w*|execut\w*|behead\w*|wound\w*|injur\w*|hurt|"
    r"casualt\w*|victims?|shot|shoot\w*|opened fire|fired|gunned|stabbed|beat|beaten|beating|whipped|flogged|tortur\w*|"
    r"raped|rape|sexual\w*|assaulted|abduct\w*|kidnap\w*|hostages?|mistreat\w*|ill-treat\w*|lynch\w*|assassin\w*|"
    r"missing|disappear\w*|disparu\w*|"
    r"tue(?:s|e|es|nt)?|morts?|deces|bless\w*|abattu\w*|egorg\w*|fusill\w*|tir\w* sur|frapp\w*|violee?s?|"
    r"maltrait\w*|passe\w* a tabac|tabass\w*|enlev\w*|otages?|victimes?)(?![\w-])")
LOOT_WORDS = re.compile(
    r"(?<![\w-])(?:seiz\w*|stole|stolen|steal\w*|loot\w*|pillag\w*|burn(?:ed|t|ing)|set (?:[\w'-]+ ){0,4}?(?:ablaze|on fire)|set fire to|"
    r"torch\w*|destroy\w*|ransack\w*|rustl\w*|carried (?:off|away)|took away|robb\w*|vandali[sz]\w*|extort\w*|"
    r"pill(?:e|ee|es|ees|ent|er|age)|incendi\w*|brul\w*|emport\w*|vol(?:e|es|ent|erent|s)? (?:de |du |le |les |des )?(?:betail|"
    r"animaux|biens|vehicules?|motos?)|detrui\w*|saccag\w*|mis le feu|"
    # robbery told as stripping people of their goods, like "robbed the passengers": goods taken
    r"stripp\w* (?:[\w'-]+ ){0,4}?of (?:their |his |her |its |all (?:their |his |her )?)?(?:belongings|possessions|valuables|"
    r"goods|money|cash|property|phones?|merchandise)|depouill\w*)(?![\w-])")
# animals after a harm word ("seized and killed livestock"): goods lost, not people harmed
_ANIMALS = re.compile(r"\s+(?:(?:the|their|his|her|some|several|many|dozens of|hundreds of|\w+ heads? of|les|des|du|leur|leurs)\s+)?"
                      r"(?:livestock|cattle|animals|cows|goats|sheep|camels|donkeys|herds?|betail|animaux|boeufs|vaches|"
                      r"chevres|moutons|chameaux|anes|troupeaux?)(?![\w-])")
# what a force hires or what civilians run for it: its convoys and trucks are civilians'
_HIRED = re.compile(r"(?<![\w-])(?:civilian|(?:[\w]+-)?chartered|chartered by|sub-?contract(?:ed|ors?|ing)|contracted|rented|hired|"
                    r"civils?|affrete\w*|sous-traitan\w*|loue(?:e|s|es)?)(?![\w-])")
# members of a force who are not serving: "an off-duty soldier", "a retired national guard", "peacekeepers on leave"
_OFF_DUTY = re.compile(r"(?<![\w-])(?:off[- ]duty|on leave|retired|en permission|en conge|a la retraite|retraite)(?![\w-])")
# the agent of a participle, a phrase or two after it: "a herder shot dead at dawn by gunmen" is passive
_BY_AGENT = re.compile(r"\s*(?:(?:in public|publicly|in cold blood|at dawn|at night|overnight|on the spot|sur place|"
                       r"en public|froidement|in (?:his|her|their) (?:home|house|sleep))\s+)?(?:by|par)\s")
# goods taken or destroyed after a killing (the lemmas of the trigger words): its spoils
_SPOILS = re.compile(r"(?:seiz|stole|stolen|rustl|recover|burn|burnt|torch|destroy|loot|pillag|set ablaze|set fire|"
                     r"saisi|emport|vol|brul|incendi|detrui|pill)")
# the verbs of a hold-up on the road (their lemmas)
_HOLDUP = re.compile(r"(?:intercept|robb|rob|stopp|stop|carjack|hijack|seiz|braqu|assault|incursion)$")
# small-arms fire beside an explosion: a complex assault, still told as the attack
_GUNFIRE = re.compile(r"(?<![\w-])(?:gunfire|gunshots?|small[- ]arms|opened fire|fired (?:on|at|upon)|shooting|shot|"
                      r"armed (?:assault|attack)|assault\w*|storm(?:ed|ing)|overr(?:an|un)|ambush\w*|complex (?:attack|ambush)|commandos?|"
                      r"firefight|exchange of fire|ground (?:attack|assault)|"
                      r"tirs? nourris|coups de feu|ouvert le feu|fusillade|assaut\w*|embuscade\w*|attaque complexe)(?![\w-])")
_NO_HARM = re.compile(r"\b(?:no|not|without|any|sans|aucun\w*|pas|ni|none|zero)\s+(?:\w+\s+){0,1}$|"
                      r"\b(?:sans|without) (?:faire|causer|causing|making) (?:de |d'|any )?$|"
                      # the harmed told as no one ("Nobody was hurt", "No one was killed or injured",
                      # "Personne n'a été blessé") and the French "il n'y a pas eu de victimes"
                      r"\b(?:nobody|no-one|no one|personne n'|personne ne |none of them)\s*(?:(?:was|were|has|had|been|got|is|"
                      r"a|ont|ete|est|fut|y|reportedly|seriously|physically|killed|hurt|injured|wounded|harmed|tue|blesse|"
                      r"or|nor|and|ni|ou|et)\s+){0,5}$|\bpas (?:eu |fait )?(?:de |d')$")
# the same, without a bare "camp" or "base" (a herders' camp is no post)
_FORCE_POST = re.compile(r"(?<![\w-])(?:checkpoints?|(?:military |army |security )?posts?|outposts?|barracks|garrisons?|"
                         r"(?:military|army|gendarmerie|police|minusma|barkhane) (?:camps?|bases?|stations?)|patrols?|"
                         r"(?:military |army |logistics? )convoys?|postes?|casernes?|patrouilles?|garnisons?)(?![\w-])")

# -- who is a civilian: the heads of the noun phrases that name unarmed victims and their places --
# People by trade, role, kinship or community; an attack or a killing whose object is one of these
# (and no armed actor) is violence against civilians, whatever verb tells it.
_CIV_PEOPLE = (
    r"man|men|woman|women|child|children|boy|boys|girl|girls|youths?|young (?:man|men|woman|women)|elderly|old (?:man|woman)|"
    r"brother|sister|son|sons|daughter|daughters|father|mother|wife|wives|widows?|husband|relatives?|family|families|cousin|"
    r"nephew|uncle|entrepreneur|businessm[ae]n|business m[ae]n|worker|workers|employee|employees|guide|pilgrims?|students?|"
    r"pupils?|talibes?|doctor|nurse|patients?|hostages?|chief|head|trader|traders|herder|herders|herdsm[ae]n|pastoralists?|"
    r"breeders?|farmer|farmers|shepherds?|fisherm[ae]n|hunters? of honey|miners?|gold miners?|gold panners?|teachers?|imams?|"
    r"marabouts?|preachers?|healers?|official|officials|mayor|deputy mayor|councill?ors?|driver|drivers|merchants?|"
    r"shopkeepers?|vendors?|street vendors?|marketgoers?|market-goers?|shoppers?|passengers?|co-passengers?|travell?ers?|"
    r"mechanics?|veterinarians?|economic operators?|journalists?|citizens?|consultants?|contractors?|aid workers?|"
    r"humanitarians?|ngo (?:workers?|staff|employees?)|health workers?|displaced|idps|refugees?|worshippers?|faithful|"
    r"member of the|members of the|member of a|members of a|person|persons|people|individuals?|resident|residents|"
    r"inhabitants?|villager|villagers|civilian|civilians|population|community members?|notables?|"
    r"frere|soeur|fils|fille|filles|pere|mere|epouse|veuves?|mari|parent|parents|jeunes?|commercants?|ouvriers?|eleves?|"
    r"otages?|homme|hommes|femme|femmes|enfant|enfants|chef|chef de village|berger|bergers|eleveur|eleveurs|pasteurs?|"
    r"agriculteur|agriculteurs|cultivateurs?|pecheurs?|orpailleurs?|enseignants?|maire|conseillers?|chauffeurs?|forains?|"
    r"passagers?|voyageurs?|personne|personnes|individus?|habitant|habitants|villageois|civil|civils|notable|notables|"
    r"elu|elus|fideles|deplaces|refugies|humanitaires|vieillards?|marabouts?|imams?|"
    r"directors?|managers?|apprentices?|occupants?|owners?|accountants?|butchers?|tailors?|candidates?|politicians?|"
    r"youngsters?|detainees?|detenus?|thief|thieves|(?:cattle |livestock )?rustlers?|council members?|voleurs?|"
    r"(?:delegation|staff|crew|team|family|campaign) members?|staff|delegates?|delegations?|"
    r"directeurs?|apprentis?|occupants?|proprietaires?|candidats?|"
    r"(?:parliament|assembly) members?|members? of parliament|parliamentarians?|deputes?|prefects?|sub-prefects?|prefets?")
# communities named alone ("killed two Fulani", "four Bozos"), not their fighters ("Fulani militiamen");
# Dozo hunters are a militia, not a community
_CIV_COMMUNITY = (
    r"(?:fulanis?|fula|peul(?:h)?s?|peules?|dogons?|tuaregs?|touaregs?|tamasheq|bambaras?|songhai|songhay|sonrai|"
    r"mossis?|arabs?|arabes?|daoussak|dawsahak|idaksahak|bozos?|imghad|hausas?|haoussas?|djermas?|zarmas?|malinkes?|"
    r"gourmantches?|kurumbas?|bellah?s?|soninkes?|minianka)"
    r"(?![\w-])(?!\s+(?:militia\w*|milice\w*|miliciens?|fighters?|combattants?|gunmen|armed|armes|self|hunters?|"
    r"chasseurs?|elements?|assailants?|assaillants?|insurgents?|jihadists?|youths? militia))")
# places, dwellings and vehicles of civilians
_CIV_SITES = (
    r"village|villages|hamlet|hamlets|encampment|nomad camp|market|markets|weekly fair|bus|buses|minibus|public transport|"
    r"transport vehicle|passenger vehicle|civilian vehicle|tricycle|ambulance|mosque|church|school|wedding|funeral|"
    r"houses|homes|home|house|shops?|granaries|granary|health cent(?:er|re)|hospital|mining site|gold mine|gold mining site|"
    r"polling station|voting office|water point|well|wells|"
    # the vehicles of aid workers and of trade: an army convoy is not one
    r"(?:icrc|ngo|red cross|humanitarian|aid|unhcr|wfp|msf|civilian|commercial|transport|merchant|passenger)s? "
    r"(?:convoys?|vehicles?|cars?|trucks?|teams?|staff|workers|boats?|pirogues?)|ambulances?|"
    r"hameaux?|campement|marche|foire|car de transport|vehicule de transport|transport en commun|mosquee|eglise|ecole|"
    r"mariage|maisons?|boutiques?|greniers?|centre de sante|site d'orpaillage|bureau de vote")
_CIV_LEAD = r"\s*(?:(?:the|a|an|le|la|les|l'|un|une|des|du|several|plusieurs|two|three|deux|trois|\w+)\s+){0,2}(?:[\w-]+\s+)?"
CIVILIAN_TARGET = re.compile(
    _CIV_LEAD + r"(?:(?:" + _CIV_SITES + r"|" + _CIV_PEOPLE + r")(?![\w-])|" + _CIV_COMMUNITY + r"|"
    r"(?:\w+\s+)?(?:camp|camps|convoy|motorcade|vehicle|vehicles|car|truck|trucks|residence|house) (?:of|belonging to|carrying|transporting) "
    r"(?:(?:the|a|an|his|her|their|\w+)\s+){0,3}(?:" + _CIV_PEOPLE + r")(?![\w-])|"
    r"(?:" + _CIV_COMMUNITY.split("(?![")[0] + r")\s+(?:\w+\s+)?(?:camp|camps|encampment|settlement|convoy))")
KILL_VERB = re.compile(r"(?<![\w-])(?:killed|kills|killing|massacred|executed|shot dead|shot and killed|beheaded|slit the throats?|"
                       r"shot and wounded|shot and injured|wounded|wounding|injured|injuring|shot|stabbed|stab-?wounded|gunned down|"
                       r"decapitated|beat (?:\w+ ){0,4}to death|beaten to death|burned (?:\w+ ){0,3}alive|burned to death|"
                       r"hacked (?:\w+ ){0,3}to death|lynched|whipped|flogged|mutilated|tortured|"
                       # beatings and assaults on people ("were stripped of their belongings and beaten", "an imam
                       # was assaulted", "sexually assaulted"), not "beaten back"
                       r"beaten(?! (?:back|off))|beat up|mistreated|maltreated|ill-treated|(?:sexually |physically )?assaulted|raped|"
                       r"passe(?:e|s|es)? a tabac|tabasse(?:e|s|es)?|maltraite(?:e|s|es)?|"
                       # "viole" is also a ceasefire, an agreement or a border violated: not harm
                       r"violee?s?(?! (?:(?:l'|le |la |les |un |une |des |du |son |sa |ses |leur |leurs )?(?:\w+ )?)?(?:accord|cessez|treve|loi|regle|engagement|espace|frontiere|territoire|embargo|constitution|couvre|droit|principe|serment|promesse|resolution|mandat|souverainete|integrite))|"
                       r"tue(?:nt|s|e|es)?|ont tue|a tue|abattu\w*|execute\w*|egorge\w*|assassine\w*|decapite\w*|"
                       r"blesse(?:e|s|es)? par balles?|ont blesse|a blesse|poignarde\w*|fouette\w*|lynche\w*|"
                       r"found (?:dead|executed|lifeless|with (?:their|his|her) throats? slit)|"
                       r"retrouve(?:e|s|es)? (?:mort|morte|morts|mortes|sans vie|execute\w*|egorge\w*))(?![\w-])")
_KILL_VERB_AT = WordGate(KILL_VERB)   # tried at the words that can begin a killing verb
# a second verb sharing the killing's victim: "killed and dumped the body of", "killed and mutilated",
# "tué puis brûlé le corps de"
_CO_VERB = re.compile(r"\s*,?\s*(?:and|then|et|puis)\s+(?:(?:\w+ly|then|later|ensuite)\s+)?(?!(?:some|more|those|these|were|where|while|have|are|one|five|nine|none|une|une|elle|elles|ils|une)\b)(?:[a-z-]{3,}ed|[a-z-]{3,}(?:e|es|is|u|us))"
                      r"(?=\s)(?:\s+(?:the|their|his|her|le|la|les|leurs?|ses|son|sa)\s+(?:bodies|body|corpses?|remains|corps|"
                      r"cadavres?|depouilles?)\s+(?:of|de|du|des|d')(?=[\s\w]))?")
# a death with no one to blame: "found dead after a long illness", "mort de maladie"
_NATURAL_DEATH = re.compile(r"(?<![\w-])(?:illness|disease|sick|natural causes|heart attack|drown\w*|suicide|heat|thirst|"
                            r"hunger|starvation|overdose|accident\w*|cholera|covid\w*|malaria|maladie|malaise|noy\w*|"
                            r"faim|soif|chaleur|crise cardiaque|mort naturelle)(?![\w-])")
CIVILIAN_OBJECT = re.compile(
    r"\s*(?:(?:at least|about|around|some|au moins|environ|the|a|an|un|une|le|la|les|des|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+|several|plusieurs|two|deux|trois)\s+){0,3}(?:[\w-]+\s+){0,4}(?:(?:" + _CIV_PEOPLE + r")(?![\w-])|"
    + _CIV_COMMUNITY + r")")
CIVILIAN_ANY = re.compile(r"(?<![\w-])(?:(?:" + _CIV_PEOPLE + r")(?![\w-])|" + _CIV_COMMUNITY + r")")
FIGHTER_ANY = re.compile(r"(?<![\w-])(?:militants?|gunmen|fighters?|jihadists?|djihadistes?|jihadistes?|terrorists?|"
                         r"terroristes?|insurgents?|assailants?|assaillants?|rebels?|rebelles?|combattants?|militiamen|"
                         r"miliciens?|dozos?|hunters)(?![\w-])")
# a crowd as the subject of the verb: "residents in Kidal ransacked", "a mob burned", "des jeunes ont saccage"
CROWD_SUBJECT = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:on|in|le|the|a|an|some|several|hundreds|thousands|dozens|number)\s+|\d\s+|(?:of|de|des)\s+(?:angry\s+)?)"
    r"(?:angry\s+|young\s+|local\s+|striking\s+|(?:\w+\s+){0,1})?"
    r"(?:residents|youths?|young people|demonstrators|protesters|protestors|rioters|mob|crowd|women|villagers|inhabitants|"
    r"students|pupils|supporters|people|jeunes|manifestants|habitants|foule|femmes|villageois|eleves|etudiants|population|"
    # workers, traders and civil society ("lorry drivers and traders organised a blockade of the road")
    r"(?:transport |truck |taxi |bus )?(?:workers|drivers|transporters|unions?|unionists)|traders|merchants|vendors|teachers|"
    r"(?:members of )?(?:the )?civil society|travailleurs|transporteurs|chauffeurs|commercants|enseignants|syndicats?|"
    r"syndicalistes|(?:membres de )?(?:la )?societe civile)"
    r"(?![\w-])(?:\s+(?:in|of|from|de|du|des|d'|a|at)\s+(?:the\s+|la\s+|le\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"
    r"(?:\s*\([^)]*\))?(?:\s+(?:who|qui|have|had|has|ont|also|then|reportedly|allegedly|equipped with [\w\s]+?|armed with [\w\s]+?))*\s*,?\s*$")
_GUN_CROWD = re.compile(r"\b(?:armed with|carrying|with|avec des|armes de|munis de) (?:\w+ ){0,2}(?:firearms|guns|rifles|weapons|"
                        r"kalashnikovs|ak-?47s?|fusils|armes a feu|armes de guerre)\b")
_FEW_PEOPLE = re.compile(r"(?:^|[^\w,]\s*|\b(?:about|some|around)\s+)\b(?:[1-9]|two|three|four|five|six|seven|eight|nine|deux|trois|quatre|"
                         r"cinq|six|sept|huit|neuf)\s+(?:people|persons|personnes|individuals|individus|men|hommes)\b")
_SET_UP = re.compile(r"\b(?:imposed|set up|erected|mounted|staged|organi[sz]ed|held|began|started|launched|"
                     r"(?:ont|a|avaient|avait) (?:impose|erige|dresse|organise|lance|observe))\s+(?:(?:a|an|the|un|une|des|le|la)\s+)?"
                     r"(?:[\w-]+\s+)?$")
# attackers killed or wounded: their targets fought back, whoever they were ("two villagers and one
# attacker killed", "killed after killing an assailant", "deux assaillants ont été tués")
_ATTACKER = r"(?:alleged |presumed |suspected )?(?:assailants?|attackers?|raiders?|assaillants?)(?!')"
_ATTACKERS_HIT = (r"(?:killed|killing|wounded|wounding|shot dead|neutrali[sz]ed|tue|tues|ont tue|a tue|abattu\w*|blesse|blesses)\s+"
                  r"(?:(?:an?|one|two|three|four|five|several|\d+|un|deux|trois|plusieurs)\s+(?:of the\s+)?)" + _ATTACKER + r"|"
                  r"(?:an?|one|two|three|four|five|several|\d+|un|deux|trois|plusieurs)\s+" + _ATTACKER +
                  r"\s+(?:(?:was|were|have been|had been|ont ete|a ete)\s+)?(?:killed|wounded|shot dead|neutrali[sz]ed|tues?|blesses?)")
# the target fights back: the attack becomes a fight between both
FIGHT_BACK = re.compile(
    r"(?<![\w-])(?:repel+(?:ed|ing)|repuls(?:ed|ing)|fend(?:ed|ing) off|f(?:ought|ighting) (?:back|off)|"
    r"respond(?:ed|ing) to the (?:attacks?|assaults?|attackers|assailants)|"
    r"riposted|returned fire|fired back|routed|clash(?:ed|ing)|exchanged (?:gun)?fire|exchanges? of (?:gun)?fire|"
    # the assailants driven off: "the self-defence pushed them back", "hunters drove the raiders off"
    r"(?:pushed|drove|driven|forced) (?:(?:the |them |back |off )?(?:\w+ ){0,2}?)(?:back|off)(?! (?:to|the) (?:road|village|town|camp|base))|"
    # the defenders were beaten only after a fight: "militiamen defending the village were overpowered"
    r"overpower(?:ed|ing)|overwhelm(?:ed|ing)|"
    r"repouss\w*|ont riposte|a riposte|riposte\w* (?:a|aux|contre)|mis en deroute|se sont affrontes|accroch\w*|"
    r"(?P<hit>" + _ATTACKERS_HIT + r")|"
    # fighting told by itself, beside the attack: no one fights alone ("killed one Dozo during a clash
    # with local militiamen", "after a gunfight, three assailants were arrested", "militants and
    # peacekeepers exchanged heavy gunfire", "killed five militants in a counter-attack")
    # and the dead of a fight: "killed in battle", "amidst clashes", "ensuing clashes with"
    r"(?P<fight>(?:during|after|following|with|in) (?:a |an |the )?(?:heavy |intense |ensuing |subsequent )?(?:clash(?:es)?|fighting|gunfights?|"
    r"firefights?|gun battles?|battle|crossfire|exchanges? of (?:gun)?fire|shoot-?outs?)|clashes following|"
    r"amid(?:st)? (?:the )?clashes|ensuing clashes|(?:dans|lors|au cours) (?:les|des) (?:combats|affrontements|echanges de tirs)|"
    r"exchanged (?:heavy |intense |sporadic )?(?:gun)?fire|counter-?attack(?:ed|s)?|contre-attaque\w*|"
    r"respond(?:ed|ing) (?:with (?:gun)?fire|by (?:firing(?! (?:tear|teargas))|shooting|opening fire|returning fire|killing)|"
    r"and (?:killed|fired|shot|opened fire|returned fire)))|"
    # the target struck back at once ("his guards retaliated"): not "in retaliation for" a past deed
    r"retaliated(?! (?:against|for|on|by attacking|by killing|by burning|the next|days?|weeks?|months?|later))"
    r")(?![\w-])")
# the assailants' own side among the dead or wounded ("three soldiers and two militants were killed",
# "nine militants were also killed", "with two wounded in their own ranks"): see ``_assailants_hit``
_HIT_WORD = re.compile(r"(?<![\w-])(?:killed|dead|slain|wounded|injured|neutrali[sz]ed|tue(?:s|e|es)?|blesse(?:s|e|es)?|"
                       r"morts?|abattu\w*)(?![\w-])")
_OWN_RANKS = re.compile(r"(?<![\w-])(?:in (?:its |their |his )?own ranks|in (?:its|their|his) ranks|(?:its|their) own (?:dead|losses|ranks)|"
                        r"dans (?:ses|leurs) (?:propres )?rangs)(?![\w-])")
# the words of an armed group's fighters and of a state's forces: the side an unnamed casualty was on
_FIGHTER_SIDE = re.compile(r"(?<![\w-])(?:militants?|jihadists?|djihadistes?|jihadistes?|terrorists?|terroristes?|"
                           r"insurgents?|assailants?|assaillants?|attackers?|gunmen|fighters?|combattants?|"
                           r"militiam[ae]n|miliciens?)(?![\w-])")
_AUX_TAIL = re.compile(r"(?:\s+(?:was|were|been|being|have|has|had|also|later|reportedly|allegedly|reported|believed|"
                       r"thought|confirmed|lightly|seriously|severely|badly|all|ont|a|ete|"
                       r"avaient|avait|egalement|aussi))+\s*$")
_FINITE = re.compile(r"(?<![\w-])(?:was|were|is|are|has|have|had|ont|avait|avaient|said|says|told|selon|(?!(?:armed|presumed|suspected|alleged|"
                     r"unidentified|unarmed|named|reported|affiliated|based|linked)\b)[a-z]{3,}ed)(?![\w-])")
_JIHADIST_SIDE = re.compile(r"(?<![\w-])(?:militants?|jihadists?|djihadistes?|jihadistes?|terrorists?|terroristes?|"
                            r"insurgents?|assailants?|assaillants?|attackers?)(?![\w-])")
_PRONOUN_OBJECT = re.compile(r"\s*(?:him|her|them)(?![\w-])")
# a second outcome between a killing verb and its object: "killed (or captured)", "the killing or capture of"
_KILLED_OR_CAUGHT = re.compile(r"(?:\s*\(?\s*(?:or|and|and/or|et|ou) (?:captured|capture|arrested|arrest|wounded|injured|"
                               r"detained|captures|arrests)\s*\)?)?")
# violence done to people held or overpowered: see ``_ill_treated``
_ILL_TREAT = re.compile(r"(?:(?:was|were|been|being|severely|badly|brutally|savagely|allegedly|reportedly) beaten|beat (?:him|her|them|us)|"
                        r"beat(?:en)? up|tortured|raped|mistreated|ill-treated|"
                        r"subjected to (?:\w+ )?(?:torture|beatings?|ill-treatment|mistreatment)|"
                        r"soumis(?:e|es)? a (?:la |des |de )?(?:\w+ )?(?:torture|sevices|mauvais traitements)|tortur(?:e|ee|es|ees)|"
                        r"passe(?:e|s|es)? a tabac|tabass(?:e|ee|es|ees|ent|er)|maltraite(?:e|s|es)?)")
_POSITION = re.compile(r"(?<![\w-])(?:camps?|bases?|posts?|outposts?|barracks|garrisons?|positions?|checkpoints?|"
                       r"postes?|casernes?|garnisons?|emprises?|"
                       # a force's headquarters is a held position too ("le QG de la force conjointe")
                       r"headquarters|quartiers? generaux|quartiers?[ -]general|qg|command posts?|postes? de commandement)(?![\w-])")
_NO_ONE = re.compile(r"(?<![\w-])(?:no|none|not|neither|nor|aucun\w*|ni|sans|pas)(?![\w-])")
ARMED_WORDS = re.compile(r"(?<![\w-])(?:self-?defen[cs]e|(?:village|local|community|communal) defen[cs]e|autodefense|dozos?|donsos?|hunters|chasseurs|militia\w*|milices?|"
                         r"miliciens?|soldiers?|troops|army|armee|military|militaires?|soldats?|guards?|gardes?|gendarmes?|"
                         r"police\w*|policiers?|peacekeepers?|casques bleus|forces|fighters|combattants)(?![\w-])")
# the text denying the fight it might seem to tell
_NO_FIGHT = re.compile(r"(?<![\w-])(?:without (?:any |a )?(?:clash(?:es)?|fighting|fight|confrontation|exchange of fire|resistance)|"
                       r"sans (?:aucun |aucune |combat|affrontement|resistance)\w*)(?![\w-])")
# a fight said not to have happened, right before its words: "no fighting", "without any exchange of
# fire", "sans combat", "aucun affrontement", "did not return fire", "n'ont pas riposté", "never fired back"
_FIGHT_DENIED = re.compile(r"(?:(?<![\w-])(?:no|not|never|without|sans|aucune?|pas|ni|nor|jamais)|n't)"
                           r"(?:\s+(?:any|a|an|single|real|major|serious|further|even|un|une|de|du|des|d'|aucune?|"
                           r"ete|been|have|has|had|encore|yet))*\s*(?:d'|de l'|l')?\s*$")
# the people of an attacked place who may defend it themselves
_DEFENDERS = re.compile(r"(?<![\w-])(?:villagers|residents|inhabitants|locals|youths?|villageois|habitants|jeunes|population)(?![\w-])")
# a crowd that fights the police is rioting ("clashes between police and youths")
_RIOTERS = re.compile(r"(?<![\w-])(?:protesters|protestors|demonstrators|rioters|mob|crowd|youths?|young people|students|"
                      r"pupils|supporters|vendors|traders|merchants|miners|residents|inhabitants|manifestants|jeunes|foule|"
                      r"eleves|etudiants|commercants|orpailleurs|habitants)(?![\w-])")
# ... unless it is armed: "armed youths clashed", "students clashed with firearms", "armed men"
_ARMED_CROWD = re.compile(r"(?<![\w-])(?:armed(?! forces)|armes(?! maliennes)|with (?:\w+ )?(?:firearms|guns|rifles|weapons)|"
                          r"avec des (?:armes|fusils)|(?:a|aux) armes? (?:a feu|blanches?))(?![\w-])")
# a crowd as the teller of what it saw or heard, not a party to it
_TOLD_BY_CROWD = re.compile(r"(?: (?:of|de|du|des) [\w'-]+(?: [\w'-]+)?| d'[\w-]+)?,? (?:(?:have|had|has) )?(?:reported|said|told|heard|saw|witnessed|"
                            r"described|recounted|ont (?:signale|rapporte|raconte|entendu|vu|decrit)|rapportent|racontent|"
                            r"signalent|ont fait etat)(?![\w-])")
CROWD_WORD = re.compile(r"\b(?:mob|crowd|foule|rioters|protesters|demonstrators|manifestants)\b")
# verbs of dying with no object: their subject is who died
_DIED = re.compile(r"(?<![\w-])(?:died|perished|lost (?:their|his|her) li(?:ves|fe)|(?:were|was) left dead|"
                   r"(?:ont|a|avaient|avait) (?:peri|perdu la vie|trouve la mort)|(?:sont|est|etaient|etait) (?:morte?s?|decedee?s?))(?![\w-])")
# the group the subject's men are said to come from ("militants believed to be from JNIM", "presumably
# from JNIM", "soupçonnés d'appartenir au JNIM"): the group acts through them, its preposition is no place
_MEMBER_OF = re.compile(r"\b(?:(?:believed|thought|said|reported|suspected|presumed|alleged|understood)\s+to\s+(?:be\s+)?"
                        r"(?:from|of|with|members\s+of|part\s+of)|(?:presumably|probably|possibly|allegedly|apparently|likely|"
                        r"reportedly)\s+(?:from|of)|d'appartenir\s+(?:a|au|aux)|appartenant\s+(?:a|au|aux)|"
                        r"(?:presume|presumes|suppose|supposes)\s+(?:appartenir\s+)?(?:a|au|aux))\s*(?:the\s+|la\s+|le\s+|l')?$")
_BY_MEN_OF = re.compile(r"\b(?:by|par)\s+(?:des\s+|les\s+|de\s+|d'|the\s+)?(?:(?:presumed|suspected|alleged|presumes?|soupconnes?)\s+)?"
                        r"(?:militants?|fighters?|jihadists?|djihadistes?|jihadistes?|elements?|hommes|combattants?|terroristes?|"
                        r"terrorists?|assaillants?|assailants?|members?|membres?|gunmen|men)(?:\s+armes)?\s+(?:presumes?\s+)?"
                        r"(?:of|from|du|des|d'|de l'|de la|de)\s*(?:the\s+)?$")
# what strikes without men storming: a strike, a device, a shell, a vehicle running over something
_STRIKER = re.compile(r"(?<![\w-])(?:strikes?|airstrikes?|raids?|bombs?|ieds?|mines?|shells?|rockets?|mortars?|missiles?|"
                      r"drones?|aircraft|planes?|helicopters?|explosions?|blasts?|explosives?|grenades?|devices?|vehicles?|"
                      r"cars?|trucks?|storms?|floods?|fire|lightning)(?![\w-])")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|got|a ete|ont ete|avait ete|avaient ete|est|sont|fut|furent)\s+"
                            r"(?:\w+\s+)?$")
PREP_AFTER = re.compile(r"\s*(?:in|near|at|by|on|during|when|while|after|following|outside|inside|dans|a|pres|par|lors)\b")
FIGHTER_OBJECT = re.compile(
    r"\s*(?:(?:at least|about|around|some|au moins|environ|the|a|an|un|une|le|la|les|des|several|plusieurs|\w+)\s+){0,3}"
    r"(?:\w+\s+){0,2}(?:militants?|gunmen|fighters?|jihadists?|djihadistes?|jihadistes?|terrorists?|terroristes?|insurgents?|"
    r"assailants?|assaillants?|bandits?|rebels?|rebelles?|combattants?|commander|chef jihadiste|elements?|suspects?|"
    r"militiamen|miliciens?)\b")
NEGATED = re.compile(r"(?:\b(?:not|never|n'a pas|n'ont pas|n'avait pas|n'avaient pas|ne l'a pas|n'a jamais|n'ont jamais|"
                     r"did not|didn't|has not|hasn't|have not|haven't|had not|no one has|nobody has|pas encore|yet to)\s+"
                     r"(?:\w+\s+)?|\bn')$")
# the deeds an author is "behind" or "carried out"
_DEED_EN = (r"(?:attacks?|killings?|abductions?|kidnappings?|massacres?|ambush(?:es)?|assaults?|raids?|bombings?|blasts?|"
            r"explosions?|strikes?|operations?|attempts?)")
_DEED_FR = (r"(?:attaques?|attentats?|embuscades?|enlevements?|massacres?|tueries?|assassinats?|explosions?|operations?|"
            r"raids?|rapts?|incursions?|assauts?)")
# an event named as the measure of another: "the deadliest since the attack on X", "depuis l'attaque de X"
_YARDSTICK = re.compile(r"\b(?:since|depuis)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?$")
# suspicion falling on a group ("les soupçons se portent sur X", "suspicion fell on X"): a possible author
_SUSPICION_FELL = (r"soupcons? (?:se portent|se porte|portent|pesent|pese|se tournent|se sont portes|se dirigent) (?:sur|vers)|"
                   r"suspicions? (?:fell|falls|has fallen|have fallen|fall|is falling|points?|pointed|rests?|rested) (?:on|to|at)")
# suspicion: its object is a possible author ("les autorités soupçonnent des miliciens de X", "police suspect
# X"); its passive subject too ("X est soupçonné", "X members are suspected of")
_SUSPECT_ACTIVE = (r"soupconn(?:e|ent|ait|aient)|(?:a|ont|avait|avaient) soupconne|suspect(?:s|ent|ait|aient)?|"
                   r"(?:authorities|officials|government|army|police|military|sources|residents|investigators|security "
                   r"sources|they|he|she|it|we|locals) (?:\w+ )?suspected(?: that)?")
_SUSPECT_PASSIVE = r"(?:is|are|was|were|been|being|est|sont|etait|etaient|a ete|ont ete|fut|furent) (?:\w+ )?(?:suspected|soupconne\w*|suspecte\w*)"
# the words that attribute an event without an event word (``_attributions``), compiled once (inline, the
# pattern was concatenated and looked up again for every sentence)
_ATTRIBUTION_CUE = re.compile(
    r"\b(?:belong(?:ed|ing|s)? to|were members of|was the work of|is the work of|the work of|l'o(?:e)?uvre d[eu']?|o(?:e)?uvre d[eu']?|"
    r"appartena\w*|appartien\w*|"
    # the author named first: "X is believed to be behind the attack", "X pourrait être derrière
    # l'attaque", "X may have carried out the raid", "X, qui serait l'auteur de l'attaque"
    r"(?:behind|carried out|perpetrated|committed|conducted|staged|orchestrated|masterminded) (?:the|this|these|that|those|both) "
    r"(?:[\w-]+ )?" + _DEED_EN + r"|(?:derriere|mene\w*|mener|commis|commettre|perpetre\w*) (?:l'|les |la |le |cette |ces |cet )"
    r"(?:[\w-]+ )?" + _DEED_FR + r"|l'auteure? d[eu']|"
    # the attackers named for the group ("the attackers are thought to be JNIM fighters", "les
    # assaillants seraient des combattants du JNIM"): the author after
    r"(?:attackers|assailants|gunmen|raiders|perpetrators|assaillants|agresseurs) (?:are|were|was|is|sont|etaient|seraient|serait)|"
    # the group's mark on the deed, suspicion falling on it: the author after
    r"(?:bears?|bore|has|had|have|carr(?:y|ies|ied)) (?:all )?the (?:hallmarks?|signature|marks) of|"
    r"port(?:e|ait|ent|aient) (?:toutes )?(?:la marque|la signature|les marques) d[eu']?|" + _SUSPICION_FELL + "|"
    r"responsible for|responsables? d[eu]|responsabilite d[eu]|the perpetrators|les auteurs|"
    # "X was probably responsible.", "X serait responsable,": the deed told before
    r"(?:was|were|is|are|be|been|est|sont|etait|etaient|serait|seraient|etre) (?:\w+ )?(?:responsible|responsables?)(?= *[.,;]| *$)|"
    r"elements? (?:of|de|du)|elements de la|fighters of|combattants d[eu]|jihadists of|jihadistes d[eu]|djihadistes d[eu]|"
    r"presentes? (?:par [\w' ]{1,40} )?comme|described as|identified as|attribut(?:ed|ee?s?) (?:to|a)|imput\w* a[ u]|"
    # French "attribuée (par les autorités) au JNIM", "attribuent l'attaque au JNIM"
    r"attribu(?:e|ee|es|ees|ent|ait|aient)(?: par [\w' ]{1,40}?)? (?:a|au|aux)|"
    r"(?:attribu|imput)\w* (?:l'|les |la |le |cette |ces )?(?:\w+ )?(?:attaques?|attentats?|massacres?|embuscades?|"
    r"enlevements?|tueries?|assassinats?|tuerie|drame) (?:a|au|aux)|"
    # the English active: "officials attributed the attack to X", "ascribed it to X"
    r"(?:attribut|ascrib)(?:ed|es|e|ing) (?:it|them|(?:the|this|these|that|both) (?:\w+ )?(?:attacks?|bombings?|"
    r"killings?|massacres?|ambush(?:es)?|abductions?|kidnappings?|explosions?|blasts?|raids?|assaults?|violence)) to|"
    r"evoquent|pointed to|point to|blamed on|planted by|placed by|laid by|detonated by|carried out by|perpetrated by|"
    r"committed by|conducted by|posee? par|placee? par|menee? par|conduite? par|commise? par|perpetree? par|pointe\w* du doigt|mise?s? en cause|"
    r"blamed for|accused of|accuse(?:e|s|es)? d[e']|"
    + _SUSPECT_ACTIVE + "|" + _SUSPECT_PASSIVE + r")\b")
# what an accused is charged with when that names another actor as a partner, not as the author
# ("des habitants accusés de soutenir la katiba X", "villagers accused of collaborating with the army")
_CHARGE_PARTNER = re.compile(
    r"\b(?:soutenir|soutien|supporting|support(?:ing)? for|collabor\w*|complicite|complicity|connivence|sympathi\w*|"
    r"abriter|heberger|harbou?r\w*|shelter\w*|renseign\w*|informing|informants?|indicateurs?|cooperat\w*|travailler pour|"
    r"working (?:for|with)|fournir|supplying|aider|helping|aiding|ties to|links? (?:to|with)|liens? avec|appartenir|"
    r"belonging to|being (?:members|part) of|d'etre (?:membres|proches)|proches? d[eu]|rallie\w*|ralli\w*|join\w*|rejoindre|"
    r"pactiser|pacte avec|negocier avec|dealing with|collusion)\b")
# what separates a claim, a denial or a blame from the event noun it is about
_SPEECH_OBJECT = re.compile(r"\s*(?:(?:any|all|its|their|toute|sa|son|leur|no)\s+)?(?:(?:responsibility|involvement|role|part|"
                            r"participation|implication|responsabilite)\s+)?(?:for|of|in|de|d'|dans|pour|du|des)?\s*"
                            r"(?:(?:the|this|that|these|those|l'|la|le|les|cette|ce|cet|ces)\s*)?(?:[\w-]+\s+)?")
# what joins a claim to the deed it says its issuer did ("claimed to have killed", "a revendiqué avoir
# tué", "claimed that its fighters had killed"); an actor of the claimant's own is read as "it"
_DEED_AUX = r"(?:(?:had|have|has|avaient|avait|ont|a)\s+)?(?:(?:been\s+)?(?:\w+ly|successfully|reportedly)\s+)?"
_CLAIMED_DEED = re.compile(
    r"\s*(?:(?:to\s+have|having|(?:responsibility\s+)?for|(?:d')?avoir)\s+|(?:(?:that|qu'?|que)\s*)?"
    r"(?:(?:it|they|he|we|its|their|his|ses|leurs?|il|ils)\s+(?:(?:own\s+)?(?:[\w-]+\s+){0,2}?)?)?)" + _DEED_AUX)
# a plain verb of saying tells the issuer's own deed only in the first person of the group: "said it had
# killed", "a affirmé avoir tué", "dit avoir tué"
_SAID_DEED = re.compile(
    r"\s*(?:(?:(?:d')?avoir|to\s+have|having)\s+|(?:(?:that|qu'?|que)\s*)?(?:it|they|ils?|we)\s+)" + _DEED_AUX)
_SAID_PRONOUN = re.compile(r"\b(?:it|they)$")   # the verb of saying took the pronoun along: "said it"
_OWN_PRONOUNS = {"it", "they", "its", "their", "il", "ils", "elle", "elles", "we"}
_CLAUSE = re.compile(r"[;:]|\s--?\s|\bwhile\b|\balors que\b|\bmeanwhile\b|\bbut\b|\bmais\b")
STATUS_RX = {k: re.compile(r"\b(?:" + "|".join(v) + r")\b") for k, v in L.STATUS_CUES.items()}
WINDOW = 80   # events looked at when joining or resolving: the recent ones (long reports stay linear)
VIOLENT = {"Attack", "Clash", "Explosion", "Kidnapping", "ViolenceAgainstCivilians", "MilitaryOperation"}
NONSTATE = {"ArmedGroup", "Militia"}
STATE = {"StateForce", "Government", "InternationalMission"}
ARMED = {"ArmedGroup", "Militia", "StateForce", "InternationalMission"}
_PASSIVE_VICTIMS = {"Person", "CivilianGroup"}   # whom ``_killed_people`` makes the victim of a passive killing
VICTIM_CLASSES = {"Person", "CivilianGroup", "Organization"}
PREPS = {"of", "with", "for", "against", "from", "to", "on", "at", "in", "de", "du", "des", "d", "avec", "pour",
         "contre", "a", "au", "aux", "sur", "dans", "vers", "chez", "entre", "between", "among", "parmi", "about",
         "toward", "towards", "into", "after", "before", "since", "apres", "avant", "depuis", "like", "comme", "than",
         "que", "near", "pres", "including", "dont", "whose"}
PERP_NOUNS = {"fighters", "militants", "jihadists", "djihadistes", "jihadistes", "elements", "elements", "combattants",
              "members", "membres", "gunmen", "attackers", "assailants", "assaillants", "men", "hommes", "insurgents",
              "terrorists", "terroristes", "kidnappers", "ravisseurs", "perpetrators", "auteurs", "cell", "cellule",
              "unit", "fighter", "militant", "jihadist"}
# a name that continues into a person's ("Yoro Ould Daha", "Bamba Ag Ahmed") or a river's ("the Niger River")
NOT_A_PLACE_AFTER = re.compile(r"\s+(?:(?:ould|ag|ben|bin|ibn)\s+[a-z]|rivers?\b)")
#: a distance too great for the place to be where the event was ("191 km northeast of")
_FAR_FROM = re.compile(r"(\d+(?:[.,]\d+)?)\s*(km|kms|kilomet\w+|miles?)\s+(?:(?:to\s+the\s+|au\s+|a\s+l')?[\w-]+\s+)?(?:of|from|de|du|d')\s*(?:the\s+)?$")
#: the town a road leads to ("on the road toward Ansongo", "sur la route de Gao") is a landmark too
ROAD_TO = re.compile(r"\b(?:road|route|axis|axe|way|piste)\s+(?:to|towards?|leading\s+to|vers|de|menant\s+a)\s+(?:the\s+)?$")


#: between two parties of one subject: "X and the fighters of Y", "X et les combattants de la Y"
_COORD_PARTY = re.compile(r"\s*,?\s*(?:and|et|as well as|ainsi que)\s+(?:(?:the|les|le|la|des|their|leurs?)\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:(?:of|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l'|les\s+)?)?")
#: an actor that says it took no part in talks is no party to them
_NO_PART = re.compile(r"\b(?:(?:played|had|took|taken|plays|has)\s+no\s+(?:part|role)|no\s+(?:part|role)\s+in|not\s+(?:been\s+)?involved|"
                      r"did\s+not\s+take\s+part|never\s+took\s+part|denie[sd]\s+(?:any\s+)?(?:role|involvement|taking\s+part)|"
                      r"(?:n'a|n'ont|n'avait|n'avaient)\s+(?:pas|jamais|joue aucun)\s*(?:pris\s+part|participe|role|ete\s+implique\w*)?|"
                      r"aucun\s+role|aucune\s+part|dementi\w*\s+(?:toute\s+)?(?:implication|participation))\b")
_PRISONERS = re.compile(r"\b(?:prisoners|detainees|prisonniers|detenus|inmates)\b")
#: a person who greets, thanks or receives the freed is not one of them
_GREETS = re.compile(r"\s*(?:(?:has|had|have|also|personally|a|avait|aussi|lui-meme|then|later)\s+){0,2}"
                     r"(?:welcom\w*|thank\w*|receiv\w*|greet\w*|hail\w*|prais\w*|congratulat\w*|met|hosted|"
                     r"salu\w*|remerci\w*|re[cç]u|accueilli\w*|felicit\w*|rencontre)\b")
# "of that year", "that same year", "de cette année-là", "de la même année" after a month or a day
_THAT_YEAR = re.compile(r"\s*,?\s*(?:of\s+(?:that|the\s+same)\s+year|that\s+(?:same\s+)?year|the\s+same\s+year|"
                        r"de\s+(?:cette|la\s+meme)\s+annee(?:-la)?|cette\s+annee-la)\b")
# a fact-check's denial that the text proves an event's author: "ne prouvent pas un massacre commis par X",
# "rien ne permet d'affirmer que X a tué", "no evidence that X killed", "does not prove X carried out"
_DISPROVED = re.compile(
    r"\b(?:ne (?:prouvent|prouve|montrent|montre|demontrent|demontre|etablissent|etablit) pas|"
    r"rien ne (?:permet d'affirmer|prouve|montre|indique|demontre|etablit)|aucun(?:e)? (?:preuve|element|indice)|"
    r"pas de preuve|sans preuve|no (?:evidence|proof|sign|indication)|nothing (?:shows|proves|suggests|indicates)|"
    r"(?:does|do|did) not (?:prove|show|establish|demonstrate)|there is no (?:evidence|proof))\b")
# whose release a person went to seek is not a hostage of that person's own abduction ("enlevé alors
# qu'il tentait d'obtenir la libération de X", "kidnapped while negotiating the release of X")
_RELEASE_SOUGHT = re.compile(
    r"\b(?:obten\w*|negoci\w*|demand\w*|reclam\w*|plaid\w*|secur\w*|seek\w*|sought|negotiat\w*|obtain\w*|win|"
    r"winning|press\w* for|work\w* for|arrang\w*)\s+(?:(?:the|la|sa|leur|his|her|their)\s+)?"
    r"(?:liberation|release|freedom|remise en liberte)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|of\s+(?:the\s+)?)\s*$")
# perpetrator nouns or deeds: an identity cue ("présentés comme", "described as") attributes an earlier
# event only when its sentence ties the people named to violence
_PERP_OR_DEED = re.compile(
    r"\b(?:kill\w*|attack\w*|kidnap\w*|abduct\w*|captors?|gunmen|assailants?|perpetrators?|fired|shot|stormed|execut\w*|"
    r"massacr\w*|ambush\w*|raid\w*|tue\w*|tuer|attaqu\w*|enlev\w*|ravisseurs?|assaillants?|auteurs?|tueurs?|killers?|"
    r"responsib\w*|responsables?|tire\w*|assassin\w*|execut\w*|massacr\w*|embuscade\w*)\b")
#: what a group "releases" when it publishes ("released a video showing the hostages", "released a statement")
_PUBLISHED_THING = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|new|another|fresh|short|\w+-(?:minute|second|page)|\d+)\s+){0,3}"
                              r"(?:videos?|footage|statements?|communiques?|recordings?|audio|messages?|photos?|photographs?|"
                              r"images?|pictures?|proof of life|reports?|figures?|details|list|names?|tape|clip)\b")


_SPAN_LATER = re.compile(r"\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (weeks?|months?) later|"
                         r"(une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2}) (semaines?|mois) plus tard)\b")
# a clause about a person ("X, who seized power in January"), not French "qui", which may tell the event
# itself ("l'embuscade de Tongo Tongo, qui avait coûté la vie à quatre soldats en octobre 2017")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|whose)\s+(?:\w+\s+)?(?!(?:was|were|is|are)\b)\w+")
_BECAUSE = re.compile(r"\b(?:because|parce que|parce qu'|puisque|since|whereas|alors que|tandis que)\b")
_DEFUSED = re.compile(r"\s*(?:dismantled|defused|discovered|found|cleared|deactivated|disarmed|detected|located|"
                      r"desamorce|decouvert|neutralise)\s+(?:an?|the|one|two|three|several|\d+|un|une|deux|trois)\s+(?:[\w-]+\s+)?")
# determiners, never the object themselves ("her" is left out: "handed her over")
_POSSESSIVES = {"his", "its", "their", "son", "sa", "ses", "leurs"}
# a wire dateline around a date: "PARIS, Nov 13 (AFP) -", "BAMAKO, 5 June (Reuters) —"
_DATELINE_HEAD = re.compile(r"\s*[a-z][a-z .'-]{1,30},\s*$")
_DATELINE_TAIL = re.compile(r"\s*(?:\([a-z][\w .]{0,20}\)\s*)?[-\u2013\u2014]")
# a whole wire dateline before the sentence proper: "bamako, 29 octobre 2020 - ", "paris, nov 13 (afp) - "
_DATELINE_LEAD = re.compile(r"[a-z][a-z .'-]{1,30},\s*[\w ,.]{3,30}?\s*(?:\([a-z][\w .]{0,20}\)\s*)?[-\u2013\u2014]\s*")


def _bare_dateline(folded: str, s: Span, d: DateExpr, ref) -> bool:
    """A dateline with no city: "April 29, 2024 - Human Rights Watch published ...", "29 avril 2024 —":
    the sentence opens on the publication day itself, then a dash (a bullet "* Mon 16 Aug -" opens
    on its marker, and a chronology's other days are not the publication day)."""
    return bool(ref.day) and d.precision == "day" and not folded[s.start:d.start].strip() and \
        d.value == ref.day.isoformat()
# a pact named by its year: "the 2015 Algiers agreement", "l'accord de paix d'Alger de 2015"
_PACT_YEAR_BEFORE = re.compile(r"\b(?:the|its|their|this)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$")
_LEAVES_PACT = re.compile(r"\b(?:suspend\w*|withdr[ae]w\w*|se retir\w*|quit\w*|pull\w* out|denounc\w*|denonc\w*)\b")
_PACT_YEAR_AFTER = re.compile(r"\s+(?:(?:de paix|of peace|pour la paix|d'alger|of algiers|de ouagadougou|of ouagadougou)\s+){0,2}"
                              r"(?:de|of|from)\s+((?:19|20)\d\d)\b")
# a trailing reporting clause whose speaker is a plain noun phrase: ", the South African government said"
# the lookahead wants a word after the article: in "Le GSIM, lié à Al-Qaïda, a revendiqué" the "a" is
# the French auxiliary, not an English article opening an unknown speaker
_UNKNOWN_SPEAKER = re.compile(r",\s*(?:the|a|an|its|his|her|their|le|la|les|l'|un|une|des)\s+(?=[^,;:\"()]*\w)[^,;:\"()]{0,45}?\s*$")


def _far_from(before: str) -> bool:
    m = _FAR_FROM.search(before)
    return bool(m) and float(m.group(1).replace(",", ".")) > (25 if m.group(2).startswith("mile") else 40)


MOTION = re.compile(r"\b(?:arriv\w*|flown|flew|transferred|transfere\w*|achemin\w*|taken to|brought to|returned to|"
                    r"rentr\w*|travel\w*(?!\s+(?:in|on|along|aboard|through|within|around|between|near|dans|sur|entre|a bord|pres)\b)|visit\w*|fle(?:d|e|es|eing) (?:to|towards)|ont fui|fui(?:ent|r|ient)? vers|refugi\w*|se rendaient|heading to|en route to|"
                    # a convoy's destination: "a supply convoy heading for the besieged town of Djibo"
                    r"heading for|headed (?:for|to)|bound for|on (?:its|their|the) way to|destined for|a destination de|"
                    r"en direction de|qui se rendait a|qui ravitaillait|"
                    r"rejoindre|back to|cut short)\s+(?:\w+\s+){0,7}$")
#: a sentence that says where something told happened ("It happened in the village of Ber"), not where someone lives
_HAPPENED = re.compile(r"\b(?:took place|happened|occurred|(?:was|were) (?:made|carried out|conducted)|"
                       r"a eu lieu|ont eu lieu|s'est (?:produite?|deroulee?)|se sont (?:produits|deroules))\b")
#: a part of a town named by its possessive: "Timbuktu's outskirts", "Mopti's old quarter", "Gao's main market"
POSSESSED_AREA = re.compile(r"'s\s+(?:[\w-]+\s+){0,2}?(?:outskirts|suburbs?|district|neighbou?rhood|quarter|area|market|airport|"
                            r"periphery|entrance|centre|center|streets?)\b")
#: "near X" locates, it is no journey's end ("a bus travelling north hit a mine near Hombori")
NEAR_BEFORE = re.compile(r"\b(?:near|close\s+to|outside|not\s+far\s+from|pres\s+d[eu]|non\s+loin\s+d[eu]|a\s+proximite\s+d[eu])\s+(?:the\s+|la\s+|le\s+)?$")
ORIGIN = re.compile(r"\b(?:from|spilled over from|venus? d[eu]?|originaires? d[eu]?|en provenance d[eu]?)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+|voisin\s+)?$")
TIME_OTHER = re.compile(r"\b(?:since|depuis|until|jusqu'|before|avant|after|apres|following|suite a)\s*$")


# a sentence that only says when the story began ("The violence began on the night of 31 December")
_BEGAN_WORDS = {"began", "begun", "started", "erupted", "commence", "debute", "eclate", "start"}
_BEGAN = re.compile(r"\b(?:began|begun|started|erupted|commence|debute|eclate)\b")
# the roles a movement's branch takes for it on the ground (``_branch_actors``)
_BRANCH_ROLES = ("ATTRIBUTED_TO", "PARTICIPANT", "TARGETED")
# what may come before a date that frames its sentence: a short label ("Mali :", "Update:"), an
# opening quote or bracket, and a few framing words ("On", "Between", "Sometime in", "Au cours de")
FRAME_LEAD = re.compile(r"(?:[^\s:,.]+(?:\s+[^\s:,.]+){0,2}\s*:)?[\s'\"(\[]*"
                        r"(?:(?:on|in|around|about|early|late|between|from|during|sometime|at|the|le|la|en|vers|entre|du|"
                        r"dans|au|cours|de|courant)\s+){0,3}"
                        # a part of the day before it: "La nuit du samedi 7 mars, ...", "In the night of 7 March, ..."
                        r"(?:(?:nuit|night|soiree|soir|evening|matinee|matin|morning|journee|afternoon|apres-midi)\s+"
                        r"(?:(?:du|de|of|on|le)\s+)?)?")
# dates counted from another moment of the story, not from the publication
ANAPHORIC_DATE = re.compile(r"\b(?:earlier|later|before|after|plus tot|plus tard|auparavant|avant|apres)$")
TIME_OF_NIGHT = re.compile(r"overnight|cette nuit")
NIGHT_WORD = re.compile(r"\b(?:night|nuit|overnight)\b")
# days counted from the event being told ("the day before the elections" counts from something else)
_EVENT_NOUN = r"(?:the|les|l'|le|la|this|cette|cet)\s*(?:attack|attaque|faits|events|massacre|tuerie|killings?|raid|ambush|embuscade|abduction|enlevement|assault|assaut)"
ANAPHORIC_DAYS = re.compile(
    r"\b(?:(?P<eve>l'avant-veille|la veille|the previous day|the day before|a day earlier|un jour plus tot)(?!\s+(?:de|du|des|d'|of|the|a|an|his|her|its|their|yesterday)\b)"
    r"|(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:days?|jours?)\s+"
    r"(?:(?P<dir>later|earlier|plus tard|plus tot|auparavant)|(?P<dir2>after|apres|before|avant)\s+" + _EVENT_NOUN + r"))\b")
# a clause that founds or sets up something, between an event and a later date: the date is that
# clause's ("the group targeted had been founded by X earlier this year", "le camp attaqué avait été
# installé par l'armée en 2018"); the verb's auxiliary is required ("the elected mayor" is no clause)
OTHER_CLAUSE = re.compile(r"\b(?:(?:was|were|has|have|had)\s+been|had|has|have|was|were|(?:a|ont|avait|avaient)\s+ete|"
                          r"(?:a|ont|avait|avaient|s'est|s'etait))\s+(?:\w+\s+)?(?:founded|established|created|formed|built|set\s+up|"
                          r"constructed|installed|appointed|elected|fonde|cree|etabli|installe|construit|nomme|elu|forme|mis\s+en\s+place)"
                          r"(?:e|es|s)?\b")
# a place word inside a group's name ("Katiba Macina", "the Kel Talataye community", "Gao youths")
GROUP_BEFORE = re.compile(r"\b(?:katiba|kel|brigade|battalion|bataillon|groupe|group|front|mouvement|movement)\s+(?:of\s+|du\s+|de\s+|d')?$")
GROUP_AFTER = re.compile(r"\s*(?:community|communities|communaute|tribe|tribu|clan|faction|militia|militiamen|milice|brigade|"
                         r"battalion|katiba|youths|fighters|combattants|movement|mouvement)\b")
# a place that says where a party is based, not where the event is ("Gao-based militants")
HOME_COMPOUND = re.compile(r"-(?:based|born|bred|bound|registered|headquartered|centred|centered|area)\b")
DISTANCE_FROM = re.compile(r"(?:(?:\d|\b(?:few|several|some|many))\s*(?:km|kms|kilomet\w+|miles?)|\bnot\s+far|\baway)"
                           r"\s+(?:\w+\s+)?from\s+(?:the\s+)?$")
# a landmark of a place already told ("ce village proche de Sangha", "the hamlet, 5 km from Boni")
NEAR_TOLD_PLACE = re.compile(r"\b(?:ce|cette|this|that|the|le|la)\s+(?:village|hameau|localite|ville|town|hamlet|locality|camp|"
                             r"bourgade|commune)\s*,?\s+(?:(?:located|situated|situee?)\s+)?(?:(?:about|some|environ|a|à)\s+)?"
                             r"(?:near|close\s+to|not\s+far\s+from|proche\s+d[eu]|pres\s+d[eu]|non\s+loin\s+d[eu]|"
                             r"a\s+proximite\s+d[eu]|\d+\s*km\s+(?:\w+\s+)?(?:from|of|de|du))\s+(?:the\s+|la\s+|le\s+)?$")
# the seat of an institution names it, not where its event happened ("the Governorate of Taoudenni in Timbuktu"),
# and so does a title ("the imam of Dioura was seized near Diafarabe")
SEAT_BEFORE = re.compile(r"\b(?:governorate|governor|embassy|ministry|mayor|prefect|university|hospital|court|town hall|"
                         r"gouvernorat|gouverneur|ambassade|ministere|maire|mairie|prefet|prefecture|universite|hopital|"
                         r"tribunal|cherif|sheikh|cheikh|imam|emir|sultan|chief|chef)\s+(?:of|de|du|d')\s*(?:the\s+)?$")
# talks one side turned down are talks refused, a fact with both parties ("refused to negotiate with X",
# "a refusé toute négociation avec X", "declined any talks with X"), not talks wished for or denied
_REFUSAL_LEAD = {"to", "de", "d", "any", "all", "toute", "toutes", "tout", "the", "les", "la", "l", "le", "des",
                 "refused", "rejected", "declined", "refuse", "refusent", "rejette", "rejettent"}
_REFUSED_TALKS = re.compile(r"\b(?:refus(?:ed|es?|ing|ent|ait|aient)?|reject(?:ed|s|ing)?|declin(?:ed|es?|ing)|rejet(?:e|te|tent|ait)?)\s+"
                            r"(?:(?:to|de|d'|any|all|toute?s?|tout|the|les?|la|l'|des)\s*)?(?:(?:further|formal|direct|de|d')\s*)?$")
MODAL_RX = re.compile(
    r"(?<![\w-])(?:can|could|would|will|(?<!\d )may(?! \d)|might|should|must|able to|capable of|threat of|risk of|fears? of|"
    r"peut|peuvent|pourrait|pourraient|pourra|pourront|doit|doivent|risque de|menace de|craintes? d')(?![\w-])[^.;]*$")


# (and the ends of a unit's journey: "the unit was moving between Boni and Torodi when it was ambushed near X")
# people counted before their group are the dead or the wounded of a toll, not an author
_COUNTED = re.compile(r"(?<![\w-])(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
                      r"dix-\w+|vingt\S*|trente\S*|quarante\S*|cinquante\S*|soixante\S*|cent\S*|one|two|three|four|five|six|seven|"
                      r"eight|nine|ten|eleven|twelve|\w+teen|twenty\S*|thirty\S*|forty\S*|fifty\S*|sixty\S*|hundreds?)"
                      r"\s+(?:(?:more|other|autres|de plus)\s+)?(?:(?:[\w'-]+)\s+)?$")
_COUNTED_NP = re.compile(_COUNTED.pattern[:-len(r"(?:(?:[\w'-]+)\s+)?$")] + r"(?:[\w'-]+\s+){1,8}\(\s*$")
# a series of attacks told as one ("une série d'attaques", "several attacks", "attaques simultanées"), and a
# pronoun that takes it up ("il les impute", "blamed them on")
_SERIES_TOLD = re.compile(r"\b(?:serie|series|vague|wave|string) (?:d'|de |of )(?:attaques|attacks|attentats|incidents)|"
                          r"\b(?:attaques|attacks|assaults) (?:simultanees|coordonnees|simultaneous|coordinated)|"
                          r"\b(?:plusieurs|several|multiple) (?:attaques|attacks|attentats)\b")
# sentence-wide word patterns tried only at the words that can begin them (``wordstarts``)
_HARM_AT, _LOOT_AT, _SERIES_AT = WordGate(HARM_WORDS), WordGate(LOOT_WORDS), WordGate(_SERIES_TOLD)
_SERIES_PRONOUN = re.compile(r"\b(?:les|leur)\s+(?:a\s+|ont\s+)?$")
_LIST_ITEM = re.compile(r"\s*(?:[-–—•]|\d{1,2}[.)])\s+")
_HOUR_LEAD = re.compile(r"\s*(?:[-–—•]\s*)?(?:\d+[.)]\s*)?(?:(?:a|au|in|at|near|pres de)\s+[^,;.]{1,40},\s*)?"
                        r"((?:aux environs de|autour de|vers|a|at|around|at around|at about|about)\s+"
                        r"\d{1,2}(?:[:h]\d\d)?\s*(?:heures?|h|am|pm|a\.m\.|p\.m\.|gmt)(?:\s*(?:\d\d|gmt|locales?|local time))?)\b")
_ROUTE_ENDS = re.compile(r"\b(?:liaison|ligne|trajet|reliant|relie|linking|plying|navette|ferry service|"
                         r"moving|travell?ing|driving|heading|journeying|on its way|on their way|en route|"
                         r"circulait|circulaient|se deplacait|se deplacaient|roulait|roulaient|voyageait|voyageaient|faisait route)\s+(?:\w+\s+){0,2}"
                         r"(?:entre|between|de|from|d')\s*(?:[\w'-]+\s+){0,3}?(?:(?:et|and|a|au|to)\s+)?$")
_ROAD_BEFORE = re.compile(r"\b(?:axis|axe|road|route|highway|track|piste|troncon)\s+(?:(?:between|entre|from|de|d'|du|linking|reliant)\s+)?$")


_ROAD_WORDS = ("ax", "road", "rout", "highway", "track", "piste", "troncon")
_ROAD_AFTER = re.compile(r"\s+(?:axis|road|route|highway|track)\b")


def _road_partner(S, places, m):
    """The other end of a road named by its two ends ("l'axe Boni-Douentza", "the road from Boni to
    Douentza"), when ``m`` is one end."""
    f = S.folded
    if not any(f.find(w, S.start, S.end) >= 0 for w in _ROAD_WORDS):
        return None
    for a in places:
        b = next((o for o in places if o.start >= a.end and o.eid != a.eid and AXIS_JOIN.fullmatch(f, a.end, o.start)), None)
        if b is None or m not in (a, b):
            continue
        if _ROAD_BEFORE.search(f, max(S.start, a.start - 25), a.start) or \
                ("-" in f[a.end:b.start] and _ROAD_AFTER.match(f, b.end)):
            return b if m is a else a
    return None


_OBTAINED = re.compile(r"\b(?:obtenu|arrache|facilite|secured|obtained|brokered|facilitated)\b")
# the subject of "a fait l'objet d'une attaque", "a été la cible d'une embuscade", "came under attack" suffered it
# a French past participle with no auxiliary before it is passive: headlines ("Trois soldats tués par des
# jihadistes présumés", "Un convoi attaqué près de Boni") drop "ont été", and French has no active verb of
# that form. The accent tells it from the present tense ("le JNIM tue"), which folding loses.
_FR_PARTICIPLE = re.compile(r"[\w-]{2,}(?:é|ée|és|ées)|abattu(?:e|s|es)?", re.I)
_ACTIVE_AUX = re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient|ayant|avoir|aura|auront|as|avons|avez)\s+(?:[\w']+\s+)?$")


def bare_participle(orig: str, folded: str, a: int, b: int, lo: int) -> bool:
    """The word at [a, b) is a French participle standing alone (no "a"/"ont" before it in its clause)."""
    return bool(_FR_PARTICIPLE.fullmatch(orig[a:b])) and not _ACTIVE_AUX.search(folded[max(lo, a - 25):a])


_EN_ACTIVE_BEFORE = re.compile(r"\b(?:has|have|had|who|which|that)\s+(?:\w+\s+)?$")


def en_passive_participle(folded: str, a: int, b: int, lo: int) -> bool:
    """The English verb at [a, b) is a participle with its author after "by" and its patient before
    it in the clause ("Two soldiers killed by JNIM near Boni", "rockets fired by militants"): not
    after "has"/"who" (active), and not at the clause's start, where no patient is told (a note cut
    after an abbreviation, "Dept. killed by gunmen", would otherwise lose its event)."""
    return folded[a:b].endswith("ed") and bool(re.match(r"\s+by\b", folded[b:b + 4])) and \
        bool(re.search(r"\w", folded[lo:a])) and not _EN_ACTIVE_BEFORE.search(folded[max(lo, a - 20):a])


# a force's position or unit named right after the force, before a participle ("FAMa checkpoint attacked")
_OWNED_SITE = re.compile(r"\s+(?:military\s+|army\s+|security\s+|forward\s+)?(?:checkpoints?|posts?|outposts?|camps?|bases?|"
                         r"positions?|barracks|garrisons?|convoys?|patrols?|units?|detachments?|vehicles?|trucks?|"
                         r"helicopters?|aircraft|planes?)\s+")
# ... and the participle takes no object ("a FAMa patrol attacked militants" is the patrol's attack)
_NO_OBJECT = re.compile(r"\s*(?:[,.;:()\u2013\u2014-]|$|(?:by|in|near|at|on|outside|inside|during|overnight|yesterday|today|"
                        r"last|this|early|late|again|twice|while|when|after|before|between|close|north|south|east|west|"
                        r"and|with|from|around)\b)")


# a list of participles that share the auxiliary of the first ("ten militants were killed, four arrested,
# motorbikes destroyed and arms seized", "dix terroristes ont été neutralisés, des motos détruites"): each is passive
_LISTED_PASSIVE = re.compile(r"\b(?:were|was|have been|has been|had been|ont ete|a ete|avaient ete|sont|est)\s+(?:\w+(?:ly|ment)\s+)?"
                             r"[\w-]+\b(?:[^.;:,]*?(?:,|\s(?:and|et)\s))+\s*(?:(?:and|et)\s+)?(?:[\w'()-]+\s+){1,4}$")
_LIST_SEP = re.compile(r"(?:,|\s(?:and|et)\s)(?!.*(?:,|\s(?:and|et)\s))")
_UNDERWENT = re.compile(r"\b(?:(?:fait|faisait|font|faisaient)\s+l'objet|(?:ete|est|sont|etait|etaient|fut|furent)\s+(?:la\s+)?"
                        r"(?:cibles?|victimes?)|(?:a|ont|avait|avaient)\s+subi|came\s+under|come\s+under|comes\s+under|"
                        r"(?:was|were|been)\s+the\s+(?:target|victim)s?)\s+(?:d'|de|des|du|of)?\s*(?:une?\s+|an?\s+)?(?:[\w-]+\s+)?$")
# what comes right after the author of a noun of attack when its target follows ("l'attaque des FAMa
# contre ...", "the army's offensive on ...")
_AIMED_AT = re.compile(r"\s*(?:contre|against|on|upon|sur|visant|targeting)(?![\w-])")
# a French post, convoy or unit named right before the force that holds it ("Poste FAMa", "Convoi de la
# MINUSMA", "un camp des FAMa")
_FR_SITE_BEFORE = re.compile(r"(?<![\w-])(?:postes?|camps?|bases?|positions?|convois?|patrouilles?|detachements?|unites?|"
                             r"vehicules?|emprises?|garnisons?|casernes?|checkpoints?)\s+(?:des\s+|de la\s+|du\s+|de l'|d'|de\s+)?$")
_SITE_OF = re.compile(r"\b(?:emprise|camp|base|poste|position|convoi|patrouille|detachement|unite|post|convoy|patrol|"
                      r"garrison|garnison|checkpoint|vehicule|vehicle)s?\s+(?:des|de la|du|de l'|d'|of the|of|de)\s*$")
_BLAMED_BY = re.compile(r"\b(?:attribu\w*|imput\w*|blamed|attributed|claimed|revendiqu\w*|reported|rapport\w*|confirm\w*|"
                        r"annonc\w*|announced|denounced|denonc\w*|condemned|condamn\w*)\s+(?:\w+\s+)?(?:by|par)\b")
_AUXILIARY_WORDS = {"ont", "a", "avaient", "avait", "auraient", "aurait", "sont", "est", "seraient", "serait", "have", "has",
                    "had", "are", "is", "were", "was", "would", "could", "may", "might", "pourrait", "pourraient"}
# the group's men named after it ("JNIM fighters probably attacked"): the hedge after them is the group's
_MEN_AFTER = {"fighters", "militants", "jihadists", "elements", "men", "gunmen", "members"}
# a relative clause after a group that makes it the author ("X, which is thought to have carried out the
# attack, ...", "X, qui serait l'auteur de l'attaque"): its hedge is the attribution's
_RELATIVE_AUTHOR = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?,\s*(?:which|who|that|qui|lequel|laquelle)\b[^,;.]{0,80}?"
                              r"\b(?:behind|derriere|auteurs?|authors?|carried|perpetrat\w*|responsib\w*|responsables?|"
                              r"mene\w*|commis|committed|conducted|staged|orchestrated)\b")
# who gives a toll: "X said 45 ...", "gave a toll of", "selon X", "according to X" (after)
_TOLL_SOURCE = re.compile(r"\b(?:said|says|told|reported|reports|gave|gives|put|puts|counted|counts|estimated|estimates|"
                          r"(?:has |had )?found|affirme|affirment|a affirme|parle de|parlent de|parle d'|parlent d'|spoke of|speaks of|"
                          r"speak of|talked of|talks of|avance|avancent|fait etat de|"
                          r"font etat de|a fait etat de|a recense|ont recense|recense|estime|estiment|a indique|indique|"
                          r"a declare|declare|(?P<after>according to|selon|d'apres))\b")
# a figure that replaces the one given before it, and one the text gives as superseded
_TOLL_REVISED = re.compile(r"\b(?:revised|revising|raised|raising|lowered|updated|upward|downward|later|rose|risen|new toll|"
                           r"revu|revue|revise|porte|portant|nouveau bilan|alourdi|s'alourdit|corrige|ensuite|puis)\b")
_TOLL_OLDER = re.compile(r"\b(?:first|initially|initial|earlier|previous|previously|d'abord|initialement|auparavant|"
                         r"precedent|precedente|premier|premiere)\b")
_CLAUSE_CUT = re.compile(r"[.;:]\s|,\s*(?:while|whereas|but|alors qu|tandis qu|mais)\b|\b(?:while|whereas|tandis qu|alors qu)")
_SOURCE_NOISE = re.compile(r"\s(?:the|a|an|its|their|le|la|les|l'|un|une|des|de|d'|du|on|in|and|et|then|also|however|"
                           r"\d+\s*\w*|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
                           r"thursday|friday|saturday|sunday))(?=\s)")
_VAGUE_COUNT = re.compile(r"\b(?:hundreds|dozens|scores|thousands|tens|centaines|dizaines|milliers|douzaines?)\b")
_ASSAILANT_DEAD = re.compile(r"\b(?:assailants?|attackers?|terrorists?|jihadists?|militants?|fighters?|insurgents?|"
                             r"assaillants?|terroristes?|jihadistes?|djihadistes?|combattants?|neutralis\w*|neutraliz\w*)\b")
# the place of a verb of saying ("..., a annoncé jeudi à Pretoria", "announced on Thursday in Pretoria")
_DAYWORD = (r"(?:on\s+|ce\s+|le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday|hier|yesterday|today|aujourd'hui|soir|matin|evening|morning|night|tonight)")
_SPOKEN_AT = re.compile(r"(?:[,\"»]\s*(?:a\s+|ont\s+|avait\s+)?(?:annonce|indique|declare|precise|affirme|ajoute|explique)|"
                        r"\b(?:said|announced|declared|told reporters|told journalists|told a news conference))\s+"
                        r"(?:" + _DAYWORD + r"\s+){0,2}(?:a|in|at|depuis|from)\s+$")
_FOUND_DEVICE = re.compile(r"\s*(?:\w+\s+){0,3}?(?:a ete|ont ete|avait ete|was|were|had been|has been)\s+(?:\w+\s+)?"
                           r"(?:decouverte?s?|retrouvee?s?|desamorcee?s?|neutralisee?s?|found|discovered|defused|disarmed|"
                           r"made safe|spotted|intercepted|interceptee?s?)\b")
_DEMINERS = re.compile(r"\b(?:demineurs?|deminage|eod|bomb disposal|sappers?|artificiers?|explosive ordnance)\b")
_IN_WAKE_OF = re.compile(r"\b(?:(?:in the (?:wake|aftermath) of|after|following|since|au lendemain de|a la suite de|apres|depuis|"
                         r"suite a)\s+(?:the|these|those|this|that|la|le|les|l'|ces|cette|ce|cet)|au lendemain (?:des|du)|"
                         r"a la suite (?:des|du)|suite aux)\s*$")
_TOWN_ANAPHOR = re.compile(r"\b(?:de la ville|dans la ville|la ville|cette ville|la localite|cette localite|the town|the city|"
                           r"this town|that town)\b|(?P<same>\b(?:la meme (?:ville|localite)|le meme village|the same (?:town|city|village)))\b")
_SITE_TOLD = re.compile(r"(?:^|[.;:]\s*|\b)(?:le|la|l'|ce|cette|cet|the|this)\s*(?:village|localite|ville|camp|base|poste|position|"
                        r"hameau|town|post|hamlet|garrison|garnison)\s+(?:\w+\s+){0,3}$")
# (not "simultaneous attacks on three villages": one episode, as the toll that follows says)
_SEPARATE_BEFORE = re.compile(r"\b(?:two|three|four|five|several|multiple|\d+) (?:separate|distinct|different) $")
_SEPARATE_AFTER = re.compile(r" (?:distinct(?:e|es|s)|separee?s|differente?s)\b")
_ANNOUNCED = re.compile(r"\b(?:announc(?:ed|es|ing)|declared|proclaimed|threatened|annonc\w*|decret\w*|"
                        r"proclam\w*|declar\w*|menac\w*)\s+(?:[\w'-]+\s+){0,4}$")
# (and a clause with no comma that says what a group is or where it is active: "the movement that is
# active further north in Soum", "le groupe qui opère dans le Gourma")
_RELATIVE_AFTER = re.compile(r",\s*(?:qui|which|who|whose|dont)\b|\s(?:that|which|who|qui)\s+(?:is|are|was|were|has been|have been|"
                             r"est|sont|etait|etaient|operates|operate|operated|opere|operent|operait|operaient)\b")
_OCCASION = re.compile(r"\b(?:after|following|apres|suite a|in (?:reprisal|retaliation|revenge) for|"
                       r"en represailles? (?:a|de|d'|apres))\b")
# the occasion of a deed, told after it or before its author: "killed a trader in reaction to an IED attack",
# "after having been subjected to an ambush", "following an air raid", "en représailles à l'attaque de": a noun
# phrase (not "after attacking their post", the same deed told by its first verb)
# an explosive device naming people or a skill, not a blast
_DEVICE_PEOPLE = re.compile(r"[\s-]+(?:planters?|layers?|makers?|experts?|specialists?|technicians?|manufacturers?|builders?|"
                            r"facilitators?|cells?|networks?|workshops?|factor(?:y|ies)|poseurs?|fabricants?|artificiers?)(?![\w-])")
_DEVICE_SKILL = re.compile(r"\b(?:expertise|skills?|speciali[sz]ed|specialist|known|trained|training|experience)\s+(?:\w+\s+){0,2}"
                           r"(?:planting|making|laying|building|manufacturing|assembling|in)\s+(?:\w+\s+)?$|"
                           r"\b(?:poseurs?|fabricants?|artificiers?|specialistes?|experts?)\s+(?:en\s+|d'|de\s+|des\s+)$")
_OCCASION_WORDS = frozenset(("after", "following", "reaction", "response", "retaliation", "reprisal", "revenge", "apres",
                             "suite", "reponse", "represailles", "represaille"))
_OCCASION_LEAD = re.compile(
    r"\b(?:after|following|in (?:reaction|response|retaliation|reprisal|revenge) (?:to|for)|apres|suite a|a la suite d[eu']?|"
    r"en (?:reaction|reponse|represailles?) (?:a|au|aux|de|du|d')|en represailles? apres)\s*"
    r"(?:(?:having\s+)?(?:been|being)\s+(?:subjected|exposed)\s+to|responding\s+to|avoir\s+(?:ete\s+)?(?:victimes?|cibles?)\s+d['e]?)?\s*"
    r"(?:(?:a|an|the|this|that|its|their|une?|l'|la|le|les|des|cet|cette|ce)\s*)?(?:(?!(?:and|et|or|ou)\b)[\w'-]+\s+){0,2}$")
_RANKED = re.compile(r"\b(?:(?:this|it|that) (?:is|was|marks|marked) the|(?:c'est|c'etait|il s'agit de|il s'agissait de) la)\s+"
                     r"(?:second|third|fourth|fifth|sixth|\w+th|deuxieme|troisieme|quatrieme|cinquieme|sixieme|\w+ieme)\s+"
                     r"(?:[\w-]+\s+){0,2}$")
_BOTH_EVENTS = re.compile(r"\b(?:les deux (?:attaques|attentats|embuscades|assauts)|ces deux (?:attaques|attentats)|"
                          r"both (?:attacks|assaults|ambushes)|the two (?:attacks|assaults|ambushes))\b")
_SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they"}
_REPORTED_THAT = re.compile(r"\b(?:inform|indiqu|annonc|precis|signal|rapport|expliqu|soulign|confirm|affirm|declar|assur|"
                            r"estim|ajout|fait savoir|porte a la connaissance|conclu|constat|consider|maintien|soutien)\w*\s+"
                            r"(?:[\w'-]+\s+){0,6}?qu(?:e\b|')|"
                            # a finding: "MINUSMA concluded that the strike killed civilians"
                            r"\b(?:conclud\w*|found|maintain\w*|insist\w*)\s+that\b")
_LOC_END = re.compile(r"\b(?:in|at|near|dans|pres|pres de|with|avec|au|aux|en)\s+(?:the\s+|le\s+|la\s+|l')?$")
_LOC_END_MORE = re.compile(r"\b(?:in|at|near|dans|pres de|during|lors|by|par|with|avec|from|de la part|au|aux|en)\s+"
                           r"(?:the\s+|le\s+|la\s+|l')?$")


# the other side of a clash: "clashed with X", "fighting between X and Y", "affrontements avec X"
_CLASH_WITH = re.compile(r"\b(?:with|avec|between|entre|against|contre)\s+(?:the\s+|le\s+|la\s+|l'|les\s+|des\s+)?"
                         r"(?:[\w-]+\s+){0,2}$")
# forces acting with the subject: "supported by", "in coordination with", "appuyés par"
_SUPPORT = re.compile(r"\b(?:supported by|backed by|assisted by|accompanied by|reinforced by|aided by|joined by|escorted by|"
                      r"with the support of|with support from|with the help of|in coordination with|in cooperation with|"
                      r"in collaboration with|together with|alongside|along with|jointly with|"
                      # partners told by a verb of working together: "French forces working with Malian forces"
                      r"(?:working|operating|acting|fighting|cooperating|collaborating|partnering) (?:together |jointly |closely )?with|"
                      r"(?:teamed|teaming|joined|joining) (?:up |forces )?with|in (?:partnership|conjunction|tandem|liaison) with|"
                      r"en (?:partenariat|liaison|concertation|appui) avec|de concert avec|"
                      r"appuye\w* par|soutenu\w* par|accompagne\w* par|renforce\w* par|avec l'appui d[eu]s?|"
                      r"avec le soutien d[eu]s?|en coordination avec|en collaboration avec|aux cotes d[eu]s?|"
                      r"conjointement avec)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?(?:[\w-]+\s+){0,3}$")
# a verb of condemning between its subject and the deed it condemns: "MSF (Doctors Without Borders)
# condemned in the strongest terms the killing", "l'ONG condamne avec fermeté le meurtre"
_CONDEMNS = re.compile(r"\)?(?:\s*\([^)]{0,60}\))?\s*(?:[\w'-]+\s+){0,2}(?:has\s+|have\s+|a\s+|ont\s+)?(?:strongly\s+|fermement\s+)?"
                       r"(?:condemn\w*|condamn\w*|deplor\w*|denounc\w*|denonc\w*)\b[^.;:]*$")
# the condemner's own people among the victims: "two of its staff members", "deux membres de son équipe"
_OWN_PEOPLE = re.compile(r"\b(?:of (?:its|their) (?:own )?(?:staff|employees|workers|colleagues|team|personnel|members|agents)|"
                         r"its (?:staff|employees|workers|team members|aid workers)|"
                         r"(?:de|d'entre) (?:son|leur|ses|leurs) (?:equipe|personnel|employes|collaborateurs|agents|membres|"
                         r"salaries|collegues)|(?:ses|leurs) (?:employes|collaborateurs|agents|salaries|collegues))\b")
# a count that takes part of people counted before: "56 of them", "dont 56 d'entre eux"
_PART_OF_COUNT = re.compile(r"(?:\d+|\b(?:some|many|most|several|plusieurs|certains))\s+(?:of|d'entre)\s*$")
_SPEAKER_AFTER = re.compile(r"(?:\s*\([^)]{0,40}\))?\s*(?:[\w-]+\s+){0,3}(?:said|says|stated|told|announced|reported|claimed|"
                            r"confirmed|denied|indicated|declared|added|explained|tweeted|wrote|statement|communique|"
                            r"a (?:dit|declare|annonce|indique|affirme|confirme|dementi|revendique)|ont (?:dit|declare|annonce|"
                            r"indique|affirme|confirme)|affirme|annonce|indique|selon|accuses?|accusent|blames?|imputent|"
                            r"impute|attribuent|denies|dement|suspects?|soupconnent|soupconne|condemned|condamne)\b")
_SOURCE_BEFORE = re.compile(r"\b(?:according to|selon|d'apres|sources? (?:from|within|close to|in)|statement (?:by|from)|"
                            r"communique (?:of|from|by|de|du|des))\s+(?:the\s+|le\s+|la\s+|les\s+|l')?(?:[\w-]+\s+){0,2}$")
# the speaker after an inverted verb of saying: "..., a annoncé Emmanuel Macron", "..., said the army spokesman",
# "..., a annoncé jeudi à Pretoria la ministre des Relations internationales, Maite Nkoana-Mashabane" (a title,
# then the name)
_SPEAKER_TITLE = (r"ministre|minister|porte-parole|spokes(?:man|woman|person)|president|presidente|chef|directeur|directrice|"
                  r"director|gouverneur|governor|procureur|prosecutor|secretaire|secretary|commandant|commander|prefet|"
                  r"ambassadeur|ambassadrice|ambassador|maire|mayor")
_SPEAKER_INVERTED = re.compile(r"[,\"»]\s*(?:a\s+|ont\s+|avait\s+)?(?:annonce|indique|declare|precise|affirme|ajoute|explique|"
                               r"souligne|confirme|dit|assure|estime|said|says|added|told|stated|announced)\s+"
                               r"(?:(?:[\w'-]+\s+){0,4}?(?:the\s+|le\s+|la\s+|l')?" + "(?:" + _SPEAKER_TITLE + r")\b[^,.;]{0,50},\s*)?"
                               r"(?:the\s+|le\s+|la\s+|l'|les\s+)?(?:[\w-]+\s+){0,3}$")
# verbs of violence, of fighting back and of arresting, English and French (folded stems)
_VIOLENT_WORD = re.compile(
    r"(?:kill(?:s|ed|ing)?|shot|shoot(?:s|ing)?|attack(?:s|ed|ing)?|ambush(?:es|ed|ing)?|clash(?:es|ed|ing)?|fought|"
    r"fight(?:s|ing)?|engag(?:e|es|ed|ing)|repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|respond(?:s|ed|ing)?|"
    r"interven(?:e|es|ed|ing)|rout(?:s|ed|ing)?|pursu(?:e|es|ed|ing)|chas(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)|"
    r"fir(?:e|es|ed|ing)|storm(?:s|ed|ing)?|raid(?:s|ed|ing)?|overr(?:an|un|uns|unning)|abduct(?:s|ed|ing)?|"
    r"kidnap(?:s|ped|ping)?|arrest(?:s|ed|ing)?|captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|burn(?:s|ed|t|ing)?|"
    r"loot(?:s|ed|ing)?|destroy(?:s|ed|ing)?|neutrali[sz](?:e|es|ed|ing)|strik(?:e|es|ing)|struck|bomb(?:s|ed|ing)?|"
    r"shell(?:s|ed|ing)?|target(?:s|ed|ing)?|assassinat(?:e|es|ed|ing)|execut(?:e|es|ed|ing)|wound(?:s|ed|ing)?|"
    r"injur(?:e|es|ed|ing)|hurt(?:s|ing)?|lynch(?:es|ed|ing)?|beat(?:s|en|ing)?|assault(?:s|ed|ing)?|detain(?:s|ed|ing)?|"
    r"dispers(?:e|es|ed|ing)|retaliat(?:e|es|ed|ing)|escort(?:s|ed|ing)?|threw|throw(?:s|ing)?|altercations?|"
    r"confrontations?|skirmish(?:es)?|shootouts?|gunfights?|firefights?|fighting|combats?|"
    r"tu(?:e|es|ee|ees|ent|erent)|attaqu(?:e|es|ee|ees|ent|erent)|embusqu\w*|affront\w*|repouss\w*|ripost\w*|"
    r"poursuivi\w*|enlev(?:e|es|ee|ees|ent)|arret(?:e|es|ee|ees|ent)|incendi\w*|pill(?:e|es|ee|ees|ent|age)|"
    r"detrui\w*|frapp(?:e|es|ee|ees|ent)|bless(?:e|es|ee|ees|ent)|interven(?:u|us|ue|ues|ait|aient)|"
    r"disperse\w*)")
# what lies between a second count and its place: "and 7 in Hombori", "et 12 à Y"
_ELIDED_PLACE_AT = re.compile(r"\s*(?:(?:people|persons|personnes|others|autres|more|civilians|civils|dead|morts|victims|victimes)\s+)?"
                              r"(?:(?:were\s+)?killed\s+|tues\s+)?(?:in|at|near|a|dans|au|pres de)\s+(?:the\s+village\s+of\s+|le village de\s+)?")
_IN_WHICH = re.compile(r"\b(?:au cours de laquelle|au cours duquel|lors de laquelle|lors duquel|pendant laquelle|"
                       r"during which|in which|in the course of which)\b")
# "a year after the ...", "trois mois après le ..." right before an event word
_SPAN_AFTER = re.compile(r"\b(?:(?:nearly|almost|about|some|just over|more than|less than|a little over|pres de|presque|environ|"
                         r"plus d'|plus de|moins d'|moins de|un peu plus d'|un peu plus de)\s*)?(?P<n>\d+|a|an|one|two|three|four|five|"
                         r"six|un|une|deux|trois|quatre|cinq|six)?\s*(?P<unit>years?|months?|ans?|annees?|mois)\s+(?:after|apres)\s+"
                         r"(?:the\s+|le\s+|la\s+|l'|les\s+)?(?:[\w-]+\s+){0,2}$")


def _span_after(f: str, lo: int, hi: int):
    """``_SPAN_AFTER.search(f, lo, hi)``: a match holds "after" or "apres", which most windows lack (and
    the pattern, anchored at the end, is tried at every position of the window)."""
    if f.find("after", lo, hi) < 0 and f.find("apres", lo, hi) < 0:
        return None
    return _SPAN_AFTER.search(f, lo, hi)


# French verbs whose compound past takes "être" without being passive ("sont intervenus", "est arrivé")
_FR_ETRE_ACTIVE = re.compile(r"(?:interven|venu|revenu|arriv|parti|entr|rentr|descendu|mont|retourn|all)(?:u|e|ue|us|ues|es|ee|ees)?$")
# verbs of fighting back: their subject defends, it is not the author of the event
_RESPONSE_WORD = re.compile(
    r"(?:repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|respond(?:s|ed|ing)?|interven(?:e|es|ed|ing)|rout(?:s|ed|ing)?|"
    r"pursu(?:e|es|ed|ing)|chas(?:e|es|ed|ing)|retaliat(?:e|es|ed|ing)|repouss\w*|ripost\w*|"
    r"interven(?:u|us|ue|ues|ait|aient)|poursuivi\w*)")


class _PastViolence:
    """Verbs of violence in a past form ("repelled", "were killed", "a riposté"): a sentence that
    tells the event just told goes on with them; nouns ("attacks", "fire") do not."""

    _IRREGULAR = {"shot", "struck", "fought", "beaten", "overran", "burnt", "tue", "tues", "tuee", "tuees"}

    def fullmatch(self, w: str):
        if not _VIOLENT_WORD.fullmatch(w):
            return None
        return w.endswith(("ed", "e", "es", "ee", "ees", "u", "us", "ing")) and not w.endswith(("fire", "engage")) \
            or w in self._IRREGULAR or None
_SUBJECT_FILLERS = {"reportedly", "allegedly", "also", "then", "later", "subsequently", "immediately", "quickly",
                    "reportedly", "have", "had", "has", "aurait", "auraient", "ont", "a", "then", "who", "qui", "had",
                    "forces", "soldiers", "troops", "members", "units", "unit", "patrol", "convoy", "and", "et",
                    "militiamen", "militia", "hunters", "peacekeepers", "gunmen", "elements", "dozos", "dozo",
                    "self", "defense", "defence", "group", "groups", "helicopters", "jets", "commandos",
                    "militiaman", "soldier", "fighter", "fighters", "militants", "militant", "presumed", "suspected",
                    "alleged", "armed", "men", "commander", "commanders", "leader", "leaders", "chief", "officer",
                    "officers", "senior", "local"}
# a verb chain: the trigger continues the clause after a comma or "and" ("killed X, wounded Y and burned Z")
_CHAIN = re.compile(r",|\band\b|\bet\b")
_OBJECT_FILLERS = {"the", "a", "an", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "at", "least", "about",
                   "around", "some", "several", "plusieurs", "au", "moins", "environ", "more", "than", "over", "up", "to",
                   "presumed", "suspected", "alleged", "unknown", "other", "others", "dozens", "of", "his", "her", "their",
                   "its", "presumes", "soupconnes", "presumed"}
# the nationality of the people struck says nothing of the verb ("wounded three Irish peacekeepers",
# "killed two Swedish blue helmets"): the contingents of the UN mission and of the partner forces
_NATIONALITY_ADJ = {w for ws in L.NATIONALITIES.values() for w in ws} | {
    "irish", "german", "germans", "swedish", "dutch", "british", "belgian", "danish", "norwegian", "finnish", "estonian",
    "czech", "lithuanian", "romanian", "italian", "spanish", "portuguese", "egyptian", "bangladeshi", "chinese", "guinean",
    "beninese", "cambodian", "jordanian", "pakistani", "rwandan", "ghanaian", "nepalese", "cameroonian", "gambian",
    "liberian", "salvadoran", "mexican", "indonesian", "sri", "lankan", "allemand", "allemands", "suedois", "britannique",
    "britanniques", "egyptien", "egyptiens", "bangladais", "chinois", "guineen", "guineens", "beninois", "jordanien",
    "jordaniens", "pakistanais", "rwandais", "ghaneen", "ghaneens", "nepalais", "camerounais", "irlandais", "irlandaise",
    "belge", "belges", "danois", "estonien", "estoniens", "tcheque", "tcheques", "roumain", "roumains", "italien",
    "italiens", "espagnol", "espagnols", "portugais", "cambodgien", "cambodgiens"}
# things of a force that are struck, never strike: "a Malian army vehicle struck a mine", "a vehicle of
# the gendarmerie was hit", "le camp des FAMa a été attaqué" (their owner is the target)
_ASSETS = {"vehicle", "vehicles", "truck", "trucks", "car", "cars", "pick-up", "pickup", "motorbike", "motorbikes",
           "tanker", "camp", "camps", "post", "posts", "outpost", "position", "positions", "base", "bases", "checkpoint",
           "checkpoints", "station", "garrison", "headquarters", "armored", "armoured", "logistics", "supply",
           "vehicule", "vehicules", "camion", "camions", "blinde", "blindes", "poste", "postes", "garnison", "convoi"}
# men of a group named before it ("the militiamen of X", "les chasseurs de X", "des soldats de la MINUSMA")
_MEMBER_NOUNS = {"militiamen", "miliciens", "hunters", "chasseurs", "soldiers", "soldats", "troops", "troupes", "militaires",
                 "peacekeepers", "casques", "dozos", "combatants", "forces", "units", "unites", "patrol", "patrouille"}
# running over a device: its subject is struck ("the convoy hit a mine", "le véhicule a sauté sur une mine")
_RAN_OVER = re.compile(r"(?:hit|struck|stepped on|ran over|drove over|ran into|(?:a |ont )?saute sur)\b(?! by)")
_RAN_OVER_GAP = re.compile(r"\s*\)?\s*(?:\w+\s+)?(?:hit|struck|stepped on|ran over|drove over|ran into|(?:a |ont )?saute sur)\s+"
                           r"(?:an?|the|une|un)\s+(?:\w+\s+)?")
# a passive participle and the device or the attack that did it: "were wounded by the explosion of an
# IED", "vehicle struck by IED", "convoy subjected to a complex attack", "blessés par l'explosion d'une mine"
_BY_DEVICE = re.compile(
    r"(?:\w+ed|hit|struck|shot|hurt|blown up|subjected to|touche\w*|vise\w*|cible\w*|bless\w*|tue\w*|endommage\w*|detruit\w*)"
    r"\s+(?:(?:severely|seriously|lightly|slightly|critically|grievously|gravement|legerement|\w+ly)\s+)?"
    r"(?:by|in|par|to|dans|lors d'?)\s*(?:(?:the|a|an|une?|l'|la|le|les|des|d'|de)\s*)?"
    r"(?:(?:explosion|explosions|detonation|blast|double)\s+(?:of|d'|de|du)?\s*(?:(?:an?|the|une?|l'|la|le)\s*)?)?(?:[\w-]+\s+)?$")
_DETERMINERS = {"the", "le", "la", "les", "l", "des"}
_FR_PARTICIPLES = {"tue", "tues", "tuee", "tuees", "blesse", "blesses", "enleve", "enleves", "attaque", "attaques",
                   "execute", "executes", "abattu", "abattus", "egorge", "egorges", "assassine", "assassines",
                   "kidnappe", "kidnappes", "arrete", "arretes", "capture", "captures"}


# a comma-separated part that describes the noun before it or the scene, not the subject of the verb after
_APPOSITION_HEAD = re.compile(r"\s*(?:who|whom|whose|which|including|among them|among whom|notably|mostly|all|both|"
                              r"qui|dont|parmi|notamment|y compris|"
                              # an adjunct between the subject and its verb: "the camp, in Bamba, was attacked"
                              r"in|at|near|on|around|outside|inside|during|dans|au|aux|en|pres|lors)\b")


# a part with no subject in it: "the post, in Bamba, was attacked"
_AUX_ONLY = re.compile(r"\s*(?:(?:was|were|been|being|is|are|has|have|had|also|later|then|reportedly|allegedly|a|ont|"
                       r"avait|avaient|ete|est|sont|aussi|ensuite)\s+)*")


def _passive_subject(f: str, lo: int, k: int) -> int:
    """Where the subject of a passive verb at ``k`` starts: after the last comma of the clause
    ("gunmen attacked a bus, the driver was wounded": the driver, not the gunmen), skipping parts
    that describe the subject ("two soldiers, including a captain, were killed")."""
    cuts = [m.end() for m in re.finditer(r",", f[lo:k])]
    for c in reversed(cuts):
        part = f[lo + c:k]
        # "the driver refused, and was wounded": the verbs share the subject before the comma
        if not _AUX_ONLY.fullmatch(part) and not _APPOSITION_HEAD.match(part) and \
                not re.match(r"\s*(?:and|et)\s+(?:\w+\s+)?$", part):
            return lo + c
    return lo


def _locative_end(S, a: int, b: int, more: bool = False) -> bool:
    """Whether the words before an actor make it a place or a circumstance ("in", "near", "à"),
    not the object of the verb. French "à" is told from the English article "a" by its accent."""
    gap = S.folded[a:b]
    if (_LOC_END_MORE if more else _LOC_END).search(gap):
        return True
    return bool(re.search(r"\bà\s+(?:la\s+|l'|le\s+)?$", S.orig[a:b]))


def _lemma(word: str) -> str:
    w = word.split()[0] if word else word
    for suf in ("ings", "ing", "ed", "es", "s", "ee", "ees", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


# event ids name the same places and classes over and over: one slug per name
slug = lru_cache(maxsize=16384)(_slug)


@lru_cache(maxsize=None)
def _cls_slug(cls: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", cls).lower()


# identity, not field-by-field equality: every event has its own key (``RuleState.next_key``), so two
# distinct events never compared equal anyway, and ``ev in list`` / ``list.index(ev)`` (thousands per
# report) built two tuples of 30 fields per comparison
@dataclass(eq=False)
class Ev:
    key: int
    cls: str
    sent: int
    span: tuple[int, int]
    evidence: str
    date: str | None = None
    precision: str | None = None
    date_kind: str | None = None
    date_ev: tuple | None = None
    place: str | None = None
    place_ev: tuple | None = None
    name: str | None = None
    toll: object = None
    toll_ev: tuple | None = None
    toll_src: str | None = None                   # who gave the toll ("a local official"), when the text says
    status: str | None = None
    status_ev: tuple | None = None
    troops: int | None = None
    troops_ev: tuple | None = None
    slots: dict = field(default_factory=dict)     # (pred, actor) -> (confidence, span, evidence)
    last_sent: int = 0
    id: str | None = None
    emitted: bool = False
    ongoing: bool = False
    weak: bool = False                            # told without date or place (yet)
    words: set = field(default_factory=set)       # trigger lemmas, for "the ambush" → the ambush
    at: int = -1                                  # where its first word is: events are emitted in text order
    harm: bool = False                            # its sentences tell people killed, wounded, shot at, beaten
    loot: bool = False                            # ... or property seized, burned, looted
    earlier: bool = False                         # named as the time before another ("a year after the X")
    occasion: tuple | None = None                 # the phrase naming it as what another deed answered ("in reaction to an IED attack")
    # only named as the measure of another ("the deadliest since the attack on Inates"): who "the
    # attackers" of a later sentence were is not said of it
    yardstick: bool = False

    def actors(self, pred: str | None = None):
        """The slot fillers in the order they were found (a set-like view: deterministic output)."""
        return dict.fromkeys(a for (p, a) in self.slots if pred is None or p == pred).keys()


@dataclass
class RuleState(DocState):
    ref: Ref = field(default_factory=Ref)
    events: list = field(default_factory=list)
    ev_rels: list = field(default_factory=list)   # (ev key, predicate, ev key, confidence, span, evidence)
    rels: list = field(default_factory=list)      # RelationRecord with entity ids
    current: int | None = None                    # key of the event being told
    by_key: dict = field(default_factory=dict)    # event key -> Ev
    rel_index: dict = field(default_factory=dict) # (subject, predicate, object) -> RelationRecord
    speaks_for: dict = field(default_factory=dict) # subject -> objects of its MEMBER_OF / LEADER_OF in rels
    next_key: int = 0
    used_ids: set = field(default_factory=set)
    hostages: dict = field(default_factory=dict)  # person id -> [(holder, conf)]
    counted_day: tuple | None = None              # (day, sentence no) of "two separate attacks" on a day
    mentioned: dict = field(default_factory=dict) # entity id -> EntityMention (first)
    aliases_out: set = field(default_factory=set)
    report_key: str = ""
    text_len: int = 0
    block_frame: object = None                    # the date opening the current paragraph
    lede_sent: int | None = None                  # sentence of the report's first event (its lede)
    block_first: bool = True
    dateline_span: tuple | None = None            # the dateline's date: no event's, and no number either
    last_year: str | None = None                  # the last year the text named ("in March of that year")
    series_blame: tuple | None = None             # (sentence, b, issuer, sentence no) of "il les impute à X" before a list
    series_told: int | None = None                # sentence no of "une série d'attaques", "several attacks"


@dataclass
class Sent:
    start: int
    end: int
    no: int
    orig: str
    folded: str
    toks: list
    ms: list
    dates: list
    starts: list
    bounds: list | None = None
    toll_max: int = 0
    tolls: list = field(default_factory=list)
    factual: tuple | None = None   # (factual triggers, date owners) of the sentence, once computed
    free_place: str | None = None  # the one place (cercle or deeper) the sentence names for no landmark or container
    keys: set | None = None        # the distinct keys of ``toks`` (the mention finder's set; read only)
    links: list | None = None      # ``place_links`` of the sentence, once computed (read only)
    _kills: list | None = None     # the matches of ``KILL_VERB`` in the sentence, once scanned
    words: Words | None = None     # its runs of letters and digits (where word patterns can match)

    def tok_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def kills(self) -> list:
        """The killing verbs of the sentence (``KILL_VERB`` matches): several stages read them, the
        sentence is scanned once."""
        if self._kills is None:
            self._kills = list(_KILL_VERB_AT.finditer(self.folded, self.start, self.end, self.words))
        return self._kills

    @property
    def quote(self) -> str:
        return self.orig[self.start:self.end]


_ABDUCTION_WORD = re.compile(r"\b(?:abduct\w*|kidnap\w*|seized|captured|taken hostage|enleve\w*|kidnappe\w*|capture(?:e|s|es)?|"
                             r"rapt|pris en otage|otages?|hostages?)\b")


class RuleExtractor:
    """Rules, lexicons and the region pack; no model, no network."""

    name = "rules"

    def __init__(self, resolver, extra_aliases: dict | None = None):
        self.gaz = Gazetteer(resolver, extra_aliases)

    def new_state(self, meta: dict) -> RuleState:
        st = RuleState(gaz=self.gaz, lang=meta.get("lang") or "en")
        st.ref = meta.get("ref") or Ref()
        st.report_key = meta.get("report_key", "")
        return st

    # -- the Extractor protocol ---------------------------------------------------------------
    def finish(self, state) -> Extraction:
        """What a streamed report still holds after its last chunk (events joined across chunks)."""
        out = Extraction()
        if isinstance(state, RuleState):
            self._flush(state, out, 0, final=True)
        return out

    def extract(self, doc: Document) -> Extraction:
        st: RuleState = doc.state if isinstance(doc.state, RuleState) else self.new_state(doc.meta)
        doc.state = st
        text = doc.text
        analysed, _urls = analysis_text(text)
        folded = fold(analysed)
        out = Extraction()
        start = doc.meta.get("body_offset", 0) if doc.offset == 0 else 0
        finder = MentionFinder(st)
        for blk in blocks(text, start):   # the original text: thread numbers are blanked in ``analysed``
            st.block_frame = None
            st.block_first = True
            for s in sentences(analysed, blk):
                self._sentence(st, finder, text, analysed, folded, s, out, doc.offset)
                st.block_first = False
        self._flush(st, out, doc.offset, final=doc.meta.get("final", True))
        return out

    # -- one sentence ------------------------------------------------------------------------
    def _sentence(self, st: RuleState, finder: MentionFinder, text, analysed, folded, s: Span, out: Extraction, base: int):
        toks, ms, issues = finder.find(analysed, folded, s.start, s.end)
        for msg in issues:
            out.issues.append((base + s.start, msg))
        dates = self._dates(st, folded, s, finder._keyset, toks)
        S = Sent(s.start, s.end, st.sentence_no, analysed, folded, toks, ms, dates, [t.start for t in toks],
                 keys=finder._keyset, words=Words(folded, s.start, s.end, toks, finder._keyset))
        for m in ms:
            self._note_mention(st, m, S, base)
        blocked = [(m.start, m.end) for m in ms if m.how != "coref"] + [(d.start, d.end) for d in dates]
        trigs = find_triggers(folded, s.start, s.end, blocked, S.words)
        for t in trigs:
            t.ti = S.tok_at(t.start)
        nums = find_numbers(folded, s.start, s.end, [(d.start, d.end) for d in dates] + ([st.dateline_span] if st.dateline_span else []) +
                            # the number of a place's name ("Gangafani 2") counts nothing
                            [(m.start, m.end) for m in ms if m.label == "Place" and m.surface[-1:].isdigit()], S.words)
        S.tolls = tolls(folded, s.start, s.end, nums, S.words)
        S.toll_max = max(((t.lo or t.hi or 0) for t in S.tolls), default=0)
        speech = self._speech_acts(S)
        sent_events = self._events(st, S, trigs, speech)
        # a stage is called only when the sentence holds what every one of its rules needs (read
        # once here): a killing verb (or, for the fighting of an operation, a clash); a person or a
        # group of civilians before a passive killing; an armed actor that is not a relational
        # mention (the actors ``_left_out`` gives a role)
        kills = S.kills()
        people = armed = False
        for m in ms:
            if m.label == "Actor":
                if m.cls in _PASSIVE_VICTIMS:
                    people = True
                elif m.cls in ARMED and not m.relational:
                    armed = True
        self._abduction_deaths(st, S, sent_events, trigs)
        if kills:
            self._civilians_harmed(st, S, sent_events)
        self._tolls(st, S, nums, sent_events, trigs)
        self._tolls_by_place(st, S, sent_events)
        self._sites_listed(st, S, sent_events)
        self._harm_told(st, S, sent_events)
        if people:
            self._killed_people(st, S, sent_events)
        self._troops(st, S, nums, sent_events)
        self._statements(st, S, speech, sent_events, trigs)
        self._attributions(st, S, sent_events, speech)
        # (a fight told as such needs no killing verb; with seizures told beside the dead and the operation in a
        # sentence before, its fighting is found first: the fighters named are its parties, not the authors or
        # targets of the seizures)
        fight = kills or any(e.cls == "Clash" for e in sent_events) or \
            bool(S.tolls and _DIED.search(S.folded, S.start, S.end))
        seized = fight and sent_events and all(e.cls == "Attack" and not e.slots for e in sent_events)
        if seized:
            self._fighting_in_operation(st, S, sent_events)
        if armed:
            self._left_out(st, S, sent_events, trigs)
        if fight and not seized:
            self._fighting_in_operation(st, S, sent_events)
        sentence_relations(self, st, S, sent_events, trigs)
        finder.remember(ms)

    # -- dates -------------------------------------------------------------------------------
    def _dates(self, st: RuleState, folded: str, s: Span, keys=None, toks=None) -> list[DateExpr]:
        ds = find_dates(folded, s.start, s.end, st.ref, keys, toks)
        # "PARIS, Nov 13 (AFP) -": the dateline's day is when the story was filed, not when its events were
        st.dateline_span = None
        if ds and _DATELINE_TAIL.match(folded, ds[0].end) and (
                _DATELINE_HEAD.match(folded, s.start, ds[0].start) or _bare_dateline(folded, s, ds[0], st.ref)):
            st.dateline_span = (ds[0].start, ds[0].end)
            ds = ds[1:]
        # "this morning (6 April)": the explicit date in the parenthesis is the same day
        out = []
        for k, d in enumerate(ds):
            if d.kind == "relative" and k + 1 < len(ds):
                nxt = ds[k + 1]
                gap = folded[d.end:nxt.start]
                if gap.strip() in ("(", ",", "-", "(le", "(on") and nxt.precision == "day":
                    continue
            if d.kind == "relative" and TIME_OF_NIGHT.fullmatch(d.text) and \
                    any(x is not d and x.kind != "relative" and x.precision == "day" for x in ds):
                continue   # "On 14 June, ... an operation overnight": the time of that day, not another day
            if k + 1 < len(ds) and "/" in ds[k + 1].value and folded[d.end:ds[k + 1].start].strip() == "(" and \
                    overlaps(d.value, ds[k + 1].value):
                # "around 6 October (from 3 to 8 October)": the window in parentheses is what is known
                w = ds[k + 1]
                ds[k + 1] = DateExpr(d.start, w.end, w.value, w.precision, w.kind, folded[d.start:w.end])
                continue
            out.append(d)
        # "au lendemain des faits", "the next day": the day after the event being told
        keys = keys if keys is not None else set(folded[s.start:s.end].split())
        # (each pattern below runs only where the sentence holds a word it needs and a string every
        # match of it holds: "day", "jour", "veille", ... ; "later", "after" alone are common words)
        seg = folded[s.start:s.end]
        for m in () if keys.isdisjoint(("lendemain", "next", "following", "later", "after")) or \
                not ("lendemain" in seg or "day" in seg) else re.finditer(r"\b(?:au lendemain (?:des faits|de l'attaque|du drame|de la tuerie|de cette tuerie)|"
                             r"le lendemain|the next day|the following day|a day later|the day after)\b",
                             folded[s.start:s.end]):
            ev = self._ev(st, st.current)
            if ev and ev.date:
                _, last, _ = parse_partial(ev.date)
                first, _, _ = parse_partial(ev.date)
                d1 = date.fromisoformat(first) + timedelta(days=1)
                d2 = date.fromisoformat(last) + timedelta(days=1)
                v = d1.isoformat() if d1 == d2 else f"{d1.isoformat()}/{d2.isoformat()}"
                a, b = s.start + m.start(), s.start + m.end()
                if not any(a < x.end and x.start < b for x in out):
                    out.append(DateExpr(a, b, v, "day", "relative", m.group(0)))
        # "three weeks later", "deux mois plus tard": counted from the event being told (days: below)
        for m in () if keys.isdisjoint(("later", "tard")) else _SPAN_LATER.finditer(folded, s.start, s.end):
            ev = self._ev(st, st.current)
            n = L.NUMBER_WORDS.get(m.group(1) or m.group(3)) or int((m.group(1) or m.group(3)) if (m.group(1) or m.group(3)).isdigit() else 0)
            unit = m.group(2) or m.group(4)
            if not (ev and ev.date and n) or any(m.start() < x.end and x.start < m.end() for x in out):
                continue
            first = date.fromisoformat(parse_partial(ev.date)[0])
            if unit.startswith(("month", "mois")):
                y, mo = divmod(first.month - 1 + n, 12)
                out.append(DateExpr(m.start(), m.end(), f"{first.year + y:04d}-{mo + 1:02d}", "month", "relative", m.group(0)))
            elif (ev.precision or "day") == "day":
                days = n * (7 if unit.startswith(("week", "semaine")) else 1)
                out.append(DateExpr(m.start(), m.end(), (first + timedelta(days=days)).isoformat(), "day", "relative", m.group(0)))
        # "le même jour", "the same day": the day of the event being told
        for m in () if keys.isdisjoint(("meme", "same")) or not ("jour" in seg or "day" in seg or "nuit" in seg or "night" in seg) \
                else re.finditer(
                r"\b(?:le meme jour|ce meme jour|le jour meme|the same day|that same day|on the same day|la meme nuit|the same night|"
                r"(?:dans |au cours de )?la meme journee)\b",
                folded[s.start:s.end]):
            ev = self._told_day(st)
            if ev:
                a, b = s.start + m.start(), s.start + m.end()
                if not any(a < x.end and x.start < b for x in out):
                    out.append(DateExpr(a, b, ev.date, "day", "relative", m.group(0)))
        # "a aussitôt contesté", "immediately rejected": a reaction at once, on the day of what it answers:
        # the last statement told (a report, a claim), else the last event told
        for m in () if keys.isdisjoint(("aussitot", "immediately", "promptly", "immediatement", "swiftly")) else \
                re.finditer(r"\b(?:aussitot|immediatement|immediately|promptly|swiftly)\b", folded[s.start:s.end]):
            near = [e for e in st.events[-8:] if e.date and "/" not in e.date and (e.precision or "day") == "day"
                    and st.sentence_no - e.last_sent <= 6]
            ev = max(near, key=lambda e: (e.cls == "Statement", e.last_sent), default=None)
            a, b = s.start + m.start(), s.start + m.end()
            if ev and not out:
                out.append(DateExpr(a, b, ev.date, "day", "relative", m.group(0)))
        # "Aux environs de 11 heures, le bateau ...", "At around 11 am, ...": an hour and no day is the day of
        # the event being told (a communiqué dates its story once, then lists what happened)
        if not out and not keys.isdisjoint(("heures", "heure", "am", "pm", "gmt")):
            m = _HOUR_LEAD.match(folded, s.start, s.end)
            ev = self._told_day(st) if m else None
            if ev:
                out.append(DateExpr(m.start(1), m.end(1), ev.date, "day", "relative", m.group(1)))
        # an item of a communiqué's list ("– À Bapho, à Ségou et à Kolokani, des positions ont été visées"):
        # the day the communiqué dated its story once
        if not out:
            m = _LIST_ITEM.match(folded, s.start, s.end)
            ev = (self._told_day(st) or self._report_day(st)) if m else None
            if ev:
                out.append(DateExpr(m.start(), m.end(), ev.date, "day", "relative", m.group(0)))
        # "la veille", "the previous day", "two days later", "trois jours plus tôt": counted from the
        # day of the event being told, not from the publication ("three days earlier" read from the
        # publication gives way)
        for m in () if keys.isdisjoint(("veille", "previous", "before", "after", "avant", "apres", "later", "earlier", "tard", "tot", "auparavant")) \
                or not ("day" in seg or "jour" in seg or "veille" in seg) else ANAPHORIC_DAYS.finditer(seg):
            ev = self._ev(st, st.current)
            if not (ev and ev.date and (ev.precision or "day") == "day"):
                continue
            if m.group("eve"):
                shift = -2 if "avant" in m.group("eve") else -1
            else:
                n = m.group("n")
                way = m.group("dir") or m.group("dir2")
                shift = (int(n) if n.isdigit() else L.NUMBER_WORDS.get(n, 0)) * (1 if way in ("later", "plus tard", "apres", "after") else -1)
                if not shift:
                    continue
            first, last, _ = parse_partial(ev.date)
            d1 = date.fromisoformat(first) + timedelta(days=shift)
            d2 = date.fromisoformat(last) + timedelta(days=shift)
            a, b = s.start + m.start(), s.start + m.end()
            out = [x for x in out if not (a < x.end and x.start < b and x.kind == "relative")]
            if not any(a < x.end and x.start < b for x in out):
                out.append(DateExpr(a, b, d1.isoformat() if d1 == d2 else f"{d1.isoformat()}/{d2.isoformat()}", "day", "relative", m.group(0)))
        # "a few days after the attack", "quelques jours après les faits": within the week after it
        for m in () if keys.isdisjoint(("days", "jours")) else re.finditer(r"\b(?:a few days (?:after|later)|some days (?:after|later)|days later|(?:quelques|plusieurs) jours (?:apres|plus tard))"
                             r"(?:\s+(?:the|les|l')\s*(?:attack|attaque|faits|events|massacre|tuerie|killings|raid|abduction|enlevement))?\b",
                             folded[s.start:s.end]):
            ev = self._ev(st, st.current)
            if ev and ev.date:
                _, last, _ = parse_partial(ev.date)
                d1 = date.fromisoformat(last) + timedelta(days=1)
                d2 = date.fromisoformat(last) + timedelta(days=7)
                a, b = s.start + m.start(), s.start + m.end()
                if not any(a < x.end and x.start < b for x in out):
                    out.append(DateExpr(a, b, f"{d1.isoformat()}/{d2.isoformat()}", "day", "relative", m.group(0)))
        out.sort(key=lambda d: d.start)
        # "two days later, on 6 March": the day stated next says which day it is
        out = [d for k, d in enumerate(out) if not (
            d.kind == "relative" and k + 1 < len(out) and out[k + 1].kind != "relative" and out[k + 1].precision == "day"
            and re.fullmatch(r"\s*[,(]?\s*(?:on|le)?\s*", folded[d.end:out[k + 1].start]))]
        return self._that_year(st, folded, s, out)

    def _that_year(self, st: RuleState, folded: str, s: Span, ds: list[DateExpr]) -> list[DateExpr]:
        """"until 2017. In March of that year", "en 2012 ... en mars de la même année": a month or a day
        told with "that year" is in the year the text last named, not the one before publication."""
        named = st.last_year
        if not ds or not any(d.kind == "partial" for d in ds) or \
                (folded.find("year", s.start, s.end) < 0 and folded.find("annee", s.start, s.end) < 0):
            for d in ds:
                if d.kind == "explicit" and d.value[:4].isdigit():
                    named = d.value[:4]
            st.last_year = named
            return ds
        out = []
        for d in ds:
            if d.kind == "partial" and named and d.precision in ("day", "month") and "/" not in d.value and \
                    _THAT_YEAR.match(folded, d.end, min(s.end, d.end + 40)):
                d = DateExpr(d.start, d.end, named + d.value[4:], d.precision, "relative", d.text)
            elif d.kind == "explicit" and d.value[:4].isdigit():
                named = d.value[:4]
            out.append(d)
        st.last_year = named
        return out

    # -- mentions as provenance ------------------------------------------------------------------
    def _note_mention(self, st: RuleState, m: Mention, S: Sent, base: int):
        if m.how == "coref":
            return
        ne = st.new_entities.get(m.eid)
        if ne is not None and not ne.evidence:
            ne.evidence = S.quote
            ne.span = (base + m.start, base + m.end)
            st.new_pending = getattr(st, "new_pending", [])
            st.new_pending.append(ne)
            return
        if ne is not None and m.how != "alt":
            return   # a village's other name ("Tenessou (Tinessou)") is its alias
        surface = " ".join(m.surface.split())
        key = (m.eid, surface.lower() if m.alias_ok else "")
        if key in st.aliases_out:
            return
        st.aliases_out.add(key)
        st.pending_mentions = getattr(st, "pending_mentions", [])
        st.pending_mentions.append(EntityMention(m.eid, surface, (base + m.start, base + m.end), S.quote, m.alias_ok))

    # -- speech acts --------------------------------------------------------------------------------
    def _speech_acts(self, S: Sent) -> list[tuple[str, int, int]]:
        """Claims, denials, accusations, announcements, and plain verbs of saying ("say")."""
        out = []
        for m in SPEECH_AT.finditer(S.folded, S.start, S.end, S.words):
            if any(m.start() < x.end and x.start < m.end() for x in S.ms if x.how != "coref"):
                continue
            out.append((m.lastgroup, m.start(), m.end()))
        return out

    # -- events --------------------------------------------------------------------------------
    def _events(self, st: RuleState, S: Sent, trigs: list[Trigger], speech) -> list[Ev]:
        here: list[Ev] = []
        trigs = [t for t in trigs if self._factual(S, t) and (t.cls != "Release" or self._release_ok(S, t)) and
                 not self._device_made_safe(S, t)]
        told = bool(speech) or any(t.cls != "Agreement" for t in trigs)
        trigs = [t for t in trigs if not self._past_pact(st, S, t, told)]
        date_owner = self._assign_dates(S, trigs, speech)
        S.factual = (trigs, date_owner)   # the same for the sentence's statements
        place_owner = self._assign_places(st, S, trigs)
        self._town_anaphor(st, S, trigs, place_owner)
        frame = self._block_frame(st, S) or self._frame_date(S)   # the paragraph's frame is read at its first sentence
        for t in trigs:
            # the opening date of the sentence dates its new events, not "the attack" told before
            d = date_owner.get(id(t)) or (frame if not t.definite else None)
            earlier = self._time_before(st, S, t.start, [x for k, x in date_owner.items() if k != id(t)], frame)
            d = earlier or d
            p = place_owner.get(id(t))
            wake = _IN_WAKE_OF.search(S.folded, max(S.start, t.start - 30), t.start) if d and not p else None
            if wake and d.end <= wake.start() and any(e.cls in self._compatible(t.cls) for e in st.events[-WINDOW:]):
                # "the collective, formed in the wake of the killings, said on 1 February ...": the killings
                # told before; the sentence's day is the speaker's
                d = None
            if t.plural and not (d and d.precision in ("day", "month")) and not self._plural_told(st, S, t, p):
                continue
            if t.plural and (_SEPARATE_BEFORE.search(S.folded, max(S.start, t.start - 30), t.start) or
                             _SEPARATE_AFTER.match(S.folded, t.end, min(S.end, t.end + 30))):
                # "deux attaques distinctes", "two separate attacks": a count of the events told next, none
                # of them; its day is still the story's ("Dans la même journée" after the first one)
                if d and d.precision == "day":
                    st.counted_day = (d.value, S.no)
                continue
            if t.cls == "MilitaryOperation" and not self._operation_ok(st, S, t, d, p):
                continue
            occ = self._occasion_of(S, t, trigs)
            ev = self._join_or_new(st, S, t, d, p, here, occasion=occ)
            if ev is None:
                continue
            if ev.sent == S.no and not ev.yardstick:
                # (one of the words that told it in its first sentence is enough: "the assault was the
                # deadliest since the attack on X" merges both in one event, that of X)
                ev.yardstick = bool(_YARDSTICK.search(S.folded, max(S.start, t.start - 40), t.start))
            if t.cls == "Attack" and ev.cls == "Attack" and _ILL_TREAT.fullmatch(t.text):
                self._ill_treated(st, S, t, ev)
            if ev not in here:
                here.append(ev)
            ev.earlier = ev.earlier or bool(earlier)
            ev.words.add(_lemma(t.text))
            self._fill_slots(st, S, t, ev)
            if occ is not None and ev.occasion:
                # the author of the deed that answered it is not the occasion's: only those named in its phrase
                ev.slots = {k: v for k, v in ev.slots.items() if v[1] == (S.start, S.end) or occ[0] <= v[1][0] < occ[1]}
            if d and self._better_date(ev, d):
                ev.date, ev.precision, ev.date_kind = d.value, d.precision, d.kind
                ev.date_ev = (d.start, d.end, S.quote)
            # "in northern Mali", then "near Talhandak, in the Kidal region": a zone gives way to the place
            # the event it tells was joined to
            if p and (not ev.place or self._deeper(st, p, ev.place) or
                      (self.gaz.cls(ev.place) == "Area" and (self.gaz.cls(p) or self._new_cls(st, p)) not in (None, "Area", "Country")) or
                      # a village named for the first time, in a region of the country told before
                      (p in st.new_entities and not st.new_entities[p].parent and p != ev.place and
                       self._admin_depth(st, ev.place) <= 1 and self._place_ok(p, ev.place, st, S))):
                ev.place, ev.place_ev = p, (S.start, S.end, S.quote)
            if t.cls == "MilitaryOperation" and not ev.name:
                ev.name = self._op_name(S, t)
            if ev.cls in ("Negotiation", "Agreement"):
                self._status(S, t, ev)
            if d or p:
                ev.weak = False
            ev.last_sent = S.no
        if _SERIES_AT.search(S.folded, S.start, S.end, S.words):
            st.series_told = S.no
        if st.series_blame is not None and S.no - st.series_blame[3] <= 10:
            bS, bb, bissuer, _ = st.series_blame
            for ev in here:
                if ev.cls in VIOLENT - {"MilitaryOperation"} and ev.sent == S.no and not ev.actors("ATTRIBUTED_TO"):
                    self._blamed(st, bS, bb, ev, bissuer)
        self._kill_event(st, S, here, trigs, place_owner, speech)
        self._fought_back(st, S, here)
        self._assailants_hit(st, S, here)
        self._crowd_violence(st, S, here)
        self._scene_place(st, S, here)
        for ev in here:
            if ev.cls != "Statement" and not ev.weak and not self._recalled(st, ev):
                st.current = ev.key
        if not any(not e.weak for e in here) and here and not self._recalled(st, here[-1]):
            st.current = here[-1].key
        return here

    def _recalled(self, st: RuleState, ev: Ev) -> bool:
        """Whether an event is recalled from long before the one being told ("des chasseurs déjà
        accusés du massacre de 160 personnes en mars 2019" in a story of February 2020): what the
        next sentences say (a denial, a toll) is still about the story's event."""
        cur = self._ev(st, st.current)
        if cur is None or cur is ev or not cur.date or not ev.date or cur.cls == "Statement":
            return False
        return date.fromisoformat(parse_partial(ev.date)[1]) < date.fromisoformat(parse_partial(cur.date)[0]) - timedelta(days=180)

    def _device_made_safe(self, S: Sent, t: Trigger) -> bool:
        """A bomb found before it went off ("une voiture piégée a été découverte", "an IED was found and
        defused") or destroyed by deminers ("les démineurs l'ont détruite") is no explosion nor attack."""
        f = S.folded
        if t.cls == "Explosion" and _FOUND_DEVICE.match(f, t.end, min(S.end, t.end + 50)) and \
                not re.search(r"\b(?:explos\w*|exploded|went off|detonated|saute)\b", f[S.start:S.end]):
            return True
        return t.cls == "Attack" and bool(_DEMINERS.search(f, max(S.start, t.start - 50), t.start))

    def _town_anaphor(self, st: RuleState, S: Sent, trigs: list[Trigger], owner: dict) -> None:
        """"l'offensive lancée pour reprendre le contrôle de la ville", "fighting in the town": the town
        the report named last, for a trigger the sentence gives no place."""
        if not trigs or all(id(t) in owner for t in trigs):
            return
        ana = _TOWN_ANAPHOR.search(S.folded, S.start, S.end)
        if not ana:
            return
        town = None
        if ana.group("same"):
            # "dans la même ville", "in the same town": the town of the event told before, however far back
            town = next((e.place for e in reversed(st.events) if e.place and
                         (self.gaz.cls(e.place) or self._new_cls(st, e.place) or "Settlement") == "Settlement"), None)
        for no, m in ([] if town else reversed(st.recent)):
            if st.sentence_no - no > 3:
                break
            if m.label == "Place" and not m.dateline and (self.gaz.cls(m.eid) or self._new_cls(st, m.eid) or "Settlement") == "Settlement":
                town = m.eid
                break
        if town is None:
            return
        for t in trigs:
            if id(t) not in owner:
                owner[id(t)] = town

    def _past_pact(self, st: RuleState, S: Sent, t: Trigger, told: bool = True) -> bool:
        """"the 2015 Algiers agreement", "broke the 2015 peace deal", "l'accord d'Alger de 2015": a pact
        named by the year it was signed, an earlier year than the report's, is a reference, not news,
        in a sentence that tells something else (``told``: another event or a speaker). Its year dates
        nothing else in the sentence. A sentence that tells the signing keeps it; one about the pact
        alone ("met to discuss the 2015 agreement's implementation") keeps it undated by that year."""
        if t.cls != "Agreement":
            return False
        f = S.folded
        before = _PACT_YEAR_BEFORE.search(f, max(S.start, t.start - 40), t.start)
        after = _PACT_YEAR_AFTER.match(f, t.end, min(S.end, t.end + 40)) if re.search(
            r"(?:\b(?:the|le|la|its|their|son|leur)\s+|\bl')(?:\w+\s+)?$", f[max(S.start, t.start - 20):t.start]) else None
        m = before or after
        ref_year = st.ref.usable_year
        if not m or not ref_year or int(m.group(1)) >= ref_year:
            return False
        if re.search(r"\b(?:signed|sign(?:e|ee|es|ent)|concluded|conclu\w*|initialled|paraphe\w*)\b", f[S.start:S.end]):
            return False
        y0, y1 = m.start(1), m.end(1)
        S.dates[:] = [d for d in S.dates if not (d.start <= y0 and y1 <= d.end)]
        # a party leaving the pact is news about it: "suspended its participation in the 2015 agreement"
        return told and not _LEAVES_PACT.search(f, max(S.start, t.start - 80), t.start)

    def _scene_place(self, st: RuleState, S: Sent, here: list[Ev]) -> None:
        """A sentence that names a place but tells no event there sets the scene of the next one:
        "Hundreds gathered outside the town hall of Sikasso. Police fired tear gas at them." And a
        sentence that only says where tells where the event just told happened: "Gunmen shot dead a
        trader. It happened in the village of Ber." Only between neighbouring sentences."""
        scene = getattr(st, "scene", None)
        for ev in here:
            if ev.sent == S.no and not ev.place and scene and scene[0] == S.no - 1:
                ev.place, ev.place_ev = scene[1], scene[2]
                ev.weak = False
        st.scene = None
        if S.free_place is None or any(ev.place == S.free_place for ev in here):
            return
        if here and any(not ev.place for ev in here):
            return
        cur = self._ev(st, st.current)
        if not here and cur is not None and not cur.place and cur.cls != "Statement" and cur.last_sent == S.no - 1 \
                and _HAPPENED.search(S.folded, S.start, S.end):
            cur.place, cur.place_ev = S.free_place, (S.start, S.end, S.quote)
            return
        if not here:
            st.scene = (S.no, S.free_place, (S.start, S.end, S.quote))

    def _plural_told(self, st: RuleState, S: Sent, t: Trigger, p) -> bool:
        """Plural event nouns tell one episode when the text pins them down without a day:
        a village or town ("clashes in Bentia"), or the two sides ("clashes between the army and
        gunmen", "affrontements entre X et Y"); "attacks in central Mali" stays generic."""
        if p and self._admin_depth(st, p) >= 3:
            return True
        if t.text.startswith("violence"):
            # "violence between communities": generic without a day or a village; between two armed
            # groups named ("violence erupted between GATIA and the CMA") it is their fight
            b = re.match(r"\s+(?:(?:erupted|broke out|flared up|flared|(?:ont|a|avaient|avait) eclate|intercommunautaires?|"
                         r"communautaires?)\s+)?(?:between|entre)\s", S.folded[t.end:min(S.end, t.end + 30)])
            if b is None:
                return False
            lo, hi = self._clause(S, t.start, t.end)
            sides = {m.eid for m in S.ms if m.label == "Actor" and t.end + b.end() <= m.start < min(hi, t.end + b.end() + 80)
                     and not m.relational and (self.gaz.cls(m.eid) or self._new_cls(st, m.eid)) in ARMED
                     and not CIVILIAN_ANY.fullmatch(S.folded[m.start:m.end])}   # "between Peuls and Dogons": communities
            return len(sides) >= 2
        return t.cls == "Clash" and bool(re.match(r"\s*(?:(?:were|have been|had been|was|ont ete|a ete)\s+)?"
                                                  r"(?:(?:reported|reportedly|signales?|rapportes?)\s+)?(?:between|entre)\b",
                                                  S.folded[t.end:min(S.end, t.end + 40)]))

    def _factual(self, S: Sent, t: Trigger) -> bool:
        """Hypothetical, generic or wished-for events are not events: "can kidnap", "to free him",
        "recommended talks", "five months of fighting", "the national dialogue"."""
        f = S.folded
        lo, _ = self._clause(S, t.start, t.end)
        window = f[max(lo, t.start - 120):t.start]
        if MODAL_RX.search(window.split(",")[-1] if t.cls != "Kidnapping" else window):
            return False
        if t.modal:
            return False
        w = t.text
        prev = re.findall(r"[a-z']+", f[max(S.start, t.start - 20):t.start])
        prev1 = prev[-1] if prev else ""
        # English base-form verbs ("and kidnap a big fish", "to attack") and French infinitives
        # ("subjected to ambush", "exposed to attack", "victime d'embuscade": a noun, the event suffered)
        refused = t.cls == "Negotiation" and prev1 in _REFUSAL_LEAD and _REFUSED_TALKS.search(f, max(S.start, t.start - 40), t.start)
        if " " not in w and prev1 in ("to", "and", "or", "can", "will", "would", "could", "de", "pour", "d") and \
                not refused and not t.definite and not (len(prev) >= 2 and prev1 == "to" and prev[-2] in ("subjected", "exposed", "fell", "came")) and re.fullmatch(r"(?:attack|kidnap|abduct|negotiate|release|free|raid|ambush|fight|clash|"
                                                r"attaquer|enlever|negocier|liberer|relacher|dialoguer|discuter)", w):
            return False
        if t.cls == "Release" and self._purpose(S, t):
            return False
        if t.cls == "Clash" and _FIGHT_DENIED.search(f, max(lo, t.start - 30), t.start):
            return False   # "no fighting was reported", "sans combat", "did not return fire": a fight that did not happen
        if _RANKED.search(f, max(S.start, t.start - 50), t.start):
            return False   # "This is the third big attack in X in two years", "c'est la troisième attaque": a rank, no new event
        if w in ("blocus", "blockade", "blockades", "siege", "sieges") and \
                _ANNOUNCED.search(f, max(lo, t.start - 45), t.start):
            return False   # "qui avait annoncé début août le blocus de X": a measure announced, the announcement is the fact
        if t.cls == "Attack" and w in ("struck", "hit") and (
                _STRIKER.search(f, max(lo, t.start - 60), t.start) or
                not (FIGHTER_ANY.search(f, max(lo, t.start - 60), t.start) or
                     any(m.cls in ARMED and lo <= m.start and m.end <= t.start for m in S.ms))):
            # "an airstrike hit a militant camp", "a vehicle struck a mine", "the drought hit the camps":
            # an assault only when armed men struck
            return False
        if t.cls == "Kidnapping" and w.endswith(("seized", "snatched", "carried off", "taken by")) and \
                not any(m.cls == "Person" and m.end <= t.start for m in S.ms) and \
                not CIVILIAN_ANY.search(f, max(_passive_subject(f, lo, t.start), t.start - 60), t.start):
            # "Elliott and his wife were seized", "two teachers were taken by gunmen" are abductions,
            # "weapons were seized", "the town was taken by the militants" are not
            return False
        if t.cls in ("Negotiation", "Agreement") and not refused:
            ctx = f[max(S.start, t.start - 40):t.end + 25]
            if re.search(r"\b(?:national|nationale?|inclusive?|inclusif|nationwide)\b", ctx):
                return False
            if re.search(r"\b(?:recommend\w*|recommand\w*|call\w* for|urg\w*|propos\w*|suggest\w*|appel\w* (?:a|au)|"
                         r"ready to|pret\w* a|willing to|dispose\w* a|open to|ouverte?s? (?:a|au|aux)|refus\w* (?:toute|any|all)|rule[sd]? out|open the door to|"
                         r"ouvre la porte|no avenue|little from|peu (?:a|de))\s+(?:\w+\s+){0,3}$", f[max(S.start, t.start - 50):t.start]):
                return False
            # talks or a deal said not to exist: "no agreement had been reached", "aucun accord",
            # "opposed to any negotiation", "son opposition à toute négociation"
            if re.search(r"\b(?:no|not any|nor any|aucune?|pas d'|pas de|sans|without|(?:oppos\w*|hostile\w*|against|contre)\s+"
                         r"(?:a |à |to )?(?:any|all|toute?s?|tout|l'idee d'une?))\s+(?:\w+\s+){0,1}$", f[max(S.start, t.start - 40):t.start]):
                return False
            # talks denied: "Burkina Faso's authorities deny holding any talks", "démentent toute négociation"
            if re.search(r"\b(?:den(?:y|ies|ied|ying)|dement\w*|(?:a|ont|avait|avaient) nie|nient)\s+(?:[\w']+\s+){0,2}$",
                         f[max(S.start, t.start - 40):t.start]):
                return False
        # habits, not events: "where it has attacked army posts since 2015", "qui attaque régulièrement"
        if re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", f[max(S.start, t.start - 20):t.start]) and \
                re.search(r"\b(?:since|depuis)\s+(?:19|20)\d\d\b", f[t.end:min(S.end, t.end + 60)]):
            return False
        if re.search(r"\b(?:regularly|repeatedly|often|frequently|routinely|regulierement|souvent|frequemment|habituellement)\s+(?:\w+\s+)?$",
                     f[max(S.start, t.start - 30):t.start]):
            return False
        # the aspect of a habit: "keeps attacking army posts", "ne cesse d'attaquer", "continuent de s'en prendre"
        if re.search(r"\b(?:keeps?|kept|keeping)\s+(?:on\s+)?$|\b(?:ne|n')\s*(?:cesse|cessent|cessait|cessaient)\s+(?:de\s+|d')(?:s'|se\s+)?$|"
                     r"\b(?:continue|continuent|continuait|continuaient)\s+(?:de\s+|d'|a\s+)(?:s'|se\s+)?$",
                     f[max(S.start, t.start - 30):t.start]):
            return False
        # "Tessit est régulièrement le théâtre d'affrontements", "is often the scene of clashes"
        if re.search(r"\b(?:regularly|repeatedly|often|frequently|regulierement|souvent|frequemment|regulier|recurrent\w*)\s+"
                     r"(?:\w+\s+){0,2}(?:theatre|scene|site|lieu|cadre)\s+(?:of|d'|de|des|du)\s*(?:\w+\s+)?$",
                     f[max(S.start, t.start - 60):t.start]):
            return False
        if t.cls == "Clash" and re.search(r"\b(?:months|years|weeks|days|mois|annees|ans|semaines|jours) (?:of|de|d')\s*$",
                                          f[max(S.start, t.start - 25):t.start]) and \
                not re.match(r"\s+(?:between|entre)\b", f[t.end:min(S.end, t.end + 12)]):
            # (a span with its two sides named is one episode: "two days of clashes between the
            # army and JNIM near X", "deux jours d'affrontements entre l'armée et des jihadistes")
            return False
        if t.cls in ("Attack", "Agreement", "MilitaryOperation") and self._inside_actor_name(S, t):
            return False
        if t.cls == "Explosion" and (_DEVICE_PEOPLE.match(f, t.end) or _DEVICE_SKILL.search(f, max(S.start, t.start - 40), t.start)):
            return False   # "arrested three IED planters", "a militant known for his skill at making IEDs": people, no blast
        return True

    def _inside_actor_name(self, S: Sent, t: Trigger) -> bool:
        for m in S.ms:
            if m.how != "coref" and m.start <= t.start and t.end <= m.end:
                return True
        return False

    def _occasion_of(self, S: Sent, t: Trigger, trigs) -> tuple[int, int] | None:
        """The span of the phrase that tells trigger ``t`` as the occasion another deed of the sentence
        answered ("soldiers killed a trader, reportedly in reaction to an IED attack nearby", "following an
        air raid, the soldiers executed ...", "ont tué deux bergers en représailles à l'attaque"): the deed
        is the event the sentence tells, the occasion another one, not its author's. The deed is an active
        killing verb with its author before it, or another event word, outside the phrase."""
        if t.cls not in VIOLENT - {"MilitaryOperation"} or t.verb or (S.keys is not None and S.keys.isdisjoint(_OCCASION_WORDS)) \
                or not S.kills() and len(trigs) < 2:
            return None   # (a clause, "after armed men seized his vehicle", tells its own deed: not an occasion)
        f = S.folded
        lo, hi = self._clause(S, t.start, t.end)
        m = _OCCASION_LEAD.search(f, max(lo, t.start - 80), t.start)
        if m is None:
            return None
        a = m.start()
        stop = re.search(r"[,;:.(]", f[t.end:hi])
        b = t.end + stop.start() if stop else hi
        fronted = stop is not None and f[t.end + stop.start()] == ","

        def outside(x: int) -> bool:
            return x < a or (fronted and x >= b)
        for km in S.kills():
            ka = km.start()
            if not outside(ka):
                continue
            klo, _ = self._clause(S, ka, km.end())
            klo = max(klo, b) if ka >= b else klo
            if PASSIVE_BEFORE.search(f[max(klo, ka - 30):ka]) or en_passive_participle(f, ka, km.end(), klo) or \
                    bare_participle(S.orig, f, ka, km.end(), klo) or re.match(
                        r"\s*(?:[,.;:]|$)|\s+(?:in|near|at|on|by|during|when|while|after|following|dans|pres|par|lors|apres)\b",
                        f[km.end():km.end() + 12]):
                continue   # a victim with no author told ("a policeman wounded after ...") is the occasion's toll
            if any(x.label == "Actor" and klo <= x.start and x.end <= ka for x in S.ms) or \
                    FIGHTER_ANY.search(f, klo, ka) or SOLDIER_WORDS.search(f, klo, ka):
                return a, b
        if any(u is not t and u.cls in VIOLENT and u.verb and outside(u.start) for u in trigs):
            return a, b
        return None

    def _operation_ok(self, st: RuleState, S: Sent, t: Trigger, d, p) -> bool:
        """"Operation Barkhane" is an actor; a bare "operation" is an event only when the text
        tells of a particular one (a name, a date, a place, a verb of conducting); "neutralised",
        "captured", "entered", "deployed" make an operation only with a state force acting."""
        w = t.text
        if w.startswith(("est ", "sont ", "etaient ")):
            w = w.split(" ", 1)[1]   # "est entré dans": the verb after its auxiliary
        f = S.folded
        state_here = any(m.cls in STATE and m.label == "Actor" for m in S.ms)
        if w.startswith(("operation", "op", "offensive")):
            nxt = S.orig[t.end:t.end + 30]
            if re.match(r"\s+[A-Z][a-z]", nxt) and not re.match(r"\s+(?:In|On|At|The|By|Par|En|Dans|Le|La)\b", nxt):
                return True
            ctx = f[max(S.start, t.start - 60):t.end + 40]
            return bool(d or p or re.search(r"\b(?:conduct\w*|launch\w*|carried out|led|men\w+|lanc\w+|during|lors d|au cours d|by|par)\b", ctx))
        if w.startswith(("neutralis", "neutraliz", "captured", "entered", "entre", "took control", "repris", "deploy", "deploi", "renfort", "reinforce")):
            cur = self._ev(st, st.current)
            if cur is not None and cur.cls == "MilitaryOperation" and S.no - cur.last_sent <= 1:
                return True   # "This resulted in the neutralisation of ...": the operation just told
            if not state_here or not any(m.cls in ("StateForce", "InternationalMission") and m.label == "Actor" for m in S.ms):
                return False   # a force acts, not a government named as the source ("according to the government")
            if w.startswith(("renfort", "reinforce")) and \
                    re.search(r"\b(?:convoy|column|vehicle|truck|unit|detachment|convoi|colonne|vehicule|camion|unite)s?\s+(?:of|de|d')\s*$",
                              f[max(S.start, t.start - 25):t.start]):
                return False   # "a convoy of reinforcements heading to X": what was hit or moved, not an operation told
            if w.startswith(("deploy", "deploi", "renfort", "reinforce")):
                return bool(d and d.precision in ("day", "month") or re.search(r"\b\d[\d,. ]*\s+(?:troops|soldiers|soldats|militaires)", f[S.start:S.end]))
            # "the assailants were neutralised" in an attack on a state: part of that attack
            return not re.search(r"\b(?:assailants?|attackers|assaillants|gunmen|terrorists?|terroristes|jihadists?|djihadistes?|fighters)\b",
                                 f[max(S.start, t.start - 60):t.start]) or bool(d)
        return True

    def _purpose(self, S: Sent, t: Trigger) -> bool:
        before = S.folded[max(S.start, t.start - 30):t.start]
        return bool(re.search(r"\b(?:to|pour|pour obtenir|obtenir|demand\w*|calling for|call for|exige\w*|reclam\w*|demande\w*|"
                              r"negotiate|negocier|secure|for the|pour la|de la|"
                              # the goal of an effort or an appeal: "to work for his release", "oeuvrer à sa libération"
                              r"(?:work|worked|working|works|press|pressed|pressing|ask|asked|asking|appeal|appealed|appealing|"
                              r"campaign|campaigned|campaigning|push|pushed|pushing|hope|hoped|hoping) for|obtain|"
                              r"(?:oe|o)uvrer (?:a|pour)|(?:oe|o)uvre (?:a|pour)|travailler a|plaider pour|plaide pour)\s+(?:la |the |their |his |her |leur |sa |son )?$", before))

    def _release_ok(self, S: Sent, t: Trigger) -> bool:
        """A release frees people: named persons, hostages, prisoners, "les femmes et les enfants".
        A group that "released a video" or "a statement" published something: nobody was freed."""
        if _PUBLISHED_THING.match(S.folded, t.end, min(S.end, t.end + 50)):
            return False
        if any(m.cls == "Person" for m in S.ms):
            return True
        return bool(re.search(r"\b(?:hostages?|otages?|prisoners?|prisonniers?|detainees?|detenus?|captives?|captifs?|"
                              r"women|children|femmes|enfants|villagers|villageois|civilians|civils|people|personnes|"
                              r"abductees?|men|hommes|soldiers|soldats|militaires|"
                              # the people foreign hostages usually are: "a French journalist and an American aid worker"
                              r"journalists?|journalistes?|aid workers?|humanitarians?|humanitaires|missionar(?:y|ies)|missionnaires?|"
                              r"priests?|pretres?|nuns?|religieuses?|tourists?|touristes?|nationals|ressortissants?|expatriates?|expatries|"
                              # the local officials and notables armed groups take: "le maire de X libéré par ses ravisseurs"
                              r"mayors?|maires?|chefs? de village|village (?:chiefs?|heads?)|prefects?|prefets?|sous-prefets?|"
                              r"sub-prefects?|imams?|elus?|councill?ors?|conseillers? municipaux|teachers?|enseignants?|instituteurs?)\b",
                              S.folded[S.start:S.end]))

    def _kill_event(self, st: RuleState, S: Sent, here: list[Ev], trigs, place_owner, speech=()):
        """A sentence that tells a killing without an event word ("gunmen killed 134 villagers in
        Ogossagou", "French forces have killed Droukdel", "an army patrol killed two gunmen")
        still tells an event. Its class comes from who killed whom: civilians are violence against
        civilians, fighters killed by an army or by another armed group a clash, soldiers an attack."""
        # "killed a man and abducted his daughter": the killing is an event of its own, told first
        kid_at = min((t.start for t in trigs if t.cls == "Kidnapping"), default=None)
        k0 = S.kills()[0].start() if S.kills() else S.end
        # "troops killed four fighters and took their motorbikes", "a militia shot two raiders and got the
        # herd back": the goods taken after the killing are the killing's spoils, not the event told;
        # who was killed says what the event was
        spoils = []
        if here and S.kills() and _KILLED.match(S.folded, k0) and not PASSIVE_BEFORE.search(S.folded[max(S.start, k0 - 30):k0]) and \
                any(m.label == "Actor" and self._clause(S, k0, k0 + 1)[0] <= m.start and m.end <= k0 for m in S.ms):
            # (an active killing by someone named: "a guard hurt after thieves took his car" is not)
            spoils = [e for e in here if e.cls == "Attack" and e.sent == S.no and e.at > k0 and e.words and
                      all(_SPOILS.match(w) for w in e.words)]
        told = [e for e in here if (e.cls in VIOLENT - {"Kidnapping"} or e.cls == "Protest") and e not in spoils and not e.occasion and
                not (e.earlier and not _IN_WHICH.search(S.folded, S.start, k0))]
        # forces that entered a village or led an operation and killed civilians there: the killing is
        # violence against civilians, an event of its own within the operation (decided below)
        # (not "entered the town after militants killed three civilians there": what the forces answered)
        in_op = [e for e in told if e.cls == "MilitaryOperation" and e.sent == S.no and e.at < k0 and
                 not _OCCASION.search(S.folded, e.at, k0)]
        others = [e for e in told if e not in in_op]
        if not _span_after(S.folded, max(S.start, k0 - 60), k0) and others:
            # protesters killed or wounded: the protest is the event (the one named as a time before, "a year
            # after the massacre of X", is not, unless the killing is told inside it: "au cours de laquelle";
            # and "The massacre comes a year after the killing of 132 people in X" tells that killing too)
            # ("entered the village, killed 26 civilians and burned houses": the burning is the killing's event, an
            # attack on civilians until ``_civilians_harmed`` reads its victims)
            if in_op and S.kills() and all(e.cls in ("ViolenceAgainstCivilians", "Attack") and e.sent == S.no for e in others) and \
                    (any(e.cls == "ViolenceAgainstCivilians" for e in others) or CIVILIAN_WORDS.search(S.folded, k0, min(S.end, k0 + 60))):
                self._within_operation(st, S, here, others[0], in_op[0])
            return
        km = S.kills()[0] if S.kills() else None
        if not km or (kid_at is not None and km.start() > kid_at):
            return
        ka = km.start()
        found_dead = km.group(0).startswith(("found", "retrouv"))
        if MODAL_RX.search(S.folded[max(S.start, ka - 60):ka]):
            return
        own = None
        if re.search(r"\b(?:claim\w*|said (?:it|they|its)|affirme|revendiqu\w*)\b", S.folded[max(S.start, ka - 60):ka]):
            # a group claiming its own killing ("X claimed to have killed two fighters in Y", "X a
            # revendiqué avoir tué ...") tells that killing, unless it claims the one just told
            own = self._own_deed_claim(S, ka, speech)
            if own is None:
                return
            cur = self._ev(st, st.current)
            if cur is not None and cur.cls in VIOLENT and S.no - cur.last_sent <= 2:
                return
        # "beat a man to death", "burned him alive": the victim sits inside the verb phrase
        inner = km.start() + len(km.group(0).split()[0]) if re.search(r"(?:to death|alive)$", km.group(0)) else km.end()
        if found_dead:
            if not (PASSIVE_BEFORE.search(S.folded[max(S.start, ka - 30):ka]) or PREP_AFTER.match(S.folded[km.end():S.end])) \
                    or _NATURAL_DEATH.search(S.folded, S.start, S.end):
                return   # "residents found dead ...", "found dead after a long illness": no killing told
        co = _CO_VERB.match(S.folded, inner, S.end)
        if co and not (kid_at is not None and co.start() <= kid_at < co.end()):
            # "killed and dumped the body of a herder", "tué puis brûlé le corps de": the verbs share the victim
            inner = co.end()
        after = S.folded[inner:min(S.end, km.end() + 80)]
        victims = [m for m in S.ms if m.label == "Actor" and m.start > ka and m.cls in VICTIM_CLASSES | STATE | NONSTATE
                   and not m.relational][:2]
        civil = CIVILIAN_WORDS.search(after) or CIVILIAN_OBJECT.match(after)
        fighters = FIGHTER_OBJECT.match(after)
        soldiers = re.match(r"\s*(?:(?:at least|about|around|some|au moins|environ|\w+)\s+){0,3}(?:soldiers?|troops|gendarmes?|"
                            r"policemen|police officers|soldats?|militaires?|gendarmes?|policiers?|guardsmen|"
                            r"(?:military|army|national|republican) guards?|gardes? (?:nationa\w*|republicain\w*))\b", after)
        if _OFF_DUTY.search(after[:50]):
            # "shot an off-duty gendarme", "a retired soldier": no longer a party under arms
            soldiers = fighters = None
            civil = True
            victims = [m for m in victims if m.cls not in ARMED]
        agents = [m for m in S.ms if m.label == "Actor" and m.end <= ka and not self._prep_before(S, m)]
        agent = agents[-1] if agents else None
        when_agent = False
        lo, _ = self._clause(S, ka, km.end())
        if PASSIVE_BEFORE.search(S.folded[max(lo, ka - 30):ka]) or bare_participle(S.orig, S.folded, ka, km.end(), lo) or \
                en_passive_participle(S.folded, ka, km.end(), lo) or \
                (not (victims or civil or fighters or soldiers) and PREP_AFTER.match(after)) or \
                _BY_AGENT.match(S.folded, inner, S.end):
            # "two members of the community were killed by gunmen", "one civilian killed in X": the
            # victims are the subject, the killer comes after "by"
            cur = self._ev(st, st.current)
            if cur is not None and cur.cls in VIOLENT and S.no - cur.last_sent <= 2:
                # "Eight fighters were killed": the toll of the event just told; "Ag Moussa was killed
                # on Tuesday": its day, when the story gave none yet
                fake = Trigger(cur.cls, ka, km.end(), km.group(0), False, False, False, True, S.tok_at(ka))
                d = self._assign_dates(S, [x for x in trigs if x.start != ka] + [fake], self._speech_acts(S)).get(id(fake))
                if d is not None and d.precision == "day" and (not cur.date or cur.date_kind == "published"):
                    cur.date, cur.precision, cur.date_kind, cur.date_ev = d.value, d.precision, d.kind, (d.start, d.end, S.quote)
                    cur.weak = False
                    p = self._assign_places(st, S, [fake]).get(id(fake))
                    if p and cur.place and self._deeper(st, p, cur.place):
                        cur.place, cur.place_ev = p, (S.start, S.end, S.quote)
                return
            subject = S.folded[lo:ka]
            victims = [m for m in S.ms if m.label == "Actor" and lo <= m.start and m.end <= ka and not m.relational
                       and m.cls in VICTIM_CLASSES | STATE | NONSTATE and not self._prep_before(S, m)][:1]
            soldiers = SOLDIER_WORDS.search(subject) or (victims and victims[0].cls in STATE)
            fighters = not soldiers and FIGHTER_ANY.search(subject)
            civil = not soldiers and not fighters and (CIVILIAN_ANY.search(subject) or CIVILIAN_WORDS.search(subject))
            by = [m for m in S.ms if m.label == "Actor" and m.start >= km.end() and
                  re.search(r"\b(?:by|par)\s+(?:\w+\s+){0,2}$", S.folded[km.end():m.start])]
            agent = by[0] if by else self._force_when(S, km.end())
            when_agent = not by and agent is not None
            if not (victims or civil or fighters or soldiers) and not (agent and agent.cls in ARMED):
                return   # someone the text does not say was killed by armed men is still a killing
        elif not (victims or civil or fighters or soldiers):
            return
        armed_victim = fighters or (victims and victims[0].cls in NONSTATE) or (victims and victims[0].cls == "Person"
                                                                                 and agent is not None and agent.cls in STATE)
        if agent is not None and agent.cls in STATE and armed_victim:
            cls = "Clash" if fighters and not (victims and victims[0].cls == "Person") else "MilitaryOperation"
        elif agent is not None and agent.cls in NONSTATE and armed_victim and not civil:
            cls = "Clash"
        elif civil or (victims and victims[0].cls in ("CivilianGroup", "Person", "Organization")):
            cls = "ViolenceAgainstCivilians"
        else:
            cls = "Attack"
        if in_op and (cls != "ViolenceAgainstCivilians" or own is not None or agent is None or
                      not (agent.cls in STATE or (agent.cls in ARMED and agent.end <= in_op[0].at))):
            return   # the operation's toll, or its fighting (``_fighting_in_operation``)
        fake = Trigger(cls, ka, km.end(), km.group(0), False, False, False, True, S.tok_at(ka))
        p = self._assign_places(st, S, [fake]).get(id(fake))
        if p and any(e.earlier and e.place == p for e in here):
            # "a year after the Solhan massacre, gunmen killed 20 civilians in Seytenga": Solhan is the
            # earlier event's; the killing is where the words after it say
            p = next((m.eid for m in S.ms if m.label == "Place" and m.start > ka and m.how != "coref"), None)
        d = self._verbless_date(st, S, fake, trigs)
        earlier = self._time_before(st, S, ka, [], self._frame_date(S))
        d = earlier or d
        ev = self._join_or_new(st, S, fake, d, p, here)
        if ev is None:
            return
        if ev in spoils:
            ev.cls, ev.at = cls, ka
            if cls in ("Clash", "MilitaryOperation"):
                # the looting's author and target read as an attack's are the fight's parties
                for (pred, a), v in list(ev.slots.items()):
                    if pred in ("ATTRIBUTED_TO", "TARGETED"):
                        del ev.slots[(pred, a)]
                        ev.slots.setdefault(("PARTICIPANT", a), (None,) + v[1:])
        if ev not in here:
            here.append(ev)
        ev.earlier = ev.earlier or bool(earlier)
        if ev.at == ka and ev.sent == S.no:
            # told before the events this sentence's event words made: emitted before them
            later = [k for k, e in enumerate(st.events) if e.sent == S.no and e is not ev and (e.at > ka or e.occasion)]
            if later:
                st.events.remove(ev)
                st.events.insert(min(later), ev)
            if in_op and ev.cls == "ViolenceAgainstCivilians" and ev not in in_op:
                self._within_operation(st, S, here, ev, in_op[0])
            # and first among the sentence's events, where its toll and roles are looked for
            # ("killed a militiaman ..., pillaged shops": the dead are the killing's), and before what it answered
            here_later = [k for k, e in enumerate(here) if e.sent == S.no and e is not ev and (e.at > ka or e.occasion)]
            if here_later and here.index(ev) > min(here_later):
                here.remove(ev)
                here.insert(min(here_later), ev)
        self._fill_slots(st, S, fake, ev)
        if when_agent and ev.cls == "MilitaryOperation" and not any(a == agent.eid for (_, a) in ev.slots):
            self._slot(ev, "PARTICIPANT", agent.eid, None, S, agent)
        own_kind, own_issuer = own if own is not None else (None, [])
        for m in own_issuer:
            # the speaker of its own deed is its author: a party to a fight or an operation; the
            # author of an attack by its own word (a claim's attribution is made with its statement)
            if ev.cls in ("Clash", "MilitaryOperation") and m.cls in ARMED:
                self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
            elif ev.cls in ("Attack", "Explosion", "ViolenceAgainstCivilians") and own_kind != "claim" and m.cls in ARMED:
                self._slot(ev, "ATTRIBUTED_TO", m.eid, "claimed", S, m)
        if p and (not ev.place or self._deeper(st, p, ev.place)):
            ev.place, ev.place_ev = p, (S.start, S.end, S.quote)
        if d and self._better_date(ev, d):
            ev.date, ev.precision, ev.date_kind, ev.date_ev = d.value, d.precision, d.kind, (d.start, d.end, S.quote)
        if p or d:
            ev.weak = False
        ev.last_sent = S.no

    def _force_when(self, S: Sent, at: int) -> Mention | None:
        """"X was killed on Thursday when commandos of Operation Barkhane stopped his convoy", "tué
        lorsque des soldats de l'opération Barkhane ont intercepté": the state force that acts in the
        clause of time after a passive killing is its author."""
        tail = S.folded[at:min(S.end, at + 120)]
        if "when" not in tail and "lorsque" not in tail and "quand" not in tail:
            return None   # a cheap gate: most killings have no such clause
        w = re.search(r"\b(?:when|lorsque|lorsqu'|quand)\s*", tail)
        if w is None:
            return None
        a = at + w.end()
        for m in sorted(S.ms, key=lambda x: x.start):
            if m.label == "Actor" and m.start >= a and not m.relational:
                if self._words_between(S, a, m.start) > 6:
                    return None
                return m if m.cls in STATE else None
        return None

    def _within_operation(self, st: RuleState, S: Sent, here: list[Ev], ev: Ev, op: Ev) -> None:
        """Civilians killed by the forces of an operation told in the same sentence ("the army entered the
        village of X and killed nine civilians"): the killing is what the sentence tells, so it leads,
        PART_OF the operation."""
        if st.events.index(ev) > st.events.index(op):
            st.events.remove(ev)
            st.events.insert(st.events.index(op), ev)
        if here.index(ev) > here.index(op):
            here.remove(ev)
            here.insert(here.index(op), ev)
        st.ev_rels.append((ev.key, "PART_OF", op.key, None, (S.start, S.end), S.quote))

    def _own_deed_claim(self, S: Sent, ka: int, speech) -> tuple[str, list[Mention]] | None:
        """The killing verb at ``ka`` is what a claim says its issuer did: "X claimed to have killed",
        "claimed responsibility for killing", "claimed (that) it/they/its fighters (had) killed",
        "X claimed that X fighters killed", "X a revendiqué avoir tué", "affirme avoir tué". Not when
        the claim names another author ("claimed that the army had killed civilians"). Returns the
        kind of speech act and its issuers."""
        for kind, a, b in speech:
            if b > ka or kind not in ("claim", "announce", "say") or ka - b > 80:
                continue
            if NEGATED.search(S.folded[max(S.start, a - 25):a]):
                continue
            issuer = self._issuer(S, a, b, "claim") or []
            ids = {m.eid for m in issuer}
            gap, pos = [], b
            for m in sorted(S.ms, key=lambda x: x.start):
                if m.start < b or m.end > ka:
                    continue
                if m.label == "Actor" and m.eid not in ids and not (m.how == "coref" and S.folded[m.start:m.end] in _OWN_PRONOUNS):
                    break   # another actor between the claim and the deed: the claim names its author
                gap.append(S.folded[pos:m.start] + " it ")
                pos = m.end
            else:
                gap.append(S.folded[pos:ka])
                words = re.sub(r"\s+", " ", "".join(gap))
                if kind != "claim" and _SAID_PRONOUN.search(S.folded, a, b):
                    words = " it " + words
                if (_CLAIMED_DEED if kind == "claim" else _SAID_DEED).fullmatch(words):
                    return kind, issuer
        return None

    def _abduction_deaths(self, st: RuleState, S: Sent, here: list[Ev], trigs) -> None:
        """An abduction in which people die ("abducted and executed two men", "killed a farmer and
        abducted his son", "three men were abducted ... their bodies were found") is first a
        killing: the incident's event becomes the killing (with the death toll, its perpetrators
        and victims) and the abduction stays beside it as a kidnapping of its own."""
        kid = next((e for e in here if e.cls == "Kidnapping"), None)
        follow_up = kid is None
        if follow_up:
            # the sentence after an abduction tells the abductees' fate
            if any(e.cls not in ("ViolenceAgainstCivilians",) for e in here) or \
                    any(d.kind != "relative" for d in S.dates):
                return
            # a death told (the test below, read from the sentence alone) before looking back for it
            f = S.folded[S.start:S.end]
            if not (S.tolls or _KILLED.search(f) or _DEATH_TOLD.search(f)):
                return
            kid = next((e for e in reversed(st.events[-WINDOW:]) if e.cls == "Kidnapping" and e.sent < S.no), None)
            if kid is None or S.no - kid.last_sent > 2 or any(e.cls in VIOLENT and e.sent > kid.sent and e not in here
                                                                 for e in st.events[-WINDOW:]):
                return
        f = S.folded[S.start:S.end]
        if MODAL_RX.search(f) and not _DEATH_TOLD.search(f):
            return
        # (a clash is not a killing of captives: a raid on a village that clashed with its hunters, with
        # dead, and two men taken away keeps the fight, the abduction beside it)
        killings = [e for e in here if e is not kid and e.cls in ("ViolenceAgainstCivilians", "Attack")
                    and (not e.place or not kid.place or self._place_ok(e.place, kid.place))
                    and (not e.date or not kid.date or overlaps(e.date, kid.date))]
        if len(killings) < len([e for e in here if e is not kid and e.cls in VIOLENT]):
            return   # another incident told beside the abduction
        if not (S.tolls or _DEATH_TOLD.search(f) or _KILLED.search(f)):
            return
        # a captive fighter or soldier put to death is an attack on his force, anyone else a civilian victim
        authors = {a for e in [kid] + killings for a in e.actors("ATTRIBUTED_TO")}
        taken = S.orig[kid.at:kid.span[1]] if kid.span[0] <= kid.at < kid.span[1] else ""
        armed = any((self.gaz.cls(a) or self._new_cls(st, a)) in ARMED and a not in authors
                    for e in [kid] + killings for p in ("TARGETED", "VICTIM") for a in e.actors(p)) and \
            not CIVILIAN_OBJECT.match(fold(taken).split(" ", 1)[-1]) and \
            not _OFF_DUTY.search(fold(taken)[:100])   # a captive taken off duty
        cls = "Attack" if armed else "ViolenceAgainstCivilians"
        # the abduction, as told: a kidnapping of its own, emitted after the killing
        twin = Ev(st.next_key, "Kidnapping", kid.sent, kid.span, kid.evidence, kid.date, kid.precision, kid.date_kind,
                  kid.date_ev, kid.place, kid.place_ev, kid.name, slots=dict(kid.slots), last_sent=kid.last_sent,
                  weak=kid.weak, words=set(kid.words), at=kid.at)
        st.next_key += 1
        st.by_key[twin.key] = twin
        st.events.insert(st.events.index(kid) + 1, twin)
        kid.cls = cls
        kid.toll, kid.toll_ev = None, None
        for e in killings:
            self._merge_into(st, kid, e)
            here.remove(e)
        kid.last_sent = S.no
        if kid not in here:
            here.append(kid)
        st.current = kid.key

    def _civilians_harmed(self, st: RuleState, S: Sent, here: list[Ev]) -> None:
        """An attack in which the people shot, killed or wounded are civilians ("killed three
        traders and seized their motorbikes", "opened fire against a vehicle ... One passenger was
        killed") is violence against civilians, whichever verb told the attack; an attack on a
        force, or one that also hits soldiers or fighters, stays an attack."""
        evs = [e for e in here if e.cls == "Attack"]
        if not evs:
            cur = self._ev(st, st.current)
            if here or cur is None or cur.cls != "Attack" or S.no - cur.last_sent > 1:
                return
            evs = [cur]   # the sentence after the attack tells its victims
        f = S.folded
        civil = armed = off_duty = False
        for km in S.kills():
            lo, _ = self._clause(S, km.start(), km.end())
            before = f[max(lo, km.start() - 80):km.start()]
            if re.search(r"\b(?:no|not|never|without|sans|aucun\w*|ni)\b\s+(?:\w+\s+){0,2}$", before):
                continue
            after = f[km.end():min(S.end, km.end() + 80)]
            if re.search(r"(?:to death|alive)$", km.group(0)) and not PASSIVE_BEFORE.search(f[max(lo, km.start() - 30):km.start()]):
                # "beat a detainee to death", "burned two herders alive": the victim sits inside the verb phrase
                a = km.start() + len(km.group(0).split()[0])
                subject, obj = None, f[a:km.end()]
                b = km.end()
            elif PASSIVE_BEFORE.search(f[max(lo, km.start() - 30):km.start()]):
                a, b = _passive_subject(f, lo, km.start()), km.start()
                subject, obj = f[a:b], None
            elif co := _CO_VERB.match(f, km.end(), S.end):
                # "killed and decapitated a herder": the second verb's object is the victim of both
                subject, obj = None, f[co.end():min(S.end, co.end() + 80)]
                a, b = co.end(), min(S.end, co.end() + 60)
            elif re.match(r"\s*(?:[.,;]|$|(?:and|in|on|at|near|by|during|when|while|after|following|dans|pres|par|lors|apres)\b)", after):
                # "One individual killed.", "wounded after armed men seized his vehicle": a participle
                # tells what happened to the words before it, when they are a short noun phrase
                subject, obj = f[lo:km.start()], None
                if len(subject.split()) > 5:
                    continue
                a, b = lo, km.start()
            else:
                subject, obj = None, after
                a, b = km.end(), min(S.end, km.end() + 60)
            if _OFF_DUTY.search(f, a, min(b, a + 60)) and not re.search(r"(?<![\w-])(?:and|et|as well as)(?![\w-])", f[a:min(b, a + 60)]):
                # "killed a retired gendarme", "shot two soldiers home on leave": people
                # of a force off duty are no party under arms (unless others are named beside them)
                civil = off_duty = True
                continue
            if any(a <= m.start and m.end <= b and m.label == "Actor" and m.cls in ARMED and not m.relational and
                   f[m.start:m.end] not in _POSSESSIVES and   # "seized their goods": the owners, not the victims
                   # "militiamen attacked merchants and killed two of them": not the killers themselves
                   not (f[m.start:m.end] in ("them", "him", "her", "eux", "lui") and
                        any(o.eid == m.eid and lo <= o.start and o.end <= km.start() for o in S.ms if o.label == "Actor")) and
                   not (m.cls == "Militia" and CIVILIAN_OBJECT.match(" " + f[m.start:b])) for m in S.ms):
                armed = True   # "a MINUSMA driver was wounded", "wounded a GATIA officer"
            elif obj is not None and (FIGHTER_OBJECT.match(obj) or ARMED_WORDS.search(" ".join(obj.split()[:8])) or
                                    re.match(r"\s*(?:(?:\w+)\s+){0,3}(?:soldiers?|troops|gendarmes?|policem[ae]n|police officers|"
                                             r"guards?|peacekeepers?|soldats?|militaires?|policiers?|casques bleus)\b", obj)):
                armed = True
            elif subject is not None and (SOLDIER_WORDS.search(subject) or FIGHTER_ANY.search(subject)):
                armed = True
            elif obj is not None and CIVILIAN_OBJECT.match(obj) or subject is not None and CIVILIAN_ANY.search(subject):
                civil = True
            elif obj is not None and _PRONOUN_OBJECT.match(obj):
                # "broke into the house of a trader, robbing and killing him": the pronoun is the
                # person the attack was aimed at, named between the attack's word and the killing
                at = min((e.at for e in evs if e.sent == S.no and e.at >= lo), default=None)
                aimed = f[at:km.start()] if at is not None else ""
                if CIVILIAN_ANY.search(aimed) and not (SOLDIER_WORDS.search(aimed) or FIGHTER_ANY.search(aimed) or
                                                       ARMED_WORDS.search(aimed)):
                    civil = True
        if not civil or armed:
            return
        for ev in evs:
            at = ev.at if ev.span[0] <= ev.at < ev.span[1] else ev.span[0]
            # a convoy or truck a force hires is driven by civilians: "a water truck chartered by
            # MINUSMA ... its two drivers killed", "a civilian convoy supplying MINUSMA"
            hired = off_duty or _HIRED.search(f, max(ev.span[0], at - 60), min(ev.span[1], at + 60))
            if not hired and any((self.gaz.cls(a) or self._new_cls(st, a)) in STATE | NONSTATE for a in ev.actors("TARGETED")):
                continue
            if not hired and _FORCE_POST.search(f, at, ev.span[1]):
                # "attacked a checkpoint ... two civilians were wounded": an attack on a force (a camp
                # named alone may be herders': "raided a camp and shot nine herders"), as in ``_tolls``
                continue
            ev.cls = "ViolenceAgainstCivilians"

    def _fighting_in_operation(self, st: RuleState, S: Sent, here: list[Ev]) -> None:
        """An operation in which the forces killed or wounded fighters ("conducted an operation and
        killed five militants", "... Around 30 militants were killed") holds a clash: fighting
        between the forces and the group, PART_OF the operation. The clash leads (it is what
        happened), holds the toll; the arms and motorbikes seized or destroyed stay the operation's."""
        ops = [e for e in here if e.cls == "MilitaryOperation"]
        op = ops[0] if ops else None
        if op is None:
            # ("Some 30 fighters died, and weapons and motorbikes were seized": a seizure told beside
            # the dead, with no one named as its author or target, is the operation's, merged below)
            # ("An exchange of fire took place.": a fight told as such in the sentence after
            # the operation, with no one else named, is its fighting)
            told = [e for e in here if not (e.cls == "Attack" and not e.slots)]
            if told and not (len(told) == 1 and told[0].cls == "Clash" and told[0].sent == S.no and not told[0].earlier
                             and not any(a for (_, a) in told[0].slots)):
                return
            cur = self._ev(st, st.current)
            if cur is not None and cur in here:
                cur = next((e for e in reversed(st.events) if e not in here), None)
            if cur is None or cur.cls != "MilitaryOperation" or S.no - cur.last_sent > 1:
                return
            op = cur
            if told and st.events.index(told[0]) > st.events.index(op) and \
                    (not told[0].date or not op.date or overlaps(told[0].date, op.date)):
                fight = told[0]
                st.events.remove(fight)
                st.events.insert(st.events.index(op), fight)
                st.ev_rels.append((fight.key, "PART_OF", op.key, None, (S.start, S.end), S.quote))
                for (pred, a), v in op.slots.items():
                    fight.slots.setdefault(("PARTICIPANT", a), v)
                if not fight.place and op.place:
                    fight.place, fight.place_ev = op.place, op.place_ev   # where the operation was told
                if not fight.date and op.date:
                    fight.date, fight.precision, fight.date_kind, fight.date_ev = op.date, op.precision, op.date_kind, op.date_ev
                return
            if told:
                return
        fight = next((e for e in here if e.cls == "Clash" and e.sent == op.sent == S.no), None)
        if fight is not None and not any(e.cls in ("Explosion", "ViolenceAgainstCivilians", "Kidnapping") for e in here) \
                and st.events.index(fight) > st.events.index(op):
            # "forces conducting an operation exchanged fire with gunmen": the fight told as such leads,
            # PART_OF the operation, as the fighting found below does
            st.events.remove(fight)
            st.events.insert(st.events.index(op), fight)
            st.ev_rels.append((fight.key, "PART_OF", op.key, None, (S.start, S.end), S.quote))
            if fight.toll is None and op.toll is not None:
                fight.toll, fight.toll_ev, op.toll, op.toll_ev = op.toll, op.toll_ev, None, None
            st.current = fight.key   # the dead told next are the fight's
            return
        if any(e.cls in ("Explosion", "Clash", "ViolenceAgainstCivilians", "Kidnapping") for e in here):
            return   # the killing has its own event (a strike, a fight told as such, a massacre)
        f = S.folded
        fought = False
        parties: list[Mention] = []
        for km in S.kills():
            lo, _ = self._clause(S, km.start(), km.end())
            # "killed (or captured) an unspecified number of militants", "the killing or capture of"
            k2 = _KILLED_OR_CAUGHT.match(f, km.end()).end()
            after = f[k2:min(S.end, k2 + 80)]
            # "15 presumed militants killed and 5 captured": a participle after its noun phrase
            participle = re.match(r"\s*(?:[.,;]|$|(?:and|or|in|near|during|et|ou|dans|lors)\b)", after)
            if PASSIVE_BEFORE.search(f[max(lo, km.start() - 30):km.start()]) or participle:
                a = _passive_subject(f, lo, km.start())
                subject = f[max(a, km.start() - 90):km.start()]
                fallen = [m for m in S.ms if a <= m.start and m.end <= km.start() and m.label == "Actor" and
                          m.cls in NONSTATE and not m.relational]
                if FIGHTER_ANY.search(subject) or fallen:
                    fought = True
                    # ("Three JNIM fighters were killed, one captured and a truck destroyed": the group of the
                    # fallen fought)
                    parties += fallen or [m for m in S.ms if max(lo, km.start() - 90) <= m.start and m.end <= km.start()
                                              and m.label == "Actor" and m.cls in NONSTATE and not m.relational]
            elif self._fighters_named(S, k2):
                fought = True
        if not fought:
            # the dead told by a verb with no object ("Some 20 militants died", "lost their lives",
            # "une vingtaine de jihadistes ont péri"): its subject, like a passive's, says who died
            for km in _DIED.finditer(f, S.start, S.end):
                lo, _ = self._clause(S, km.start(), km.end())
                a = _passive_subject(f, lo, km.start())
                if FIGHTER_ANY.search(f, max(a, km.start() - 90), km.start()) or any(
                        a <= m.start and m.end <= km.start() and m.label == "Actor" and m.cls in NONSTATE and not m.relational
                        for m in S.ms):
                    fought = True
                    break
        if not fought:
            return
        clash = Ev(st.next_key, "Clash", S.no, (S.start, S.end), S.quote, op.date, op.precision, op.date_kind, op.date_ev,
                   op.place, op.place_ev, last_sent=S.no, words={"clash"}, at=op.at if op.sent == S.no else S.start)
        st.next_key += 1
        st.by_key[clash.key] = clash
        st.events.insert(st.events.index(op), clash)
        for (pred, a), v in op.slots.items():
            clash.slots[("PARTICIPANT", a)] = v
        for m in parties:
            self._slot(clash, "PARTICIPANT", m.eid, None, S, m)
        looting = [e for e in here if e.cls == "Attack" and e is not op]
        for e in looting:
            self._merge_into(st, op, e)
            here.remove(e)
        if op.toll is not None and op.toll_ev and S.start <= op.toll_ev[0] < S.end:
            clash.toll, clash.toll_ev, op.toll, op.toll_ev = op.toll, op.toll_ev, None, None
        elif S.tolls:
            # "killed five militants": the dead of the fighting
            tl = S.tolls[0]
            clash.toll = ({"range": 0, "exact": 1, "approx": 1, "min": 2, "max": 2}[tl.kind], tl.lo, tl.hi, tl.kind)
            clash.toll_ev = (tl.start, tl.end, S.quote, "head" if S.no == 0 else "body")
        here.insert(0, clash)
        st.ev_rels.append((clash.key, "PART_OF", op.key, None, (S.start, S.end), S.quote))
        st.current = op.key

    def _fighters_named(self, S: Sent, b: int) -> bool:
        """The object of a killing verb ending at ``b`` names fighters, however long the noun phrase
        ("killed around thirty presumed JNIM militants", "killed an undetermined number of alleged
        JNIM or ISGS fighters", "killing JNIM's deputy emir and nine of his men"), and
        no civilians ("killed two herders suspected of supporting militants")."""
        stop = re.search(r"[;:(]|[,.](?!\d)|\b(?:while|when|after|before|during|who|whom|which|(?:suspected|accused) of)\b",
                         S.folded[b:S.end])
        e = b + stop.start() if stop else S.end
        fighters = FIGHTER_OBJECT.match(S.folded, b, e)
        if CIVILIAN_OBJECT.match(S.folded, b, e) and not fighters:
            return False
        return bool(fighters or FIGHTER_ANY.search(S.folded, b, e)) or any(
            b <= m.start and m.end <= e and m.label == "Actor" and m.cls in NONSTATE for m in S.ms)

    @staticmethod
    def _occasion(S: Sent, b: int, ev: Ev) -> bool:
        """An event this sentence tells after "after", "following", "en représailles à" past an accusation
        that ends at ``b`` ("accused of acting in reprisal after an attack on their post"): the occasion of
        the deed charged, not that deed."""
        if ev.sent != S.no or ev.at < b:
            return False
        return bool(_OCCASION.search(S.folded, b, ev.at))

    @staticmethod
    def _in_relative(S: Sent, a: int, b: int) -> bool:
        """Position ``a`` lies in a relative clause (", qui ...", ", which ...", up to the next comma)
        that does not hold position ``b``."""
        for r in _RELATIVE_AFTER.finditer(S.folded, S.start, S.end):
            end = S.folded.find(",", r.end(), S.end)
            end = S.end if end < 0 else end
            if r.start() < a < end and not r.start() < b < end:
                return True
        return False

    @staticmethod
    def _report_day(st: RuleState):
        """The day the report was published or filed (its dateline), when known to the day: what a
        communiqué's list of the day's incidents happened on, when no event dated the story yet."""
        if st.ref.day and st.ref.source in ("published", "dateline") and not st.ref.lower_bound:
            return SimpleNamespace(date=st.ref.day.isoformat(), precision="day")
        return None

    def _told_day(self, st: RuleState):
        """The event being told, if it has a day; else the last event of the last sentences that has one
        (an undated detail told since, "les passagers ont été évacués", does not reset the story's day)."""
        ev = self._ev(st, st.current)
        if ev and ev.date and (ev.precision or "day") == "day":
            return ev
        for e in reversed(st.events[-6:]):
            if st.sentence_no - e.last_sent > 4:
                break
            if e.date and (e.precision or "day") == "day":
                return e
        if st.counted_day and st.sentence_no - st.counted_day[1] <= 4:
            return SimpleNamespace(date=st.counted_day[0], precision="day")
        return None

    def _verbless_date(self, st: RuleState, S: Sent, t: Trigger, trigs):
        """The date of an event told by a killing verb alone ("Between 7 and 10 July, militiamen
        killed three farmers"): the date that verb owns among the sentence's triggers and speech
        verbs, else the date opening the sentence or its paragraph."""
        owner = self._assign_dates(S, [x for x in trigs if x is not t] + [t], self._speech_acts(S))
        return owner.get(id(t)) or self._block_frame(st, S) or self._frame_date(S)

    def _block_frame(self, st: RuleState, S: Sent):
        """The date that opened the paragraph ("On 28 April 2020, X intercepted ... Nine were
        abducted"): later sentences of the paragraph tell the same day unless they date themselves."""
        if st.block_first:
            st.block_frame = self._frame_date(S) or self._opening_time(S)
            return None
        if st.block_frame is not None and not S.dates:
            return st.block_frame
        return None

    def _opening_time(self, S: Sent):
        """The day a paragraph's first sentence says the story began on, when that is all it says
        ("The violence began on the night of 31 December.", "Tout a commencé dans la nuit du 4 mai."):
        it frames the paragraph as an opening date would; None otherwise."""
        if len(S.dates) != 1 or S.dates[0].precision != "day" or S.keys.isdisjoint(_BEGAN_WORDS):
            return None
        m = _BEGAN.search(S.folded, S.start, S.dates[0].start)
        return S.dates[0] if m and not S.folded[m.end():S.dates[0].start].count(",") else None

    def _frame_date(self, S: Sent):
        """A date that opens the sentence ("On 24 November 2020, ...", "Le 3 mars, ...",
        "Around 7 December 2020 (...)") frames all of it."""
        for d in S.dates:
            lead = S.folded[S.start:d.start]
            dl = _DATELINE_LEAD.match(lead) if "," in lead else None
            if dl:
                lead = lead[dl.end():]   # "BAMAKO, 29 octobre 2020 - La nuit du samedi 7 mars 2015, ...": after the dateline
            if re.match(r"(?:since|depuis|by|until|jusqu)", S.folded[d.start:d.end]) or d.kind == "relative" and \
                    re.search(r"\b(?:apres|after|later|plus tard)\b", S.folded[d.start:d.end]):
                return None
            if FRAME_LEAD.fullmatch(lead):
                return d
            break
        return None

    def _time_before(self, st: RuleState, S: Sent, at: int, dates: list, frame) -> DateExpr | None:
        """"a year after the killing of 132 people in Solhan", "un an après le massacre de Solhan": the
        event named after the span happened that long before the sentence's own time (its date, else the
        report's), known to the year or the month, not on the day the report tells."""
        m = _span_after(S.folded, max(S.start, at - 60), at)
        if m is None:
            return None
        n = L.NUMBER_WORDS.get(m.group("n") or "a") if not (m.group("n") or "").isdigit() else int(m.group("n"))
        own = [x for x in dates if x.precision in ("day", "month")] + ([frame] if frame else [])
        base = own[0].first_day if own else st.ref.day
        if not n or base is None:
            return None
        if m.group("unit").startswith(("year", "an")):
            return DateExpr(m.start(), m.end(), str(base.year - n), "year", "relative", m.group(0))
        months = base.year * 12 + base.month - 1 - n
        return DateExpr(m.start(), m.end(), f"{months // 12:04d}-{months % 12 + 1:02d}", "month", "relative", m.group(0))

    def _assign_dates(self, S: Sent, trigs: list[Trigger], speech) -> dict:
        """Each date expression goes to one trigger or speech verb: the one it directly modifies
        ("the 20 March attack", "Tuesday's assault", "claimed on Thursday", "a revendiqué samedi"),
        else the nearest one before it (an event is told, then dated), else the nearest after it
        (a date opening the sentence). Dates after "since", "by", "until", and dates of other
        nouns ("les élections du 29 mars") go to nobody."""
        anchors = [(t.start, t.end, id(t), "t") for t in trigs if not t.modal]
        claimed_objs = self._claimed_objects(S, trigs, speech)
        anchors += [(a, b, ("speech", a), "s") for (_, a, b) in speech]
        if speech and not anchors[:len(anchors) - len(speech)]:
            # "Ag Moussa was killed on Tuesday ..., Parly said": a killing verb holds its date even
            # without an event word, so the verb of saying does not take it
            anchors += [(k.start(), k.end(), ("kill", k.start()), "t") for k in S.kills()]
        anchors.sort()
        owner: dict = {}
        if not anchors:
            return owner
        f = S.folded
        for d in S.dates:
            before = f[max(S.start, d.start - 30):d.start]
            after = f[d.end:d.end + 20]
            if re.search(r"\b(?:since|depuis|by|until|till|jusqu'au|jusqu'a|avant le|d'ici|deadline|ultimatum)\s*(?:le\s+|the\s+|la\s+)?$", before) \
                    and not re.search(r"\bdebut\b", f[d.start:d.end]):
                continue
            if d.kind == "relative" and re.match(r"\s+(?:rompu\w*|broken|suspendu\w*|dissou\w*|dissolved|defunct|caduc\w*|obsolete)", after):
                continue
            if re.search(r"\b(?:apparue?s?|creee?s?|fondee?s?|formee?s?|founded|created|formed|established|emerged)\s+(?:\w+\s+)?$", before):
                continue   # "l'ANSIPRJ, un mouvement apparu en juin, a affirmé": when the group was born, not when it spoke
            prev_words = re.findall(r"[a-z0-9']+", before)
            own = f[d.start:d.end]
            if re.match(r"(?:since|depuis|by|until|jusqu)", own):
                continue
            best, strength = None, 0
            # a possessive date belongs to the noun after it, even right after a verb of claiming:
            # "has claimed Friday's suicide assault"
            if re.match(r"'s?\s", after):
                # "yesterday's claim for the attacks": the day of the claim noun, not of the deed it names
                best = next((key for a, b, key, kind in anchors if kind == "s" and a >= d.end and
                             re.fullmatch(r"'s?\s+", f[d.end:a])), None) or \
                    next((key for a, b, key, kind in anchors if kind == "t" and a >= d.end and
                          len(f[d.end:a].split()) <= 3 and not re.search(r"[,;:]", f[d.end:a])), None)
                strength = 3 if best is not None else 0
            # directly follows a speech verb: "claimed on Thursday", "a revendiqué samedi", "said on Tuesday"
            for a, b, key, kind in ([] if best is not None else anchors):
                if kind == "s" and a < d.start <= b + 1 or (kind == "s" and b <= d.start and
                                                            re.fullmatch(r"\s*(?:on|le|ce|this|last|late|early|in)?\s*", f[b:d.start])):
                    best, strength = key, 3
            # directly modifies the next trigger: "the 20 March attack", "Tuesday's assault"
            if best is None:
                for a, b, key, kind in anchors:
                    # (not past an auxiliary: "a worker abducted in Niger in 2016 was released on Monday" is a
                    # new verb whose subject the date closes)
                    if a >= d.end and len(f[d.end:a].split()) <= 1 and not re.search(r"[,;:]", f[d.end:a]) and \
                            not re.match(r"\s*(?:after|before|following|apres|avant|was|were|is|are|has|have|had|been|"
                                         r"est|sont|etait|etaient|a|ont|avait|avaient|fut|furent)\b", f[d.end:a]):   # "freed three weeks later after mediation"
                        best, strength = key, 3
                        break
            if best is None:
                # a date that only modifies another noun: "les élections législatives du 29 mars"
                # (but "dans la matinée du dimanche 14 novembre" is the day itself)
                if prev_words and prev_words[-1] in ("du", "of") and len(prev_words) >= 2 and \
                        prev_words[-2] not in ("matinee", "soiree", "journee", "apres-midi", "nuit", "morning", "evening",
                                               "afternoon", "night") and \
                        not any(b <= d.start and len(f[b:d.start].split()) <= 2 for a, b, key, kind in anchors):
                    continue
                pre = [(a, b, key) for a, b, key, kind in anchors if b <= d.start]
                post = [(a, b, key) for a, b, key, kind in anchors if a >= d.end]
                if pre:
                    a, b, key = pre[-1]
                    between = f[b:d.start]
                    reported = isinstance(key, tuple) and len(between.split()) > 2 and post
                    # not across a relative clause: "The attack piles pressure on X, who seized power in a
                    # coup in January" dates the coup
                    if len(between.split()) <= 30 and not reported and not OTHER_CLAUSE.search(between) and \
                            not re.search(r"\b(?:since|depuis|after|apres|before|avant|until|jusqu)\b", between) and \
                            not _RELATIVE_CLAUSE.search(between):
                        best, strength = key, 2
                        claim = claimed_objs.get(key)
                        if claim is not None and re.fullmatch(r"\s*(?:on|in|this|last|late|early|le|ce|cette|en|au)?\s*", between):
                            best = claim   # "claimed responsibility for the attack on Saturday": the claim's day
                if best is None and post and \
                        not re.search(r"\b(?:since|depuis|after|apres|before|avant|until|jusqu)\b", f[d.end:post[0][0]]):
                    # not "dissolved the militia on Sunday, a day after gunmen killed ..."
                    best, strength = post[0][2], 1
            if best is None:
                continue
            cur = owner.get(best)
            if cur is None or strength > cur[1]:
                owner[best] = (d, strength)
        frame = self._frame_date(S)
        if frame is not None:
            for a, b, key, kind in anchors:
                cur = owner.get(key)
                if a < frame.end or cur is None or cur[0] is frame or cur[1] >= 3:
                    continue
                d = cur[0]
                if kind == "s" and d.start >= b and len(f[b:d.start].split()) > 1:
                    owner[key] = (frame, 2)   # "On Monday, the army said it killed ... on Saturday"
                    continue
                # the date opening the sentence dates its verbs; a later date far from the verb or
                # behind a comma tells of something else ("demonstrated ... against the arrest of X in
                # early May", "the victim had already been attacked in 2018"), and "two days earlier"
                # is counted from another moment
                gap = f[b:d.start] if d.start >= b else ""
                if len(gap.split()) > 6 or re.search(r"[,;(]", gap) or ANAPHORIC_DATE.search(d.text):
                    owner[key] = (frame, 2)
        return {k: v[0] for k, v in owner.items()}

    def _border_place(self, st: RuleState, S: Sent, trigs: list[Trigger], border: list) -> dict:
        """"près de la frontière avec le Burkina Faso", "near the border with Niger" and no other
        place: the event is in the border area on the side of the country the report is about (one
        says "the border with X" from the other side), else, when the report names no other
        country, in the country named. A country is as precise as the text is."""
        named = {self.gaz.country_of(m.eid) or m.eid.split(":", 1)[1].upper() for m in border}
        side = next((cc for cc, _ in st.countries.most_common() if cc not in named), None)
        eid = f"place:{side.lower()}" if side and f"place:{side.lower()}" in self.gaz.info else border[0].eid
        return {id(t): eid for t in trigs if abs(S.tok_at(border[0].start) - t.ti) <= 25}

    def _assign_places(self, st: RuleState, S: Sent, trigs: list[Trigger]) -> dict:
        """Each trigger takes the most specific place of its clause that is not an origin
        ("from Mali"), a destination ("arrived in Bamako"), a group's name ("the Kel Talataye
        community"), or the country of a possessive ("Niger's army"); containers ("Bamba (Bourem)",
        "Yorou, in Koro"), landmarks ("Tizimizi, 13 km from Ansongo", "Tama near Wakara") and the
        seat of an institution ("the Governorate of Taoudenni") come after the places they serve.
        Between two places the event is at their common cercle (or a deeper common area), else at
        the first named: "between Ansongo and Gao" is on the Ansongo road, not anywhere in the region."""
        gaz = self.gaz
        places, border = [], []
        for m in S.ms:
            if m.label != "Place" or m.how == "coref" or m.dateline or m.metonymy:
                continue
            before = S.folded[max(S.start, m.start - 60):m.start]
            after = S.folded[m.end:m.end + 3]
            if after.startswith("'s") and not POSSESSED_AREA.match(S.folded, m.end):
                continue   # "Niger's army"; but "Timbuktu's outskirts", "Gao's main market" are in the town
            if ORIGIN.search(before) and not DISTANCE_FROM.search(before) and not _ROAD_BEFORE.search(before) or \
                    TIME_OTHER.search(before):
                continue   # "from Mali", but not "12 km from Kouakourou"
            where_clause = bool(re.search(r"^\s*,?\s*(?:ou|where)\b", S.folded[m.end:m.end + 10]))
            if MOTION.search(before) and not where_clause and not NEAR_BEFORE.search(before):
                continue
            if re.search(r"\b(?:border|frontiere|borders|frontieres|bordering)\s+(?:with\s+|avec\s+)?(?:the\s+|le\s+|la\s+)?$", before) \
                    or re.search(r"\b(?:borders? (?:with|between)|frontiere (?:avec|entre))\s+(?:\w+\s+){0,4}$", before):
                if m.cls == "Country":
                    border.append(m)
                continue
            if GROUP_BEFORE.search(before) or GROUP_AFTER.match(S.folded, m.end) or HOME_COMPOUND.match(S.folded, m.end):
                continue
            if NEAR_TOLD_PLACE.search(before):
                continue   # "ce village proche de Sangha": the village already told, not Sangha
            if _SPOKEN_AT.search(before):
                continue   # "..., a annoncé jeudi à Pretoria la ministre": where the news was told
            if NOT_A_PLACE_AFTER.match(S.folded, m.end) or re.search(r"\b(?:river|fleuve)\s+(?:du\s+|de\s+la\s+)?$", before):
                continue   # "the Niger River", "le fleuve Niger"; "Yoro Ould Daha" is a man
            if S.orig[max(S.start, m.start - 3):m.start].rstrip().endswith(("«", '"', "“")) and \
                    S.orig[m.end:m.end + 3].lstrip().startswith(("»", '"', "”")):
                continue   # the boat « Tombouctou », operation "Gao": a name in quotes names a thing
            places.append(m)
        if not places:
            if border:
                return self._border_place(st, S, trigs, border)
            return {}   # no place to own a trigger, nor a free one
        # "le bateau qui assurait la liaison entre Gao et Mopti a été attaqué à hauteur de Bamba": the
        # ends of a route are not where the event took place when the clause names another place
        ends = [m for m in places if _ROUTE_ENDS.search(S.folded, max(S.start, m.start - 60), m.start)]
        if ends and len(ends) < len(places):
            places = [m for m in places if m not in ends]
        # what a place the text locates is in or near (a pack place's container only where the pack agrees)
        if S.links is None:
            S.links = place_links(S, gaz, st)
        served = {id(ln.outer) for ln in S.links if ln.inner in places and
                  (ln.how == "near" or ln.inner.eid not in gaz.info or ln.outer.eid in gaz.ancestors(ln.inner.eid))}
        inner = []
        for m in places:
            contained = id(m) in served or any(o is not m and m.eid in gaz.ancestors(o.eid) for o in places) or \
                bool(SEAT_BEFORE.search(S.folded, max(S.start, m.start - 40), m.start))
            inner.append((m, contained))
        # "191 km northeast of Gao": the event is far from Gao; another place of the clause is better
        # nor is it at the town a road leads to ("65 km west of Menaka on the road toward Ansongo")
        far = {id(m) for m in places if _far_from(S.folded[max(S.start, m.start - 60):m.start]) or
               ROAD_TO.search(S.folded, max(S.start, m.start - 40), m.start)}
        owner = {}
        for t in trigs:
            cands = [(m, c) for m, c in inner]
            if not cands:
                continue
            # the deepest places first, then the nearest to the trigger
            def score(mc):
                m, contained = mc
                dist = abs(S.tok_at(m.start) - t.ti)
                # at equal distance the place after the verb ("attacked a post in A and ambushed a
                # convoy in B": B is the ambush's, A the attack's)
                return (contained, id(m) in far, dist, m.start < t.start)
            cands.sort(key=score)
            best, contained = cands[0]
            # two distinct specific places for one event ("la double attaque de Boulkessi et Mondoro",
            # "between Dala and Douentza"): their common cercle or deeper area, else the first named
            distinct = [m for m, c in inner if not c and m.eid != best.eid and abs(S.tok_at(m.start) - t.ti) <= 25]
            between = re.search(r"\b(?:between|entre)\s+(?:\w+\s+){0,3}$", S.folded[max(S.start, best.start - 30):best.start]) or \
                any(re.search(r"\b(?:between|entre)\s+(?:\w+\s+){0,3}$", S.folded[max(S.start, m.start - 30):m.start]) for m in distinct)
            if not between:
                # "l'axe Boni-Douentza", "the Boni-Douentza road" is the road between Boni and Douentza
                other = _road_partner(S, places, best)
                if other is not None:
                    between = True
                    distinct = [other] + [m for m in distinct if m.eid != other.eid]
            if distinct and (between or re.search(r"\b(?:double|twin|two|both|deux|simultaneous|simultanees?|coordinated|coordonnees?)\b",
                                                  S.folded[max(S.start, t.start - 20):t.end])):
                common = set(self._place_ancestors(st, best.eid)) | {best.eid}
                for m in distinct:
                    common &= set(self._place_ancestors(st, m.eid)) | {m.eid}
                local = [c for c in common if self._admin_depth(st, c) >= 2] if between else []   # a cercle or deeper
                if local:
                    owner[id(t)] = max(local, key=lambda i: self._admin_depth(st, i))
                    continue
                if between:
                    owner[id(t)] = min([best] + distinct, key=lambda m: m.start).eid
                    continue
                named = [m.eid for m, c in inner if m.eid in common]
                if named:
                    owner[id(t)] = max(named, key=lambda i: len(self._place_ancestors(st, i)))
                    continue
            owner[id(t)] = best.eid
        free = {m.eid for m, c in inner if not c and id(m) not in far}
        if len(free) == 1:
            eid = next(iter(free))
            if self._admin_depth(st, eid) >= 2 or (place_class(gaz, st, eid) or "Settlement") == "Settlement":
                S.free_place = eid
        return owner

    def _place_ancestors(self, st: RuleState, eid: str) -> list:
        """The containers of a place, the text's own for a place it created ("Tizimizi, 13 km from
        Ansongo" → Ansongo's cercle), innermost first."""
        out: list = []
        seen = {eid}
        cur = eid
        while cur is not None:
            ne = st.new_entities.get(cur)
            if ne is None:
                out += [a for a in sorted(self.gaz.ancestors(cur), key=lambda a: -len(self.gaz.ancestors(a))) if a not in seen]
                break
            cur = ne.parent
            if cur is None or cur in seen:
                break
            seen.add(cur)
            out.append(cur)
        return out

    def _admin_depth(self, st: RuleState, eid: str) -> int:
        """0 for a country, 1 for a region, 2 for a cercle, 3 for a town: from the pack's place
        ids (``place:ml/gao/ansongo``), one below its container for a place the text created."""
        k = 0
        while eid in st.new_entities and k < 5:
            eid, k = st.new_entities[eid].parent, k + 1
        return k + eid.count("/") if eid and eid.startswith("place:") else k

    def _deeper(self, st, new: str, old: str) -> bool:
        return old in self._place_ancestors(st, new)

    def _better_date(self, ev: Ev, d: DateExpr) -> bool:
        if not ev.date:
            return True
        order = {"day": 0, "month": 1, "year": 2}
        if order[d.precision] < order.get(ev.precision, 3):
            return overlaps(ev.date, d.value) or ev.date_kind == "relative"
        if "/" in d.value and "/" not in ev.date and d.precision == ev.precision == "day":
            # a night refines the day told ("On 6 April ... in the night of 5 to 6 April"), and
            # any window refines "yesterday"; but a span holding a day the text states covers
            # more than this event ("two attacks on 28 and 29 May", "operations from 24 to 29 May")
            return overlaps(ev.date, d.value) and (ev.date_kind not in ("explicit", "partial") or
                                                   bool(NIGHT_WORD.search(d.text or "")))
        return False

    def _join_or_new(self, st: RuleState, S: Sent, t: Trigger, d, p, here: list[Ev], occasion: tuple | None = None) -> Ev | None:
        """The event a trigger tells: one already told (same sentence, "this attack", the same
        place and date, the same hostage) or a new one. An ``occasion`` (the event another deed of the
        sentence answered) is never that deed, nor is the deed the occasion."""
        compat = self._compatible(t.cls)
        lemma = _lemma(t.text)
        # same sentence: a second trigger of the same family is the same event ("the assault ... the
        # deadliest attack", "enlevé ... emmené") unless it brings its own date or place
        # "attacked the village of X in Koro, killed four farmers and seized livestock": a verb of
        # the same chain whose place was only named before it keeps the event of the chain
        chained = t.verb and p and not self._own_place(S, t, p)
        # "residents ransacked the prefecture and burned a vehicle": the verbs of a riot are the riot
        here_compat = compat | ({"Protest"} if t.verb and t.cls in ("Attack", "ViolenceAgainstCivilians") else set())
        # "intercepted vehicles and abducted the passengers", "robbed travellers and abducted the driver":
        # the hold-up was the abduction (not when people died, or the target was a force)
        if t.cls == "Kidnapping" and t.verb:
            for ev in reversed(here):
                if ev.cls in ("Attack", "ViolenceAgainstCivilians") and ev.words and all(_HOLDUP.match(w) for w in ev.words) and S.toll_max < 2 and \
                        not any((self.gaz.cls(a) or self._new_cls(st, a)) in STATE for a in ev.actors("TARGETED")) and \
                        (not d or not ev.date or overlaps(ev.date, d.value)):
                    ev.cls = "Kidnapping"
                    return ev
        for ev in reversed(here):
            if ev.earlier and not (d and ev.date and overlaps(ev.date, d.value)):
                continue   # "a year after the Solhan massacre, gunmen killed ...": another event than the one before
            if (ev.occasion is None) != (occasion is None) and ev.sent == S.no:
                continue
            if ev.cls in here_compat and (not d or not ev.date or overlaps(ev.date, d.value)) and \
                    (not p or not ev.place or chained or self._place_ok(p, ev.place, st)):
                if t.definite or t.verb or not (d or p) or (p and ev.place and self._place_ok(p, ev.place, st)):
                    self._upgrade(ev, t.cls)
                    # "attacked the post using two car bombs", "targeted the camp with mortar shells", "destroyed
                    # by a mine": the attack was the explosion, unless gunmen also fired on the target
                    if ev.cls == "Attack" and t.cls == "Explosion" and not _GUNFIRE.search(S.folded, S.start, S.end):
                        ev.cls = "Explosion"
                    return ev
        victims = {m.eid for m in S.ms if m.cls == "Person"}
        if victims and t.cls in VIOLENT:
            compat = compat | (VIOLENT - {"Kidnapping"} if t.cls != "Kidnapping" else set())
        recent = [ev for ev in st.events[-WINDOW:] if ev.cls in compat and S.no - ev.last_sent <= 12
                  and not (ev.sent == S.no and (ev.occasion is None) != (occasion is None))]
        if t.definite and t.plural and not d and \
                re.search(r"\b(?:both|two|three|four|deux|trois|quatre)\s+$", S.folded[max(S.start, t.start - 12):t.start]):
            p = None   # "les deux attaques ont été revendiquées par X, qui ... Tombouctou": the attacks told, not a place
        elif t.definite and not d and p and recent:
            # "l'attaque a été revendiquée par X, qui avait annoncé le blocus de Y": Y is the relative clause's,
            # the attack is the one told
            pm = next((m for m in S.ms if m.eid == p), None)
            if pm is not None and self._in_relative(S, pm.start, t.start):
                p = None
        best = None
        for ev in reversed(recent):
            date_ok = not d or not ev.date or (overlaps(ev.date, d.value) and not _day_in_series(ev.date, d.value))
            # "under the terms of the agreement, the jihadists lift the blockade of X": the deal just
            # told, whatever place its sentence names
            told_talks = t.cls in ("Negotiation", "Agreement") and ev.cls in ("Negotiation", "Agreement") and \
                t.definite and not d and S.no - ev.last_sent <= 2
            place_ok = not p or not ev.place or self._place_ok(p, ev.place, st, S) or told_talks
            if not (date_ok and place_ok):
                continue
            same_cls = ev.cls == t.cls or (t.cls == "ViolenceAgainstCivilians" and ev.cls == "Attack") or \
                (t.cls == "Attack" and ev.cls == "ViolenceAgainstCivilians")
            same_place = p and ev.place and self._place_ok(p, ev.place, st, S)
            same_date = d and ev.date and overlaps(ev.date, d.value)
            if t.cls == "Release" and ev.cls == "Release" and not victims and \
                    any((self.gaz.cls(v) or self._new_cls(st, v)) == "Person" for v in ev.actors("VICTIM")) and \
                    _PRISONERS.search(S.folded, S.start, S.end):
                continue   # "in exchange, some 200 prisoners were freed": another release than the hostages'
            if t.cls in ("Release", "Kidnapping") and d and victims and not (victims & ev.actors("VICTIM")) and \
                    any((self.gaz.cls(v) or self._new_cls(st, v)) == "Person" for v in ev.actors("VICTIM")):
                continue   # "Jocelyn Elliott was freed three weeks later": another hostage, on a day of her own
            shared_victim = bool(victims & ev.actors("VICTIM")) and (
                t.cls in ("Kidnapping", "Release") or (t.cls in VIOLENT and ev.cls in VIOLENT and t.cls != "Kidnapping"))
            anaphoric = t.definite and not d and not p
            near = S.no - ev.last_sent <= 2
            ok = False
            if same_place and (same_date or not d or not ev.date) and (same_cls or t.definite):
                ok = True
            elif shared_victim:
                ok = True
            elif anaphoric and (same_cls or lemma in ev.words):
                ok = True
            elif same_cls and near and not p and (same_date or not d or not ev.date) and (t.verb or t.definite or same_date):
                ok = True
            elif t.cls in ("Negotiation", "Agreement") and ev.cls in ("Negotiation", "Agreement") and near and not d and not p:
                ok = True   # "Negotiations continue": the talks just told
            elif told_talks:
                ok = True
            elif same_cls and near and not d and not p and t.cls in VIOLENT and \
                    _SITE_TOLD.search(S.folded, max(S.start, t.start - 40), t.start):
                ok = True   # "Le village a été visé en fin de matinée": the village of the event just told
            elif same_cls and near and ev.weak and not ev.date and not ev.place:
                ok = True   # a headline told it without date or place; the lede gives them
            elif t.cls == "Explosion" and ev.cls == "Attack" and ev.key == st.current and S.no - ev.last_sent <= 1 and \
                    (not d or same_date) and (not p or same_place) and not _GUNFIRE.search(S.folded, S.start, S.end) and \
                    not _GUNFIRE.search(fold(ev.evidence)):
                ok = True   # "the camp came under attack. Some six mortar shells hit the camp": the attack was the shelling
            elif ev.sent == 0 and S.no <= 3 and same_place and not ev.date:
                ok = True   # "JNIM claims suicide attack on base at Kati", then "Friday's suicide assault on ... Kati"
            if ok:
                # the event whose hostage or victim the sentence names again is the better antecedent
                score = (shared_victim, lemma in ev.words, not ev.weak, ev.last_sent)
                if best is None or score > best[0]:
                    best = (score, ev)
        if best is not None:
            ev = best[1]
            self._upgrade(ev, t.cls)
            if ev.cls == "Attack" and t.cls == "Explosion":
                ev.cls = "Explosion"
            if t.cls == "Kidnapping":
                self._absorb_attack(st, S, ev)
            return ev
        if t.definite and not d and not p and not any(m.label == "Actor" for m in S.ms) and t.cls not in ("Negotiation",):
            return None  # "the attack" with nothing to anchor it
        # an attack on a person's convoy followed by their abduction is one kidnapping
        if t.cls == "Kidnapping":
            cur = self._ev(st, st.current)
            if cur and cur.cls in ("Attack", "ViolenceAgainstCivilians") and S.no - cur.last_sent <= 2 and \
                    not any(self.gaz.cls(a) in STATE for a in cur.actors("TARGETED")) and \
                    not (((cur.toll and (cur.toll[1] or 0) >= 2) or S.toll_max >= 2) and not victims) and \
                    (not d or not cur.date or overlaps(cur.date, d.value)) and (not p or not cur.place or self._place_ok(p, cur.place)):
                cur.cls = "Kidnapping"
                return cur
        ev = Ev(st.next_key, t.cls, S.no, (S.start, S.end), S.quote)
        ev.at = t.start
        ev.weak = not (d or p)
        ev.occasion = occasion
        st.next_key += 1
        st.events.append(ev)
        st.by_key[ev.key] = ev
        return ev

    def _own_place(self, S: Sent, t: Trigger, p: str) -> bool:
        """Whether the place a trigger took is named after it in its clause ("and attacked Y in
        Menaka"), not only before it (inherited from an earlier verb of the sentence)."""
        _, hi = self._clause(S, t.start, t.end)
        return any(m.eid == p and m.label == "Place" and t.end <= m.start < hi for m in S.ms)

    def _absorb_attack(self, st: RuleState, S: Sent, kid: Ev) -> None:
        """"His convoy was attacked ... he was taken away": the attack just told is the kidnapping
        (its date, place and toll go to it), unless it was an attack on a state force."""
        cur = self._ev(st, st.current)
        if cur is None or cur is kid or cur.cls not in ("Attack", "ViolenceAgainstCivilians") or S.no - cur.last_sent > 2:
            return
        if any((self.gaz.cls(a) or self._new_cls(st, a)) in STATE for a in cur.actors("TARGETED")):
            return
        if ((cur.toll and (cur.toll[1] or 0) >= 2) or S.toll_max >= 2) and \
                not any(self.gaz.cls(v) == "Person" or self._new_cls(st, v) == "Person" for v in kid.actors("VICTIM")):
            return   # "6 people were killed and 1 abducted": the killing is the event
        if kid.date and cur.date and not overlaps(kid.date, cur.date):
            return
        if kid.place and cur.place and not self._place_ok(kid.place, cur.place):
            return
        self._merge_into(st, kid, cur)
        st.current = kid.key

    def _merge_into(self, st: RuleState, keep: Ev, drop: Ev) -> None:
        """One event told twice: what ``drop`` knows and ``keep`` does not goes to ``keep``."""
        for attr in ("date", "precision", "date_kind", "date_ev", "place", "place_ev", "toll", "toll_ev",
                     "status", "status_ev", "troops", "troops_ev", "name"):
            if getattr(keep, attr) is None and getattr(drop, attr) is not None:
                setattr(keep, attr, getattr(drop, attr))
        for k, v in drop.slots.items():
            keep.slots.setdefault(k, v)
        keep.weak = keep.weak and drop.weak
        keep.last_sent = max(keep.last_sent, drop.last_sent)
        for k, e in enumerate(st.events):
            if e is drop:
                del st.events[k]
                break
        st.by_key.pop(drop.key, None)
        st.ev_rels = [(keep.key if a == drop.key else a, p, keep.key if b == drop.key else b, c, sp, q)
                      for (a, p, b, c, sp, q) in st.ev_rels]
        if st.current == drop.key:
            st.current = keep.key

    def _upgrade(self, ev: Ev, cls: str) -> None:
        """A massacre told first as an "attack" is violence against civilians; talks that end in
        a ceasefire are the agreement; an operation that killed with a drone strike is the strike;
        a blast in a fight is the fight."""
        if ev.cls == "Attack" and cls == "ViolenceAgainstCivilians":
            ev.cls = cls
        if ev.cls == "MilitaryOperation" and cls == "Explosion":
            ev.cls = cls
        # "mortar shelling and exchanges of gunfire between the army and JNIM", "an explosion followed by an
        # exchange of fire": both sides fought, the blast was part of a fight between organised parties
        if ev.cls == "Explosion" and cls == "Clash":
            ev.cls = cls
        if ev.cls == "Negotiation" and cls == "Agreement":
            ev.cls = cls

    def _compatible(self, cls: str) -> set:
        if cls == "Statement":
            return {"Statement"}
        for group in ONTOLOGY.compatible_classes if hasattr(ONTOLOGY, "compatible_classes") else []:
            if cls in group:
                g = set(group)
                if cls in ("Attack", "Clash", "Explosion", "ViolenceAgainstCivilians"):
                    g.discard("MilitaryOperation")
                if cls == "MilitaryOperation":
                    g = {"MilitaryOperation"}
                if cls == "Kidnapping":
                    g = {"Kidnapping"}
                if cls == "Release":
                    g = {"Release"}
                if cls in ("Negotiation", "Agreement"):
                    g = {"Negotiation", "Agreement"} if cls == "Agreement" else {"Negotiation"}
                return g
        return {cls}

    def _place_ok(self, a: str, b: str, st: RuleState | None = None, S: Sent | None = None) -> bool:
        if a == b or a in self.gaz.ancestors(b) or b in self.gaz.ancestors(a):
            return True
        if st is None or not (a in st.new_entities or b in st.new_entities):
            return False
        # a village the text introduced lies in its containers: those it was given before, or, while
        # its sentence is read, the places that sentence names ("the villages of Tchoma Bangou and
        # Zaroumdareye in the Tillabéri region" is in Niger)
        if a in self._place_ancestors(st, b) or b in self._place_ancestors(st, a):
            return True
        new, known = (a, b) if a in st.new_entities else (b, a)
        if S is not None and not st.new_entities[new].parent:
            # "près de Déou, dans la province de l'Oudalan", "entre Déou et Oursi, dans l'Oudalan": the
            # sentence gives the village its container, or a landmark whose area holds it
            # (the LOCATED_IN is recorded after the events are placed)
            if S.links is None:
                S.links = place_links(S, self.gaz, st)
            for ln in S.links:
                outer = ln.outer.eid if ln.how == "in" else admin_area(self.gaz, st, ln.outer.eid)
                if ln.inner.eid == new and not ln.far and outer and (outer == known or known in self.gaz.ancestors(outer)):
                    return True
        if S is None or st.new_entities[new].parent or known in st.new_entities or self._admin_depth(st, known) > 1:
            return False   # only a country or a region is wide enough to be taken on the sentence's word
        return any(m.eid == known or known in self.gaz.ancestors(m.eid) for m in S.ms
                   if m.label == "Place" and m.eid not in st.new_entities)

    def _op_name(self, S: Sent, t: Trigger) -> str | None:
        m = re.match(r"\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)", S.orig[t.end:t.end + 40])
        if m and m.group(1).split()[0].lower() not in L.NOT_NAMES:
            return f"Operation {m.group(1)}"
        return None

    def _status(self, S: Sent, t: Trigger, ev: Ev) -> None:
        ctx = S.folded[max(S.start, t.start - 80):min(S.end, t.end + 60)]
        order = ["failed", "refused", "concluded", "ongoing", "proposed", "announced"]
        if ev.cls == "Agreement":
            order = ["failed", "refused", "concluded"]
        best = None
        for status in order:
            if STATUS_RX[status].search(ctx):
                best = status
                break
        if ev.cls == "Agreement" and not best:
            best = "concluded"
        if best and (ev.status is None or order.index(best) < order.index(ev.status) if ev.status in order else True):
            ev.status, ev.status_ev = best, (S.start, S.end, S.quote)
        if best == "ongoing" and not ev.date:
            ev.ongoing = True

    # -- slots -------------------------------------------------------------------------------------
    def _fill_slots(self, st: RuleState, S: Sent, t: Trigger, ev: Ev) -> None:
        agents, patients = self._roles(S, t)
        if agents and self._disproved(S, t):
            agents = []
        cls = ev.cls
        if cls in ("Negotiation", "Agreement"):
            self._hostages = set(st.hostages) | {a for e in st.events[-WINDOW:] if e.cls in ("Kidnapping", "Release") for a in e.actors("VICTIM")}
            self._parties(S, t, ev)
            return
        if cls in ("Kidnapping", "Release"):
            # the people of a kidnapping or a release sentence are its hostages, except those who
            # speak of it or greet the freed ("Macron welcomed the release", "il a reçu les otages")
            # (not those another kidnapping of the sentence took: "Enlevé en 2021 à Gao, X a été libéré
            # avec Y, kidnappé en 2016 à Abalak")
            owned = set()
            for o in (S.factual[0] if S.factual else ()):
                if o is not t and o.cls == "Kidnapping" and t.cls == "Kidnapping":
                    owned |= {id(m) for m in self._roles(S, o)[1]}
            for m in S.ms:
                if m.cls == "Person" and m not in agents and m not in patients and not m.relational and id(m) not in owned:
                    patients.append(m)
            patients = [m for m in patients if not (m.cls == "Person" and (self._speaker(S, m) or _GREETS.match(S.folded, m.end, min(S.end, m.end + 40))))]
            patients = [m for m in patients if not self._release_sought(S, m)]
            if cls == "Release":
                # "freed by the al Qaeda-linked JNIM alliance", "libérés par le GSIM": who freed them
                by = re.match(r"\s+(?:by|par)\s+", S.folded[t.end:min(S.end, t.end + 8)])
                if by:
                    pos = t.end + by.end()
                    m = next((x for x in sorted(S.ms, key=lambda x: x.start) if x.label == "Actor" and x.start >= pos and
                              x.cls in NONSTATE | STATE and not self._relational(S, x) and self._words_between(S, pos, x.start) <= 4), None)
                    if m is not None and m not in agents:
                        agents.append(m)
        speaker = self._armed_speaker(S, t)
        if cls in ("Attack", "ViolenceAgainstCivilians") and (S.folded.find("condemn", S.start, t.start) >= 0 or
                                                               S.folded.find("condamn", S.start, t.start) >= 0):
            for m in S.ms:
                if m.label == "Actor" and m.cls not in NONSTATE and self._condemns(S, m, t) and self._own_people_hit(S, m, t):
                    # "MSF condemned the killing of two of its staff": the body whose people were hit
                    self._slot(ev, "TARGETED", m.eid, None, S, m)
        for m in list(agents):
            if self._condemns(S, m, t):
                continue   # who condemns a deed did not do it
            conf = self._hedge(S, m) or "attributed"
            if speaker and m.cls in NONSTATE and conf == "attributed":
                conf = "claimed"   # a group telling its own fighters' deed: "IS said fighters of ISWAP had overrun"
            if cls in ("Attack", "Explosion", "Kidnapping", "ViolenceAgainstCivilians"):
                if m.cls in VICTIM_CLASSES and m.cls != "Organization":
                    continue
                self._slot(ev, "ATTRIBUTED_TO", m.eid, conf, S, m)
            elif cls == "MilitaryOperation":
                if m.cls in NONSTATE or m.cls == "CivilianGroup":
                    continue
                self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
            elif cls in ("Clash", "Negotiation", "Agreement", "Protest", "Release"):
                self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
        for m in patients:
            if self._speaker(S, m) or self._relational(S, m):
                continue   # "..., the government said": who tells the event is not its target; nor is "al-Qaeda's" in "al-Qaeda's affiliate"
            if m.how == "coref" and m.start > t.end and S.folded[m.start:m.end] in _POSSESSIVES:
                continue   # "freed several of their members, unlike his neighbours": a determiner, not the one freed
            if m.how == "coref" and _PART_OF_COUNT.search(S.folded, max(S.start, m.start - 16), m.start):
                continue   # "223 villagers, 56 of them children", "dont 56 d'entre eux": the counted, no actor
            if m.how == "coref" and m.start > t.end and S.folded[m.start:m.end] in _SUBJECT_PRONOUNS:
                continue   # "..., alors qu'il se rendait à": a subject pronoun after the verb opens a clause of its own
            if cls in ("Attack", "Explosion", "ViolenceAgainstCivilians", "Clash"):
                if cls == "Clash":
                    self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
                elif m.cls in VICTIM_CLASSES:
                    self._slot(ev, "VICTIM", m.eid, None, S, m)
                else:
                    self._slot(ev, "TARGETED", m.eid, None, S, m)
            elif cls == "MilitaryOperation":
                if m.cls in STATE:
                    continue
                self._slot(ev, "TARGETED", m.eid, None, S, m)
                if m.cls == "Person" and KILL.search(S.folded[S.start:S.end]):
                    self._slot(ev, "VICTIM", m.eid, None, S, m)
            elif cls in ("Kidnapping",):
                if m.cls in ("Person", "CivilianGroup", "Organization"):
                    self._slot(ev, "VICTIM", m.eid, None, S, m)
            elif cls == "Release":
                if m.cls == "Person":
                    self._slot(ev, "VICTIM", m.eid, None, S, m)
                elif m.cls not in ("CivilianGroup",):
                    self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
            elif cls in ("Negotiation", "Agreement"):
                self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
        # civilians named as a class of victims turn an attack into violence against civilians;
        # so does an attack on a village, a market, a bus ("attacked the village of X")
        looting = re.match(r"(?:destroy|burn|set fire|set ablaze|torch|loot|pillag|ransack|sabotag|detrui|incendi|pill|mis le feu|"
                           r"saccag|made an incursion|incursion|stole|rustl|seized|vol|enleve|rob|extort|racket|stripped|vandal|broke into|"
                           r"braqu|depouill|rancon|extorqu)", t.text)
        if ev.cls == "Attack" and not looting and (any(m.cls == "CivilianGroup" for m in patients) or
                                                   CIVILIAN_TARGET.match(S.folded[t.end:min(S.end, t.end + 60)]) or
                                                   self._civilians_attacked_passive(S, t)):
            if not any((self.gaz.cls(a) or self._new_cls(st, a)) in STATE | NONSTATE for a in ev.actors("TARGETED")):
                ev.cls = "ViolenceAgainstCivilians"
        if ev.cls in ("Attack", "ViolenceAgainstCivilians") and self._crowd_did(st, S, t, ev):
            ev.cls = "Protest"
        if ev.cls in ("Negotiation", "Agreement", "Release"):
            self._mediators(S, t, ev)

    def _release_sought(self, S: Sent, m: Mention) -> bool:
        """The person whose release someone went to seek ("enlevé alors qu'il tentait d'obtenir la libération
        de X", "abducted while negotiating the release of X") is not a hostage of that abduction."""
        before = S.folded[max(S.start, m.start - 60):m.start]
        return ("liberation" in before or "release" in before or "freedom" in before) and bool(_RELEASE_SOUGHT.search(before))

    def _disproved(self, S: Sent, t: Trigger) -> bool:
        """A fact-check says the text does not prove who did it ("ne prouvent pas un massacre commis par
        X", "there is no evidence that X killed them"): the event may be real, its author is not told."""
        return self._disproved_at(S, t.start, t.end)

    def _disproved_at(self, S: Sent, a: int, b: int) -> bool:
        f = S.folded
        if not any(f.find(w, S.start, a) >= 0 for w in ("pas", "rien", "aucun", "no ", "not ", "nothing", "sans")):
            return False   # a cheap gate before the search: most sentences deny nothing
        lo, _ = self._clause(S, a, b)
        return bool(_DISPROVED.search(S.folded, max(S.start, lo - 40, a - 80), a))

    def _civilians_attacked_passive(self, S: Sent, t: Trigger) -> bool:
        """The passive subject of an attack word names civilians or their places: "pilgrims on
        their way home were attacked", "an ambulance run by an NGO was attacked", "le marché a été
        attaqué"; the object of the active verb is read by ``CIVILIAN_TARGET`` already."""
        f = S.folded
        lo, _ = self._clause(S, t.start, t.end)
        pas = PASSIVE_BEFORE.search(f, max(lo, t.start - 30), t.start)
        if pas is None:
            if not (t.verb and bare_participle(S.orig, f, t.start, t.end, lo)):
                return False
            b = t.start   # a headline's participle: "aid workers' car attacked near X"
        else:
            b = pas.start()
        a = _passive_subject(f, lo, b)
        subject = f[a:b]
        if not subject.strip() or len(subject.split()) > 10:
            return False
        if SOLDIER_WORDS.search(subject) or FIGHTER_ANY.search(subject) or ARMED_WORDS.search(subject) or \
                _FORCE_SITE.search(subject):
            return False
        return any(m.label == "Actor" and m.cls == "CivilianGroup" and a <= m.start and m.end <= b for m in S.ms) or \
            bool(CIVILIAN_TARGET.match(subject))

    def _fought_back(self, st: RuleState, S: Sent, here: list[Ev]) -> None:
        """An attack whose target fought back ("village self-defence repelled the attack", "the
        assailants clashed with the militia", "the soldiers returned fire") was armed fighting
        between organised parties: a clash. The responder must be armed (an armed actor, or a
        self-defence group, hunters, soldiers, guards named as such); "the attack was repelled"
        says so by itself."""
        # only an attack of this sentence or the attack just told can turn out a clash: without one,
        # the sentence is not searched for the words
        if not any(e.cls in ("Attack", "ViolenceAgainstCivilians") for e in here):
            cur = self._ev(st, st.current)
            if cur is None or cur.cls not in ("Attack", "ViolenceAgainstCivilians") or S.no - cur.last_sent > 1:
                return
        for fm in FIGHT_BACK.finditer(S.folded, S.start, S.end):
            a = fm.start()
            cands = [e for e in here if e.cls in ("Attack", "ViolenceAgainstCivilians") and 0 <= e.at < a]
            # "militiamen repulsed an attack on the village": the attack is the verb's object
            # (the article a whole word: "repelled attack on a checkpoint" has none)
            obj = re.match(r"\s*(?:(?:an|the|a|their|this|une|la|les|des)(?![\w'-])|l')?\s*", S.folded[fm.end():min(S.end, fm.end() + 12)])
            cands = cands or [e for e in here if e.cls in ("Attack", "ViolenceAgainstCivilians") and e.sent == S.no and
                              e.at == fm.end() + obj.end()]
            cur = self._ev(st, st.current)
            if not cands and cur is not None and cur.cls in ("Attack", "ViolenceAgainstCivilians") and \
                    cur not in here and S.no - cur.last_sent <= 1:
                cands = [cur]
            if not cands:
                continue
            if _NO_FIGHT.search(S.folded, fm.end(), S.end):
                continue   # "the self-defence responded, but the assailants escaped without any clash"
            if _FIGHT_DENIED.search(S.folded, max(S.start, a - 30), a):
                continue   # "the soldiers did not return fire", "n'ont pas riposté", "without fighting back"
            lo, _ = self._clause(S, a, fm.end())
            before = S.folded[max(lo, a - 70):a]
            responders = [m for m in S.ms if m.label == "Actor" and lo <= m.start and m.end <= a and not m.relational
                          and (self.gaz.cls(m.eid) or self._new_cls(st, m.eid)) in ARMED]
            passive = re.search(r"\b(?:was|were|been|a ete|ont ete|est|sont)\s+(?:\w+\s+)?$", before)
            if not (responders or passive or fm.group("hit") or fm.group("fight") or ARMED_WORDS.search(before) or
                    # "Fulani villagers repelled the attack": people who drive off armed assailants took up arms
                    (fm.group(0).startswith(("repel", "repuls", "repouss", "fend", "fought", "fighting", "respond")) and
                     _DEFENDERS.search(before)) or
                    (fm.group(0).startswith(("clash", "affront", "exchang", "echang", "overpower", "overwhelm")) and
                     ARMED_WORDS.search(S.folded[fm.end():min(S.end, fm.end() + 60)]))):
                continue
            ev = cands[-1]
            ev.cls = "Clash"
            for m in responders[-1:]:
                if not any(a2 == m.eid for (_, a2) in ev.slots):
                    self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
            return

    def _ill_treated(self, st: RuleState, S: Sent, t: Trigger, ev: Ev) -> None:
        """Torture, beatings, ill-treatment and rape are done to people held or overpowered, not
        fought: unless the text names armed people as their victims, they are deliberate violence
        against unarmed civilians ("soldiers arrested and tortured three traders", "all ten were
        severely beaten", "alleged being mistreated by soldiers after their arrest"), not an
        armed assault of one party on another."""
        if any((self.gaz.cls(a) or self._new_cls(st, a)) in ARMED
               for p in ("TARGETED", "VICTIM") for a in ev.actors(p)):
            return
        lo, hi = self._clause(S, t.start, t.end)
        f = S.folded
        after = f[t.end:min(hi, t.end + 60)]
        before = f[max(lo, t.start - 60):t.start]
        if FIGHTER_OBJECT.match(after) or re.match(r"\s*(?:(?:\w+)\s+){0,3}(?:soldiers?|troops|gendarmes?|policem[ae]n|"
                                                   r"police officers|guards?|peacekeepers?|soldats?|militaires?|policiers?)\b", after):
            return
        if PASSIVE_BEFORE.search(before) and (SOLDIER_WORDS.search(before.split(",")[-1]) or
                                              FIGHTER_ANY.search(before.split(",")[-1])):
            return   # "two soldiers were beaten": the passive subject is armed
        ev.cls = "ViolenceAgainstCivilians"

    def _assailants_hit(self, st: RuleState, S: Sent, here: list[Ev]) -> None:
        """An ambush or a raid that cost its authors dead or wounded was not one-sided: its target
        fought back, and the event was armed fighting between both parties, a Clash by the
        ontology's definition, though the text never says "clash" ("militants ambushed an army
        patrol. Three soldiers and two militants were killed", "GATIA raided a hideout, killing six
        militants, with two wounded in their own ranks", "deux soldats et cinq terroristes ont été
        tués"). An attack whose dead are all on the side attacked stays an Attack, and so does the
        storming of a held position (below).

        Whose side a casualty was on is read from the words, never guessed: the assailants named
        (their actor among the dead), their "own ranks", or the words of their kind (fighters'
        words for a non-state assailant, soldiers' for a state force) when those words do not
        also name the side attacked ("ISGS ambushed JNIM fighters ... nine JNIM fighters were
        killed": the victims). Only the killing's passive subject or the noun phrase before a
        participle is read, not the object of an active verb (that is whom the attackers hit)."""
        # (an attack told before and named again here, "18 militants were killed in the ambush", counts)
        evs = [e for e in here if e.cls == "Attack"]
        if not evs:
            # the sentence after the attack tells its dead, and no other event
            cur = self._ev(st, st.current)
            if here or cur is None or cur.cls != "Attack" or S.no - cur.last_sent > 1:
                return
            evs = [cur]
        f = S.folded
        # an assault on a held position (a camp, a base, a post) stays an Attack whatever it cost the
        # assailants: the seed's gold calls the assaults on the army camps of Bamba and Tarkint
        # attacks, the devset's gold the storming of the Inates camp, where "a large number of the
        # assailants were neutralised"; a camp's defenders fighting back is what such an assault is
        evs = [e for e in evs if e.at >= 0 and not _POSITION.search(f, max(e.span[0], e.at - 60), e.at + 90)]
        if not evs:
            return
        prev = S.start   # a casualty phrase starts after the casualties told before it
        for hm in _HIT_WORD.finditer(f, S.start, S.end):
            k, cut, prev = hm.start(), prev, hm.end()
            ev = next((e for e in reversed(evs) if e.at < k), None)
            if ev is None:
                continue
            lo, hi = self._clause(S, k, hm.end())
            if _OWN_RANKS.search(f, hm.end(), min(hi, hm.end() + 40)):
                ev.cls = "Clash"
                return
            after = f[hm.end():min(S.end, hm.end() + 40)]
            passive = PASSIVE_BEFORE.search(f[max(lo, k - 30):k])
            participle = re.match(r"\s*(?:[.,;:]|$|(?:and|or|in|near|during|by|et|ou|dans|lors|par)\b)", after)
            if not (passive or participle):
                continue
            a = max(_passive_subject(f, lo, k), cut, ev.at + 1)
            b = a + len(_AUX_TAIL.sub("", f[a:k]))
            # the noun phrase only, after any verb of its own ("the militants had booby-trapped the
            # bodies of those killed": "those"; "two were taken hostage and four militants were
            # killed": "four militants"; "the ministry claimed that eleven militants were killed")
            verb = None
            for verb in _FINITE.finditer(f, a, b):
                pass
            if verb is not None:
                a = verb.end()
                conj = None
                for conj in re.finditer(r"(?<![\w-])(?:and|et|that|que|qu')(?![\w-])", f[a:b]):
                    pass
                if conj is not None:
                    a += conj.end()
            phrase = f[a:b]
            if not phrase.strip() or len(phrase.split()) > 14 or _NO_ONE.search(phrase):
                continue
            if _OWN_RANKS.search(phrase) or self._assailants_side(st, S, ev, a, b):
                ev.cls = "Clash"
                return

    def _assailants_side(self, st: RuleState, S: Sent, ev: Ev, a: int, b: int) -> bool:
        """Whether the casualties named in ``S.folded[a:b]`` include the assailants of ``ev``."""
        authors = set(ev.actors("ATTRIBUTED_TO"))
        attacked = set(ev.actors("TARGETED")) | set(ev.actors("VICTIM"))
        # (by name, not by a pronoun read as the group: "a trader travelling with it" is the convoy's)
        named = [m for m in S.ms if m.label == "Actor" and a <= m.start and m.end <= b and not m.relational
                 and m.how != "coref"]
        if any(m.eid in authors and m.eid not in attacked for m in named):
            return True
        phrase = S.folded[a:b]
        if SOLDIER_WORDS.search(phrase) and _JIHADIST_SIDE.search(phrase):
            return True   # "nine soldiers and two jihadists dead": both sides, whoever was read as the author
        state = bool(authors) and all((self.gaz.cls(x) or self._new_cls(st, x)) in STATE for x in authors)
        # what the attack was aimed at: the words after its trigger, up to the clause's end
        at = ev.at if ev.at >= 0 else ev.span[0]
        stop = re.search(r"[,;:.]", S.folded[at:at + 120])
        target = S.folded[at:at + (stop.start() if stop else 120)]
        if state and not (_FIGHTER_SIDE.search(target) or
                          any((self.gaz.cls(x) or self._new_cls(st, x)) in NONSTATE for x in attacked)):
            # a state force as the author of an attack on no one armed is more often a misread
            # ("FAMa checkpoint attacked": the army was the target): its soldiers' dead are not read
            return False
        for side in (SOLDIER_WORDS if state else _FIGHTER_SIDE).finditer(S.folded, a, b):
            # "nine JNIM fighters": the fighters of an actor named, the side that actor was on
            if any(m.eid not in authors and 0 <= side.start() - m.end <= 2 for m in named):
                continue
            if side.group(0).rstrip("s")[:7] not in target:
                return True
        return False

    def _crowd_violence(self, st: RuleState, S: Sent, here: list[Ev]) -> None:
        """Violence told beside a protest, or a fight between a crowd and the police, is the protest
        turning into a riot, not armed fighting between organised parties: "youths ransacked bars
        during a protest", "the demonstrators clashed with police", "clashes between police and
        youths". Not when an armed group or armed men take part ("gunmen attacked the protesters")."""
        own = [e for e in here if e.cls in ("Attack", "Clash") and e.sent == S.no]
        if not own:
            return
        protest = next((e for e in here if e.cls == "Protest" and e.sent == S.no), None)
        for ev in own:
            if any((self.gaz.cls(a) or self._new_cls(st, a)) in NONSTATE
                   for p in ("ATTRIBUTED_TO", "PARTICIPANT", "TARGETED") for a in ev.actors(p)):
                continue
            lo, hi = self._clause(S, ev.at, ev.at + 1) if S.start <= ev.at < S.end else (S.start, S.end)
            if FIGHTER_ANY.search(S.folded, lo, hi) or _ARMED_CROWD.search(S.folded, lo, hi):
                continue
            if protest is None:
                # the crowd must be a party, not who told it ("reported by Kidal inhabitants", "Kidal
                # inhabitants reported an exchange of fire")
                if ev.cls != "Clash" or not any(
                        not re.search(r"\b(?:by|according to|selon|par|d'apres)\s+(?:[\w'-]+\s+){0,2}$", S.folded[max(lo, m.start() - 40):m.start()])
                        and not _TOLD_BY_CROWD.match(S.folded, m.end())
                        for m in _RIOTERS.finditer(S.folded, lo, hi)):
                    continue
                ev.cls = "Protest"
                continue
            # the protest takes the place in the story of what it became, told first or not
            first = min(st.events.index(ev), st.events.index(protest))
            self._merge_into(st, protest, ev)
            here.remove(ev)
            st.events.remove(protest)
            st.events.insert(first, protest)

    def _crowd_did(self, st: RuleState, S: Sent, t: Trigger, ev: Ev) -> bool:
        """Residents, youths, a mob or demonstrators who burn, ransack, stone or lynch: a riot, not
        an armed attack (no armed actor is its author)."""
        crowd_named = {m.eid for m in S.ms if CROWD_WORD.search(S.folded[m.start:m.end])}
        if any((self.gaz.cls(a) or self._new_cls(st, a)) in STATE | NONSTATE and a not in crowd_named
               for a in ev.actors("ATTRIBUTED_TO")):
            return False
        lo, _ = self._clause(S, t.start, t.end)
        if t.verb and bare_participle(S.orig, S.folded, t.start, t.end, lo):
            return False   # "Deux femmes tuées par des hommes armés": the crowd word names the victims
        if PASSIVE_BEFORE.search(S.folded, max(lo, t.start - 30), t.start):
            return False   # "residents of X were attacked by gunmen": the crowd was hit
        # a blockade or a sit-in the crowd set up: "drivers and traders organised a blockade of the road"
        head = t.start
        if not t.verb:
            m = _SET_UP.search(S.folded, max(lo, t.start - 60), t.start)
            head = m.start() if m else head
        m = CROWD_SUBJECT.search(S.folded, max(lo, head - 90), head)
        # a gang, not a crowd: "youths armed with rifles ambushed miners", "four people raided a house"
        return bool(m) and not _GUN_CROWD.search(S.folded, m.start(), head) and \
            not _FEW_PEOPLE.search(S.folded, max(lo, m.start() - 12), head)

    def _armed_speaker(self, S: Sent, t: Trigger) -> bool:
        """An armed group is the one speaking before the trigger ("IS said ... had overrun")."""
        for m in re.finditer(r"\b(?:said|says|claimed|announced|a affirme|affirme|a annonce|revendique)\b", S.folded[S.start:t.start]):
            a = S.start + m.start()
            who = [x for x in S.ms if x.label == "Actor" and x.end <= a and not self._prep_before(S, x)]
            if who and who[-1].cls in NONSTATE and self._words_between(S, who[-1].end, a) <= 6:
                return True
        return False

    def _parties(self, S: Sent, t: Trigger, ev: Ev, st: RuleState | None = None) -> None:
        """Parties to talks or an agreement: the subject, whoever the talks are "with" or
        "between", and mediators (also parties: they sit at the table)."""
        f = S.folded
        lo, hi = self._clause(S, t.start, t.end)
        actors = [m for m in S.ms if m.label == "Actor" and not m.relational and m.cls != "CivilianGroup"]
        chosen: list[Mention] = []
        # subject before the trigger or its governing verb
        subj = [m for m in actors if lo <= m.start and m.end <= t.start and not self._prep_before(S, m)]
        if subj:
            first = subj[0]
            for m in subj:
                if not re.search(r"\b(?:of|de|du|des|d)\s+(?:the\s+|la\s+|le\s+|l')?$", f[max(S.start, m.start - 10):m.start]):
                    first = m
                    break
            chosen += self._group(S, first)
            # "les chasseurs dozos et les combattants de la katiba Macina ont conclu": a second
            # subject told through its fighters is a party too
            end = chosen[-1].end
            for m in sorted(actors, key=lambda x: x.start):
                if end <= m.start and m.end <= t.start and m not in chosen and _COORD_PARTY.fullmatch(f, end, m.start):
                    chosen += self._group(S, m)
                    end = chosen[-1].end
        # "with X", "avec X", "between X and Y", "entre X et Y", also several "and with Y"
        # "le texte a été paraphé par X, Y et Z", "signed by X and Y": the parties after "par/by"
        by = re.match(r"\s+(?:par|by)\s+", f[t.end:min(hi, t.end + 6)])
        if by:
            pos = t.end + by.end()
            nxt = next((x for x in sorted(actors, key=lambda x: x.start) if x.start >= pos and self._words_between(S, pos, x.start) <= 3), None)
            if nxt is not None:
                chosen += self._group(S, nxt)
        # (and whom the envoys met: "government emissaries met leaders of X", "ont rencontré des responsables de X")
        for m in re.finditer(r"\b(?:with|avec|between|entre|aupres d[eu]s?|to|met|rencontre)\s+", f[lo:hi]):
            pos = lo + m.end()
            nxt = next((x for x in sorted(actors, key=lambda x: x.start) if x.start >= pos and self._words_between(S, pos, x.start) <= 5), None)
            if nxt is not None:
                grp = self._group(S, nxt)
                chosen += grp
                # "between X and Y": the second party even if not coordinated in one group
                if m.group(0).strip() in ("between", "entre"):
                    after = [x for x in actors if x.start > grp[-1].end and self._words_between(S, grp[-1].end, x.start) <= 4]
                    if after:
                        chosen += self._group(S, after[0])
        # a plural party told before: "had already said that he had sent emissaries to both of them"
        if not chosen:
            chosen = [m for m in actors if abs(S.tok_at(m.start) - t.ti) <= 12]
        hostages = set(getattr(self, "_hostages", ()))
        for m in self._dedupe(chosen):
            if m.paren and self._hedge(S, m) in ("probable", "possible"):
                continue   # "JNIM (most probably the Katiba Macina)": the hedged unit is not a party
            if m.end <= t.start and _NO_PART.search(f, m.end, t.start):
                continue   # "France said it had played no part in the talks"
            if m.cls == "Person" and (re.search(r"\b(?:free|release|freeing|liberer|liberation d[eu]?|libere)\s+(?:\w+\s+){0,2}$",
                                                f[max(S.start, m.start - 30):m.start]) or m.eid in hostages):
                continue   # the hostage the talks are about is not a party to them
            self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
        self._mediators(S, t, ev)

    def _not_reflexive(self, S: Sent, agents: list[Mention], patients: list[Mention]) -> list[Mention]:
        """An object pronoun is not the verb's own subject ("militiamen attacked merchants and killed
        two of them": them are the merchants), whatever the pronoun's resolution said."""
        ids = {m.eid for m in agents}
        return [m for m in patients if not (m.how == "coref" and m.eid in ids and
                                            S.folded[m.start:m.end] in ("them", "him", "her", "eux", "lui"))]

    def _words_between(self, S: Sent, a: int, b: int) -> int:
        """Words between two offsets, not counting dates and place names (they do not separate
        a verb from its object: "a visé, dans la nuit du 30 septembre, le camp")."""
        text = S.folded[a:b]
        for x in list(S.dates) + [m for m in S.ms if m.label == "Place"]:
            if a <= x.start and x.end <= b:
                text = text.replace(S.folded[x.start:x.end], " ")
        return len(re.findall(r"[a-z0-9]+", text))

    def _roles(self, S: Sent, t: Trigger) -> tuple[list[Mention], list[Mention]]:
        """Agents and patients of a trigger from word order: subject before an active verb,
        "by X" after a passive, "X's attack", "attack on X", "X fighters"; within the clause,
        and not across a verb of saying ("the army said ... gunmen attacked")."""
        actors = [m for m in S.ms if m.label == "Actor" and not m.relational]
        lo, hi = self._clause(S, t.start, t.end)
        # the reported clause starts after a verb of saying or a subordinator
        base = lo
        for m in re.finditer(r"\b(?:said|says|told|stated|added|announced|claimed|confirmed|a dit|a declare|a indique|affirme|"
                             r"when|lorsque|quand|after|apres que|as|because|parce que|while|alors que|selon lesquels?)\b",
                             S.folded[base:t.start]):
            lo = base + m.end()
        # a communiqué's "Le Gouvernement informe l'opinion que ... des terroristes ont attaqué": who
        # informs is not who attacked
        for m in _REPORTED_THAT.finditer(S.folded, base, t.start):
            lo = max(lo, m.end())
        before = S.folded[max(S.start, t.start - 25):t.start]
        passive = (bool(re.search(r"\b(?:was|were|been|being|be|is|are|ete|a ete|ont ete|avait ete|avaient ete|est|sont|fut|furent|"
                                  r"etait|etaient|later|also)\s+(?:\w+\s+)?$", before)) and t.verb) or \
            bool(re.match(r"(?:was|were|etait|etaient|est|sont|a ete|ont ete|avait ete|(?:a|ont) (?:egalement|aussi) ete|came under|comes? under|"
                          r"(?:regain|recover)(?:ed|s)? (?:his|her|their)|(?:retrouve|recouvre)(?:nt)? (?:la|sa|leur)) ", t.text)) or \
            bool(_UNDERWENT.search(S.folded, max(S.start, t.start - 45), t.start))
        # a participle alone: French "enlevée le 24 décembre", or an apposition ", kidnapped in 2018"
        appositive = bool(re.search(r"(?:^|[,(])\s*$", S.folded[max(S.start, t.start - 3):t.start])) or t.start - S.start <= 1
        aux = re.search(r"\b(?:has|have|had|a|ont|avait|avaient)\s+(?:\w+\s+)?$", before)
        french_pp = bool(re.search(r"é(?:e|s|es)?$", S.orig[t.start:t.end]))
        # "Two peacekeepers killed by a mine": a headline's English participle, its author after "by"
        by_next = t.verb and en_passive_participle(S.folded, t.start, t.end, lo)
        participle = not passive and not aux and (french_pp or (t.text.endswith("ed") and (appositive or by_next)))
        # a French participle with no auxiliary has its patient before it even when no author follows
        # ("Trois soldats tués par des jihadistes présumés"); an auxiliary inside the trigger is active
        bare = participle and t.verb and not _ACTIVE_AUX.search(before) and \
            (by_next or (french_pp and not re.match(r"(?:a|ont|avait|avaient|ayant) ", t.text)))
        if (t.verb or french_pp or re.search(r"(?:ite|ites|its|ee|ees)$", t.text)) and not passive and \
                re.search(r"(?:ed|e|es|ee|ees|s|is|it|its|ite|ites|u|us|ue|ues)$", t.text) and \
                _NO_OBJECT.match(S.folded, t.end, hi) and \
                not re.search(r"\b(?:has|have|had|ont|avait|avaient)\s+(?:\w+\s+)?$", before):
            lm = _LISTED_PASSIVE.search(S.folded, max(lo, t.start - 200), t.start)
            sep = _LIST_SEP.search(S.folded, lm.start(), t.start) if lm else None
            if lm and sep and not any(sep.end() <= m.start < t.start and m.label == "Actor" for m in S.ms):
                # goods seized or destroyed in a list of what an operation or a raid did: no author or target
                # told beside them (the killed fighters before them are the list's first item, not its authors)
                return [], []
        agents: list[Mention] = []
        patients: list[Mention] = []
        after_t = [m for m in actors if m.start >= t.end and m.start < hi]
        before_t = [m for m in actors if m.end <= t.start and m.end > lo]
        if t.verb and t.text.endswith("ed") and not passive and not aux and before_t and \
                _OWNED_SITE.fullmatch(S.folded, before_t[-1].end, t.start) and _NO_OBJECT.match(S.folded, t.end, hi):
            # "FAMa checkpoint attacked", "Barkhane convoy ambushed": a headline's participle after a
            # force's position or unit; the force owns what was hit, so it is the target, not the author
            participle = bare = True
        elif french_pp and not passive and not aux and before_t and \
                re.fullmatch(r"\s*", S.folded[before_t[-1].end:t.start]) and \
                _FR_SITE_BEFORE.search(S.folded, max(S.start, before_t[-1].start - 30), before_t[-1].start) and \
                not _ACTIVE_AUX.search(before):
            # "Poste FAMa attaqué près de Boni", "Convoi de la MINUSMA visé par ...": the French
            # headline's participle after the force that owns the post or the convoy (a French
            # participle with no auxiliary takes no object): the force is its target
            participle = bare = True
        # "by X" / "par X" after the trigger
        for m in after_t:
            gap = S.folded[t.end:m.start]
            if _BLAMED_BY.search(gap):
                continue   # "les attaques sont attribuées par les autorités au JNIM": who attributes did not attack
            # a trigger that ends with its "by" ("were taken by"): the author follows at once
            bgap = ("by" + gap) if t.text.endswith((" by", " par")) else gap
            if (re.search(r"\b(?:by|par|menee par|mene par|led by|conducted by|carried out by)\s+(?:the\s+|le\s+|la\s+|l'|les\s+|une?\s+\w+\s+(?:de\s+|d')?(?:l')?)?$", bgap)
                    # the group named after its men: "par des militants du JNIM", "by fighters of JNIM",
                    # and after "came under attack from"
                    or _BY_MEN_OF.search(bgap)
                    or (re.search(r"\bfrom\s+(?:the\s+)?$", gap) and (_UNDERWENT.search(S.folded, max(S.start, t.start - 45), t.start)
                                                                       or re.match(r"c(?:a|o)mes? under", t.text)))
                    # a French noun and its armed group: "une attaque du JNIM", "l'embuscade de l'EIGS"
                    or (not t.verb and m.cls in NONSTATE and t.cls in ("Attack", "Explosion", "Kidnapping") and
                        re.fullmatch(r"\s*(?:du|des|de l'|de la|d')\s*", gap))
                    # "une attaque de la part des terroristes de l'EIGS"
                    or re.search(r"\bde la part\s+(?:de\s+la\s+|de\s+l'|de\s+|d'|du\s+|des\s+)(?:[\w-]+\s+(?:de\s+la\s+|de\s+l'|de\s+|d'|du\s+|des\s+))?$", gap)) \
                    and self._words_between(S, t.end, m.start) <= (12 if "de la part" in gap else 8):
                agents += self._group(S, m) + self._alternatives(S, m, after_t)
                break
        if not passive and not t.verb and t.cls in ("Explosion", "Attack") and \
                _BY_DEVICE.search(S.folded[max(lo, t.start - 60):t.start]):
            # "three peacekeepers were wounded by the explosion of an IED": its target; the
            # author may still follow the noun ("tué par une frappe de drone de Barkhane")
            pats = [m for m in before_t if not self._prep_before(S, m) and m not in agents]
            # "Convoi de la MINUSMA visé par un engin explosif": the force whose convoy or post was hit
            pats = pats or [m for m in before_t if m.cls in STATE and m not in agents and
                            _SITE_OF.search(S.folded, max(S.start, m.start - 30), m.start)]
            if pats:
                patients += self._group(S, pats[-1])
        if passive or (participle and (agents or bare or t.cls in ("Kidnapping", "Release"))):
            # "militants searched the buses, one passenger was beaten": the passive's subject is the part
            # of the clause before it, not the militants told first
            first = _passive_subject(S.folded, lo, t.start) if passive else lo
            pats = [m for m in before_t if not self._prep_before(S, m) and m.start >= first]
            if not agents and first > lo:
                # "militiamen set up a checkpoint, drivers were extorted": without "by X", the armed
                # subject of the clause told first did it
                subj = [m for m in before_t if m.start < first and not self._prep_before(S, m)]
                if subj and subj[0].cls in STATE | NONSTATE:
                    agents += self._group(S, subj[0])
            if not pats:
                # "l'emprise des FAMa a fait l'objet d'une attaque", "le camp de l'armée a été visé": the force
                # whose post was hit
                pats = [m for m in before_t if m.cls in STATE and _SITE_OF.search(S.folded, max(S.start, m.start - 30), m.start)]
            if pats:
                grp = self._group(S, pats[-1])
                if appositive and not passive:
                    # ", kidnappé en 2016 à Abalak": the participle describes the name right before it and
                    # those listed with it, not a person named earlier in the sentence
                    grp = [x for x in grp if x is pats[-1] or self._words_between(S, min(x.end, pats[-1].end),
                                                                                   max(x.start, pats[-1].start)) <= 6]
                patients += grp
                # "le bataillon malien de la Force conjointe du G5 Sahel ... était visé": the whole chain
                last = pats[-1]
                for m in before_t:
                    if m.start > last.end and re.fullmatch(r"\s*(?:de|du|des|d'|of)\s*(?:la\s+|le\s+|l'|the\s+)?", S.folded[last.end:m.start]):
                        patients.append(m)
                        last = m
            for m in after_t:
                # not the leader named to describe the author ("pris en otage par le JNIM, dirigé par Y")
                if m not in agents and m.cls in VICTIM_CLASSES and self._words_between(S, t.end, m.start) <= 12 and \
                        not self._relational(S, m) and not re.search(r"\b(?:parce que|because|puisque|car|accus\w*|soupconn\w*|suspect\w*)\b", S.folded[t.end:m.start]):
                    patients.append(m)   # not a person named in the reason given ("visé parce que ... accusés de ...")
            return self._dedupe(agents), self._not_reflexive(S, agents, self._dedupe(patients))
        # nominal triggers: "attack on X", "l'enlèvement de X", "X's attack", "JNIM attack",
        # "frappe de drone de l'opération Barkhane" (an armed actor after "de/of" is the author)
        if not t.verb:
            for m in after_t:
                if m in agents:
                    patients += self._aimed_target(S, t, m, after_t, agents)   # "l'attaque du JNIM contre les FAMa"
                    break
                gap = S.folded[t.end:m.start]
                if _BECAUSE.search(gap):
                    break   # "with two car bombs because the junta had hired mercenaries": the reason, not the target
                if t.cls == "Clash" and self._words_between(S, t.end, m.start) <= 7 and not re.search(r"[,;:]", gap) \
                        and _CLASH_WITH.search(gap):
                    patients += self._group(S, m)     # "clashes between X and Y", "fighting with X"
                    break
                if self._words_between(S, t.end, m.start) <= 7 and \
                        re.search(r"\b(?:on|against|of|targeting|contre|de|du|des|d|sur|visant|aimed at|by|par)\s*(?:the\s+|le\s+|la\s+|l'|les\s+|an?\s+)?(?:\w+\s+){0,2}$", gap) \
                        and not re.search(r"[,;:]", gap) \
                        and not _locative_end(S, t.end, m.start) and not _BLAMED_BY.search(gap):
                    genitive = re.fullmatch(r"\s*(?:de|du|des|d'|d|of|by|par)\s*(?:l'|la\s+|le\s+|the\s+)?", gap)
                    armed = (m.cls in NONSTATE and t.cls in ("Attack", "Explosion", "Kidnapping", "ViolenceAgainstCivilians", "Clash")) or \
                        (m.cls == "StateForce" and t.cls in ("Explosion", "MilitaryOperation"))
                    # "l'attaque des FAMa contre un camp", "the offensive of the army against X": the target
                    # follows, so the force named first is the author, whatever its kind
                    aimed = genitive and t.cls in ("Attack", "Explosion", "Clash", "MilitaryOperation") and m.cls in ARMED and \
                        _AIMED_AT.match(S.folded, m.end)
                    if genitive and (armed or aimed) and t.cls != "Negotiation":
                        agents += self._group(S, m)
                        patients += self._aimed_target(S, t, m, after_t, agents)
                    else:
                        patients += self._group(S, m)
                    break
            for m in reversed(before_t):
                gap = S.folded[m.end:t.start]
                if re.match(r"(?:by|par) ", t.text) and bare_participle(S.orig, S.folded, m.end + len(gap) - len(gap.lstrip()),
                                                                        t.start - (len(gap) - len(gap.rstrip())), lo):
                    patients += self._group(S, m)   # "Deux casques bleus tués par une mine": struck by the device
                    break
                if _RAN_OVER.match(t.text) or _RAN_OVER_GAP.fullmatch(gap):
                    # "a MINUSMA convoy struck an IED", "un véhicule des FAMa a sauté sur une mine":
                    # what runs over a device is its target
                    patients += self._group(S, m)
                    break
                if t.cls == "Explosion" and _DEFUSED.fullmatch(gap):
                    patients += self._group(S, m)   # "the army dismantled an IED": the device's target, not its author
                    break
                # not "71 soldiers in an assault on the camp": a preposition or an article in between
                # makes the actor the object of another verb, not the author of the noun
                if len(gap.split()) <= 3 and re.fullmatch(r"\s*(?:'s)?\s*(?:[\w-]+\s+){0,2}", gap + " ") and \
                        not re.search(r"\b(?:of|de|and|et|in|on|a|the|le|la|to|with)\s*$", gap) and \
                        not re.search(r"\b(?:in|during|at|an|une|un)\s+(?:[\w-]+\s+)?$", gap):
                    agents += self._group(S, m)          # "JNIM's attack", "ISGS ambush"
                    break
        # subject before an active verb (not a prepositional object); for a noun ("the
        # massacre"), only through a verb of carrying out ("JNIM carried out an attack")
        conduct = re.search(r"\b(?:conduct\w*|carr(?:y|ied) out|launch\w*|stag\w*|mount\w*|perpetrat\w*|committ?\w*|led|lead|"
                            r"men(?:e|ee|es|ent|ait)|a mene|ont mene|lanc\w*|perpetr\w*|commis|execut\w*|organis\w*)\b",
                            S.folded[max(lo, t.start - 60):t.start])
        if t.verb or (not agents and conduct):
            for m in reversed(before_t):
                if self._prep_before(S, m) and not _MEMBER_OF.search(S.folded, max(S.start, m.start - 50), m.start):
                    continue
                if m in patients:
                    continue
                if self._words_between(S, m.end, t.start) > 25:
                    break
                # "militiamen killed 37 civilians, wounded others and burned houses": the
                # civilians are the object of the first verb, the militiamen the subject of all
                if self._object_of_earlier_verb(S, m, t):
                    continue
                agents += self._group(S, m)
                break
        self._partners(S, agents, patients, before_t, lo)
        if t.verb:
            for m in after_t:
                if m in agents:
                    continue
                gap = S.folded[t.end:m.start]
                if self._words_between(S, t.end, m.start) > 10 or _BECAUSE.search(gap):
                    break
                if _locative_end(S, t.end, m.start, more=True) and not (t.cls == "Clash" and _CLASH_WITH.search(gap)):
                    continue
                patients += self._group(S, m)
                break
        # perpetrator phrases: "ISGS fighters", "jihadists of the Katiba Macina", "éléments de X",
        # "Katiba Macina (JNIM) militants" (both)
        for m in actors:
            if m in agents or m in patients or m.cls not in NONSTATE:
                continue
            nxt = re.sub(r"^\s*\([^)]{1,60}\)", " ", S.folded[m.end:m.end + 80]).split()
            prv = S.folded[max(S.start, m.start - 30):m.start].split()
            if (nxt and nxt[0] in PERP_NOUNS) or (len(prv) >= 2 and prv[-1] in ("of", "de", "du", "des", "d'", "la", "l'", "le", "the")
                                                  and any(p in PERP_NOUNS for p in prv[-3:])):
                # with the groups joined to it ("Katiba Macina (JNIM) militants", "JNIM/Katiba Macina militants")
                agents += [x for x in self._group(S, m) if x is m or (x.cls in NONSTATE and x not in patients)]
        return self._dedupe(agents), self._not_reflexive(S, agents, self._dedupe(patients))

    def _aimed_target(self, S: Sent, t: Trigger, m: Mention, after_t: list[Mention], agents: list[Mention]) -> list[Mention]:
        """The actor a noun of attack is aimed at when its author ``m`` is followed by "contre",
        "against", "on" ("l'attaque du JNIM contre les FAMa"): [] when there is none."""
        if t.cls not in ("Attack", "Explosion", "Clash", "MilitaryOperation"):
            return []
        aim = _AIMED_AT.match(S.folded, m.end)
        if aim is None:
            return []
        tgt = next((x for x in after_t if x.start >= aim.end() and x not in agents and
                    self._words_between(S, aim.end(), x.start) <= 4), None)
        return self._group(S, tgt) if tgt is not None else []

    def _left_out(self, st: RuleState, S: Sent, sent_events: list[Ev], trigs) -> None:
        """Armed actors a sentence names as the subject or the object of one of its verbs of
        violence that no pattern gave a role ("..., and killed nine militants (believed to be
        JNIM)", "Dan Na Ambassagou militiamen repulsed the attack", "MINUSMA peacekeepers
        intervened") took part in its violent event: its author when nobody else is, a force
        struck or a passive subject its target, others participants. An actor that only goes
        with another verb ("the government dissolved the militia") or speaks ("the army said")
        is left alone."""
        evs = [e for e in sent_events if e.cls in VIOLENT or e.cls == "Protest"]
        if not evs:
            # "Village self-defense repelled the attack.", "The army intervened and routed the
            # militants.": a sentence of response continues the event just told
            cur = self._ev(st, st.current)
            if cur is None or cur.cls not in VIOLENT or S.no - cur.last_sent > 2 or sent_events:
                return
            if MODAL_RX.search(S.folded[S.start:S.end]):
                return
            evs = [cur]
            trigs, verbs = [], _PastViolence()
        else:
            verbs = _VIOLENT_WORD
        ev = evs[0]
        linked = {a for e in sent_events for (_, a) in e.slots}
        trig_toks = {S.tok_at(t.start) for t in trigs} | {S.tok_at(t.end - 1) for t in trigs}
        for m in S.ms:
            if m.label != "Actor" or m.cls not in ARMED or m.relational or m.eid in linked:
                continue
            if m.how == "coref" and m.surface.lower() in L.PRONOUNS:
                continue
            if self._speaker(S, m):
                continue
            if self._disproved_at(S, m.start, m.end):
                continue   # "ne prouvent pas un massacre commis par X": X has no part in it
            how = self._governed(S, m, trig_toks, verbs)
            if how is None:
                continue
            conf = None
            if ev.cls in ("Clash", "Protest") or how in ("partner", "responder"):
                pred = "PARTICIPANT"
            elif ev.cls == "MilitaryOperation":
                pred = "PARTICIPANT" if m.cls in STATE else "TARGETED"
            elif how == "subject" and not ev.actors("ATTRIBUTED_TO") and \
                    not (m.cls in STATE and ev.actors("TARGETED")):
                pred, conf = "ATTRIBUTED_TO", self._hedge(S, m) or "attributed"
            elif how in ("object", "passive") or m.cls in STATE:
                pred = "TARGETED"
            else:
                pred = "PARTICIPANT"
            self._slot(ev, pred, m.eid, conf, S, m)
            linked.add(m.eid)
            # "Katiba Serma (JNIM) militants": the group the text names in parentheses acts with it
            for x in S.ms:
                if x.label == "Actor" and x.paren and x.group == m.group and x.eid not in linked and x.cls in NONSTATE \
                        and m.cls in NONSTATE and x.start > m.end and S.folded[m.end:x.start].strip() == "(":
                    self._slot(ev, pred, x.eid, conf, S, x)
                    linked.add(x.eid)

    def _governed(self, S: Sent, m: Mention, trig_toks: set, verbs=_VIOLENT_WORD) -> str | None:
        """How a mention goes with a verb of violence of its sentence: "object" (after the verb
        or after "on", "against", "with"), "subject" (before an active one), "passive" (before
        "was struck"), or None (another verb, or none)."""
        toks = S.toks
        lo, _ = self._clause(S, m.start, m.end)

        def violent(k):
            return k in trig_toks or verbs.fullmatch(toks[k].key) is not None

        # words before: past determiners, numbers and hedges ("killed three presumed X militants");
        # a name in parentheses describes the noun before them ("militants (believed to be JNIM)")
        k = m.i - 1
        if m.paren:
            p = S.folded.rfind("(", S.start, m.start)
            while k >= 0 and toks[k].start > p:
                k -= 1
            while k >= 0 and toks[k].key in PERP_NOUNS:
                k -= 1
        while k >= 0 and toks[k].start >= lo and (toks[k].key in _OBJECT_FILLERS or toks[k].key.isdigit()
                                                 or toks[k].key in L.NUMBER_WORDS or toks[k].key in ("number", "unspecified")
                                                 or toks[k].key in _NATIONALITY_ADJ):
            k -= 1
        if k >= 0 and toks[k].start >= lo and not S.folded[toks[k].end:m.start].count(","):
            w = toks[k].key
            if violent(k):
                return "object"
            if (w in _ASSETS or w in PERP_NOUNS or w in _MEMBER_NOUNS) and k + 1 < m.i and \
                    toks[k + 1].key in ("of", "de", "du", "des", "d"):
                # "a vehicle of the gendarmerie struck an IED": the owner of the thing struck;
                # "les chasseurs de Dan Na Ambassagou ont repoussé": the group of the men who act
                how = self._governed_after(S, m, violent, asset=w in _ASSETS)
                if how is not None:
                    return how
            if w in ("with", "against", "on", "avec", "contre", "sur", "targeting", "visant", "between", "entre", "by", "par",
                     "of", "de", "du", "des", "d") and not (w in ("with", "avec") and self._absolute(S, m, violent)):
                # "clashed with X", "an attack against X", "repelled by X", and "a vehicle of the
                # gendarmerie" after "struck" (the owner of the thing struck): a verb of violence
                # shortly before the preposition
                if _SUPPORT.search(S.folded[max(lo, m.start - 60):m.start]):
                    return "partner"     # "the army accompanied by Dozos", "escorted by Dogon militiamen"
                for q in range(k - (0 if w in ("targeting", "visant") else 1), max(-1, k - 7), -1):
                    if toks[q].start < lo:
                        break
                    if violent(q) or w in ("targeting", "visant"):
                        return "agent" if w in ("by", "par") else "object"
                return None
            if w not in ("and", "et", "while", "when", "as", "but", "then", "puis", "alors", "lorsque", "quand", "with", "avec"):
                return None
        return self._governed_after(S, m, violent)

    def _governed_after(self, S: Sent, m: Mention, violent, asset: bool = False) -> str | None:
        """The verb of violence a mention is the subject of, from the words after it; when they
        name a thing of its ("a MINUSMA vehicle struck a mine"), the mention is its target."""
        toks = S.toks
        n = len(toks)
        j = m.j
        # other armed subjects on the way share the verb: "Dan Na Ambassagou militiamen and Malian
        # soldiers intervened"
        while j < n and (toks[j].key in PERP_NOUNS or toks[j].key in _SUBJECT_FILLERS or toks[j].key in _ASSETS
                         or (toks[j].key in _DETERMINERS and j > m.j and toks[j - 1].key in ("and", "et"))
                         or S.folded[toks[j - 1].end:toks[j].start].strip().startswith("(")
                         or any(x.i <= j < x.j and x.label == "Actor" and (x.group == m.group or x.cls in ARMED)
                                for x in S.ms)):
            if S.folded[toks[j - 1].end:toks[j].start].strip().startswith("("):
                close = S.folded.find(")", toks[j - 1].end, S.end)
                if close < 0:
                    break
                while j < n and toks[j].start < close:
                    j += 1
                continue
            asset = asset or toks[j].key in _ASSETS
            j += 1
        if j >= n:
            return None
        if violent(j):
            if _RESPONSE_WORD.fullmatch(toks[j].key):
                return "responder"
            if bare_participle(S.orig, S.folded, toks[j].start, toks[j].end, S.start) or \
                    (j + 1 < n and toks[j + 1].key in ("by", "par") and toks[j].key.endswith("ed")):
                return "passive"   # "Deux casques bleus tués par une mine", "two peacekeepers killed by a mine"
            return "passive" if asset else "subject"
        if toks[j].key in ("was", "were", "is", "are", "been", "est", "sont", "a", "ont", "fut", "furent", "has", "have", "had"):
            for q in range(j + 1, min(n, j + 4)):
                if violent(q):
                    if toks[j].key in ("est", "sont", "fut", "furent") and _FR_ETRE_ACTIVE.match(toks[q].key):
                        # "des éléments de la MINUSMA sont intervenus": a verb of motion conjugated with
                        # "être" is active, its subject came to the fight
                        return "responder" if _RESPONSE_WORD.fullmatch(toks[q].key) else "subject"
                    if asset:
                        return "passive"
                    return "passive" if toks[j].key not in ("a", "ont", "has", "have", "had") or toks[j + 1].key in ("been", "ete") else "subject"
        return None

    def _absolute(self, S: Sent, m: Mention, violent) -> bool:
        """"..., with village self-defense repelling the attack": the actor after "with" is the
        subject of the participle that follows it."""
        j = m.j
        while j < len(S.toks) and S.toks[j].key in _SUBJECT_FILLERS:
            j += 1
        return j < len(S.toks) and S.toks[j].key.endswith("ing") and bool(violent(j))

    def _condemns(self, S: Sent, m: Mention, t: Trigger) -> bool:
        """Whether ``m`` is the subject of a verb of condemning or mourning whose object is the deed
        of ``t``: "MSF condemned the killing", "l'ONU condamne l'attaque", "X deplored the deaths"."""
        if m.end > t.start or t.start - m.end > 90 or S.folded.find("condamn", m.end, t.start) < 0 and \
                S.folded.find("condemn", m.end, t.start) < 0 and S.folded.find("deplor", m.end, t.start) < 0 and \
                S.folded.find("denounc", m.end, t.start) < 0 and S.folded.find("denonc", m.end, t.start) < 0:
            return False
        return bool(_CONDEMNS.match(S.folded, m.end, t.start))

    def _own_people_hit(self, S: Sent, m: Mention, t: Trigger) -> bool:
        """Whether the deed's victims are the condemner's own people: "the killing of two of its staff",
        "le meurtre de deux membres de son équipe, abattus", "l'assassinat de trois de ses agents"."""
        return bool(_OWN_PEOPLE.search(S.folded, m.end, min(S.end, t.end + 60)))

    def _speaker(self, S: Sent, m: Mention) -> bool:
        """A mention that speaks or is cited as a source: "the army said", "according to MINUSMA"."""
        said = _SPEAKER_AFTER.match(S.folded, m.end, min(S.end, m.end + 60))
        if said and re.search(r"\b(?:was|were|is|are|been|being|be|a ete|ont ete|est|sont|etait|etaient)\b", said.group(0)):
            said = None   # "clashes between X and Y were reported": told about, not telling
        if not said and re.match(r"\s*,\s*", S.folded[m.end:m.end + 3]) and \
                re.search(r"\b(?:" + _SPEAKER_TITLE + r")\b[^,.;]{0,40},\s*$", S.folded[max(S.start, m.start - 80):m.start]):
            # "the foreign minister, Thandi Dlamini, announced": the name between commas after its title
            said = _SPEAKER_AFTER.match(S.folded, S.folded.index(",", m.end) + 1, min(S.end, m.end + 60))
        return bool(said or _SOURCE_BEFORE.search(S.folded[max(S.start, m.start - 40):m.start]) or
                    _SPEAKER_INVERTED.search(S.folded[max(S.start, m.start - 130):m.start]))

    def _partners(self, S: Sent, agents: list, patients: list, before_t: list, lo: int) -> None:
        """Forces acting with the subject: "the army, supported by Barkhane, clashed with ..." (the
        agent found is the supporter: the subject further back acts too) and "French forces in
        coordination with Malian forces carried out ..." (the partner after the subject)."""
        if not agents:
            return
        first = min(agents, key=lambda m: m.start)
        if _SUPPORT.search(S.folded[max(lo, first.start - 60):first.start]):
            for m in reversed(before_t):
                if m.end <= first.start and m not in patients and not self._prep_before(S, m) and m.cls in ARMED:
                    agents += self._group(S, m)
                    first = m
                    break
        for m in before_t:
            if m.start > first.end and m not in agents and m not in patients and m.cls in ARMED and \
                    _SUPPORT.search(S.folded[max(first.end, m.start - 60):m.start]):
                agents += self._group(S, m)

    def _object_of_earlier_verb(self, S: Sent, m: Mention, t: Trigger) -> bool:
        """An actor right after a verb, in a chain of verbs the trigger continues ("X killed
        four civilians and seized livestock"): the object of that verb, not the subject."""
        if not _CHAIN.search(S.folded[m.end:t.start]):
            return False
        k = m.i - 1
        toks = S.toks
        while k >= 0 and (toks[k].key in _OBJECT_FILLERS or toks[k].key.isdigit() or toks[k].key in L.NUMBER_WORDS):
            k -= 1
        if k < 0 or toks[k].start < S.start:
            return False
        w = toks[k].key
        return (w.endswith("ed") and len(w) > 4) or w in _FR_PARTICIPLES or (w == "dead" and k > 0 and toks[k - 1].key == "shot")

    def _dedupe(self, ms: list[Mention]) -> list[Mention]:
        seen, out = set(), []
        for m in ms:
            if m.eid not in seen:
                seen.add(m.eid)
                out.append(m)
        return out

    def _group(self, S: Sent, m: Mention) -> list[Mention]:
        if m.group < 0:
            return [m]
        # "JNIM, al-Qaeda's branch in the Sahel": an appositive that describes is not a second member
        return [x for x in S.ms if x.group == m.group and x.label == m.label and (x is m or not self._relational(S, x))]

    def _alternatives(self, S: Sent, m: Mention, cands: list[Mention]) -> list[Mention]:
        """Actors offered as alternatives right after ``m`` ("fired by JNIM or ISGS militants", "par le
        JNIM ou l'EIGS"): each one a possible author, as much as the one told first."""
        out, last = [], m
        for x in cands:
            if x.start < last.end or x is last:
                continue
            if not re.fullmatch(r"\s*(?:or|ou|and/or|et/ou|/)\s*(?:the\s+|le\s+|la\s+|l'|les\s+)?", S.folded[last.end:x.start]):
                break
            out.append(x)
            last = x
        return out

    def _prep_before(self, S: Sent, m: Mention, preps=None):
        i = m.i
        toks = S.toks
        k = i - 1
        while k >= 0 and toks[k].key in ("the", "le", "la", "les", "l", "a", "an", "un", "une", "its", "their", "son", "sa", "ses", "leur", "leurs"):
            k -= 1
        if k < 0:
            return False
        if toks[k].key == "des" and not re.search(r"\w", S.folded[max(S.start, toks[k].start - 2):toks[k].start]):
            # "Dimanche, des soldats maliens ont tué ...": the plural article opening a clause, not "de les"
            return False
        return toks[k].key in (preps or PREPS)

    def _clause(self, S: Sent, a: int, b: int) -> tuple[int, int]:
        """The clause around ``a..b``: between ";", ":", a dash, "while", "but"."""
        bounds = S.bounds
        if bounds is None:
            bounds = S.bounds = [(m.start(), m.end(), m.group(0).strip() != "meanwhile")
                                 for m in _CLAUSE.finditer(S.folded, S.start, S.end)]
        lo, hi = S.start, S.end
        for x, y, closes in bounds:
            if y <= a:
                lo = y
            elif x >= b and closes:
                hi = x
                break
        return lo, hi

    def _hedge(self, S: Sent, m: Mention) -> str | None:
        """Confidence words that govern a mention: in its parenthesis, or shortly before it in its clause."""
        lo, _ = self._clause(S, m.start, m.end)
        window = S.folded[max(lo, m.start - 70):m.start]
        if m.paren:
            p = S.folded.rfind("(", S.start, m.start)
            if p >= 0 and S.folded[p + 1:m.start].strip():
                window = S.folded[p:m.start]
            elif p >= 0:
                # "(ISGS)" restates the name before it: the hedge of that name
                window = S.folded[max(lo, p - 120):p]
        # cut at a previous actor mention (each actor has its own hedge), except inside parentheses
        for o in S.ms:
            if o.end <= m.start and o.end > m.start - 70 and o.label == "Actor" and o is not m and not m.paren:
                cut = o.end - max(lo, m.start - 70)
                if cut > 0:
                    window = window[max(0, cut - 0):] if o.group != m.group else window
        if m.how in ("ethnic", "new"):
            window = window + " " + S.folded[m.start:m.end]
        level = hedge_level(window)
        if level is None:
            # the adverb after the subject's auxiliary, past an apposition: "des combattants de la katiba
            # Macina, alliée d'Ansar Dine, ont vraisemblablement pris part", "X have probably carried out"
            tail = S.folded[m.end:min(S.end, m.end + 120)]
            ap = re.match(r"\s*(?:\([^)]{0,60}\)\s*)?(?:,[^,;.]{0,80},)?", tail)
            if ap.end() > 1 and "," in tail[:ap.end()] and _RELATIVE_AUTHOR.match(tail):
                level = hedge_level(tail[:ap.end()])
            words = tail[ap.end():].split()[:4]
            if words and words[0] in _MEN_AFTER:
                words = words[1:]
            if level is None and words and (words[0] in _AUXILIARY_WORDS or hedge_level(words[0])):
                # "X may be behind", "X could be the author": a modal before the deed is a possible author
                level = hedge_level(" ".join(words[:3])) or ("possible" if words[0] in ("may", "might", "could") and
                                                              words[1:2] == ["be"] else None)
        return level

    def _slot(self, ev: Ev, pred: str, actor: str, conf, S: Sent, m: Mention | None) -> None:
        key = (pred, actor)
        span = (m.start, m.end) if m else (S.start, S.end)
        old = ev.slots.get(key)
        if pred == "ATTRIBUTED_TO" and old is not None and "denied" in (conf, old[0]) and conf != old[0]:
            # an actor blamed or suspected that denies it: both stay, each with its own evidence
            denial = old if old[0] == "denied" else (conf, span, S.quote, (S.start, S.end))
            ev.slots.setdefault(("DENIED", actor), denial)
            if old[0] != "denied":
                return
            old = None
        if old is None or (conf and rank(conf) < rank(old[0])):
            ev.slots[key] = (conf, span, S.quote, (S.start, S.end))

    def _mediators(self, S: Sent, t: Trigger, ev: Ev) -> None:
        """Mediators of talks, an agreement or a release: "brokered in March by X", "sous l'égide de X",
        "X, which leads the international mediation", "X had acted as a mediator", "freed after the
        intervention of X". An armed group's own "emissaries" are its side of the table, not mediators."""
        for m in S.ms:
            if m.label != "Actor":
                continue
            before = S.folded[max(S.start, m.start - 60):m.start]
            after = S.folded[m.end:min(S.end, m.end + 70)]
            envoys = re.search(r"\b(?:emissaries|emissaires|envoys|envoyes|representatives|representants|delegation)\s+"
                               r"(?:of|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l')?$", before)
            if envoys and m.cls in NONSTATE | {"Government"}:
                # a group's or a government's envoys sit at the table for it
                self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
                continue
            if re.search(r"\b(?:mediated by|brokered by|through the mediation of|facilitated by|with the help of|mediator|mediators|"
                         r"par l'intermediaire d[eu]?|sous l'egide d[eu]?|grace a la mediation d[eu]?|mediation d[eu]?|mediateurs?|"
                         r"under the (?:auspices|aegis) of|sous les auspices d[eu]?|"
                         r"good offices of|bons offices d[eu]?|delegation of|delegation d[eu]?)\s+(?:\w+\s+){0,3}$", before) or \
                    re.search(r"\b(?:emissaries|emissaires)\s+(?:(?:sent\s+)?(?:by|from|of)\s+|(?:envoyes\s+)?(?:par|de|du|des|d')\s*)?"
                              r"(?:the\s+|la\s+|le\s+|l')?$", before) or \
                    re.search(r"\b(?:mediated|brokered|facilitated|negocie\w* sous l'egide)\s+(?:[\w-]+\s+){1,4}(?:by|par)\s+(?:\w+\s+){0,2}$", before) or \
                    re.match(r"\s*,?\s*(?:which|who|qui|que)?\s*(?:(?:has|have|had|a|avait)\s+)?(?:\w+\s+)?(?:leads?|led|heads?|headed|chairs?|chaired|"
                             r"conduit|pilote|dirige|assure)\s+(?:the\s+|la\s+)?(?:[\w-]+\s+)?(?:mediation)\b", after) or \
                    re.match(r"\s*,?\s*(?:which|who|qui)?\s*(?:(?:has|have|had|a|avait|ont)\s+)?(?:\w+\s+){0,3}?(?:acted|served|act|acts|"
                             r"servi|joue)\s+(?:as|d'|de|le role de|un role de)\s*(?:an?\s+|the\s+|un\s+)?(?:mediator|intermediary|go-between|"
                             r"mediateur|intermediaire)", after) or \
                    (ev.cls == "Release" and re.search(r"\b(?:intervention|efforts?)\s+(?:of|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l')?$", before)) or \
                    re.match(r"\s*,?\s*(?:as|acting as|serving as|comme|en tant que|en qualite de)\s+(?:an?\s+|the\s+|un\s+|le\s+)?"
                             r"(?:mediator|go-between|facilitator|intermediary|mediateur|facilitateur|intermediaire)", after):
                self._slot(ev, "MEDIATED_BY", m.eid, None, S, m)
                self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
            elif ev.cls in ("Agreement", "Negotiation", "Release") and m.end <= t.start and \
                    _OBTAINED.search(S.folded, m.end, t.start) and self._words_between(S, m.end, t.start) <= 15 and \
                    re.match(r"[^.;]{0,80}?\b(?:entre|between)\b", S.folded[t.end:S.end]) and \
                    not any(x.start > t.end and x.eid == m.eid for x in S.ms):
                # "X a obtenu la signature d'un accord entre A et B": who obtains it is not a side
                self._slot(ev, "MEDIATED_BY", m.eid, None, S, m)

    # -- tolls, troops ---------------------------------------------------------------------------
    def _tolls(self, st: RuleState, S: Sent, nums, sent_events: list[Ev], trigs):
        ts = S.tolls
        if not ts:
            return
        for tl in ts:
            # the dead of a sentence that also tells an abduction are the toll of its other act
            killing = [e for e in sent_events if e.cls in VIOLENT and e.cls != "Kidnapping"]
            # the dead of the deed, not of its occasion, unless counted inside the occasion's phrase
            inside = [e for e in killing if e.occasion and e.sent == S.no and e.occasion[0] <= tl.start < e.occasion[1]]
            killing = inside or [e for e in killing if not (e.occasion and e.sent == S.no)] or killing
            ev = self._nearest_event(st, S, tl.start, killing or sent_events, VIOLENT)
            if ev is None:
                continue
            if ev.cls == "Kidnapping" and self._death_apart(S, tl):
                continue   # "...were seized; a tourist who resisted was shot dead": a death of its own, not the abduction's toll
            if ev.cls == "MilitaryOperation" and not re.search(r"neutralis|neutraliz|killed|tues?\b|morts?|dead", S.folded[tl.start:tl.end + 20]):
                continue
            rank_new = {"range": 0, "exact": 1, "approx": 1, "min": 2, "max": 2}[tl.kind]
            old = ev.toll
            # "le bilan de ces deux attaques est de 49 civils et 15 militaires": the dead of both, of neither alone
            joint = _BOTH_EVENTS.search(S.folded, S.start, tl.start)
            src, revised = self._toll_source(S, tl)
            if not joint and old is not None and self._competing_toll(S, ev, old, tl, src, revised):
                # "an official said 45 were killed, while a militia leader gave a toll of at least 30", the
                # government's 49 and a collective's 210: each source's figure stays visible as the range
                lo = min(x for x in (old[1], tl.lo) if x is not None)
                hi = max(x for x in (old[1], old[2], tl.lo, tl.hi) if x is not None)
                a, b, q0 = ev.toll_ev[0], ev.toll_ev[1], ev.toll_ev[2]
                quote = q0 if q0 == S.quote else f"{q0} … {S.quote}"
                ev.toll = (0, lo, hi, "range")
                ev.toll_ev = (min(a, tl.start), max(b, tl.end), quote, "body")
                ev.toll_src = src
            elif not joint and (old is None or (revised != "older" and (
                    rank_new < old[0] or (rank_new == old[0] and ev.toll_ev and ev.toll_ev[3] == "head") or
                    (revised and old[3] != "range")))):
                # a revised figure ("raised it to 46", "porté à 49") replaces the one it revises
                ev.toll = (rank_new, tl.lo, tl.hi, tl.kind)
                ev.toll_ev = (tl.start, tl.end, S.quote, "head" if S.no == 0 else "body")
                ev.toll_src = src
            # who was killed: soldiers are the target, people and civilians the victims
            for m in S.ms:
                if m.label != "Actor" or m.relational or m.cls in NONSTATE:
                    continue
                inside = tl.start <= m.start <= tl.end + 50 and not re.search(r"[;:.]|\b(?:by|par|when|lorsque|as)\b", S.folded[tl.start:m.start])
                if not inside:
                    continue
                if ev.cls == "MilitaryOperation" and m.cls in STATE or self._speaker(S, m):
                    continue
                if m.how == "coref" and _PART_OF_COUNT.search(S.folded, max(S.start, m.start - 16), m.start):
                    continue   # "223 villagers, 56 of them children": the counted, no actor
                pred = "TARGETED" if m.cls in STATE else "VICTIM"
                self._slot(ev, pred, m.eid, None, S, m)
            # the dead are soldiers or fighters and no civilian is named: not violence against civilians
            # (the dead, not their killers: "an elderly shepherd was killed by soldiers")
            by = re.search(r"(?<![\w-])(?:by|par)(?![\w-])", S.folded[tl.end:min(S.end, tl.end + 40)])
            if ev.cls == "ViolenceAgainstCivilians" and not ev.actors("VICTIM") and \
                    SOLDIER_WORDS.search(S.folded, tl.start, tl.end + by.start() if by else min(S.end, tl.end + 40)) and \
                    not CIVILIAN_WORDS.search(S.folded, max(S.start, tl.start - 5), min(S.end, tl.end + 40)) and \
                    not _OFF_DUTY.search(S.folded, max(S.start, tl.start - 5), min(S.end, tl.end + 40)):
                ev.cls = "Attack"
            # victims of a massacre named as civilians
            # (not an assault on a force, a post or a convoy of soldiers that also killed a civilian)
            if ev.cls == "Attack" and CIVILIAN_WORDS.search(S.folded[max(S.start, tl.start - 5):tl.end + 40]) \
                    and not re.search(r"soldiers?|soldats?|militaires?|troops|gendarmes?|policiers?|police(?:men| officers)|"
                                      r"peacekeepers?|casques bleus|guards?|gardes?|volontaires|vdp", S.folded[tl.start:tl.end + 30]) \
                    and not any((self.gaz.cls(a) or self._new_cls(st, a)) in ARMED for a in ev.actors("TARGETED")
                                if a not in ev.actors("ATTRIBUTED_TO")) \
                    and not (ev.sent == S.no and _FORCE_POST.search(S.folded, ev.at if ev.span[0] <= ev.at < ev.span[1] else ev.span[0],
                                                                     tl.start)):
                ev.cls = "ViolenceAgainstCivilians"

    def _death_apart(self, S: Sent, tl) -> bool:
        """Whether a sentence tells an abduction in one clause and a death in another ("X was seized
        with two others; a tourist who resisted was shot dead", "... ont été enlevés ; un touriste a été
        abattu"): the dead are not the abduction's toll."""
        lo, hi = self._clause(S, tl.start, tl.end)
        f = S.folded
        return not _ABDUCTION_WORD.search(f, lo, hi) and bool(
            _ABDUCTION_WORD.search(f, S.start, lo) or _ABDUCTION_WORD.search(f, hi, S.end))

    def _toll_source(self, S: Sent, tl) -> tuple[str | None, bool | str]:
        """(who gives a toll, whether it revises another): the words before the verb of saying or
        counting of the toll's clause ("a local official said 45 ...", "selon un élu local, 45 ..."),
        and True when the clause says the figure was raised, revised or is later ("raised it to 46"),
        "older" when it says the figure came first or earlier ("an earlier statement had put it at 50")."""
        f = S.folded
        lo = max(S.start, tl.start - 160)
        cut = max((m.end() for m in _CLAUSE_CUT.finditer(f, lo, tl.start)), default=lo)
        seg = f[cut:tl.start]
        # the words that tell this figure's time: since the figure or the comma before it ("first gave a
        # toll of 13, raised it to 46")
        near = seg[max(seg.rfind(","), max((m.end() for m in re.finditer(r"\d", seg)), default=-1)) + 1:]
        revised = "older" if _TOLL_OLDER.search(near) else bool(_TOLL_REVISED.search(near))
        m = None
        for m in _TOLL_SOURCE.finditer(seg):
            pass
        if m is None:
            return None, revised
        if m.group("after"):
            who = re.match(r"\s*([^,;]{1,60})", seg[m.end():])
            words = who.group(1) if who else ""
        else:
            words = seg[:m.start()]
        words = _SOURCE_NOISE.sub(" ", " " + words + " ").strip()
        return words or None, revised

    def _competing_toll(self, S: Sent, ev: Ev, old, tl, src: str | None, revised: bool) -> bool:
        """Whether a toll another source gives for an event that has one already is a competing
        figure (the government's 49 against a collective's 210): given by a source other than the
        first figure's, differing from it, not a revision, and counting the same kind of dead (not
        the assailants beside the civilians)."""
        if src is None or revised or src == ev.toll_src or old[3] == "range" or tl.kind in ("range", "max"):
            return False
        if (tl.lo, tl.hi) == (old[1], old[2]) or not ev.toll_ev:
            return False
        if _VAGUE_COUNT.search(S.folded, tl.start, tl.end):
            return False   # "rounded up hundreds of men": no figure against the one given
        f = S.folded
        new_tail = f[tl.start:min(S.end, tl.end + 40)]
        old_tail = f[ev.toll_ev[0]:ev.toll_ev[1] + 40]
        if _ASSAILANT_DEAD.search(new_tail) or _ASSAILANT_DEAD.search(old_tail):
            return False
        kinds = [("civ" if CIVILIAN_WORDS.search(x) else "sol" if SOLDIER_WORDS.search(x) else None) for x in (new_tail, old_tail)]
        return not (kinds[0] and kinds[1] and kinds[0] != kinds[1])

    def _harm_told(self, st: RuleState, S: Sent, here: list[Ev]) -> None:
        """Whether the sentences of an event tell people harmed (killed, wounded, shot at, beaten,
        abducted) or only property taken or burned ("seized livestock", "burned two vehicles. No
        casualties reported."): the sentence's own events, or the event told just before when
        the sentence tells none."""
        evs = [e for e in here if e.cls in VIOLENT]
        if not evs and not here:
            cur = self._ev(st, st.current)
            if cur is not None and cur.cls in VIOLENT and S.no - cur.last_sent <= 2:
                evs = [cur]
        if not evs:
            return
        f = S.folded
        harm = any(not _NO_HARM.search(f, max(S.start, m.start() - 30), m.start()) and
                   not re.match(r"\s+(?:at|on)\s+(?:the\s+)?(?:vehicles?|cars?|trucks?|buses|bus|houses?|shops?|walls?|buildings?|tyres|tires)\b",
                                f[m.end():min(S.end, m.end() + 20)]) and
                   # "seized and killed livestock": the herd is goods lost, no person was harmed
                   not _ANIMALS.match(f, m.end(), min(S.end, m.end() + 40))
                   for m in _HARM_AT.finditer(f, S.start, S.end, S.words))
        loot = bool(_LOOT_AT.search(f, S.start, S.end, S.words))
        cur = self._ev(st, st.current)
        if harm and cur is not None and cur not in evs and cur.cls in VIOLENT and S.no - cur.last_sent <= 2:
            cur.harm = True   # "3 people were killed and two kidnapped": the raid just told harmed people
        if harm and not S.dates:
            # the raid of the sentence before, when this one tells its dead as events of their own
            # ("X raided the village. Four people died and two were abducted. The imam's house was
            # set on fire."): its toll, so it harmed people, though its burning comes later
            for e in st.events[-WINDOW:]:
                if e not in evs and e.cls in VIOLENT and e.sent == S.no - 1:
                    e.harm = True
        for e in evs:
            e.harm = e.harm or harm
            e.loot = e.loot or loot

    def _killed_people(self, st: RuleState, S: Sent, sent_events: list[Ev]):
        """"X a été tué ...", "Droukdel ... were neutralised": the subject of a passive killing is a
        victim of the event told (a target too, when an operation was after him)."""
        for km in re.finditer(r"\b(?:was|were|has been|have been|had been|a ete|ont ete|avait ete|avaient ete)\s+(?:\w+\s+)?"
                              r"(?:killed|neutrali[sz]ed|executed|assassinated|shot dead|tue(?:e|s|es)?|neutralise(?:e|s|es)?|"
                              r"execute(?:e|s|es)?|assassine(?:e|s|es)?|abattu(?:e|s|es)?)\b", S.folded[S.start:S.end]):
            a = S.start + km.start()
            subj = [m for m in S.ms if m.label == "Actor" and m.end <= a and not self._prep_before(S, m) and m.cls in _PASSIVE_VICTIMS]
            if not subj:
                continue
            m = subj[0] if len(subj) == 1 else subj[-1]
            ev = self._nearest_event(st, S, a, sent_events, VIOLENT)
            if ev is None:
                continue
            self._slot(ev, "VICTIM", m.eid, None, S, m)
            if ev.cls == "MilitaryOperation":
                self._slot(ev, "TARGETED", m.eid, None, S, m)

    def _tolls_by_place(self, st: RuleState, S: Sent, sent_events: list[Ev]) -> None:
        """"Seventy people were killed in Tchoma Bangou and thirty in Zaroumdareye", "12 tués à X et 7 à Y":
        one toll per village, so one event per village. The event the sentence (or the lede) told takes
        the first village and its count; a second event, like it in all else, the second."""
        for tl in S.tolls:
            if len(tl.parts) != 2 or tl.kind != "exact":
                continue
            (a1, b1, n1), (a2, b2, n2) = tl.parts
            first = [m for m in S.ms if m.label == "Place" and b1 < m.start < a2]
            second = [m for m in S.ms if m.label == "Place" and b2 < m.start and
                      _ELIDED_PLACE_AT.fullmatch(S.folded, b2, m.start)]
            if not first or not second or first[0].eid == second[0].eid:
                continue
            ev = self._nearest_event(st, S, tl.start, [e for e in sent_events if e.cls in VIOLENT], VIOLENT)
            if ev is None or ev.toll is None or (ev.toll[1], ev.toll[2]) != (n1 + n2, n1 + n2):
                continue   # the event's toll is not this one, summed
            p1, p2 = first[0].eid, second[0].eid
            if ev.place and not (ev.place in (p1, p2) or self._place_ok(p1, ev.place, st, S)):
                continue
            twin = Ev(st.next_key, ev.cls, ev.sent, ev.span, ev.evidence, ev.date, ev.precision, ev.date_kind,
                      ev.date_ev, p2, (S.start, S.end, S.quote), slots=dict(ev.slots), last_sent=S.no,
                      weak=ev.weak, words=set(ev.words), at=ev.at, harm=ev.harm, loot=ev.loot)
            twin.toll, twin.toll_ev = (1, n2, n2, "exact"), (a2, b2, S.quote, "body")
            st.next_key += 1
            st.by_key[twin.key] = twin
            st.events.insert(st.events.index(ev) + 1, twin)
            ev.place, ev.place_ev = p1, (S.start, S.end, S.quote)
            ev.toll, ev.toll_ev = (1, n1, n1, "exact"), (a1, b1, S.quote, "body")

    def _sites_listed(self, st: RuleState, S: Sent, sent_events: list[Ev]) -> None:
        """"À Bapho, à Ségou et à Kolokani, des positions de l'armée ont été visées", "in Boni, in Koro and in
        Douentza": places listed each with its own preposition are so many sites, one event at each (a
        communiqué's list of incidents). The event the sentence told takes the first; each other site a
        twin like it in all else. A toll told for all of them together is no site's."""
        places = [m for m in S.ms if m.label == "Place" and not m.dateline and m.how != "coref"]
        if len(places) < 2:
            return
        evs = [e for e in sent_events if e.cls in VIOLENT - {"MilitaryOperation"} and e.sent == S.no]
        if len(evs) != 1:
            return
        f = S.folded
        run = []
        for m in places:
            lead = f[max(S.start, m.start - 8):m.start]
            if not re.search(r"(?:^|[\s,])(?:a|au|in|at)\s+$", lead):
                continue
            if run:
                gap = f[run[-1].end:m.start]
                if not re.fullmatch(r"\s*(?:,\s*|,?\s*(?:et|and)\s+)(?:a|au|in|at)\s+", gap):
                    if len(run) >= 2:
                        break
                    run = []
            run.append(m)
        if len(run) < 2 or len({m.eid for m in run}) < len(run) or \
                any(a.eid in self.gaz.ancestors(b.eid) or b.eid in self.gaz.ancestors(a.eid) for a in run for b in run if a is not b):
            return
        ev = evs[0]
        if ev.place not in (None,) and ev.place not in {m.eid for m in run}:
            return
        ev.place, ev.place_ev = run[0].eid, (S.start, S.end, S.quote)
        ev.toll = ev.toll_ev = None
        for m in reversed(run[1:]):
            twin = Ev(st.next_key, ev.cls, ev.sent, ev.span, ev.evidence, ev.date, ev.precision, ev.date_kind,
                      ev.date_ev, m.eid, (S.start, S.end, S.quote), slots=dict(ev.slots), last_sent=S.no,
                      weak=ev.weak, words=set(ev.words), at=ev.at, harm=ev.harm, loot=ev.loot)
            st.next_key += 1
            st.by_key[twin.key] = twin
            st.events.insert(st.events.index(ev) + 1, twin)

    def _nearest_event(self, st: RuleState, S: Sent, pos: int, sent_events: list[Ev], classes) -> Ev | None:
        cands = [e for e in sent_events if e.cls in classes]
        if cands:
            # the event whose trigger sentence span is nearest: with one sentence, the first violent one
            return min(cands, key=lambda e: abs(e.span[0] - pos) if e.span[0] >= S.start else 0)
        ev = self._ev(st, st.current)
        if ev and ev.cls in classes and S.no - ev.last_sent <= 4:
            return ev
        for e in reversed(st.events[-WINDOW:]):
            if e.cls in classes and S.no - e.last_sent <= 4:
                return e
        return None

    def _troops(self, st: RuleState, S: Sent, nums, sent_events: list[Ev]):
        tc = troop_count(S.folded, S.start, S.end, nums)
        if not tc:
            return
        if not re.search(r"\b(?:deploy\w*|deploi\w*|send|sent|sending|envoy\w*|mobilis\w*|mobiliz\w*|involv\w*|engag\w*|"
                         r"strength|effectifs?|reinforc\w*|renfort\w*|with|avec|comprising|composee?)\b", S.folded[max(S.start, tc[1] - 60):tc[1]]):
            return
        n, a, b = tc
        ev = next((e for e in sent_events if e.cls == "MilitaryOperation"), None)
        if ev is None and re.search(r"\b(?:deploy\w*|operation|reinforce\w*|send|sent|renfort\w*|deploi\w*|envoy\w*)\b", S.folded[S.start:S.end]):
            cur = self._ev(st, st.current)
            ev = cur if cur and cur.cls == "MilitaryOperation" and S.no - cur.last_sent <= 1 else None
        if ev and ev.troops is None:
            ev.troops, ev.troops_ev = n, (a, b, S.quote)

    # -- statements (speech acts as events) ---------------------------------------------------------
    def _statements(self, st: RuleState, S: Sent, speech, sent_events: list[Ev], trigs):
        """Claims, denials, accusations, announcements and dated declarations are Statement
        events whose issuer is a PARTICIPANT and which CONCERN the event they are about."""
        if not speech:
            return
        if S.factual is not None:
            ok_trigs, date_owner = S.factual
        else:
            ok_trigs = [t for t in trigs if self._factual(S, t) and (t.cls != "Release" or self._release_ok(S, t))]
            date_owner = self._assign_dates(S, ok_trigs, speech)
        # a claim or a denial before a plain announcement by the same issuer: "Dans un communiqué, X a
        # affirmé en être l'auteur" is X's claim, not only its communiqué
        acts = sorted(speech, key=lambda x: x[0] not in ("claim", "deny"))
        seen_issuers: dict = {}   # issuer ids -> the statement made for them in this sentence
        orphan_days: list = []    # dates of plain words of saying with no issuer of their own
        talks = [e for e in sent_events if e.cls in ("Negotiation", "Agreement")]
        for kind, a, b in acts:
            if NEGATED.search(S.folded[max(S.start, a - 25):a]):
                continue   # "n'a pas revendiqué", "did not claim": no claim, no statement
            issuer = self._issuer(S, a, b, kind)
            if kind == "blame" and not sent_events and st.series_told is not None and S.no - st.series_told <= 2 and \
                    (_SERIES_PRONOUN.search(S.folded, max(S.start, a - 12), a) or re.match(r"\s+(?:them|these|those)\b", S.folded[b:b + 8])):
                # "... dresse le bilan d'une série d'attaques. Il les impute aux terroristes de la Katiba
                # Macina." then the list: the attacks told next are the ones blamed
                st.series_blame = (S, b, issuer or [], S.no)
                continue
            if not issuer and kind == "say" and date_owner.get(("speech", a)) is not None:
                # (not "..., qui avait annoncé début août le blocus": an act of its own, by a speaker not found)
                orphan_days.append(date_owner[("speech", a)])
            if not issuer:
                # a passive blame names the blamed first ("X est tenu pour responsable", "des habitants
                # étaient accusés de"): _attributions reads it
                if kind == "blame" and not self._passive_speech(S, a):
                    cur = self._ev(st, st.current)
                    tgt = next((e for e in sent_events if e.cls in VIOLENT - {"MilitaryOperation"}), None) or \
                        (cur if cur and cur.cls in VIOLENT - {"MilitaryOperation"} and S.no - cur.last_sent <= 6 else None)
                    if tgt is not None and not self._occasion(S, b, tgt):
                        self._blamed(st, S, b, tgt, [])
                continue
            if any(m.cls == "CivilianGroup" for m in issuer):
                continue
            d = date_owner.get(("speech", a))
            if kind == "say":
                # plain "said" is a statement only with its own time ("said on Tuesday", "later said")
                after = S.folded[b:b + 25]
                before = S.folded[max(S.start, a - 12):a]
                if not (d or re.match(r"\s+(?:on|in|late|earlier|this|last|le|ce|lors)\b", after) or re.search(r"\b(?:later|then|ensuite)\s+$", before)):
                    continue
            # announcing talks is the talks' status, not a separate statement
            if talks and kind in ("announce", "say") and all(m.cls not in NONSTATE for m in issuer):
                for e in talks:
                    if d and self._better_date(e, d):
                        e.date, e.precision, e.date_kind, e.date_ev = d.value, d.precision, d.kind, (d.start, d.end, S.quote)
                        e.weak = False
                    if e.cls == "Negotiation" and e.status in (None, "ongoing", "proposed"):
                        e.status, e.status_ev = "announced", (S.start, S.end, S.quote)
                    state_side = any((self.gaz.cls(a) or self._new_cls(st, a)) in STATE | {"Organization"} for a in e.actors("PARTICIPANT"))
                    if not state_side:
                        for m in issuer:
                            if not _NO_PART.search(S.folded, m.end, S.end):
                                self._slot(e, "PARTICIPANT", m.eid, None, S, m)
                continue
            # an army announcing an operation took part in it
            for e in sent_events:
                if e.cls == "MilitaryOperation" and not e.actors("PARTICIPANT"):
                    for m in issuer:
                        if m.cls == "StateForce":
                            self._slot(e, "PARTICIPANT", m.eid, None, S, m)
            key = tuple(sorted(m.eid for m in issuer))
            if key in seen_issuers:
                continue
            seen_issuers[key] = None
            target = None
            violent_here = [e for e in sent_events if e.cls != "Statement"]
            if violent_here:
                target = violent_here[0]
            elif kind in ("claim", "deny", "blame") or re.search(
                    r"\b(?:attack|attaque|massacre|tuerie|killings|killing|ambush|embuscade|abduction|enlevement|kidnapping|"
                    r"accusations?|toll|bilan|elimination|death|mort|operation|release|liberation|truce|"
                    r"ceasefire|cessez-le-feu|treve|strike|frappe|the killings|the attack|drame|faits|incident|abuses|exactions|"
                    # what a report found about it: "a contesté ces conclusions", "disputed the findings"
                    r"conclusions|findings|rapport|report|"
                    # who was hit: "avaient affirmé que seuls des jihadistes avaient été touchés"
                    r"touchee?s?|victimes|victims)\b",
                    S.folded[S.start:S.end]):
                cur = self._ev(st, st.current)
                if cur and cur.cls != "Statement" and S.no - cur.last_sent <= 6:
                    target = cur
            ev = self._statement_event(st, S, issuer, d, target, kind)
            if ev is None:
                continue
            seen_issuers[key] = ev
            if not ev.place:
                lead = re.match(r"\s*(?:in|a|at|depuis|from)\s+", S.folded[S.start:S.start + 10])
                if lead:
                    pl = next((m for m in S.ms if m.label == "Place" and m.start - S.start <= 30 and not m.dateline), None)
                    if pl is not None and re.match(r"\s*,", S.folded[pl.end:pl.end + 3]):
                        ev.place, ev.place_ev = pl.eid, (S.start, S.end, S.quote)
            if target is not None:
                st.ev_rels.append((ev.key, "CONCERNS", target.key, None, (S.start, S.end), S.quote))
            if target is not None and kind in ("claim", "deny") and target.cls in VIOLENT - {"MilitaryOperation"}:
                for m in issuer:
                    if m.cls in NONSTATE or kind == "claim":
                        self._slot(target, "ATTRIBUTED_TO", m.eid, "claimed" if kind == "claim" else "denied", S, m)
                        self._not_target(target, m.eid, S)
                    elif m.cls == "Person":
                        # "Le chef de la milice, X, a démenti toute implication de ses hommes": his group denies
                        for g in self._group_spoken_for(st, S, target):
                            self._slot(target, "ATTRIBUTED_TO", g, "claimed" if kind == "claim" else "denied", S, m)
            if target is not None and kind == "blame":
                self._blamed(st, S, b, target, issuer)

        # "Dans un communiqué lu à la radio ce dimanche, le procureur [...] indique": the day went to a word
        # of saying whose speaker was not found; the one statement of the sentence is that speech
        made = [e for e in seen_issuers.values() if e is not None]
        if len(made) == 1 and orphan_days and self._better_date(made[0], orphan_days[0]):
            d = orphan_days[0]
            made[0].date, made[0].precision, made[0].date_kind, made[0].date_ev = d.value, d.precision, d.kind, (d.start, d.end, S.quote)

    def _new_cls(self, st: RuleState, eid: str) -> str | None:
        ne = st.new_entities.get(eid)
        return ne.cls if ne else None

    def _issuer(self, S: Sent, a: int, b: int, kind: str) -> list[Mention] | None:
        """Who speaks: "by X" after a passive ("revendiquée par le GSIM"), X right before the verb
        ("..., Human Rights Watch said"), X after it in a French inversion (", a annoncé Emmanuel
        Macron"), else the subject of the clause; a noun ("in a communiqué, the group said") lets
        the speaker come after."""
        f = S.folded
        actors = [m for m in S.ms if m.label == "Actor" and not m.relational]

        def grp(m):   # "JNIM, al-Qaeda's branch in the Sahel, claimed": the appositive describes, it does not speak
            return [x for x in self._group(S, m) if x is m or not self._relational(S, x)]
        lo, hi = self._clause(S, a, b)
        before_verb = f[max(S.start, a - 25):a]
        # passive: "revendiquée par le GSIM", "was claimed by the ISGS"
        for m in actors:
            if m.start >= b and m.start - b <= 40:
                gap = f[b:m.start]
                if re.fullmatch(r"\s*(?:\w+\s+){0,2}(?:by|par)\s+(?:the\s+|le\s+|la\s+|l')?", gap):
                    return grp(m)
        if kind == "blame" and self._passive_speech(S, a):
            return None   # "X est tenu pour responsable", "X was blamed": X is blamed, not speaking
        # "a commander of JNIM, which later released a video", "le GSIM, qui a revendiqué": the relative
        # pronoun speaks for the name right before it, not for the subject of the sentence
        rel = re.search(r",\s*(?:which|who|qui)\s+(?:[\w']+\s+){0,3}$", before_verb)
        if rel:
            at = max(S.start, a - 25) + rel.start()
            prior = [m for m in actors if m.end <= at and not f[m.end:at].strip(" )")]
            if prior:
                return grp(prior[-1])
        # an adjectival participle: "la milice, officiellement dissoute," has no speaker of its own
        if re.search(r",\s*(?:\w+ment\s+)?$", before_verb) and f[a:b].endswith(("te", "tes", "ee", "ees", "us", "ue", "ues")) \
                and not re.search(r"\b(?:a|ont|avait|avaient)\s+$", before_verb):
            after_by = [m for m in actors if m.start >= b and re.fullmatch(r"\s*(?:\w+\s+){0,3}(?:by|par)\s+(?:the\s+|le\s+|la\s+|l')?", f[b:m.start])]
            return grp(after_by[0]) if after_by else None
        # French inversion: "..., a annoncé Emmanuel Macron"; English "..., said the spokesman"
        verb = f[a:b]
        inversion_ok = not verb.isascii() or re.match(r"(?:a |ont |avait )?(?:annonce|indique|precise|affirme|declare|ajoute|"
                                                      r"explique|souligne|estime|confirme|said|says|added|told)", verb)
        if inversion_ok and (re.search(r"[,\"]\s*$", f[max(S.start, a - 4):a]) or re.search(r"[,\"]\s*(?:a|ont|avait)\s+$", before_verb)):
            for m in actors:
                if m.start >= b and self._words_between(S, b, m.start) <= 4 and not re.search(r"[,;.]", f[b:m.start]):
                    return grp(m)
            # "a annoncé jeudi à Pretoria la ministre des Relations internationales, Maite Nkoana-Mashabane": the
            # name after its title (a relation of hers, which does not stop her speaking)
            for m in S.ms:
                if m.label == "Actor" and m.start >= b and m.start - b <= 130 and \
                        _SPEAKER_INVERTED.search(f, max(S.start, a - 6), m.start):
                    return [m]
        # right before the verb: "Human Rights Watch said", "Parly announced", "the group on Thursday claimed"
        def free(m):
            if re.match(r"'s?\s+(?:\w+\s+)?(?:leader|chief|head|commander|spokes(?:man|woman|person)|founder|emir|president)\b",
                        f[m.end:m.end + 40]):
                return False   # "the militia's leader, X, denied": the leader speaks
            if not self._prep_before(S, m):
                return True
            # "le commandement de la force conjointe", "a spokesman for the army": the institution speaks
            return bool(re.search(r"\b(?:commandement|command|commander|spokes(?:man|woman|person)|porte-parole|ministry|ministere|"
                                  r"headquarters|etat-major|leadership|direction|office|bureau|presidency|presidence|cabinet|"
                                  r"secretariat|secretariat general|chief|chef|head|leader|dirigeants?|leaders?)\s+(?:of|for|de|du|des|d')\s*"
                                  r"(?:the\s+|la\s+|le\s+|l')?$", f[max(S.start, m.start - 40):m.start]))
        near = [m for m in actors if m.end <= a and m.end > lo - 1 and self._words_between(S, m.end, a) <= 4
                and not re.search(r"[,;:]", f[m.end:a]) and free(m)]
        if not near:
            # "the foreign minister, Thandi Dlamini, announced": the name set between commas after its title
            near = [m for m in S.ms if m.label == "Actor" and m.end <= a and re.fullmatch(r"\s*,\s*", f[m.end:a]) and
                    re.search(r"\b(?:" + _SPEAKER_TITLE + r")\b[^,.;]{0,40},\s*$", f[max(S.start, m.start - 80):m.start])]
        if near:
            return grp(near[-1])
        # "..., the South African government said": a speaker the pack does not know closes the sentence;
        # the subject at its head is what was told, not who told it
        tail_at = max(S.start, a - 60)
        tail = _UNKNOWN_SPEAKER.search(f, tail_at, a)
        if tail and not any(m.start >= tail.start() and m.end <= a for m in actors):
            return None
        # the subject of the clause, past appositions ("X, the coalition led by Y, claimed")
        subj = [m for m in actors if lo <= m.start and m.end <= a and free(m) and m.cls != "CivilianGroup"]
        # "Al Qaeda's branch in the Sahel, the Group for Support of Islam and Muslims (JNIM), has claimed":
        # a possessor is not the head of the subject, the group named in apposition is
        while len(subj) > 1 and re.match(r"'s?\s", f[subj[0].end:subj[0].end + 3]) and \
                not any(x is subj[1] for x in self._group(S, subj[0])):
            subj = subj[1:]
        if subj:
            return grp(subj[0])
        # "In a communiqué, the group said": the speaker after the noun
        if kind == "announce" and re.match(r"(?:statements?|communiques?)", f[a:b]):
            after = [m for m in actors if m.start >= b and m.start < hi and not self._prep_before(S, m)]
            if after:
                return grp(after[0])
        return None

    def _statement_event(self, st: RuleState, S: Sent, issuer: list[Mention], d, target, kind) -> Ev | None:
        ids = {m.eid for m in issuer}
        # a spokesman or minister speaks for the body he belongs to
        bodies = {o for i in ids for o in st.speaks_for.get(i, ())}
        for ev in reversed(st.events[-WINDOW:]):
            if ev.cls != "Statement" or S.no - ev.last_sent > 3:
                continue
            if bodies & ev.actors("PARTICIPANT") and S.no - ev.last_sent <= 2:
                for m in issuer:
                    self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
                if d and self._better_date(ev, d):
                    ev.date, ev.precision, ev.date_kind, ev.date_ev = d.value, d.precision, d.kind, (d.start, d.end, S.quote)
                ev.last_sent = S.no
                return ev
            if ev.actors("PARTICIPANT") & ids and (not d or not ev.date or overlaps(ev.date, d.value, 1)):
                if d and self._better_date(ev, d):
                    ev.date, ev.precision, ev.date_kind, ev.date_ev = d.value, d.precision, d.kind, (d.start, d.end, S.quote)
                ev.last_sent = S.no
                return ev
        ev = Ev(st.next_key, "Statement", S.no, (S.start, S.end), S.quote)
        st.next_key += 1
        st.events.append(ev)
        st.by_key[ev.key] = ev
        if d:
            ev.date, ev.precision, ev.date_kind, ev.date_ev = d.value, d.precision, d.kind, (d.start, d.end, S.quote)
        for m in issuer:
            self._slot(ev, "PARTICIPANT", m.eid, None, S, m)
        ev.last_sent = S.no
        return ev

    def _group_spoken_for(self, st: RuleState, S: Sent, target: Ev) -> list:
        """The armed group a person speaks for when he claims or denies an event: the sentence says
        he leads or speaks for "the militia", "the group", or that the deed is "his men's"; the group
        is the one of that kind the report names in the sentence or already links to the event."""
        f = S.folded[S.start:S.end]
        lead = re.search(r"\b(?:chef|leader|head|commander|commandant|spokes(?:man|woman|person)|porte-parole|dirigeant|"
                         r"fondateur|founder|emir)\s+(?:of|de|du|d')\s*(?:the\s+|la\s+|le\s+|l')?(milice|militia|group\w*|"
                         r"mouvement|movement|organisation|organization|association|katiba|coalition)\b", f) or \
            re.search(r"\b(milit\w+|group|movement|organi[sz]ation|coalition)'s\s+(?:\w+\s+)?(?:leader|chief|head|commander|"
                      r"spokes(?:man|woman|person)|founder|emir)\b", f)
        own = re.search(r"\b(?:ses|his|its|their|leurs?|son|sa)\s+(hommes|men|fighters|combattants|elements|membres|members|"
                        r"troupes|troops|groupe|group|mouvement|movement|milice|militia|organisation|organization)\b", f)
        if not (lead or own):
            return []
        kind = (lead or own).group(1)
        cands = [m.eid for m in S.ms if m.label == "Actor" and m.cls in NONSTATE]
        cands += [a for a in target.actors("ATTRIBUTED_TO") if (self.gaz.cls(a) or self._new_cls(st, a)) in NONSTATE]
        cands = list(dict.fromkeys(cands))
        if kind.startswith(("mili", "associ")):
            cands = [a for a in cands if (self.gaz.cls(a) or self._new_cls(st, a)) == "Militia"]
        return cands if len(cands) == 1 else []

    def _not_target(self, ev: Ev, eid: str, S: Sent) -> None:
        """An actor this sentence makes the author of an event (it claims it, is blamed or suspected)
        is not also its target or victim by the word order of the same sentence ("IS claimed the
        attack on Saturday through its agency", "la milice X pointée du doigt")."""
        for pred in ("TARGETED", "VICTIM"):
            old = ev.slots.get((pred, eid))
            if old is not None and old[3] == (S.start, S.end):
                del ev.slots[(pred, eid)]

    def _claimed_objects(self, S: Sent, trigs, speech) -> dict:
        """Definite event nouns that a claim, a denial or a blame is about ("claimed responsibility
        for the attack", "a revendiqué l'attaque", "denied any role in the massacre"): id of the
        trigger -> key of its speech act. Such a noun refers to an event already told; a date after
        it is the speech act's ("... for the attack on Saturday")."""
        out = {}
        for t in trigs:
            if t.verb or not t.definite:
                continue
            for kind, a, b in speech:
                if kind in ("claim", "deny", "blame") and b <= t.start and _SPEECH_OBJECT.fullmatch(S.folded, b, t.start):
                    out[id(t)] = ("speech", a)
        return out

    def _blamed(self, st, S: Sent, b: int, target: Ev, issuer):
        ids = {m.eid for m in issuer}
        for m in S.ms:
            if m.label != "Actor" or m.eid in ids or m.start < b or m.cls not in NONSTATE | {"StateForce"}:
                continue
            if self._partner_charge(S, b, m) or self._relational(S, m) or \
                    (m.cls == "StateForce" and ("TARGETED", m.eid) in target.slots):
                continue   # "accusés de soutenir la katiba X": the accused's partner is not blamed for the event
            if _COUNTED.search(S.folded, max(S.start, m.start - 30), m.start) or \
                    m.paren and _COUNTED_NP.search(S.folded, max(S.start, m.start - 80), m.start):
                continue   # "blamed on jihadists, killed forty people: six soldiers and 34 VDP": the dead
            conf = self._hedge(S, m) or "attributed"
            self._slot(target, "ATTRIBUTED_TO", m.eid, conf, S, m)
            self._not_target(target, m.eid, S)

    # -- attributions without an event word ("the attackers most likely belonged to X") -----------
    def _attributions(self, st: RuleState, S: Sent, sent_events: list[Ev], speech):
        perp_events = VIOLENT - {"MilitaryOperation"}
        # without a violent event in the sentence or one told just before, nothing is attributed: the
        # sentence is not searched for the words
        if not any(e.cls in perp_events for e in sent_events) and self._attributed_before(st, S, perp_events) is None:
            return
        f = S.folded[S.start:S.end]
        cue = _ATTRIBUTION_CUE.search(f)
        if not cue:
            return
        if self._disproved_at(S, S.start + cue.start(), S.start + cue.end()):
            return   # "ne prouvent pas un massacre commis par X": a fact-check's denial, not an attribution
        if re.match(r"(?:elements?|fighters|combattants|jihadists|jihadistes|djihadistes)", cue.group(0)) and \
                not re.search(r"\b(?:kill\w*|attack\w*|kidnap\w*|abduct\w*|fired|shot|stormed|execut\w*|massacr\w*|ambush\w*|"
                              r"tue\w*|attaqu\w*|enlev\w*|kidnapp\w*|tire\w*|assassin\w*|auteurs?|perpetrators?|responsib\w*|"
                              r"evoqu\w*|soupcon\w*|suspect\w*|behind|derriere|pris part|prendre part|took part|taken part|"
                              r"participe\w*|participated)\b", f):
            return   # "jihadists of X have long been present": a presence, not an attribution
        targets = [e for e in sent_events if e.cls in perp_events]
        if re.match(r"accus", cue.group(0)):
            kept = [e for e in targets if not self._occasion(S, S.start + cue.end(), e)]
            if len(kept) < len(targets) and not kept:
                return
            targets = kept
        if len(targets) > 1 and re.search(r"\b(?:responsib\w*|responsables?|tenue?s? pour|blamed for|accused of|accuse\w* d)\b", f):
            for e in targets[1:]:
                self._attribute_to(st, S, e, speech, cue)
        ev = targets[0] if targets else None
        if ev is None and re.match(r"(?:presente|described as|identified as)", cue.group(0)) and not _PERP_OR_DEED.search(f):
            return   # "des hommes, que Paris présente comme des mercenaires de X, recouvrent des corps": who they are, not what they did
        if ev is None:
            ev = self._attributed_before(st, S, perp_events)
        if ev is None:
            return
        self._attribute_to(st, S, ev, speech, cue)
        if not targets and _BOTH_EVENTS.search(f):
            # "Les deux attaques sont attribuées au JNIM", "both attacks were blamed on": the one told before too
            other = next((e for e in reversed(st.events[-WINDOW:]) if e is not ev and e.cls in perp_events and
                          S.no - e.last_sent <= 4), None)
            if other is not None:
                self._attribute_to(st, S, other, speech, cue)

    def _attributed_before(self, st: RuleState, S: Sent, perp_events) -> Ev | None:
        """The violent event told just before that an attribution without one of its own is about."""
        cur = self._ev(st, st.current)
        if cur and cur.cls in perp_events and S.no - cur.last_sent <= 6 and not cur.yardstick:
            return cur
        for e in reversed(st.events[-WINDOW:]):
            if e.cls in perp_events and S.no - e.last_sent <= 6 and not e.weak and not e.yardstick:
                return e
        return None

    def _attribute_to(self, st: RuleState, S: Sent, ev: Ev, speech, cue):
        claimers = set()
        for kind, a, b in speech:
            if kind == "claim" and not NEGATED.search(S.folded[max(S.start, a - 25):a]):   # "did not claim"
                iss = self._issuer(S, a, b, kind)
                claimers |= {m.eid for m in iss or []}
        cue_pos = S.start + cue.start()
        c = cue.group(0)
        suspicion = bool(re.fullmatch(_SUSPECT_ACTIVE + "|" + _SUSPECT_PASSIVE + "|" + _SUSPICION_FELL, c))
        # "X is held responsible for", "X est tenu pour responsable de", "X pointée du doigt", "X are
        # suspected": the author comes first
        subject_first = bool(re.match(r"(?:(?:(?:was|were|is|are|be|been|est|sont|etait|etaient|serait|seraient|etre) (?:\w+ )?)?(?:responsib|responsab)|responsable|blamed for|accused of|accuse|pointe|mise? en cause|"
                                      r"behind|carried|perpetrat|committed|conducted|staged|orchestrated|masterminded|"
                                      r"derriere|mene|mener|commis|perpetre|l'auteur)", c)) or \
            (suspicion and bool(re.fullmatch(_SUSPECT_PASSIVE, c)))
        subj = None
        if subject_first:
            before = [m for m in S.ms if m.label == "Actor" and m.end <= cue_pos and m.cls in NONSTATE | {"StateForce"}
                      and (not self._prep_before(S, m) or self._member_of(S, m))]
            subj = before[0] if before else None
        for m in S.ms:
            if m.label != "Actor" or m.cls not in NONSTATE | {"StateForce"}:
                continue
            if m.start < cue_pos - 5 and m is not subj and \
                    not re.search(r"\b(?:fighters|militants|jihadists|elements)\b", S.folded[m.end:m.end + 15]):
                continue
            if self._relational(S, m):
                continue
            if m.cls == "StateForce" and not re.search(r"\b(?:soldiers|troops|army|forces)\b", S.folded[cue_pos:m.start]):
                if m.cls == "StateForce" and ev.actors("TARGETED") & {m.eid}:
                    continue
            if m.start > cue_pos and self._partner_charge(S, cue_pos, m):
                continue   # "villagers accused of supporting X": X is the accused's partner, not the author
            if m.start > cue_pos and (_COUNTED.search(S.folded, max(S.start, m.start - 30), m.start) or
                                      m.paren and _COUNTED_NP.search(S.folded, max(S.start, m.start - 80), m.start)):
                continue   # "attribuée à des jihadistes, avait fait quarante morts, six soldats et 34 VDP": the dead
            if m.cls == "StateForce" and ("TARGETED", m.eid) in ev.slots:
                continue   # "held responsible for the ambush that killed four American soldiers"
            conf = self._hedge(S, m) or ("possible" if suspicion else
                                         "probable" if re.search(r"hallmark|signature|marque", c) else "attributed")
            if m.eid in claimers:
                conf = "claimed"
            self._slot(ev, "ATTRIBUTED_TO", m.eid, conf, S, m)
            self._not_target(ev, m.eid, S)
        ev.last_sent = S.no

    def _passive_speech(self, S: Sent, a: int) -> bool:
        return bool(re.search(r"\b(?:is|are|was|were|been|being|be|est|sont|etait|etaient|a ete|ont ete|avait ete|avaient ete|"
                              r"fut|furent|sera|seront)\s+(?:\w+\s+)?$", S.folded[max(S.start, a - 30):a]))

    def _partner_charge(self, S: Sent, a: int, m: Mention) -> bool:
        """Civilians accused or suspected of supporting, sheltering or belonging to the group named
        ("des habitants accusés de soutenir X", "villagers suspected of links with X"): the charge
        against them, not an attribution of the event to X. Fighters "suspected of belonging to X"
        are X's."""
        charge = _CHARGE_PARTNER.search(S.folded, a, m.start)
        if not charge:
            return False
        lo, _ = self._clause(S, a, a + 1)
        # the accused is the people named last before the charge ("les assaillants avaient accusé les
        # habitants de collaborer avec X": the inhabitants)
        civ = [x.start() for x in CIVILIAN_ANY.finditer(S.folded, max(lo, a - 80), charge.start())]
        fighters = [x.start() for x in FIGHTER_ANY.finditer(S.folded, max(lo, a - 80), charge.start())]
        return bool(civ) and (not fighters or civ[-1] > fighters[-1])

    def _member_of(self, S: Sent, m: Mention) -> bool:
        """"members of X", "des miliciens de X", "fighters from X": the people named are X's."""
        return bool(re.search(r"\b(?:" + "|".join(sorted(PERP_NOUNS)) + r"|membres?|miliciens?|militiamen|soldiers|soldats)\s+"
                              r"(?:of|from|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l')?$", S.folded[max(S.start, m.start - 40):m.start]))

    def _relational(self, S: Sent, m: Mention) -> bool:
        """An actor named only to describe another ("membre du JNIM", "a JNIM affiliate", "led by X")."""
        if m.paren:
            # "affiliée au Groupe de soutien à l'islam et aux musulmans (GSIM, ...)": the abbreviation restates
            # the name before the bracket, and describes as much as it does
            p = S.folded.rfind("(", S.start, m.start)
            named = [x for x in S.ms if x.eid == m.eid and x is not m and x.end <= p and not S.folded[x.end:p].strip()]
            if p >= 0 and not S.folded[p + 1:m.start].strip() and named:
                return self._relational(S, named[-1])
        before = S.folded[max(S.start, m.start - 30):m.start]
        after = S.folded[m.end:m.end + 20]
        if m.cls == "Person" and re.search(r"\b(?:leader|chef|head|emir)\s*$", before):
            return False   # "opposition leader Soumaila Cisse": a title of the person named, not of another actor
        return bool(re.search(r"\b(?:membre|member|branche|branch|composante|component|part|partie|affili\w*|led by|dirigee? par|"
                              r"alliee?s?|allied (?:with|to)|ally of|allies of|"
                              r"chef|leader|head|emir|allegiance|allegeance|loyal to|proche|close to|linked to|lie[es]? a|"
                              r"filiale|franchise|bras arme|armed wing|wing|aile|offshoot|emanation)"
                              r"(?:\s+(?:sahelienne|sahelien|saharienne|regionale?|locale?|malienne|ouest-africaine))?"
                              r"\s*(?:of\s+|d[eu]\s+|d'|de la\s+|de l'|a\s+|au\s+|to\s+)?(?:the\s+|le\s+|la\s+|l')?$", before)) \
            or bool(re.match(r"\s*(?:affiliate|affiliated|branch|component|franchise|offshoot|wing|'s (?:leader|chief|emir|"
                             r"(?:\w+\s+)?(?:branch|affiliate|franchise|offshoot|wing|arm|ally|allies))|-(?:linked|affiliated|allied|aligned))\b", after))

    # -- output --------------------------------------------------------------------------------
    def _ev(self, st: RuleState, key) -> Ev | None:
        if key is None:
            return None
        return st.by_key.get(key)

    def _flush(self, st: RuleState, out: Extraction, base: int, final: bool):
        from .relations import finish_relations

        finish_relations(self, st)
        self._merge_spokesmen(st)
        # a community named in passing ("Dogon communities") is not an actor of this report;
        # one that attacks or suffers is
        used = {a for e in st.events for (_, a) in e.slots} | {r.subject for r in st.rels} | {r.object for r in st.rels}
        idle = {i for i in st.ethnic_ids if i not in used}
        pend = getattr(st, "new_pending", [])
        keep_new = [ne for ne in pend if ne.id not in idle]
        st.new_pending = [ne for ne in pend if ne.id in idle] if not final else []
        out.entities.extend(keep_new)
        pm = getattr(st, "pending_mentions", [])
        out.mentions.extend(m for m in pm if m.id not in idle)
        st.pending_mentions = [m for m in pm if m.id in idle] if not final else []
        keep = []
        for ev in st.events:
            if not self._keep(ev) and not self._lede_news(st, ev):
                continue
            if ev.ongoing and not ev.date and st.ref.day:
                ev.date, ev.precision, ev.date_kind = st.ref.day.isoformat(), "day", "relative"
            keep.append(ev)
        self._story_dates(st, keep)
        self._branch_actors(st, keep)
        for ev in keep:
            # a raid on civilians that harmed no one and took or burned their goods: looting, an attack
            if ev.id is None and ev.cls == "ViolenceAgainstCivilians" and ev.loot and not ev.harm:
                ev.cls = "Attack"
        for ev in keep:
            if ev.id is None:
                ev.id = self._event_id(st, ev)
        by_key = {ev.key: ev for ev in keep}
        for ev in keep:
            out.events.append(self._record(ev, base))
        for (a, pred, b, conf, span, quote) in st.ev_rels:
            if a in by_key and b in by_key and a != b:
                out.relations.append(RelationRecord(by_key[a].id, pred, by_key[b].id, conf,
                                                    (base + span[0], base + span[1]), quote))
        for r in st.rels:
            out.relations.append(RelationRecord(r.subject, r.predicate, r.object, r.confidence,
                                                (base + r.span[0], base + r.span[1]), r.evidence, r.valid_from, r.valid_until))
        st.rels = []
        st.ev_rels = [x for x in st.ev_rels if not (x[0] in by_key and x[2] in by_key)] if not final else []
        st.rel_index = {}
        st.speaks_for = {}
        if final:
            st.events = []
        else:
            # keep only recent events for joining across chunks
            st.events = [e for e in st.events if st.sentence_no - e.last_sent <= 12]
        st.by_key = {e.key: e for e in st.events}

    def _branch_actors(self, st: RuleState, events: list) -> None:
        """A global movement named as an actor of a local event ("Islamic State fighters stormed
        Talataye") acts through its branch there, as the pack records them (ISGS PART_OF the Islamic
        State, active in Mali, Niger and Burkina Faso): the branch the event already names wins, else
        the one branch the report names, else the one branch the pack has in the event's country.
        Only a movement the pack places in other countries than the event's is read so; with no
        branch or several, it stays."""
        for ev in events:
            if ev.cls not in VIOLENT:
                continue   # a statement is the movement's own word
            for (pred, a) in [k for k in ev.slots if k[0] in _BRANCH_ROLES]:
                branches = self.gaz.branches(a)
                if not branches or ev.slots[(pred, a)][0] in ("claimed", "denied"):
                    continue   # "the Islamic State claimed the attack" through its agency: the movement speaks
                # (a pack place's country: a village the text created may have a two-letter id, "place:am")
                cc = (self.gaz.country_of(ev.place) if ev.place in self.gaz.info else None) or st.main_country()
                home = self.gaz.countries(a)
                if not cc or not home or cc in home:
                    # ISGS itself is active in Mali: "ISGS fighters" are not one of its katibas, nor are
                    # "Katiba Macina (JNIM) militants" the katiba alone; with no country known, nothing to go by
                    continue
                if any((p2, b) in ev.slots for b in branches for p2 in _BRANCH_ROLES):
                    del ev.slots[(pred, a)]   # "ISGS attacked ..." told beside "Islamic State fighters"
                    continue
                named = [b for b in branches if b in st.mentioned]
                if len(named) != 1:
                    named = [b for b, cs in branches.items() if cc in cs] if not named else []
                if len(named) == 1:
                    ev.slots.setdefault((pred, named[0]), ev.slots[(pred, a)])
                    del ev.slots[(pred, a)]

    def _story_dates(self, st: RuleState, events: list) -> None:
        """The news the lede tells is the news of the day: an event the first sentences tell
        without a date takes the report's publication day, as event coders date by the story
        when it gives no other date (GDELT, ICEWS, ACLED). Only a publication date given or read
        from a dateline counts (not the latest date a report names), and only for the lede:
        later undated events are often background."""
        if not st.ref.day or st.ref.source not in ("published", "dateline", "today") or st.ref.lower_bound:
            return
        if st.lede_sent is None:
            if not events:
                return
            st.lede_sent = min(ev.sent for ev in events)
        # the fighting within an operation the lede tells is news of the same day, wherever it is told
        lede_parts = {a for (a, p, b, *_) in st.ev_rels if p == "PART_OF" and
                      (b in st.by_key and st.by_key[b].sent <= st.lede_sent + 1)}
        for ev in events:
            if not ev.date and (ev.sent <= st.lede_sent + 1 or ev.key in lede_parts):
                ev.date, ev.precision, ev.date_kind = st.ref.day.isoformat(), "day", "published"

    def _merge_spokesmen(self, st: RuleState) -> None:
        """A spokesman's or minister's statement right after his government's is that statement."""
        speaks_for: dict = {}
        for r in st.rels:
            if r.predicate in ("MEMBER_OF", "LEADER_OF"):
                speaks_for.setdefault(r.subject, set()).add(r.object)
        if not speaks_for:
            return
        stmts = sorted((e for e in st.events if e.cls == "Statement"), key=lambda e: e.sent)
        gone: set = set()
        for k, b in enumerate(stmts):
            bodies = {o for p in b.actors("PARTICIPANT") for o in speaks_for.get(p, ())}
            if not bodies:
                continue
            for a in reversed(stmts[max(0, k - 6):k]):
                if a.key in gone or b.sent - a.last_sent > 2:
                    continue
                if bodies & a.actors("PARTICIPANT"):
                    if b.date and (not a.date or self._better_date(a, DateExpr(0, 0, b.date, b.precision or "day", b.date_kind or "explicit"))):
                        a.date, a.precision, a.date_kind, a.date_ev = b.date, b.precision, b.date_kind, b.date_ev
                    self._merge_into(st, a, b)
                    gone.add(b.key)
                    break

    def _lede_news(self, st: RuleState, ev: Ev) -> bool:
        """An act of violence or a protest the report opens with is its news even when the lede
        names no day, no place and no known actor ("Two teachers were abducted by unidentified
        armed men."): the publication day dates it (``_story_dates``)."""
        if ev.cls not in VIOLENT and ev.cls != "Protest" or not st.ref.day or st.ref.lower_bound or \
                st.ref.source not in ("published", "dateline", "today"):
            return False
        return ev.sent <= 1

    def _keep(self, ev: Ev) -> bool:
        if ev.cls == "Statement":
            return bool(ev.actors("PARTICIPANT"))
        has_actor = bool(ev.slots)
        if not (ev.date or ev.place or has_actor or ev.name):
            return False
        if ev.cls in ("Negotiation", "Agreement") and not has_actor:
            # a pact signed on a day at a place is news though its parties are not actors the text
            # names as such ("the two communities signed a peace agreement in Koro on 3 May")
            return ev.cls == "Agreement" and ev.precision == "day" and bool(ev.place) and ev.date_kind != "published" and \
                bool(_SIGNED.search(fold(ev.evidence)))
        if ev.cls == "MilitaryOperation" and not (has_actor or ev.name or (ev.date and ev.place)):
            return False
        return True

    def _event_id(self, st: RuleState, ev: Ev) -> str:
        d = (ev.date or "undated").split("/")[0]
        where = None
        if ev.place:
            where = slug(self.gaz.name(ev.place) if ev.place in self.gaz.info else st.new_entities[ev.place].name
                         if ev.place in st.new_entities else ev.place.rsplit("/", 1)[-1])
        elif ev.name:
            where = slug(ev.name)
        else:
            parts = sorted(ev.actors("PARTICIPANT") or ev.actors("ATTRIBUTED_TO") or ev.actors("VICTIM"))
            if parts:
                where = slug(parts[0].split(":", 1)[-1])
        base = f"event:{d}-{_cls_slug(ev.cls)}" + (f"-{where}" if where else "")
        eid = base
        if eid in st.used_ids or not where or not ev.date:
            h = hashlib.sha1(f"{st.report_key}\x1f{ev.evidence}\x1f{ev.key}".encode()).hexdigest()[:6]
            eid = f"{base}-{h}"
        st.used_ids.add(eid)
        return eid

    def _record(self, ev: Ev, base: int) -> EventRecord:
        r = EventRecord(ev.id, ev.cls, ev.date, ev.precision, ev.place, ev.name, status=ev.status, troops=ev.troops,
                        span=(base + ev.span[0], base + ev.span[1]), evidence=ev.evidence)
        if ev.toll:
            _, lo, hi, kind = ev.toll
            r.fatalities_min, r.fatalities_max = lo, hi
            r.props_evidence["fatalities"] = ((base + ev.toll_ev[0], base + ev.toll_ev[1]), ev.toll_ev[2], kind)
        if ev.date_ev:
            r.props_evidence["date"] = ((base + ev.date_ev[0], base + ev.date_ev[1]), ev.date_ev[2])
        elif ev.date and ev.date_kind == "published":
            # the text gives no date: say where the day comes from, so nobody reads it as stated
            r.props_evidence["date"] = (r.span, f"[no date in the text; the report's publication date] {ev.evidence}")
        if ev.place_ev:
            r.props_evidence["place"] = ((base + ev.place_ev[0], base + ev.place_ev[1]), ev.place_ev[2])
        if ev.status_ev:
            r.props_evidence["status"] = ((base + ev.status_ev[0], base + ev.status_ev[1]), ev.status_ev[2])
        if ev.troops_ev:
            r.props_evidence["troops"] = ((base + ev.troops_ev[0], base + ev.troops_ev[1]), ev.troops_ev[2])
        for (pred, actor), (conf, span, quote, _sent) in ev.slots.items():
            if pred == "DENIED":   # the denial of an actor also attributed by the report (see _slot)
                pred = "ATTRIBUTED_TO"
            if pred == "ATTRIBUTED_TO" and ev.cls in _NO_AUTHOR:
                continue   # "accuses the authorities of breaking their word on the agreement": talks have no perpetrator
            r.slots.append(Slot(pred, actor, conf, (base + span[0], base + span[1]), quote))
        return r


CONF_ORDER = ["claimed", "attributed", "probable", "possible", "denied"]
# events nobody perpetrates: their parties are participants, a blame about them is no attribution
_NO_AUTHOR = {"Negotiation", "Agreement", "Release", "Statement"}


def rank(conf: str | None) -> int:
    return CONF_ORDER.index(conf) if conf in CONF_ORDER else 9


_HEDGE_RX = {
    level: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])")
    for level, words in L.HEDGES.items()
}


def hedge_level(window: str) -> str | None:
    """The hedge nearest the end of ``window`` (the words right before an actor)."""
    best, pos = None, (-1, 0)
    for level, rx in _HEDGE_RX.items():
        for m in rx.finditer(window):
            # at the same place the longer hedge wins: "aurait pu" (possible) over "aurait" (probable)
            if (m.start(), m.end()) > pos:
                best, pos = level, (m.start(), m.end())
    return best
