"""Word lists of the rule-based extractor, English and French.

Everything is written *folded* (lowercase, no accents, straight apostrophes: see ``text.fold``)
because the rules read folded text. Lists are general vocabulary of conflict reporting (verbs
of attacking, abducting, negotiating, claiming; hedges; number words; calendar words), never
phrases of a particular report. Region knowledge (names, places) lives in the region pack.
"""
from __future__ import annotations

# -- calendar -----------------------------------------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "janvier": 1, "janv": 1,
    "february": 2, "feb": 2, "fevrier": 2, "fev": 2, "fevr": 2,
    "march": 3, "mar": 3, "mars": 3,
    "april": 4, "apr": 4, "avril": 4, "avr": 4,
    "may": 5, "mai": 5,
    "june": 6, "jun": 6, "juin": 6,
    "july": 7, "jul": 7, "juillet": 7, "juil": 7,
    "august": 8, "aug": 8, "aout": 8,
    "september": 9, "sep": 9, "sept": 9, "septembre": 9,
    "october": 10, "oct": 10, "octobre": 10,
    "november": 11, "nov": 11, "novembre": 11,
    "december": 12, "dec": 12, "decembre": 12,
}
# month words that are also common words: only taken next to a day or a year
AMBIGUOUS_MONTHS = {"may", "mar", "jan", "sep", "dec", "oct", "nov", "jun", "jul", "aug", "feb", "apr", "mai"}

WEEKDAYS = {
    "monday": 0, "lundi": 0, "tuesday": 1, "mardi": 1, "wednesday": 2, "mercredi": 2,
    "thursday": 3, "jeudi": 3, "friday": 4, "vendredi": 4, "saturday": 5, "samedi": 5,
    "sunday": 6, "dimanche": 6,
}

# -- numbers ------------------------------------------------------------------------------------

NUMBER_WORDS = {
    # English
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "dozen": 12, "score": 20,
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "cents": 100, "mille": 1000,
}
# "six" is both languages; "sept" is French seven (and a month abbreviation, handled by dates)

# French collective numerals: "une vingtaine" is about twenty (taken as min = max = 20, approximate)
APPROX_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
# plural vague quantities: the least they can mean ("dozens" is at least two dozen)
VAGUE_PLURALS = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
    "dizaines": 20, "centaines": 200, "milliers": 2000,
}
# qualifiers before a number
MIN_WORDS = [
    "at least", "no fewer than", "no less than", "more than", "over", "upwards of", "in excess of",
    "au moins", "plus de", "pas moins de", "au minimum", "plus d'une", "plus d'un", "au-dela de", "au dela de",
]
MAX_WORDS = [
    "up to", "at most", "fewer than", "less than", "as many as", "no more than",
    "jusqu'a", "au plus", "moins de", "au maximum", "pas plus de",
]
APPROX_WORDS = [
    "about", "around", "some", "roughly", "approximately", "an estimated", "nearly", "almost", "close to",
    "environ", "pres de", "quelque", "quelques", "approximativement", "a peu pres", "autour de", "une",
]

# -- hedges and attribution ---------------------------------------------------------------------

