"""Numbers in English and French text, and the death tolls and troop counts they give.

``find_numbers`` reads digits ("5,000", "7 000"), number words ("twenty-five", "quatre-vingt-dix",
"a hundred"), collective numerals ("une vingtaine", "a dozen") and vague plurals ("dozens",
"des centaines"), with their qualifier:

* "at least 20", "more than 10", "au moins", "plus de" → minimum only (``min`` = the figure);
* "up to 30", "jusqu'à" → maximum only;
* "between 132 and 160", "entre ... et ..." → both bounds;
* "about 300", "some thirty", "une vingtaine" → the figure, marked approximate
  (``min`` = ``max`` = the figure: the report's best estimate, as ACLED codes it);
* "dozens", "des dizaines" → the least the word can mean (24, 20) as a minimum.
"""
from __future__ import annotations

from . import fastre as re
from dataclasses import dataclass

from . import lexicon as L
from .triggers import KILL, WOUND
from .wordstarts import WordGate


@dataclass
class Num:
    start: int
    end: int
    value: int
    lo: int | None
    hi: int | None
    approx: bool = False


_DIGITS = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ ,.\u202f\u00a0]\d{3})+|\d+)(?![\w]|[.,]\d)")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_ONE_PERSON = {"civil", "civilian", "soldat", "soldier", "militaire", "gendarme", "policier", "policeman", "enfant",
               "child", "femme", "woman", "homme", "man", "person", "personne", "villageois", "villager", "casque",
               "peacekeeper", "humanitaire", "journaliste", "journalist", "otage", "hostage"}
_UNITS = {k: v for k, v in L.NUMBER_WORDS.items() if k not in ("a", "an", "un", "une", "score")}


def _word_value(words: list[str]) -> tuple[int, int] | None:
    """Value of a run of number words and how many words it uses ("two hundred and fifty")."""
    total, current, used = 0, 0, 0
    k = 0
    while k < len(words):
        w = words[k]
        if k and w in ("a", "an", "un", "une") and words[k - 1] != "et":
            break   # an article only begins a number ("a hundred"): "sept à Hombori" is seven, then "à"
        parts = w.split("-")
        vals = []
        ok = True
        for p in parts:
            if p in ("et",) and vals:
                continue
            v = L.NUMBER_WORDS.get(p)
            if v is None or p in ("score",):
                ok = False
                break
            vals.append((p, v))
        if not ok or not vals:
            # "two hundred and fifty"; French tens take "et" before one and eleven ("cinquante et un",
            # "soixante et onze"), where "un" is the number, not an article
            # "and" only after hundreds or thousands: "between three and four" is two numbers, not seven
            if w in ("and", "et") and used and k + 1 < len(words) and (
                    (words[k + 1] in _UNITS and (w == "et" or total or current >= 100)) or
                    (w == "et" and words[k + 1] in ("un", "une", "onze")
                     and words[k - 1] in ("vingt", "trente", "quarante", "cinquante", "soixante"))):
                k += 1
                continue
            break
        for p, v in vals:
            if v == 100:
                current = (current or 1) * 100
            elif v == 1000:
                total += (current or 1) * 1000
                current = 0
            elif p in ("vingt", "vingts") and current in (4,):  # quatre-vingt(s)
                current = 80
            else:
                current += v
        used = k + 1
        k += 1
    if not used:
        return None
    return total + current, used


# a prefilter: a hyphen does not end a number word ("vingt-cinq", "twenty-five", "cinquante-et-un")
_GATE = re.compile(r"\d|(?<![\w])(?:" + "|".join(sorted(set(L.NUMBER_WORDS) - {"a", "an", "un", "une"} | set(L.APPROX_NOUNS) |
                                                       set(L.VAGUE_PLURALS) | {"hundred", "thousand", "dozen"}, key=len, reverse=True)) +
                   r"|(?:a|an|un|une|one) (?:" + "|".join(sorted({"civil", "civilian", "soldat", "soldier", "militaire", "gendarme",
                                                                   "policier", "policeman", "enfant", "child", "femme", "woman",
                                                                   "homme", "man", "person", "personne", "villageois", "villager",
                                                                   "casque", "peacekeeper", "humanitaire", "journaliste",
                                                                   "journalist", "otage", "hostage", "hundred", "thousand",
                                                                   "dozen"})) + r")|l'une?(?= d))(?![\w])")


_WGATE = re.compile(_GATE.pattern[3:])
_WGATE_AT = WordGate(_WGATE)   # tried at the sentence's words that are number words
_ANY_DIGIT = re.compile(r"\d")
_APPROX_NOT_UN = [w for w in L.APPROX_WORDS if w not in ("une", "un")]
_RANGE_GAP = re.compile(r"\s*(?:and|et|to|a|-|or|ou)\s*")
_RANGE_BEFORE = re.compile(r"(?:between|entre|from|de)\s*$")
_RANGE_LEAD = re.compile(r"(?:between|entre|from|de)?\s*$")
_DASH_GAP = re.compile(r"\s*-\s*")
_SEPS = re.compile(r"[ ,.\u202f\u00a0]")
_WS = re.compile(r"\s+")


