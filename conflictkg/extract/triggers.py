"""Words that announce an event, by ontology class, in English and French (folded text).

A trigger is a verb or a noun ("attacked", "the attack", "l'enlèvement", "a été enlevé"). Each
pattern lists the forms of one word family; ``plural`` forms ("attacks", "attaques") only make an
event when the text also gives it a date or a place (otherwise they are generic: "JNIM's
smaller-scale attacks"). Speech acts (claims, denials, announcements) are :data:`SPEECH`.
"""
from __future__ import annotations

from . import fastre as re
from dataclasses import dataclass
from .wordstarts import WordGate

# (class, regex of the word family, regex of its plural noun forms)
_T = [
    ("Attack",
     r"attack(?:s|ed|ing)?|assault(?:s|ed)?(?! rifles?)|raid(?:s|ed)?|ambush(?:es|ed)?|stormed|storming|overr(?:an|un)|"
     r"siege|besieg(?:ed|ing)|blockade(?:d)?|surrounded|encircled|"
     r"attaque(?:s|r|nt|e|es)?|assaut(?:s)?|embuscade(?:s)?|blocus|assiege(?:e|es|s)?|encerclent|"
     r"s'en (?:sont |est )?pris|s'en prendre|ont vise|a vise|qui a vise|(?:etait|etaient|est|sont|a ete|ont ete|avait ete|a egalement ete|ont egalement ete|ont aussi ete|a aussi ete) visee?s?|"
     r"prise d'assaut|was targeted|were targeted|"
     r"destroyed|burn(?:ed|t)(?: down)?|set fire to|set ablaze|torched|looted|pillaged|ransacked|sabotaged|"
     r"detrui(?:t|te|ts|tes|re|sent)|incendi(?:e|ee|es|ees|ent|er)|pill(?:e|ee|es|ees|ent|er|age)|mis le feu|saccag\w*|"
     r"opened fire (?:on|at|against)|fired (?:on|at|upon)|shot at|ouvert le feu (?:sur|contre)|tire sur|tire contre|"
     r"fired (?:\w+ )?(?:gun)?shots|made an incursion|incursions?|stole|stolen|rustled|(?:cattle|livestock) (?:rustling|theft|raid)|"
     r"seized (?:\w+ ){0,2}(?:livestock|cattle|goods|belongings|animals|food)|vols? de betail|enleve (?:du|le) betail|"
     r"harass(?:ed|ment)|intimidat(?:ed|ion)|beat(?:en)? up|tortured|raped|assaulted|intercepted|carjacked|hijacked|"
     r"ambushed|attaque a main armee|braqu\w*|"
     # looting and robbery by armed men (ACLED's looting/property destruction is an attack in our ontology)
     r"seized (?:\w+ ){0,4}(?:heads? of )?(?:livestock|cattle|goods|belongings|animals|food|vehicles?|cars?|trucks?|motorbikes?|motorcycles?|"
     r"carts?|donkeys|camels|goats|sheep|herds?|flocks?|ambulances?|money|cash|funds|supplies|voter cards|ballot box(?:es)?|"
     r"(?:voting |ballot )?urns?|pick-?ups?|(?:election|electoral|elections|voting|polling) (?:materials?|equipment|kits))|"
     r"(?:emporte|saisi|vole|confisque|detourne)(?:e|s|es)? (?:\w+ ){0,2}materiel electoral|"
     r"robbed|robbery|extorted|extortion|racketed|racketeering|stripped (?:\w+ ){0,4}of (?:(?:their|his|her|its|all) )?"
     r"(?:belongings|money|goods|possessions|valuables)|vandali[sz]ed|broke into|"
     r"opened fire|ouvert le feu|targeted|"
     # a position or a unit struck, a unit under fire (the rules drop "struck" after a strike, a bomb or a vehicle)
     r"(?:struck|hit)(?= (?:an? |the |two |three |several )?(?:\w+ ){0,2}(?:posts?|outposts?|checkpoints?|camps?|bases?|barracks|"
     r"garrisons?|convoys?|patrols?|positions?|gendarmerie|police stations?)\b)|c(?:a|o)mes? under (?:heavy |intense |sustained )?"
     r"(?:gun|small-arms )?fire|essuy\w* (?:des |de nombreux )?tirs|"
     r"(?:attempted|tried|attempts?|attempting) to (?:attack|storm|seize|hijack|carjack|rob|enter)|tente d'attaquer|tentative d'attaque|"
     # "a double attack", "a triple-attack against the gendarmerie, customs and police"
     r"(?:double|triple|twin|dual|multiple|simultaneous)-attacks?|attaques? (?:simultanees|multiples)|"
     r"carjackings?|hijackings?|"
     # people beaten, stabbed, mistreated ("was severely beaten by soldiers", "passé à tabac")
     r"(?:was|were|been|being|severely|badly|brutally|savagely|allegedly|reportedly) beaten(?! (?:back|off))|"
     r"beat (?:him|her|them|us)|stabbed|mistreated|ill-treated|"
     r"subjected to (?:\w+ )?(?:torture|beatings?|ill-treatment|mistreatment)|"
     r"soumis(?:e|es)? a (?:la |des |de )?(?:\w+ )?(?:torture|sevices|mauvais traitements)|tortur(?:e|ee|es|ees)|"
     r"passe(?:e|s|es)? a tabac|tabass(?:e|ee|es|ees|ent|er)|poignarde(?:e|s|es)?|maltraite(?:e|s|es)?|"
     r"vole(?:nt|rent)? (?:\w+ ){0,3}(?:betail|vehicules?|motos?|biens)|extorqu\w*|rancon(?:ne|nent|nes)|depouill\w*|"
     r"vandalis\w*",
     r"attacks|assaults|raids|ambushes|attaques|assauts|embuscades"),
    ("Clash",
     r"clash(?:es|ed)?|fighting|fought|firefights?|gunfights?|gun battles?|battles?|exchanged (?:gun)?fire|exchange of fire|"
     r"engaged in (?:a )?(?:fight|gunfight|firefight|combat)|"
     r"combats?|affrontements?|affronte(?:s|es)?|accrochages?|echanges? de tirs|heurts|"
     # both sides fire: a fight, whoever started it
     r"shoot-?outs?|skirmish(?:es)?|exchanges? of (?:gun)?fire|exchanged (?:gun)?shots|(?:gun)?fire exchanges?|"
     r"returned fire|fired back|riposte\w*|se sont affrontes|ont riposte|"
     # fighting between two parties told as "violence": "renewed violence between Dogon and Fulani in Koro"
     r"violence(?= (?:(?:erupted|broke out|flared up|flared)\s+)?between )|violences?(?= (?:intercommunautaires? |communautaires? |(?:ont|a|avaient|avait) eclate )?entre )",
     r"clashes|battles|combats|affrontements|accrochages|heurts|firefights|violence|violences"),
    ("Explosion",
     r"ieds?|(?:double|dual|twin|triple)-ieds?|improvised explosive devices?|explosive devices?|roadside bombs?|landmines?|(?:land|anti-personnel|anti-tank) mines?|"
     r"car bombs?|(?:vehicules?|voitures?|camions?) piegee?s?|suicide (?:bomb(?:ing|er|ers|ings|s)?|attacks?)|bombings?|explosions?|exploded|blasts?|detonated|blew up|"
     r"fait sauter|fait exploser|a explose|ont explose|"
     r"drone strikes?|air ?strikes?|aerial strikes?|shelling|shelled|rocket (?:fire|attacks?)|mortar (?:fire|attacks?|shells|rounds)|"
     r"(?:fired|launched|lobbed|shot) (?:\w+ ){0,3}(?:mortars?|rockets?|shells?|missiles?|barrages?|projectiles?)|"
     r"(?:mortar|rocket|artillery) (?:and rocket |and mortar )?(?:barrages?|strikes?|shells?|rounds)|indirect fire|"
     r"tirs? de (?:mortiers?|roquettes?|obus)|obus de mortier|"
     r"engins? explosifs?(?: improvises?)?|eei|(?:sur|par) une mine|mines? antipersonnel|bombes?|kamikazes?|"
     r"attentat(?:s)?(?:-suicide| suicide)?|frappes? (?:aeriennes?|de drones?|francaises?|americaines?)|bombardements?|"
     r"tirs? d'obus|tirs? de roquettes?|a saute sur|ont saute sur|saute sur|"
     # a vehicle or a charge that blew up: "un véhicule chargé d'explosifs a sauté avec ses occupants"
     r"(?:a|ont|avait|avaient) saute(?= avec| a | pres| non loin| devant| au passage| en)|"
     r"(?:threw|thrown|lobbed|hurled|tossed) (?:\w+ ){0,2}(?:hand )?grenades?|grenade (?:attacks?|explosions?|blasts?)|"
     r"(?:lance|lancer|jete?) (?:une |des )?grenades?|"
     r"(?:set off|setting off|planted|planting|detonated|detonating|placed|using|with) (?:\w+ )?explosives|roadside explosives?|"
     r"explosives? (?:detonated|exploded|went off)|detonations?|"
     r"(?:hit|struck|struck by|hit by|stepped on|ran over|drove over|detonated) (?:a |an |the )?(?:mines?|landmines?)|"
     r"(?:rockets?|mortars?|mortar shells?|shells?|projectiles?)(?: or (?:rockets?|mortars?))? (?:fired|struck|hit|landed|fell|were fired)|"
     r"(?:by|of) (?:\w+ )?(?:rockets?|mortars?|mortar shells?)(?:/(?:rockets?|mortars?))?|"
     r"(?:air|aerial|drone|precision|helicopter|helo) strikes?|air raids?|raids? aeriens?|(?:launched|fired) (?:a |an )?(?:rocket|mortar|missile)|"
     # aircraft "carried out a strike that hit a hut", "ont mené des frappes": the strikes of an air force
     r"(?:carried out|conducted|launched) (?:a |an |two |three |several |multiple |new )?strikes?|"
     r"(?:mene|effectue|conduit|procede a) (?:une|des|deux|trois|plusieurs|de nouvelles) frappes?",
     r"ieds|devices|bombs|landmines|mines|bombings|explosions|blasts|strikes|airstrikes|engins|bombes|attentats|frappes|bombardements"),
    ("Kidnapping",
     r"kidnap(?:ped|ping|pings|s)?|abduct(?:ed|ion|ions|ing|s)?|taken hostage|hostage[- ]taking|"
     r"enlevement(?:s)?|enleve(?:e|es|s)?|enlever|enlevent|kidnapp(?:e|ee|es|ees|ing)|rapts?|"
     r"pris(?:e|es)? en otages?|prises? d'otages?|emmene(?:e|s|es)? vers une destination inconnue|sequestre(?:e|s|es)?|"
     r"taken away|took (?:him|her|them) away|(?:was|were|been) seized|took (?:\w+ ){0,4}to an unknown (?:destination|location)|"
     r"(?:was|were|been) taken to an unknown (?:destination|location)|"
     # taken from where one lives is taken by force (no one is "taken from his home" to a meeting)
     r"(?:was|were|been|being) taken from (?:his|her|their) (?:homes?|houses?|residences?|compounds?)|"
     r"(?:a|ont|avait|avaient|ete) (?:ete )?(?:emmene|arrache)(?:e|s|es)? (?:de chez (?:lui|elle|eux)|de (?:son|leur|leurs) domiciles?)|"
     r"forc(?:ed|ibly|efully) disappear(?:ed|ance|ances)?|disparitions? forcees?|"
     r"(?:attempted|tried) to (?:abduct|kidnap)|tentative d'enlevement|tente d'enlever|"
     # people seized, snatched or taken hostage: the words of an abduction that also tell of goods
     # ("seized two teachers", "took the driver hostage", "were taken by gunmen"; the rules keep the
     # passive forms only when people were taken)
     r"(?:seized|snatched|grabbed|carried off) (?:(?!(?:from|of|with|belonging|to|in|at|near|on|and)\b)\w+ ){0,3}?(?:people|persons|civilians|villagers|residents|teachers|"
     r"students|pupils|traders|merchants|herders|shepherds|farmers|women|children|girls|boys|men|drivers|passengers|workers|"
     r"officials|relatives|notables|(?:an?|the|one) (?:\w+ )?(?:man|woman|girl|boy|child|teacher|trader|merchant|herder|"
     r"shepherd|farmer|driver|official|chief|imam|mayor|nurse|doctor|student|worker|villager|resident|civilian|councill?or|"
     r"cleric|priest|pastor|journalist|notable))(?![\w-])|"
     r"took (?:\w+ ){0,4}?hostages?|(?:was|were|been) (?:snatched|carried off|taken by)|"
     r"(?:a|ont|avait|avaient) ete ravi(?:e|s|es)? par|(?:emmene|enleve|amene)(?:e|s|es)? de force",
     r"kidnappings|abductions|enlevements|rapts"),
    ("ViolenceAgainstCivilians",
     r"massacre(?:s|d)?|killings|slaughter(?:ed)?|executed|executions?|summar(?:y|ily) execut\w+|murder(?:ed|s)?|"
     # "accused soldiers of executing 12 men" (not "executing orders", "executing its mandate")
     r"executing(?! (?:a|an|the|its|their|his|her|orders?|plans?|mandates?|missions?|warrants?|contracts?)\b)|"
     r"assassinat(?:ed|ion|ions)?|assassin(?:e|ee|es|s)|lynch(?:ed|ing)|tuerie(?:s)?|massacree?s?|execute(?:e|es|s)?|"
     r"opened fire on|ouvrir le feu sur|ouvert le feu sur|exactions?|atrocit(?:y|ies|e|es)|"
     r"(?:attempted|tried) to (?:assassinate|kill|murder|lynch)|tente d'assassiner|tentative d'assassinat",
     r"massacres|killings|executions|murders|assassinats|tueries|exactions|atrocities|atrocites"),
    ("MilitaryOperation",
     r"operations?|offensive|military campaign|counter-?(?:terrorism|insurgency) campaign|deploy(?:ed|ment|ing)|"
     r"reinforcements?|sweep|air-land|neutralis(?:ed|ation)|neutraliz(?:ed|ation)|captured|"
     r"deploiement|deploye(?:s|es)?|renforts?|neutralise(?:e|s|es)?|neutralisation|ratissage|"
     r"(?:sont|est|etaient) entre(?:e|es|s)? (?:a|dans)|entered(?! into)|took control of|(?:taken|taking|takes|take|regained|retaken|retook) control of|recaptured|retook|repris le controle|send \d[\d,]* (?:additional |more |extra )?(?:troops|soldiers)|"
     r"envoyer \d[\d ]* (?:soldats|militaires)|"
     # a force sets up a base; weapons and explosives taken or made safe by a force
     r"(?:installed|established|set up|opened|built) (?:a |an |its |their )?(?:new )?(?:military |army |forward |operating |temporary )?"
     r"(?:bases?|camps?|outposts?)|(?:installe|etabli|ouvert|construit) (?:une|un|sa|leur) (?:nouvelle |nouveau )?(?:base|camp)|"
     r"defus(?:ed|ing|al)|desamorc(?:e|ee|es|ees|age)|dismantl(?:ed|ing)|demantele(?:e|s|es)?|"
     # a device found or made safe before it went off: "discovered an IED on the road", "a mine was disposed of"
     r"(?:discovered|found|spotted|detected|uncovered|disposed of|seized|confiscated|recovered) (?:a |an |the |two |three |several )?(?:\w+ )?"
     r"(?:ieds?|(?:(?:anti-tank|anti-personnel) |land ?)?mines?|(?:improvised )?explosive devices?)|"
     r"(?:ieds?|(?:(?:anti-tank|anti-personnel) |land ?)?mines?|explosive devices?) (?:was|were) (?:\w+ )?(?:disposed of|defused|discovered|found|detected)|"
     r"(?:decouvert|detecte|repere)(?:e|s|es)? (?:un|une|des|deux|trois) (?:engins? explosifs?|mines?|eei)|"
     r"(?:destroyed|detruit|detruits) (?!by |par )(?:\w+ ){0,2}(?:ieds?|mines?|(?:explosive )?devices?|explosives|engins? explosifs?)|"
     # (not the weapons of the people the assailants killed: "killed two soldiers and seized their weapons")
     r"(?:seized|confiscated|discovered|recovered|found|uncovered) (?:(?!(?:his|her|their|its|the victims') )\w+ ){0,3}"
     r"(?:weapons|arms|ammunition|munitions|explosives|caches?|rockets|ied-making)|"
     r"(?:saisi|decouvert|recupere|confisque)e?s? (?:(?!(?:leurs?|ses|son|sa) )\w+ ){0,3}(?:armes|munitions|explosifs|caches?)|"
     r"saisies? d'armes|caches? d'armes",
     r"operations|deployments|sweeps"),
    ("Negotiation",
     r"negotiat(?:ion|ions|e|ed|ing)|talks|contacts? with|seeking contact|mediation|emissar(?:y|ies)|good offices|"
     r"pourparlers|tractations|negociations?|negocier|negocie|dialoguer|discuter avec|mediation|emissaires?|"
     r"bons offices|contacts? avec|dialogue avec|dialogue with|le dialogue|"
     # "des discussions discrètes avec les ravisseurs", "les discussions entre les deux parties"
     r"discussions? (?:(?:directes?|discretes?|secretes?|indirectes?|informelles?|direct|secret|indirect|informal) )?"
     r"(?:entre|avec|between|with)|discussions (?:discretes|secretes|indirectes|directes)",
     r""),
    ("Agreement",
     r"cease-?fire|truces?|peace (?:deal|agreement|accord)s?|agreements?|peace accords?|deals?|pacts?|"
     r"cessation of hostilities|cessation des hostilites|"
     r"cessez-le-feu|treve|accord(?:s)? de paix|accord|pacte|"
     # "le texte a été paraphé par X, Y et Z": only an agreement is initialled
     r"paraphe(?:e|s|es)?|initialled",
     r"agreements|deals|accords|truces"),
    ("Release",
     r"releas(?:e|ed|ing)|freed|set free|liberat(?:ed|ion)|"
     r"libere(?:e|s|es)?|liberation|relache(?:e|s|es)?|remis(?:e|es)? en liberte|relaxe(?:s|es)?|"
     # the freed named inside the phrase, or freedom regained: "set Sophie Petronin free", "let the
     # hostages go", "regained her freedom", "a retrouvé la liberté"
     r"set (?:[\w'-]+ ){1,4}?free|let (?:[\w'-]+ ){1,4}?go(?=[,.;]| (?:on|in|after|late|early|last|this)\b|$)|"
     r"(?:regain|recover)(?:ed|s)? (?:his|her|their) (?:freedom|liberty)|(?:retrouve|recouvre)(?:nt)? (?:la|sa|leur) liberte",
     r"releases"),
    ("Protest",
     r"protests?|protest(?:ed|ers|ing)|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies)|riots?|rioters|sit-in|"
     r"manifestations?|manifestants?|emeutes?|greve generale|"
     # crowds in the street: marches, barricades, sit-ins, burning tyres
     r"took (?:to )?the streets?|went (?:out )?(?:in)?to the streets?|marched|protest march(?:es)?|"
     # a march people held ("staged a silent march through the town"; not the month: "in March", "on 3 March")
     r"(?:held|organi[sz]ed|staged|led|joined) (?:a |an )?(?:\w+ )?march(?:es)?(?= (?:in|at|to|on|through|outside|in front|against|from|towards?|for)\b)|"
     r"(?:peaceful|silent|solidarity) march(?:es)?|sit-?ins?|rallied (?:in|at|outside|to (?:protest|demand|denounce|support))|"
     r"barricad(?:ed|es?|ing)|erected barricades|burn(?:ed|t|ing) tyres|burn(?:ed|t|ing) tires|"
     r"descendu(?:e|s|es)? dans la rue|ont marche|marche (?:pacifique|de protestation|de soutien|blanche)|"
     r"pneus brules|bruler des pneus|threw stones|throwing stones|stone-throwing|jets? de pierres|lance des pierres|"
     r"picket(?:ed|ing|s)?|picket lines?|"
     # people who gather to ask for something: "thousands gathered ..., calling for the resignation",
     # "se sont rassemblés devant la mairie pour exiger"
     r"(?:gathered|assembled|converged|blocked)(?=[^.;]{0,120}?(?:calling for|calling on|to (?:demand|protest|denounce|"
     r"call for|ask for|demand|express their)|demanding|denouncing|in protest))|"
     r"(?:se sont |s'est )?rassemble(?:e|s|es)?(?=[^.;]{0,120}?(?:pour (?:exiger|reclamer|denoncer|"
     r"protester|demander)|exigeant|reclamant|denoncant|en signe de protestation))",
     r"protests|demonstrations|rallies|riots|manifestations|emeutes"),
]