# Attribution confidence, strongest first: claimed > attributed > probable > possible; denied apart.
HEDGES = {
    "probable": [
        "most probably", "most likely", "more likely", "probably", "likely", "presumably", "presumed",
        "believed to", "thought to", "apparently", "almost certainly", "in all likelihood",
        "vraisemblablement", "probablement", "presume", "presumes", "presumee", "presumees", "sans doute",
        "selon toute vraisemblance", "tres probablement", "plus probablement", "vraisemblable",
        # a fact the source relays without vouching for it: "allegedly", "reportedly", the French journalistic
        # conditional ("aurait été perpétrée par", "serait l'œuvre de", "X serait derrière"), like "présumé"
        "allegedly", "alleged", "reportedly", "aurait", "auraient", "serait", "seraient",
    ],
    "possible": [
        "suspected", "suspect", "may have", "might have", "could have", "possibly", "perhaps",
        "reportedly linked", "not ruled out", "cannot be ruled out",
        "soupconne", "soupconnes", "soupconnee", "soupconnees", "suspecte", "suspectes", "pourraient",
        "pourrait", "ont pu", "aurait pu", "auraient pu", "peut-etre", "possiblement", "evoquent", "evoque",
        "presumement",
    ],
}
CLAIM_VERBS = [
    r"claim(?:s|ed|ing)?(?: responsibility)?", r"took responsibility", r"said (?:it|they) (?:was|were|had been) behind",
    r"said (?:it|they) (?:carried out|had carried out|conducted|had conducted)",
    r"revendiqu\w*", r"revendication\w*", r"a endosse", r"assume la responsabilite",
]
DENY_VERBS = [
    r"den(?:y|ies|ied|ying)", r"rejected (?:any )?(?:responsibility|involvement)", r"disclaim\w*",
    r"dement\w*", r"a nie", r"ont nie", r"nie toute", r"rejette (?:toute )?(?:responsabilite|implication)",
]
ATTRIBUTE_CUES = [
    r"attribut(?:ed|e|es|ee|ees|ion)", r"blam(?:ed|es|e|ing)", r"accus(?:ed|es|e|ent|ait|aient|ing)",
    r"imput(?:e|ent|ee|ees|es|ait|aient)", r"held responsible", r"tenu(?:e|s|es)? pour responsables?",
    r"responsab(?:le|les|ility)", r"the work of", r"l'o(?:e)?uvre d", r"o(?:e)?uvre d", r"design\w* (?:\w+ ){0,6}comme (?:l'auteur|les auteurs|responsable)",
    r"pointed (?:the finger )?at", r"pointe du doigt", r"presente(?:e|s|es)? (?:par [\w' ]{1,40} )?comme",
    r"described as", r"identified as", r"carried out by", r"perpetrated by", r"committed by", r"menee? par",
    r"commis(?:e|es)? par", r"perpetre(?:e|s|es)? par",
]

# -- actors -------------------------------------------------------------------------------------