def find_numbers(folded: str, start: int, end: int, blocked: list[tuple[int, int]] = (), words=None) -> list[Num]:
    """Numbers in ``folded[start:end]``; ``words``: the sentence's ``wordstarts.Words``, when known."""
    seg = folded[start:end]
    if words is None:
        if not _GATE.search(folded, start, end):
            return []
        has_word = bool(_WGATE.search(seg))
    else:
        # ``_GATE`` is a digit or ``_WGATE``: the number words are looked for once, at the words that
        # can begin one, in the sentence alone (as below); ``_GATE`` reads them in the whole text,
        # which differs only when a letter touches the sentence's start: then it is asked itself
        has_word = next(_WGATE_AT.finditer_in(seg, 0, len(seg), words, start), None) is not None
        if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
            if not _GATE.search(folded, start, end):
                return []
        elif not (has_word or _ANY_DIGIT.search(folded, start, end)):
            return []
    out: list[Num] = []
    for m in _DIGITS.finditer(seg):
        a, b = start + m.start(), start + m.end()
        if any(a < y and x < b for x, y in blocked):
            continue
        raw = _SEPS.sub("", m.group(1))
        try:
            v = int(raw)
        except ValueError:
            continue
        out.append(Num(a, b, v, v, v))
    # words (only when the sentence has one: most numbers in news are digits)
    words = [(mm.start(), mm.end(), mm.group(0)) for mm in _WORD.finditer(seg)] if has_word else []
    k = 0
    while k < len(words):
        a, b, w = words[k]
        A = start + a
        if any(A < y and x < start + b for x, y in blocked):
            k += 1
            continue
        if w in L.APPROX_NOUNS and k > 0 and words[k - 1][2] in ("une", "un", "a", "quelque"):
            v = L.APPROX_NOUNS[w]
            out.append(Num(start + words[k - 1][0], start + b, v, v, v, approx=True))
            k += 1
            continue
        if w in L.VAGUE_PLURALS:
            v = L.VAGUE_PLURALS[w]
            pre = words[k - 1][2] if k > 0 else ""
            if pre in ("plusieurs", "several", "des", "many"):
                a = words[k - 1][0]
            out.append(Num(start + a, start + b, v, v, None, approx=True))
            k += 1
            continue
        if w == "one" and k > 0 and words[k - 1][2] in ("no", "not") and seg[words[k - 1][1]:a] == " ":
            k += 1
            continue   # "killed no one", "not one soldier": nobody
        if w in ("un", "une") and k and words[k - 1][2] == "l" and seg[words[k - 1][1]:a] == "'" and \
                k + 1 < len(words) and words[k + 1][2] in ("d", "de", "des", "entre"):
            out.append(Num(start + words[k - 1][0], start + b, 1, 1, 1))   # "l'un d'eux", "l'une des victimes"
            k += 1
            continue
        if w in ("a", "an", "un", "une", "one") and k + 1 < len(words) and words[k + 1][2] in _ONE_PERSON:
            out.append(Num(A, start + b, 1, 1, 1))
            k += 1
            continue
        if w in ("a", "an") and k + 1 < len(words) and words[k + 1][2] in ("hundred", "thousand", "dozen"):
            v = {"hundred": 100, "thousand": 1000, "dozen": 12}[words[k + 1][2]]
            out.append(Num(A, start + words[k + 1][1], v, v, v, approx=words[k + 1][2] == "dozen"))
            k += 2
            continue
        if w in _UNITS or "-" in w and all(p in L.NUMBER_WORDS or p == "et" for p in w.split("-")):
            # a run of number words stops at punctuation ("quatre-vingt-dix, deux")
            run = [words[k][2]]
            for q in range(k + 1, min(len(words), k + 6)):
                if seg[words[q - 1][1]:words[q][0]].strip():
                    break
                run.append(words[q][2])
            r = _word_value(run)
            if r:
                v, used = r
                if v > 0:
                    out.append(Num(A, start + words[k + used - 1][1], v, v, v))
                k += used
                continue
        k += 1
    out.sort(key=lambda n: n.start)
    # qualifiers and ranges
    for n in out:
        # the words before, spaces made single once for the three tests
        before = " " + _WS.sub(" ", folded[max(start, n.start - 30):n.start]).strip()
        if before.endswith(_suffixes(L.MIN_WORDS)):
            n.lo, n.hi = n.value, None
        elif before.endswith(_suffixes(L.MAX_WORDS)):
            n.lo, n.hi = None, n.value
        elif before.endswith(_suffixes(_APPROX_NOT_UN)):
            n.approx = True
    merged: list[Num] = []
    i = 0
    while i < len(out):
        n = out[i]
        if i + 1 < len(out):
            m2 = out[i + 1]
            gap = folded[n.end:m2.start]
            before = folded[max(start, n.start - 12):n.start]
            if _RANGE_GAP.fullmatch(gap) and _RANGE_BEFORE.search(before) and _revised_from_to(folded, start, n.start):
                merged.append(m2)   # "raised the toll from 47 to 80", "porté le bilan de 47 à 80": the later figure
                i += 2
                continue
            if _RANGE_GAP.fullmatch(gap) and _RANGE_BEFORE.search(before) \
                    or _DASH_GAP.fullmatch(gap) and m2.value > n.value:
                lo_start = n.start - len(_RANGE_LEAD.search(before).group(0))
                merged.append(Num(max(start, lo_start), m2.end, m2.value, n.value, m2.value))
                i += 2
                continue
        merged.append(n)
        i += 1
    return merged


# a figure revised from one value to another: "raised the toll from 47 to 80", "the toll rose from 12 to
# 20", "a porté le bilan de 47 à 80", "le bilan est passé de 12 à 20" (not a range "de 40 à 50 morts")
_REVISED_FROM = re.compile(
    r"\b(?:raised|raising|revised|revising|rose|risen|rising|climbed|jumped|increased|lowered|brought|updated|"
    r"porte|portant|passe|passant|revu|releve|alourdi|grimpe|augmente|ramene)\b[^.;:()\d]{0,40}?(?:from|de)\s*$")


def _revised_from_to(folded: str, start: int, at: int) -> bool:
    """Whether the number at ``at`` opens "from N to M" after a verb that revises a figure."""
    return bool(_REVISED_FROM.search(folded, max(start, at - 60), at))