TRIGGERS = [(cls, re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])"), re.compile(rf"^(?:{pl})$") if pl else None)
            for cls, rx, pl in _T]
# one pass over the text for all classes (named groups say which); overlaps between classes are
# resolved by trying each class's own pattern at the positions the union finds
_UNION = re.compile(r"(?<![\w-])" + re.factor([rx for _, rx, _ in _T]) + r"(?![\w-])")
_UNION_AT = WordGate(_UNION)   # tried at the words that can begin a trigger

# the classes whose pattern can match at a position starting with a given character (the union
# matched there; the others cannot): the same classes, in the same order, tried fewer times
_FIRSTS = [re.first_chars(rx.pattern) for _, rx, _ in TRIGGERS]
_BY_FIRST = {c: [tr for tr, fs in zip(TRIGGERS, _FIRSTS) if fs is None or c in fs]
             for c in set().union(*(fs for fs in _FIRSTS if fs is not None))}

# speech acts: what an actor says, claims, denies, announces
SPEECH = {
    "claim": re.compile(
        r"(?<![\w-])(?:claim(?:s|ed|ing)? (?:responsibility|the|it|that|to have|an?|this|its)|claimed|took responsibility|"
        # the group says it did it: "JNIM said it was behind the attack"
        r"said (?:it|they) (?:was|were|had been) behind|(?:took|claimed|has taken|have taken|had taken) credit for|"
        # a headline drops the article: "JNIM claims suicide attack on army base"
        r"claims (?:[\w-]+ ){0,2}(?:attacks?|assaults?|raids?|ambush(?:es)?|bombings?|killings?|abductions?|kidnappings?|massacres?)|"
        # the noun: "yesterday's claim for the attacks", "its claim of responsibility for the raid"
        r"claims? (?:of responsibility )?for(?= (?:the|these|this|those|its|their) )|"
        r"revendiqu\w*|revendication\w*|a endosse|assume la responsabilite|"
        # "l'ANSIPRJ a affirmé en être l'auteur", "dit être à l'origine de l'attaque", "s'est attribué l'attentat"
        r"(?:(?:a|ont|avait|avaient) )?(?:affirm|dit|declar|assur)\w* (?:en |y )?etre (?:l'auteur|les auteurs|a l'origine|derriere)|s'(?:est|sont) attribue\w*|"
        # a force owning its own strike: "confirmed that it had carried out the strikes", "a confirmé avoir mené ces frappes"
        r"(?:(?:a|ont|avait|avaient) )?(?:confirm(?:ed|s|ing)|acknowledg(?:ed|es|ing)|admitted|confirme|reconnu),? (?:[\w']+,? ){0,6}?(?:that it had |it had |having |"
        r"avoir )(?:carried out|conducted|launched|mene|effectue|conduit|lance))(?![\w-])"),
    "deny": re.compile(
        r"(?<![\w-])(?:den(?:y|ies|ied|ying) (?:any |all |its |their )?(?:involvement|responsibility|role|participation|"
        r"links?|the attack|having|that it|that they|carrying|(?:that )?(?:his|her|its|their) (?:men|fighters|members|group|"
        r"militia|movement) (?:was|were|had))|rejected (?:any |all )?(?:responsibility|involvement)|"
        r"dementi\w* (?:toute |son |sa |leur )?(?:implication|responsabilite|participation|role)|a dementi|avait dementi|"
        r"ont dementi|nie toute|(?:a|ont|avait|avaient) nie|rejet\w* toute (?:responsabilite|implication)|"
        # "dément être impliqué", "distanced itself from the attack", "n'avoir rien à voir avec l'attaque"
        r"dement(?:ent)? (?:etre|avoir|toute)|distanc(?:ed|es|ing) (?:itself|themselves|himself) from|"
        r"(?:had|has|have) nothing to do with|(?:n'avoir|n'a|n'ont|n'avait|n'avaient) rien a voir avec|"
        r"(?:s'est|se sont|se) desolidaris\w* d[eu']?)(?![\w-])"),
    "blame": re.compile(
        r"(?<![\w-])(?:blam(?:ed|es|e|ing)|accus(?:ed|es|e|ent|ait|aient|ing)|imput(?:e|ent|ee|ees|es|ait|aient|ation)|"
        r"held (?:\w+ )?responsible|tenu(?:e|s|es)? pour responsables?|pointed the finger|designe\w*|designated|"
        r"established the responsibility|etablissaient la responsabilite|etabli la responsabilite)(?![\w-])"),
    "announce": re.compile(
        r"(?<![\w-])(?:announc(?:e|ed|es|ing|ement)|annonc\w*|communiques?|statements?|declar(?:ed|ation)|a declare|"
        r"a indique|a precise|a affirme|confirm(?:ed|s)|a confirme|rejected|rejet\w*|condemn(?:ed|s)|condamn\w*|"
        r"welcom(?:ed|es)|a salue|salue|call(?:ed|s)? on|a appele|appelle|demand(?:ed|s)|exige\w*|reclam\w*|"
        r"dissolv(?:ed|es)|dissou(?:s|te|t)|offered (?:a |up to )?(?:reward|\$|us\$)|offered up to|postpon(?:ed|es)|"
        r"revu a la baisse|revised|answered|responded|a repondu|warned|a averti|threatened|a menace|"
        r"published|released a video|a publie|a diffuse|said on|said in|said it|said that|"
        # a report made public, findings contested: "a rendu public son rapport", "a contesté ces conclusions"
        r"rendu public|rendue publique|made public|(?:a|ont|avait|avaient) (?:aussitot |immediatement )?conteste|"
        r"contested (?:the|these|its|their)|disputed (?:the|these|its|their) (?:findings|conclusions|report|account))(?![\w-])"),
}
# all speech acts in one pass: claim, deny, blame, announce, then plain verbs of saying
_B, _E = "(?<![\\w-])(?:", ")(?![\\w-])"
assert all(rx.pattern.startswith(_B) and rx.pattern.endswith(_E) for rx in SPEECH.values())
SPEECH_UNION = re.compile("|".join(f"(?P<{k}>(?<![\\w-]){re.factor([rx.pattern[len(_B):-len(_E)]])}(?![\\w-]))"
                                   for k, rx in SPEECH.items()))