# nationality adjectives (folded, EN and FR, all genders and numbers) → ISO country code
NATIONALITIES = {
    "ML": ["malian", "malians", "malien", "malienne", "maliens", "maliennes"],
    "BF": ["burkinabe", "burkinabes", "burkinabé", "burkinais", "burkinaise", "burkinaises", "burkinabee", "burkinabees"],
    "NE": ["nigerien", "nigeriens", "nigerienne", "nigeriennes", "nigerien's"],
    "FR": ["french", "francais", "francaise", "francaises"],
    "US": ["us", "u.s", "american", "americans", "americain", "americaine", "americains", "americaines", "etats-unien"],
    "TD": ["chadian", "chadians", "tchadien", "tchadienne", "tchadiens", "tchadiennes"],
    "MR": ["mauritanian", "mauritanien", "mauritanienne", "mauritaniens"],
    "DZ": ["algerian", "algerien", "algerienne", "algeriens"],
    "NG": ["nigerian", "nigerians", "nigerian", "nigeriane", "nigerians", "nigerianes"],
    "CI": ["ivorian", "ivoirien", "ivoirienne", "ivoiriens"],
    "SN": ["senegalese", "senegalais", "senegalaise"],
    "TG": ["togolese", "togolais", "togolaise"],
    "BJ": ["beninese", "beninois", "beninoise"],
    "GN": ["guinean", "guineen", "guineenne", "guineens"],
    "RU": ["russian", "russians", "russe", "russes"],
    "IT": ["italian", "italians", "italien", "italienne", "italiens"],
    "DE": ["german", "germans", "allemand", "allemande", "allemands"],
    "GB": ["british", "britannique", "britanniques"],
    "EE": ["estonian", "estonien", "estonienne", "estoniens"],
    "SE": ["swedish", "suedois", "suedoise"],
    "ZA": ["south african", "south africans", "sud-africain", "sud-africaine", "sud-africains", "sud-africaines"],
    "NL": ["dutch", "neerlandais", "neerlandaise", "neerlandaises"],
    "CA": ["canadian", "canadien", "canadienne", "canadiens"],
    "LY": ["libyan", "libyen", "libyenne", "libyens"],
    "MA": ["moroccan", "marocain", "marocaine", "marocains"],
    "CH": ["swiss", "suisse", "suisses"],
    "BE": ["belgian", "belge", "belges"],
    "ES": ["spanish", "espagnol", "espagnole", "espagnols"],
}
COUNTRY_NAMES = {
    "ML": ("Mali", ["mali"]), "BF": ("Burkina Faso", ["burkina faso", "burkina"]), "NE": ("Niger", ["niger"]),
    "FR": ("France", ["france"]), "US": ("United States", ["united states", "us", "usa", "etats-unis", "washington"]),
    "TD": ("Chad", ["chad", "tchad"]), "MR": ("Mauritania", ["mauritania", "mauritanie"]),
    "DZ": ("Algeria", ["algeria", "algerie"]), "NG": ("Nigeria", ["nigeria"]), "CI": ("Ivory Coast", ["ivory coast", "cote d'ivoire"]),
    "SN": ("Senegal", ["senegal"]), "TG": ("Togo", ["togo"]), "BJ": ("Benin", ["benin"]), "GN": ("Guinea", ["guinea", "guinee"]),
    "RU": ("Russia", ["russia", "russie"]), "IT": ("Italy", ["italy", "italie"]), "DE": ("Germany", ["germany", "allemagne"]),
    "GB": ("United Kingdom", ["united kingdom", "britain", "royaume-uni"]), "CA": ("Canada", ["canada"]),
    "LY": ("Libya", ["libya", "libye"]), "MA": ("Morocco", ["morocco", "maroc"]), "EE": ("Estonia", ["estonia", "estonie"]),
    "SE": ("Sweden", ["sweden", "suede"]), "EG": ("Egypt", ["egypt", "egypte"]),
    "ZA": ("South Africa", ["south africa", "afrique du sud"]), "NL": ("Netherlands", ["netherlands", "pays-bas"]),
}
# how a government or an army is named when the pack does not know it
COUNTRY_ARTICLE = {"US": "the United States", "GB": "the United Kingdom", "NL": "the Netherlands"}
# capitals that stand for their government when they act ("Paris has long pressed", "Bamako cannot ask")
CAPITALS = {"paris": "FR", "bamako": "ML", "niamey": "NE", "ouagadougou": "BF", "washington": "US", "moscow": "RU",
            "moscou": "RU", "n'djamena": "TD", "ndjamena": "TD", "alger": "DZ", "algiers": "DZ", "rome": "IT",
            "berlin": "DE", "london": "GB", "londres": "GB", "pretoria": "ZA", "stockholm": "SE", "dakar": "SN",
            "abuja": "NG", "nouakchott": "MR", "conakry": "GN", "lome": "TG"}
# nouns for a state's armed forces, and for its government, used with a nationality or a country
FORCE_NOUNS = [
    "army", "armies", "soldiers", "soldier", "troops", "military", "armed forces", "forces", "servicemen",
    "special forces", "peacekeepers", "gendarmes", "military post", "army post", "army camp", "army base",
    "garrison", "battalion", "unit", "units", "patrol",
    "armee", "armees", "soldats", "soldat", "militaires", "militaire", "forces armees", "troupes", "forces speciales",
    "gendarmes", "garnison", "bataillon", "camp militaire", "poste militaire", "patrouille", "unites",
    # the state's arms and assets named by the nationality alone ("a Malian convoy", "French
    # commandos", "a French armoured vehicle", "un hélicoptère français")
    "national guard", "national guards", "air force", "convoy", "supply convoy", "military convoy", "contingent",
    "commandos", "paratroopers", "helicopter", "helicopters", "fighter jets", "jets", "warplanes", "aircraft",
    "drone", "drones", "airstrike", "airstrikes", "air strikes", "air strike", "aerial intervention", "air support",
    "armoured vehicle", "armored vehicle", "armoured vehicles", "armored vehicles", "military vehicle",
    "military vehicles", "ranks", "outpost", "checkpoint",
    "garde nationale", "gardes nationaux", "armee de l'air", "convoi", "helicoptere", "helicopteres", "avions",
    "aviation", "frappe", "frappes", "frappes aeriennes", "frappe aerienne", "blindes", "vehicule blinde",
    "vehicules blindes", "rangs",
]
# nouns for UN peacekeepers: with a nationality they are that country's contingent of the UN
# mission; alone, the UN mission of the report's country (the pack names it "UN mission in <country>")
PEACEKEEPER_NOUNS = ["peacekeepers", "peacekeeper", "blue helmets", "casques bleus", "casque bleu",
                     "soldats de la paix", "soldat de la paix"]