def _ends_with(text: str, phrases: list[str]) -> bool:
    return (" " + _WS.sub(" ", text).strip()).endswith(_suffixes(phrases))


def _suffixes(phrases: list[str]) -> tuple:
    """The phrases as " phrase" suffixes (cached per list, rebuilt if the list changed)."""
    ends = _SUFFIXES.get(id(phrases))
    if ends is None or ends[0] is not phrases or len(ends[1]) != len(phrases):
        ends = _SUFFIXES[id(phrases)] = (phrases, tuple(" " + p for p in phrases))
    return ends[1]


_SUFFIXES: dict = {}   # id(list of phrases) -> (the list, its phrases as " phrase" suffixes)


# -- tolls -------------------------------------------------------------------------------------

@dataclass
class Toll:
    lo: int | None
    hi: int | None
    start: int
    end: int
    kind: str     # exact | min | range | approx
    parts: tuple = ()   # ((start, end, value), ...) of a toll summed over places ("12 killed in A and 7 in B")


_AUX_OR_NP = re.compile(
    r"^(?:[\w'-]+\s+){0,8}?(?:(?:were|was|have been|has been|had been|are|is|be|reportedly|reported|ont ete|a ete|avaient ete|"
    r"avait ete|sont|est|auraient ete|aurait ete|ete)\s+)*$")
_STOP_BETWEEN = re.compile(r"[;:()]|\b(?:wounded|injured|wounding|injuring|hurting|blessant|blesses?|arrested|arretes?|kidnapped|abducted|enleves?|missing|disparus|fled|"
                           r"ont fui|displaced|deplaces|captured|prisonniers|prisoners|dont|including|among them|parmi lesquels)\b")
_RELATIVE_IN_GAP = re.compile(r",\s*(?:who|whom|which|qui|que|dont)\b[^,;.()]{1,80},|"
                              r"\s(?:qui|who)\s(?!(?:ont|a|avaient|avait|sont|est|etaient|etait|were|was|have|has|had)\s+"
                              r"(?:ete|been\s)?\s*(?:tue|tues|killed|blesse|blesses|wounded|injured|morts?|died|peri))"
                              r"[^,;.()]{1,80}?(?=\s(?:ont|a|avaient|avait|sont|est|etaient|were|was|have|had)\s)")
_AVENGED = re.compile(r"\b(?:revenge|retaliation|reprisals?|avenge|represailles?|venger)\s+(?:for\s+|of\s+|pour\s+|a\s+)?"
                      r"(?:the\s+|la\s+|le\s+|l')?$")
_MACHINES = re.compile(r"\b(?:drones?|avions?|helicopteres?|appareils?|aeronefs?|aircraft|planes?|arbres?)\b")
_SELF_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s)? (?:it|they|to)|said (?:it|its|they|their)|affirme avoir|affirment avoir|revendique avoir|"
    r"dit avoir|a dit avoir|claimed to have|in its claim|dans sa revendication|selon (?:le|la|les) (?:groupe|jihadistes|assaillants))\b"
    # a source telling its own count of the dead claims no killing: "said its count had found 210 dead",
    # "a affirmé avoir recensé 60 morts"
    r"(?! (?:own )?(?:count|tally|census|survey|investigation|inquiry|investigators|researchers)\b|"
    r" (?:recense|denombre|compte|decompte|identifie)\w*)")
_NEGATED = re.compile(r"\b(?:et non|not|non pas|rather than|instead of|au lieu de)\s*$")
_ELIDED_PLACE_GAP = re.compile(r"\s+(?:in|at|near|a|dans|au|pres de)\s+[^,;.()0-9]{1,40}?,?\s+(?:and|et)\s+")
_ELIDED_PLACE_NEXT = re.compile(r"\s+(?:others?\s+|autres\s+|more\s+)?(?:in|at|near|a|dans|au|pres de)\s")
_TOLL_REACHES = re.compile(r"\b(?:death toll|toll|bilan)\b[^.;:()]{0,90}?\b(?:risen|rose|rises|climbed|climbs|increased|"
                           r"jumped|reached|reaches|stands|stood)\s+(?:to|at)\s+(?:at least\s+|more than\s+)?$")


# a toll given or revised by whoever counts: "put the toll at 12", "gave a toll of at least 30", "raised
# it to 46", "revised the toll down to 35", "porté le bilan à 49", "revu à la hausse à 60"
_TOLL_GIVEN = re.compile(
    r"(?:\b(?:put|puts|putting|set|sets|gave|gives|giving|give|estimated|estimates)\s+(?:the|a|an|its|their)\s+"
    r"(?:(?:official|provisional|initial|first|new|final|own)\s+)?(?:death\s+)?toll\s+(?:at|of)|"
    r"\b(?:raised|revised|lowered|increased|brought|updated|corrected)\s+(?:it|the toll|the death toll|its toll|"
    r"the figure|that figure|its figure)?\s*(?:up|upward|upwards|down|downward|downwards)?\s*to|"
    r"\b(?:porte|portee|revu|revue|releve|relevee|ramene|ramenee|corrige)\s+(?:le bilan\s+|ce bilan\s+|son bilan\s+)?"
    r"(?:a la hausse\s+|a la baisse\s+)?a|"
    # the killing named by its count: "the massacre of 160 people", "du massacre de 160 personnes"
    r"\b(?:massacres?|killings?|tueries?)\s+(?:of|de|d'))"
    r"\s+(?:at least\s+|more than\s+|au moins\s+|plus de\s+|some\s+|about\s+|around\s+|environ\s+)?$")