# reporting verbs that make a statement event only with a time word or a named issuer context
SAY = re.compile(r"(?<![\w-])(?:said|says|told|stated|added|a dit|a declare|a ajoute|a explique|a souligne|estime|affirme|indique)(?![\w-])")
SPEECH_ALL = re.compile(SPEECH_UNION.pattern + f"|(?P<say>{SAY.pattern})")
SPEECH_AT = WordGate(SPEECH_ALL)

# words that make a trigger hypothetical or generic
MODAL = re.compile(
    r"(?<![\w-])(?:can|could|would|will|(?<!\d )may(?! \d)|might|should|must|able to|capable of|threat of|risk of|fear of|fears of|"
    r"peut|peuvent|pourrait|pourraient|pourra|va|vont|doit|doivent|risque de|menace de|crainte d'|craintes d')(?![\w-])")
DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "la", "le", "l", "cette", "cet", "ce", "ces",
            "leur", "sa", "son", "ses", "said"}
INDEFINITE = {"a", "an", "une", "un", "another", "new", "nouvelle", "nouvel", "nouveau", "autre"}
PURPOSE_BEFORE = {"to", "pour", "de", "d", "obtenir", "demanding", "demand", "calling", "exiger", "reclamer", "demander"}

KILL = re.compile(
    r"(?<![\w-])(?:kill(?:ed|ing|s)?|(?:claimed|cost) the li(?:ves|fe) of|shot dead|gunned down|dead|deaths?|died|lost (?:their|his|her) li(?:ves|fe)|fatalities|death toll|slain|perished|"
    r"neutralis(?:ed|e|es)|neutraliz(?:ed)|execut(?:ed|e|es|ing)|massacred|"
    r"tue(?:s|e|es)?|abattu(?:e|s|es)?|peri(?:rent)?|mort(?:e|s|es)?|deces|decede(?:e|s|es)?|perdu la vie|trouve la mort|victimes|coute la vie|coûte la vie|cout\w* la vie)(?![\w-])")