GOVERNMENT_NOUNS = [
    "government", "authorities", "defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
    "interior ministry", "foreign ministry", "presidency", "state department", "junta", "cabinet",
    "gouvernement", "autorites", "ministere de la defense", "ministere des armees", "presidence", "ministere",
    "junte", "etat", "executif",
]
# state-force nouns that, alone ("the army", "soldiers"), mean the armed forces of the country the
# report is about
BARE_FORCE = [
    "the army", "army", "soldiers", "troops", "the military", "the armed forces", "l'armee", "armee", "soldats",
    "militaires", "les forces armees", "forces armees", "the soldiers", "les soldats", "les militaires",
    "soldier", "soldat", "national guard", "national guards", "the national guard", "the national guards",
    "air force", "the air force", "garde nationale", "la garde nationale", "gardes nationaux", "les gardes nationaux",
    "garde national", "l'armee de l'air", "armee de l'air",
    # the army's sites, vehicles and men named by the adjective: "a military camp", "un convoi militaire"
    "military camp", "military camps", "military base", "military bases", "military post", "military posts",
    "military position", "military positions", "military convoy", "military convoys", "military vehicle",
    "military vehicles", "military patrol", "military patrols", "military checkpoint", "military checkpoints",
    "military outpost", "military escort", "military guard", "military guards", "military unit", "military truck",
    "military garrison", "national armed forces", "camp militaire", "camps militaires", "base militaire",
    "poste militaire", "postes militaires", "position militaire", "positions militaires", "convoi militaire",
    "vehicule militaire", "vehicules militaires", "patrouille militaire", "escorte militaire", "emprise militaire",
]
# "army" words that name the national army even beside a foreign force ("the army supported by
# Barkhane"); "soldiers" or "troops" there may be the foreign force's own
NATIONAL_ARMY_WORDS = {"army", "armee", "national guard", "national guards", "garde nationale", "gardes nationaux",
                       "garde national", "air force", "armee de l'air"}
BARE_POLICE = ["the police", "police", "policemen", "police officers", "la police", "les policiers", "policiers",
               "the gendarmerie", "gendarmes", "the gendarmes", "la gendarmerie", "les gendarmes",
               "policeman", "police officer", "policier", "gendarme", "gendarmerie", "forces de l'ordre"]
# "security forces" facing demonstrators are the police (crowd control); elsewhere they may be the
# army, the gendarmerie or all of them, and are left unresolved
SECURITY_FORCES = ["security forces", "the security forces", "security force", "forces de securite",
                   "les forces de securite", "forces de defense et de securite"]
PROTEST_WORDS = ["demonstrat", "protest", "riot", "crowd", "tear gas", "teargas", "rally", "manifest", "emeute",
                 "foule", "lacrymo", "marchers", "unrest"]
# local armed groups named by what they do: a village's self-defence, a lynch mob
SELF_DEFENCE = ["self defense", "self defence", "self defense group", "self defence group", "self defense groups",
                "self defence groups", "self defense militia", "self defence militia", "village self defense",
                "village self defence", "local self defense", "local self defence", "autodefense",
                "groupe d'autodefense", "groupes d'autodefense", "milice d'autodefense", "self defense militiamen",
                "self defence militiamen", "village self defense militiamen", "village self defence militiamen",
                # a village's defenders named without "self": "village defense responded", "the local defence group"
                "village defense", "village defence", "village defense group", "village defence group",
                "village defense groups", "village defence groups", "village defense forces", "village defence forces",
                "local defense group", "local defence group", "community defense group", "community defence group"]
# the water and forestry service's armed agents
FOREST_GUARD_WORDS = ["forest guard", "forest guards", "forest station", "forest guard station", "forest ranger",
                      "forest rangers", "ranger station", "ranger stations", "ranger post", "garde forestier",
                      "gardes forestiers", "agents des eaux et forets", "agent des eaux et forets", "eaux et forets",
                      "poste forestier", "cantonnement forestier"]