# the same verb elided before a later figure: "raised it to 46 on 4 January and later to 49", "puis à 49"
_TOLL_THEN = re.compile(r"(?:,\s*|\s)(?:and|then|et|puis)\s+(?:later\s+|then\s+|finally\s+|ensuite\s+|enfin\s+)?(?:to|a)\s+$")


# a count that goes with its own fate right after it ("..., 4 arrested", "et quatre autres ont été
# interpellés"): the arrested, wounded or captured, not more dead
_OWN_FATE = re.compile(r"\s+(?:(?:others?|more|autres|de plus|suspects?|suspected|people|personnes|more people)\s+)?"
                       r"(?:(?:were|was|have been|had been|are|ont ete|a ete|avaient ete|sont|also|aussi|egalement)\s+){0,2}"
                       r"(?:arrested|detained|captured|apprehended|taken prisoner|wounded|injured|kidnapped|abducted|"
                       r"interpelles?|arretes?|captures?|apprehendes?|faits? prisonniers?|blesses?|enleves?)"
                       # the fate ends the clause (not "two captured soldiers were executed": an adjective)
                       r"(?=\s*(?:[,.;:)]|$|(?:and|et|in|at|near|on|by|par|a|au|dans|pres|lors|during|while|alors|after|apres|"
                       r"according|selon)(?![\w-])))")
# a count of goods taken or destroyed ("looted two shops", "pillé trois boutiques", "destroyed 20 huts"; not
# "burned", which may be said of people)
_GOODS_VERB = re.compile(r"(?<![\w-])(?:loot(?:ed|ing|s)?|plunder(?:ed|ing|s)?|ransack(?:ed|ing|s)?|pillag(?:ed|ing|e)|"
                         r"stole|stolen|stealing|destroy(?:ed|ing)|raz(?:ed|ing)|vandali[sz](?:ed|ing)|rustl(?:ed|ing)|"
                         r"pill(?:e|es|ee|ees|ant|ent|ait|aient|age de)|detrui(?:t|ts|te|tes|sant)|"
                         r"saccag(?:e|es|ee|ees|eant|ent)|vol(?:e|es|ee|ees|ant)|razzi\w*)"
                         r"\s+(?:(?:the|their|his|some|about|around|at least|more than|les|leurs|des|au moins|plus de|environ|quelque)\s+)?$")


def _not_dead(folded: str, start: int, n: "Num") -> bool:
    """The number counts goods looted or burned, or people with a fate of their own (arrested,
    wounded), not the dead of a word of killing near it."""
    return bool(_OWN_FATE.match(folded, n.end) or _GOODS_VERB.search(folded, max(start, n.start - 30), n.start))


_BREAKDOWN = re.compile(r",\s*(?:dont|including|among them|parmi lesquels|parmi eux)\s[^,;.()]{1,60},\s*"
                        r"(?=(?:[\w'-]+\s+){0,3}$)|"
                        # without commas: "three soldiers including an officer were killed"
                        r"\s(?:including|dont)\s(?:an?|one|two|un|une|deux)\s[\w'-]+\s+"
                        r"(?=(?:were|was|have been|had been|ont ete|a ete|avaient ete|sont)\s+$)")


# people a place, a unit or a force "lost": "the department lost 15 villagers", "the army lost 12
# soldiers", "le village a perdu 15 habitants", "l'armée a perdu douze soldats" (not "lost two vehicles")
_LOST_BEFORE = re.compile(r"\b(?:lost|loses|losing|perdu|perd|perdent|perdant)\s+(?:at least\s+|some\s+|about\s+|"
                          r"au moins\s+|environ\s+|pres de\s+)?$")
_LOST_PEOPLE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|villagers|civilians|soldiers|troops|men|women|"
                          r"gendarmes|policemen|police officers|members|fighters|residents|inhabitants|farmers|herders|"
                          r"personnes|villageois|civils|soldats|militaires|hommes|femmes|policiers|membres|combattants|"
                          r"habitants|elements|cultivateurs|eleveurs|agents|volontaires|vdp)\b")


def _lost_people(folded: str, start: int, n) -> bool:
    """Whether ``n`` counts people lost to death: "lost 15 villagers", "a perdu 12 soldats"."""
    return bool(_LOST_BEFORE.search(folded, max(start, n.start - 25), n.start) and _LOST_PEOPLE.match(folded, n.end))