WOUND = re.compile(r"(?<![\w-])(?:wounded|injured|hurt|blesses?|blessees?)(?![\w-])")
CIVILIAN_WORDS = re.compile(
    r"(?<![\w-])(?:civilians?|villagers?|residents?|inhabitants?|people|women|children|worshippers|herders|farmers|"
    r"civils?|villageois|habitants?|personnes|femmes|enfants|fideles|bergers|eleveurs|humanitaires|aid workers)(?![\w-])")
SOLDIER_WORDS = re.compile(
    r"(?<![\w-])(?:soldiers?|troops|servicemen|gendarmes?|police(?:men)?|militaires?|soldats?|policiers?|military|army|armee)(?![\w-])")


@dataclass
class Trigger:
    cls: str
    start: int
    end: int
    text: str
    plural: bool
    definite: bool
    modal: bool
    verb: bool
    ti: int = -1     # token index


def find_triggers(folded: str, start: int, end: int, blocked: list[tuple[int, int]], words=None) -> list[Trigger]:
    """Event triggers in ``folded[start:end]`` outside ``blocked`` spans (names, dates); ``words``:
    the sentence's ``wordstarts.Words``, when known."""
    out = []
    seg = folded[start:end]
    for um in _UNION_AT.finditer_in(seg, 0, len(seg), words, start):
        # the longest reading at this position, over every class
        best = None
        p = um.start()
        for cls, rx, plural_rx in _BY_FIRST.get(seg[p], TRIGGERS):
            m = rx.match(seg, p)
            if m and (best is None or m.end() > best[0].end()):
                best = (m, cls, plural_rx)
        m, cls, plural_rx = best
        a, b = start + m.start(), start + m.end()
        # a name or date inside a phrase whose first and last words are the trigger's own ("seized a
        # GATIA vehicle", "stripped the Mopti passengers of their belongings") does not block it
        # A strike named by its owner's nationality ("French airstrikes", "a Malian drone strike", "des
        # frappes aériennes françaises") is read as the force's name too (lexicon FORCE_NOUNS), and the
        # name would hide the strike: the explosion word that ends or begins the name is still the event
        # (a name that only touches it by its other end, or a date, still blocks)
        if any(a < y and x < b and not (a < x and y < b and folded[x - 1] == " " and folded[y] == " ")
               and not (cls == "Explosion" and ((x < a < y <= b) or (x == a and b < y)))
               for x, y in blocked):
            continue
        w = m.group(0)
        before = folded[max(start, a - 40):a]
        prev_words = _WORDS.findall(before)[-3:]
        prev = prev_words[-1] if prev_words else ""
        plural = bool(plural_rx and plural_rx.match(w.split()[-1] if " " not in w else w))
        stripped = before.rstrip()
        definite = prev in DEFINITE or stripped.endswith("'s") or stripped.endswith("l'") or \
            (prev in _COUNTS and len(prev_words) >= 2 and prev_words[-2] in _COUNT_DETS) or prev == "both"
        window = folded[max(start, a - 60):a]
        modal = bool(MODAL.search(window.split(",")[-1].split(";")[-1]))
        verb = _is_verb(w, prev, prev_words)
        out.append(Trigger(cls, a, b, w, plural, definite, modal, verb))
    return out