MOB_WORDS = ["mob", "angry mob", "lynch mob", "vigilantes", "vigilante group",
             "vigilante groups"]
BARE_GOVERNMENT = [
    "the government", "the authorities", "le gouvernement", "les autorites", "the transitional government",
    "the transitional authorities", "les autorites de transition", "autorites de transition",
    "transitional authorities", "transitional government", "the junta", "la junte", "la primature",
    # communiqués of Mali's and Burkina's juntas sign as "le Gouvernement de la Transition"
    "le gouvernement de la transition", "gouvernement de la transition", "le gouvernement de transition",
    "gouvernement de transition", "les autorites de la transition", "autorites de la transition",
]
# a government's envoys, named with no country ("government emissaries", "des émissaires du gouvernement")
ENVOY_WORDS = ["emissaries", "emissary", "envoys", "envoy", "negotiators", "delegation", "delegates", "representatives",
               "emissaires", "emissaire", "envoyes", "envoye", "negociateurs", "delegation", "delegues", "representants"]

# generic descriptions that refer back to an actor already named (coreference), by class
ANAPHORA = {
    "ArmedGroup": [
        "the group", "the jihadist group", "the militant group", "the armed group", "the coalition", "the alliance",
        "the organisation", "the organization", "the movement", "the militants", "the jihadists", "the insurgents",
        "the terrorist group", "the islamist group", "the faction", "its fighters", "le groupe", "le groupe jihadiste",
        "le groupe armé", "la coalition", "l'organisation", "le mouvement", "les jihadistes", "les djihadistes",
        "la katiba", "la faction", "l'alliance", "the katiba", "that coalition", "this coalition", "cette coalition",
        "ladite coalition", "the jihadist alliance", "the islamist group", "ce groupe", "this group", "that group",
        "les jihadistes", "les islamistes", "the islamists",
    ],
    "Militia": ["the militia", "la milice", "the self-defence group", "the self-defense group", "le groupe d'autodefense"],
    "Organization": ["the party", "le parti", "the council", "le conseil", "the rights group", "the ngo", "l'ong",
                     "the organisation", "the organization", "l'organisation", "l'institution", "the institution"],
    "StateForce": ["the force", "la force", "the operation", "l'operation", "the mission", "la mission"],
    "InternationalMission": ["the mission", "la mission", "the un mission", "la mission de l'onu"],
}
PRONOUNS = {
    "they": "plural", "them": "plural", "their": "plural", "theirs": "plural", "ils": "plural",
    "elles": "plural", "leur": "plural", "leurs": "plural",
    "he": "male", "him": "male", "his": "male", "il": "male", "lui": "male",
    "she": "female", "her": "female", "elle": "female",
    "it": "neuter", "its": "neuter", "son": "any", "sa": "any", "ses": "any",
}