def tolls(folded: str, start: int, end: int, nums: list[Num], words=None) -> list[Toll]:
    """Death tolls in one sentence: a number tied to a verb or noun of killing, summed over
    coordinated groups ("53 soldats et un civil ont été tués" → 54). Tolls a perpetrator claims
    for itself and figures given as "not 95" are left out. ``words``: the sentence's
    ``wordstarts.Words``, when known."""
    out: list[Toll] = []
    seg_claim = False   # searched at the first number tied to a kill word: most sentences have none
    used = set()
    # "the death toll ... has risen to 53", "toll from attack rises to 53": the number the toll reaches
    lost = nums and (folded.find("lost", start, end) >= 0 or folded.find("perd", start, end) >= 0 or
                     folded.find("losing", start, end) >= 0)
    for n in nums:
        if (_TOLL_REACHES.search(folded, max(start, n.start - 120), n.start) or
                _TOLL_GIVEN.search(folded, max(start, n.start - 60), n.start) or
                (lost and _lost_people(folded, start, n)) or
                (out and _TOLL_THEN.search(folded, max(start, n.start - 30), n.start))) and \
                not WOUND.match(folded, n.end + 1) and not (seg_claim and seg_claim.start() + start < n.start):
            used.add(id(n))
            kind = "min" if n.hi is None else "exact"
            out.append(Toll(n.lo if n.lo is not None else n.value, n.hi, n.start, n.end, kind))
    for km in _KILL_AT.finditer(folded, start, end, words):
        ka, kb = km.start(), km.end()
        word = km.group(0)
        if _AVENGED.search(folded, max(start, ka - 40), ka):
            continue   # a death avenged ("to avenge the killing of a comrade", "en représailles au meurtre"): an earlier one
        if word.startswith("abattu") and _MACHINES.search(folded, max(start, ka - 40), min(end, kb + 40)):
            continue   # "deux drones ont été abattus", "a abattu un avion": machines shot down, no one dead
        # numbers before the kill word: "71 soldiers were killed", "35 morts", "53 soldats et un civil ont été tués"
        before = [n for n in nums if n.end <= ka and ka - n.end <= 90 and id(n) not in used and not _not_dead(folded, start, n)]
        chosen: list[Num] = []
        # "53 personnes, dont 49 gendarmes, avaient été tuées", "five people, including two soldiers, were
        # killed": the breakdown between commas is not the toll, the number before it is
        # (searched only where one of its words is: most kill words have none before them)
        lo90 = max(start, ka - 90)
        w90 = folded[lo90:ka]
        brk = _BREAKDOWN.search(folded, lo90, ka) if ("includ" in w90 or "dont" in w90 or "among" in w90 or
                                                     "parmi" in w90) else None
        for n in reversed(before):
            if brk and brk.start() <= n.start < brk.end():
                continue
            gap = folded[n.end:ka] if not (brk and n.end <= brk.start()) else \
                folded[n.end:brk.start()] + " " + folded[brk.end():ka]
            # a relative clause that describes the people counted ("four herders, who were grazing their
            # cattle, were killed", "quatre bergers qui faisaient paître leur bétail ont été tués")
            if "," in gap or " qui " in gap or " who " in gap:
                gap = _RELATIVE_IN_GAP.sub(" ", gap)
            if "includ" in gap or " dont " in gap or " among " in gap or " notamment " in gap:
                gap = _PART_IN_GAP.sub(" ", gap)   # "two militiamen including an officer were killed": two
            if _STOP_BETWEEN.search(gap) or KILL.search(gap) or WOUND.search(gap):
                break
            if (gap.endswith(" and ") or gap.endswith(" et ")) and _VERB_BEFORE.search(folded, max(start, n.start - 30), n.start):
                break   # "abducted two traders and killed their driver": the two are the first verb's
            if not _AUX_OR_NP.match(gap.strip() + " " if gap.strip() else ""):
                break
            chosen.insert(0, n)
            if " a" in gap or " et u" in gap or " one " in gap:
                chosen += [Num(n.end, n.end, 1, 1, 1) for _ in _ONE_MORE.finditer(gap)]   # unspanned: no place of its own
            # the verb shared with a second place: "Seventy people were killed in Tchoma Bangou and 30 in
            # Zaroumdareye", "35 tués à X et 12 à Y"
            nxt = next((m for m in nums if m.start >= kb and m.start - kb <= 60 and id(m) not in used), None)
            if nxt is not None and _ELIDED_PLACE_GAP.fullmatch(folded, kb, nxt.start) and \
                    _ELIDED_PLACE_NEXT.match(folded, nxt.end):
                chosen.append(nxt)
            # coordination: "four US soldiers and four Nigerien soldiers"
            prev_candidates = [p for p in before if p.end <= n.start]
            if prev_candidates:
                p = prev_candidates[-1]
                g2 = folded[p.end:n.start]
                if re.search(r"\b(?:and|et)\b", g2) and not _STOP_BETWEEN.search(g2) and len(g2) < 60 \
                        and not KILL.search(g2) and not re.search(r"[.;]", g2):
                    chosen.insert(0, p)
                elif _PART_OF_TOTAL.match(g2) and p.value > n.value and len(chosen) == 1:
                    chosen = [p]   # the total, not its part
            break
        if not chosen and (word in ("killed", "killing", "kills", "kill", "tue", "tues", "tuee", "tuees", "executed", "executing",
                                    "massacred", "neutralised", "neutralized", "execute", "executes", "coute la vie", "cout",
                                    "shot dead", "gunned down", "abattu", "claimed the lives of", "claimed the life of",
                                    "cost the lives of", "cost the life of") or word in _MURDER_WORDS):
            # numbers after: "killed at least 20 Malian soldiers", "tuant 12 civils", "coûté la vie à quatre soldats"
            after = [n for n in nums if n.start >= kb and n.start - kb <= 40 and id(n) not in used and not _not_dead(folded, start, n)]
            if after:
                n = after[0]
                gap = folded[kb:n.start]
                # "executed while his two associates were released": another clause, other people
                if re.search(r"\b(?:while|whereas|alors que|tandis que|but|mais)\b", gap):
                    pass
                elif re.search(r"(?:^|\s)(?:by|par)\s+(?:at least\s+|au moins\s+|some\s+)?$", gap) or \
                        word in _DIED_WORDS or word in ("succumbed", "succombe", "dying") or \
                        _NOT_DEAD_AFTER.match(folded, n.end, min(end, n.end + 40)):
                    pass   # "was killed by two men", "a été tué par deux hommes": the number counts the killers
                elif _ONE_AND.fullmatch(gap) and not _NEGATED.search(folded[max(start, ka - 25):ka]):
                    chosen = [Num(kb, kb, 1, 1, 1), n]
                elif not re.search(r"[.;:]|\b(?:and|et|in|on|the|dans|le|la|near)\b\s+\w+\s+\w+", gap) or len(gap.split()) <= 3:
                    chosen = [n]
                    # "six humanitaires ... et de leurs deux accompagnateurs"
                    more = [p for p in nums if p.start > n.end and p.start - n.end <= 70 and not _not_dead(folded, start, p)]
                    if more:
                        g2 = folded[n.end:more[0].start]
                        if re.search(r"\b(?:and|et)\b", g2) and not _STOP_BETWEEN.search(g2) and not re.search(r"[.;]", g2) \
                                and not _NEW_VERB.search(g2) and not _NOT_DEAD_AFTER.match(folded, more[0].end, min(end, more[0].end + 40)):
                            chosen.append(more[0])
                            chosen += [Num(n.end, n.end, 1, 1, 1) for _ in _ONE_MORE.finditer(g2)]
        if not chosen:
            # a singular victim: "his bodyguard was killed", "un militaire ... a été tué"
            if word in _ONE_PASSIVE and _PASSIVE_ONE.search(folded, max(start, ka - 32), ka):
                out.append(Toll(1, 1, ka, kb, "exact"))
            elif word in _DIED_WORDS and (one := _ONE_DIED.search(folded, max(start, ka - 60), ka)):
                out.append(Toll(1, 1, one.start(), kb, "exact"))   # "the officer died", "il a succombé"
            elif (word in ("killed", "killing", "kills", "kill", "executed", "dead", "shot dead", "gunned down") or
                  word in _MURDER_WORDS or word in _FR_ACTIVE_KILL) and \
                    (word != "dead" or folded[max(start, ka - 5):ka] == "shot ") and \
                    ((two_ok := (folded.find(" and ", kb, min(end, kb + 110)) >= 0 or
                                 folded.find(" et ", kb, min(end, kb + 110)) >= 0)) and
                     (one := _TWO_VICTIMS.match(folded, kb, end)) or
                     (one := _ONE_VICTIM.match(folded, kb, end)) or (one := _THE_ONE_VICTIM.match(folded, kb, end)) or
                     (word in _FR_ACTIVE_KILL and (word == "tuant" or _FR_ACTIVE_AUX.search(folded, max(start, ka - 12), ka)) and
                      ((two_ok and (one := _DEUX_VICTIMES.match(folded, kb, end))) or
                       (one := _UN_VICTIME.match(folded, kb, end))))) and \
                    not _NEGATED.search(folded[max(start, ka - 25):ka]):
                # the object is one person: "killed a herder", "shot dead an army officer"; or two, each
                # named alone: "killed the driver and a passenger"
                if seg_claim is False:
                    seg_claim = _SELF_CLAIM.search(folded[start:end])
                if not (seg_claim and seg_claim.start() + start < ka):
                    k = 2 if one.re in (_TWO_VICTIMS, _DEUX_VICTIMES) else 1
                    out.append(Toll(k, k, ka, one.end(), "exact"))
            continue
        if seg_claim is False:
            seg_claim = _SELF_CLAIM.search(folded[start:end])
        if seg_claim and seg_claim.start() + start < chosen[0].start:
            continue  # a toll the perpetrator claims ("IS said it had killed more than a hundred")
        if any(_NEGATED.search(folded[max(start, n.start - 15):n.start]) for n in chosen):
            continue
        for n in chosen:
            used.add(id(n))
        if len(chosen) > 1:
            total = sum(n.value for n in chosen)
            exact = all(n.lo == n.hi for n in chosen)
            parts = tuple((n.start, n.end, n.value) for n in chosen) \
                if chosen[-1].start > kb and all(n.end > n.start for n in chosen) else ()
            out.append(Toll(total, total if exact else None, chosen[0].start, kb, "exact" if exact else "min", parts))
            continue
        n = chosen[0]
        if n.lo is not None and n.hi is not None and n.lo != n.hi:
            out.append(Toll(n.lo, n.hi, n.start, max(n.end, kb), "range"))
        elif n.hi is None and n.lo is not None:
            out.append(Toll(n.lo, None, n.start, max(n.end, kb), "min"))
        elif n.lo is None:
            out.append(Toll(None, n.hi, n.start, max(n.end, kb), "max"))
        else:
            out.append(Toll(n.value, n.value, n.start, max(n.end, kb), "approx" if n.approx else "exact"))
    return out