_WORDS = re.compile(r"[a-z0-9']+")
# "the two attacks", "les deux attaques", "ces trois embuscades": the ones just told
_COUNTS = {"two", "three", "four", "deux", "trois", "quatre"}
_COUNT_DETS = {"the", "these", "those", "les", "ces", "des"}
_AUX = {"has", "have", "had", "was", "were", "been", "be", "is", "are", "a", "ont", "avait", "avaient", "ete", "est",
        "sont", "etait", "etaient", "they", "ils", "elles", "il", "elle", "who", "qui", "that", "which", "and", "et",
        "also", "then", "later", "allegedly", "reportedly", "reportedly", "jihadists", "gunmen"}


_ADVERBS = {"d'abord", "ensuite", "aussi", "alors", "deja", "encore", "egalement", "then", "also", "first", "later",
            "reportedly", "allegedly", "subsequently", "again", "already", "apparently", "finalement", "enfin", "pourtant",
            "notamment", "reellement", "bien", "recently", "recemment"}


# explosive devices named by acronyms that end like past participles ("an IED", "a VBIED")
_DEVICE_ACRONYMS = {"ied", "ieds", "vbied", "vbieds", "svbied", "svbieds", "pbied", "pbieds"}
# participles used as adjectives of a device noun ("improvised explosive device", "unexploded ordnance")
_DEVICE_ADJECTIVES = ("improvised ", "unexploded ", "vehicle-borne ", "radio-controlled ", "remote-controlled ")