# titles before a person's name (folded); "m." and "mme" are French Mr/Mrs
PERSON_TITLES = [
    "president", "former president", "prime minister", "minister", "defence minister", "defense minister",
    "foreign minister", "interior minister", "spokesman", "spokeswoman", "spokesperson", "general", "gen",
    "colonel", "col", "lieutenant", "lieutenant-colonel", "captain", "capitaine", "commander", "commandant",
    "major", "sergeant", "sergent", "corporal", "caporal", "brigadier", "adjudant", "private",
    "imam", "sheikh", "cheikh", "father", "pere", "pretre", "abbe", "bishop", "mgr", "dr", "doctor",
    "mr", "mrs", "ms", "m", "mme", "mlle", "monsieur", "madame", "sir", "lord", "chief", "emir", "emir of",
    "ambassador", "ambassadeur", "ambassadrice", "senator", "mp", "depute", "deputee", "mayor", "maire",
    "governor", "gouverneur", "prefet", "prefect", "chef", "le chef", "leader", "l'honorable", "honorable",
    "la francaise", "le francais", "l'italien", "le pretre", "le journaliste", "the journalist", "journalist",
    # nouns of nationality that stand before a name: "Swede Johan Gustafsson", "Dutchman Sjaak Rijke"
    "swede", "dutchman", "dutchwoman", "frenchman", "frenchwoman", "briton", "englishman", "englishwoman",
    "irishman", "scotsman", "spaniard", "south african", "swedish", "dutch", "german", "canadian", "australian",
    "suedois", "suedoise", "neerlandais", "neerlandaise", "allemand", "allemande", "sud-africain", "sud-africaine",
    "americain", "americaine", "britannique", "canadien", "canadienne", "australien", "australienne", "italien",
    "italienne", "belge", "roumain", "roumaine", "colombien", "colombienne", "francais", "francaise", "africain",
    "africaine",
    "aid worker", "l'humanitaire", "le president", "la ministre", "le ministre", "le porte-parole",
    "porte-parole", "ancien president", "l'ancien president", "l'imam", "le general", "le colonel",
    "le capitaine", "le commandant", "le brigadier", "le sergent", "le caporal", "le lieutenant",
    "president of", "head of", "chief of", "leader of",
    "secretary of state", "secretary-general", "secretary general", "foreign secretary", "special envoy", "envoy",
    "high commissioner", "secretaire d'etat", "secretaire general", "le secretaire general", "l'envoye special",
    "envoye special", "haut commissaire", "le haut commissaire",
]
# words that make a capitalised name an organisation / armed group / force, for the class guess
ORG_HEADS = {
    "ArmedGroup": ["katiba", "katibat", "brigade", "battalion", "bataillon", "front", "ansar", "ansaru", "ansarul",
                   "jamaat", "jama'at", "islamic", "islamique", "jihad", "jihadist", "mujahideen", "moudjahidines",
                   "liberation", "liberation", "rebels", "rebelles", "insurgents", "movement", "mouvement",
                   "coalition", "emirate", "emirat", "wilaya", "province", "sariya", "group"],
    "Militia": ["militia", "milice", "self-defence", "self-defense", "autodefense", "dozo", "dozos", "hunters",
                "chasseurs", "vigilantes", "volunteers", "volontaires", "koglweogo"],
    "StateForce": ["armed forces", "forces armees", "army", "armee", "gendarmerie", "police", "command",
                   "commandement", "operation", "task force", "air force", "guard", "garde", "forces"],
    "Government": ["government", "gouvernement", "ministry", "ministere", "presidency", "presidence",
                   "primature", "junta", "junte", "state department", "departement d'etat", "council of ministers"],
    "InternationalMission": ["mission", "minusma", "eutm", "eucap", "misahel", "afisma", "misma"],
    "Organization": ["council", "conseil", "committee", "comite", "union", "association", "party", "parti",
                     "watch", "amnesty", "rights", "ngo", "ong", "foundation", "fondation", "agency", "agence",
                     "institute", "institut", "office", "organisation", "organization", "red cross", "croix-rouge",
                     "bank", "banque", "federation", "commission", "rally", "rassemblement", "alliance pour",
                     "network", "reseau", "collectif", "platform",
                     # publications: "Long War Journal", "Sahel Tribune"
                     "journal", "newspaper", "magazine", "gazette", "tribune"],
}
# capitalised words that are never names of people or groups on their own
NOT_NAMES = set("""
the a an in on at of and or but for with by from to as if when while since after before during
le la les un une des du de d l et ou mais pour avec par sur sous dans en au aux ce cette ces son sa ses
leur leurs selon depuis apres avant lors pendant contre entre vers chez
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
january february march april may june july august september october november december
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
this that these those it its they their he she his her we our i you there here
ceci cela celui celle il ils elle elles nous vous on
president minister ministre general colonel captain capitaine commander commandant sergeant sergent
mr mrs ms m mme mlle dr sheikh imam father pere
north south east west northern southern eastern western central nord sud est ouest centre
breaking update updated reporting report reports briefing analysis thread why what who how takeaway
meanwhile however also both while although moreover furthermore yet still ainsi toutefois cependant pourtant
neither either according reuters afp ap rfi france24 bbc
un the why it's
suspected alleged presumed
""".split())

# -- place cues ---------------------------------------------------------------------------------