# one person as the object of a verb of killing, not a group ("a dozen", "a family") nor one of two
# coordinated ("a man and his son")
_A_PERSON = (
    r"(?:a|an)\s+(?!(?:number|dozen|score|few|total|group|couple|handful|family|convoy|"
    r"patrol|unit|series|large|small|hundred|thousand|further|other|combined)\b)(?:(?!(?:and|or|with|in|at|near|on|of)\b)[\w'-]+\s+){0,4}?"
    # not a count ("an unknown number of", "an unspecified number")
    r"(?!numbers?\b)(?:man|woman|boy|girl|child|person|civilian|soldier|officer|policeman|gendarme|herder|farmer|trader|shepherd|"
    r"member|leader|commander|chief|official|teacher|imam|driver|villager|resident|guard|youth|militant|fighter|"
    r"militiaman|jihadist|student|merchant|worker|employee|agent|peacekeeper|councill?or|mayor|marabout|doctor|nurse|"
    r"hunter|herdsman|fisherman|miner|notable|relative|brother|son|father|husband|wife|daughter|mother|guide|"
    # one man named by his community: "killed a Bozo", "assassinated a Dawsahak"
    r"fulani|peul|peulh|dogon|bozo|dozo|donso|bambara|tuareg|songhai|arab|mossi|dawsahak|daoussak|idaksahak|imghad|"
    r"thief|bandit|suspect|"
    r"[\w-]+(?:er|or|ian|ist|man|ant|ent))(?![\w'-])")
_ALONE = (r"(?!\s*(?:,\s*(?:a|an|his|her|two|three)\b|and\s+(?:a|an|his|her|their|one|"
          r"another|two|three|four|five|several|\d)\b|'s|s\b))")