# English words before the article "a" (French "a" after them is never the auxiliary)
_EN_BEFORE_ARTICLE = {"by", "in", "with", "from", "after", "during", "of", "on", "at", "for", "into", "as", "was", "is",
                      "were", "are", "to", "via", "through", "like", "suffered", "launched", "carried", "out", "conducted",
                      # English conjunctions and relatives ("where a car bomb went off"): French never has them
                      "where", "when", "whereas", "while", "and", "but", "that", "which", "there", "then",
                      "planted", "found", "discovered", "defused", "caused", "triggered"}


def _is_verb(word: str, prev: str, prev_words: list[str]) -> bool:
    if word in _DEVICE_ACRONYMS or word.startswith(("forced disappearance", "forcible disappearance")):
        return False                    # nouns: "an IED", "the forced disappearances of"
    if word.startswith(_DEVICE_ADJECTIVES):
        return False                    # "an improvised explosive device": an adjective, not a past tense
    if prev == "a" and len(prev_words) >= 2 and prev_words[-2] in _EN_BEFORE_ARTICLE:
        return False                    # "hit by a roadside bomb": the English article, not French "a tué"
    if " " in word and word.split()[0].endswith(("ed", "ait", "aient", "ont")):
        word = word.split()[0]          # "seized livestock", "made an incursion"
    if word.endswith(("ed", "ing")) and not word.endswith(("killing", "fighting", "bombing", "shelling", "ceasefire")):
        return True
    if word in ("struck", "hit"):
        return True                     # past forms that do not end in -ed: "militants struck a post"
    # "ont d'abord attaqué", "have also attacked": an adverb between the auxiliary and the verb
    if prev in _ADVERBS and len(prev_words) >= 2 and prev_words[-2] in _AUX:
        prev = prev_words[-2]
    if word.endswith(("e", "es", "ee", "ees")) and prev in _AUX:
        return True
    return prev in _AUX and not word.endswith("s")