# words after which a capitalised unknown name is a place (a village, a town)
PLACE_CUES_BEFORE = [
    "village of", "town of", "city of", "locality of", "commune of", "hamlet of", "district of",
    "the village", "near the village of", "outside the village of",
    "village de", "ville de", "localite de", "commune de", "hameau de", "cercle de", "region de",
    "province du", "province de", "departement de", "le village de", "la localite de", "la ville de",
    "la commune de", "le village", "la localite", "pres de", "pres du village de", "non loin de", "a proximite de",
    "proche de", "aux environs de", "aux abords de", "close to", "not far from", "on the outskirts of", "outskirts of",
    "the town", "the locality", "la ville", "le hameau",
    # a name right after the kind of place, with words between it and the article ("the Fulani hamlet Samani")
    "village", "hamlet", "hameau",
    # the same before a vowel, elided ("près d'Aorema", "la commune d'Intahaka")
    "pres d", "non loin d", "a proximite d", "aux environs d", "aux abords d", "proche d", "village d", "ville d",
    "localite d", "commune d", "hameau d", "cercle d", "region d", "departement d", "le village d", "la localite d",
    "la commune d",
]
PLACE_PREPS = ["in", "at", "near", "outside", "around", "a", "au", "pres de", "vers", "sur", "dans"]
# the kind of place a word names, for "the X cercle", "cercle de X", "X region" ...
ADMIN_WORDS = ["region", "cercle", "province", "department", "departement", "commune", "district", "prefecture",
               "county", "state", "zone", "area", "secteur", "sector"]

# -- negotiation status ---------------------------------------------------------------------------

STATUS_CUES = {
    "failed": [r"collaps\w*", r"broke down", r"broken off", r"failed", r"fail(?:s|ure)", r"broken", r"rompu\w*",
               r"echec", r"echoue\w*", r"viole\w*", r"violated", r"a vole en eclats", r"ended without",
               # a party leaving the table: "suspendent leur participation à l'accord", "withdrew from the talks"
               r"suspend\w* (?:sa |leur |son |its |their |his )?participation", r"au point mort", r"stalled",
               r"deadlock\w*", r"impasse", r"withdr[ae]w\w* from the (?:talks|agreement|accord|negotiations|process)",
               r"se retir\w* (?:de l'accord|des pourparlers|des negociations|du processus)"],
    "refused": [r"refus\w*", r"rejet\w*", r"reject\w*", r"declin\w*", r"ruled out", r"exclu\w*", r"no intention to negotiate"],
    "concluded": [r"conclu\w*", r"reached", r"signed", r"sign(?:e|ee|es|ent)", r"agreed", r"sealed", r"struck",
                  r"brokered", r"obtenu", r"fruit de", r"result of", r"resulted in", r"led to", r"abouti\w*",
                  r"accord trouve", r"scelle\w*"],
    "ongoing": [r"continu\w*", r"ongoing", r"under way", r"underway", r"en cours", r"se poursuiv\w*", r"still",
                r"poursuivent", r"remain\w*", r"are being held", r"are taking place", r"sought", r"seeking",
                r"cherch\w*", r"sent emissaries", r"envoye des emissaires", r"emissar\w*"],
    "proposed": [r"propos\w*", r"offer\w*", r"ready to negotiate", r"ready to talk", r"pret\w* a negocier",
                 r"call(?:ed|s)? for (?:talks|dialogue|negotiations)", r"appel\w* au dialogue", r"invit\w*",
                 r"recommend\w*", r"open(?:s)? the door"],
    "announced": [r"announc\w*", r"annonc\w*", r"confirm\w*", r"opening of", r"ouverture d", r"reconnu",
                  r"acknowledg\w*", r"admitted", r"mandat\w*", r"charge\w* d'ouvrir", r"entrust\w*", r"confie\w*"],
}

# -- short forms ----------------------------------------------------------------------------------

# Acronyms that are also common words ("IS", French "EI"): matched only with this exact case and
# only when the region pack has the entity. They belong in the pack's aliases eventually; they
# are here because matching them needs the case rule the pack format does not express.
SHORT_FORMS = {
    "actor:islamic-state": ["IS", "EI"],
    "actor:alliance-for-the-salvation-of-the-sahel": ["ASS"],
}