_ONE_VICTIM = re.compile(r"\s+(?:and (?:\w+ed|wounded|injured) )?" + _A_PERSON + _ALONE)


# one person as the object, named with "the" by a role only one person holds in the story ("killed the
# village chief", "assassinated the brother of the mayor"), not a body ("the government", "the
# assailants"); French "un/une/le/la/l'" and a person ("ont tué un commerçant", "a assassiné le
# chef du village"), after an active auxiliary
_ONE_ROLE = (r"(?:man|woman|boy|girl|child|chief|mayor|imam|marabout|leader|commander|head|son|brother|father|husband|wife|"
             r"daughter|mother|nephew|uncle|cousin|driver|owner|guide|secretary|deputy|councill?or|teacher|notable|prefect|"
             r"sub-?prefect|president|director|emir|preacher|pastor|priest|catechist|nurse|doctor)")
_THE_PERSON = r"(?:the|his|her|their)\s+(?:(?!(?:and|or|with|in|at|near|on|of)\b)[\w'-]+\s+){0,2}?" + _ONE_ROLE + r"(?![\w'-])"
_THE_ONE_VICTIM = re.compile(r"\s+" + _THE_PERSON + _ALONE)
# what a number after a verb of killing counts when it is not the dead: the wounded ("three others
# wounded"), goods ("destroyed twenty motorbikes", "six-hundred heads of livestock"), time ("three weeks later")
_NOT_DEAD_AFTER = re.compile(
    r"\s*(?:(?:others?|more|autres?|people|persons|personnes)\s+)?(?:(?:were|was|have been|ont ete|sont|reportedly)\s+)?"
    r"(?:wounded|injured|hurt|blesses?|blessees?)\b|"
    r"\s*(?:[\w'-]+\s+){0,2}?(?:motorbikes?|motorcycles?|motos?|vehicles?|vehicules?|cars?|trucks?|pick-?ups?|carts?|"
    r"charrettes?|heads?|tetes?|cattle|livestock|betail|animals?|goats?|sheep|camels?|weapons?|armes?|guns?|rifles?|houses?|"
    r"maisons?|huts?|cases?|shops?|boutiques?|granaries|greniers?|tons?|kg|days?|weeks?|months?|years?|jours?|semaines?|"
    r"mois|ans|hours?|heures?|minutes?|km|kilometres?|kilometers?)\b"
    r"(?!\s+(?:drivers?|owners?|passengers?|operators?|herders?|traders?|chauffeurs?|conducteurs?|proprietaires?))")
# a second verb of its own between two numbers: "killed thirty militants and destroyed twenty
# motorbikes", "killed one individual and burned eight carts" (not "and wounded")
_NEW_VERB = re.compile(r"\b(?:and|et)\s+(?:\w+ly\s+)?(?!(?:presumed|suspected|alleged|armed|unidentified|wounded|injured)\b)"
                       r"(?:\w+ed|seized|stole|took|burnt|burned|destroyed|ont|a)\b")
# a part of the dead named inside their count: "two militiamen including an officer were killed"
_PART_IN_GAP = re.compile(r"\s(?:including|among them|among whom|dont|notamment)\s+[^,;.()]{1,50}?(?=\s(?:were|was|have|had|ont|a|"
                          r"avaient|sont|etaient)\b)")
# a verb right before a number makes it that verb's object ("abducted two traders", "ont enlevé deux")
_VERB_BEFORE = re.compile(r"\b(?!(?:the|were|was|and|et|des|les|une?|de|le|la)\b)[a-z]+(?:ed|e|es|ee|ees)\s+(?:at least\s+|some\s+|"
                          r"au moins\s+|about\s+)?$")
# a total, then the part of it some of the dead were: "nine civilians including two musicians were killed"
_PART_OF_TOTAL = re.compile(r"^\s*(?:[\w'-]+\s+){0,3}(?:including|among them|among whom|of whom|dont|parmi lesquels|"
                            r"parmi lesquelles|parmi eux|notamment)\s+$")
# one more person named in a list of the dead: "2 civilians and an officer were killed", "killing two
# gendarmes, a customs agent, and four civilians"
_ONE_MORE = re.compile(r"(?:,|\band|\bet)\s+(?:a|an|one|un|une)\s+(?!(?:number|dozen|few|total|group|couple|handful|"
                       r"unknown|unspecified|undetermined|half|vehicle|truck|car)\b)[\w'-]+")
_UN_PERSON = (
    r"(?:un|une|le|la|l'|son|sa|leur)\s*(?:(?!(?:et|ou|avec|dans|a|au|pres|sur|de|du|des)\b)[\w'-]+\s+){0,3}?"
    r"(?:homme|femme|garcon|fille|enfant|adolescent|jeune|vieillard|civil|villageois|soldat|militaire|gendarme|policier|"
    r"garde|berger|eleveur|commercant|cultivateur|agriculteur|paysan|pecheur|chasseur|orpailleur|chauffeur|chef|maire|"
    r"imam|marabout|notable|conseiller|enseignant|instituteur|elu|adjoint|frere|fils|pere|mari|oncle|neveu|cousin|guide|"
    r"agent|responsable|dirigeant|commandant|leader|membre|infirmier|medecin|prefet|sous-prefet|secretaire|douanier|"
    r"passager|passagere|voyageur|apprenti|client|"
    r"dozo|donso|peul|peulh|dogon|bozo|touareg|jihadiste|djihadiste|terroriste|militant|combattant|assaillant)(?![\w'-])")
_UN_VICTIME = re.compile(
    r"\s+" + _UN_PERSON + r"(?!\s*(?:,\s*(?:un|une|son|sa|ses|deux|trois)\b|et\s+(?:un|une|son|sa|ses|leur|leurs|deux|trois|"
    r"quatre|plusieurs|\d)\b|s\b))")
# two people, each named alone: "killed the driver and a passenger", "a commander and his son"
_TWO_VICTIMS = re.compile(r"\s+(?:" + _A_PERSON + "|" + _THE_PERSON + r")(?:\s+(?:of|from)\s+[^,;.()]{1,40}?)?\s+and\s+(?:" +
                          _A_PERSON + "|" + _THE_PERSON + ")" + _ALONE)
# one person and a number of others killed together: "killing the subprefect of X and four others",
# "killed a soldier and two civilians", "killing himself and two soldiers" (a suicide bomber)
_ONE_AND = re.compile(r"\s+(?:(?:" + _A_PERSON + "|" + _THE_PERSON + r")(?:\s+(?:of|from)\s+[^,;.()]{1,40}?)?|himself|herself)"
                      r"\s+and\s+(?:at least\s+|his\s+|her\s+|their\s+)?$|\s+" + _UN_PERSON + r"(?:\s+(?:de|du|d')\s*[^,;.()]{1,40}?)?\s+et\s+(?:au moins\s+)?$")
_DEUX_VICTIMES = re.compile(r"\s+" + _UN_PERSON + r"(?:\s+(?:de|du|d')\s*[^,;.()]{1,40}?)?\s+et\s+" + _UN_PERSON +
                            r"(?!\s*(?:,\s*(?:un|une|son|sa|ses|deux|trois)\b|et\s+(?:un|une|son|sa|ses|leur|leurs|deux|trois|"
                            r"quatre|plusieurs|\d)\b|s\b))")
_FR_ACTIVE_KILL = {"tue", "abattu", "execute", "assassine", "egorge", "decapite", "tuant"}
_FR_ACTIVE_AUX = re.compile(r"\b(?:a|ont|avait|avaient|auraient|aurait|et)\s+(?:\w+\s+)?$")   # "ont enlevé X et tué Y"
# words of killing the tolls read beyond ``KILL``: verbs that tell a murder ("assassinated",
# "murdered", "beheaded", "assassiné", "égorgé") and a death from wounds ("succumbed", "a succombé")
_MURDER_WORDS = {"assassinated", "murdered", "beheaded", "lynched", "succumbed", "dying", "assassine", "assassinee", "assassines",
                 "assassinees", "egorge", "egorgee", "egorges", "egorgees", "decapite", "decapitee", "decapites", "decapitees",
                 "succombe", "decede", "decedee", "decedes", "decedees", "tuant"}
# one person who died, named as the subject: a pronoun or a role with "the" ("the officer died", "he later
# succumbed to his wounds", "il a succombé", "le chef est décédé")
_DIED_WORDS = {"died", "succumbed", "succombe", "decede", "decedee", "mort", "morte"}
_ONE_DIED = re.compile(
    r"\bqui\s+(?:(?:ensuite|finalement|plus tard)\s+)?(?:a|est)\s+$|(?:\b(?:he|she|il|elle)|\bthe\s+(?:(?!(?:and|or|of)\b)[\w'-]+\s+){0,2}?(?:" + _ONE_ROLE[3:-1] +
    r"|officer|soldier|civilian|policeman|gendarme|guard|hostage|herder|trader|merchant|shepherd|fighter|militant|youth|"
    r"victim|villager|farmer|student|worker))\s+(?:(?:later|subsequently|eventually|then|also|finally|reportedly|ensuite|"
    r"finalement|plus tard)\s+)?(?:a\s+|est\s+)?$")
_TOLL_KILL = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_MURDER_WORDS, key=len, reverse=True)) + r")(?![\w-])|" + KILL.pattern)
# one person killed, told in the passive ("the mayor was assassinated", "le chef a été égorgé")
_ONE_PASSIVE = {"killed", "tue", "tuee", "assassinated", "murdered", "beheaded", "executed", "shot dead", "gunned down", "slain",
                "assassine", "assassinee", "execute", "executee", "egorge", "egorgee", "decapite", "decapitee", "abattu", "abattue"}
_PASSIVE_ONE = re.compile(r"\b(?:was|has been|had been|a ete|avait ete|aurait ete|est|fut)\s+(?:(?:reportedly|allegedly|later|"
                          r"then|also|subsequently|finally|aussi|ensuite|egalement)\s+)?$")

_KILL_AT = WordGate(_TOLL_KILL)   # tried at the words that can begin a word of killing

_TROOPS = re.compile(r"(?<![\w-])(?:troops|soldiers|servicemen|personnel|men|soldats|militaires|hommes|effectifs)(?![\w-])")


def troop_count(folded: str, start: int, end: int, nums: list[Num]) -> tuple[int, int, int] | None:
    """"the deployment of 5,000 troops", "600 additional soldiers": (count, start, end)."""
    for n in nums:
        if n.value < 20:
            continue   # too few for a troop count (tested first: the word patterns below cost more)
        after = folded[n.end:min(end, n.end + 40)]
        m = tm = None
        for k in range(3):
            m = re.match(r"\s+(?:[a-z'-]+\s+){%d}" % k, after)
            if m:
                # the word is read whole, up to the sentence's end: cut at the window's edge,
                # "menace" would read "men"
                tm = _TROOPS.match(folded, n.end + m.end(), end)
                if tm:
                    break
        if tm:
            # a death toll is not a troop count
            tail = folded[n.end:min(end, n.end + 60)]
            head = folded[max(start, n.start - 40):n.start]
            if KILL.search(tail[:40]) or WOUND.search(tail[:40]) or KILL.search(head):
                continue
            return n.value, n.start, tm.end()
    return None
