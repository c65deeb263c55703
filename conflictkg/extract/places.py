"""Where places lie: the containers and landmarks a sentence names around its place mentions.

News and analysts locate a small village by what contains it or by a known place nearby:

- a container: "Bamba (Bourem, Gao)", "Ogossagou, in the Bankass district", "le village de Kouré,
  au Niger", "Koffel, Deboye Commune (Youwarou, Mopti)", "Gnagnabou [Nyagambou] (Bandiagara, Mopti)";
- a landmark: "Tizimizi, 13 km northwest of Ansongo (Ansongo, Gao)", "the village of Tama near
  Wakara", "Taringuit, south of In-Delimane", "à 20 km de Boni";
- a list shares the container named after it: "the villages of A, B and C, in the Bamba commune".

A village the region pack does not know is LOCATED_IN its container, or, for a landmark within some
40 km, probably in the landmark's administrative area (cercle, commune): the text says it is near,
not inside; "between Kabara and Timbuktu" makes Kabara near Timbuktu. A
container that is a town standing for its eponymous cercle ("a village in Mopti") is that cercle.
Pack places keep the pack's hierarchy; the text only confirms it. A landmark is not where an event
happened: the place it locates is.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import fastre as re
from ..graph.resolver import normalize

DIR = (r"(?:north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|south-west|"
       r"northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|"
       r"nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)")
# the town that holds a quarter: "the Sabalibougou area in the capital of Bamako", "dans la ville de Gao"
TOWN = r"(?:capital|city|town|capitale|ville)"
KIND = r"(?:region|cercle|province|district|department|departement|commune|area|zone|prefecture|county|state|circle)"
# alternative names in brackets, or a word in parentheses that names no place, may come first
# ("Tinjaran (Indarrane) [In-Anaka], Tessit Commune"); so may the kind of place the name is
# ("N8 Coura village, 12 km from Niono", "le hameau Kora, à 10 km de Boni")
_ALT = (r"(?:\s*\[[^\[\]]{1,40}\]|\s*\([^()]{1,30}\)(?=\s*[,\[]))?(?:\s*\[[^\[\]]{1,40}\])?"
        r"(?:\s+(?:village|hamlet|town|locality|settlement|camp|site|hameau|localite|area|neighbou?rhood|quarter|quartier|market|post))?")
CONTAINER_GAP = re.compile(
    _ALT +
    r"\s*(?:\(\s*(?:" + DIR + r"\s+(?:of\s+|du\s+|de\s+la\s+|de\s+l'|de\s+)?(?:the\s+)?)?"      # " (" / " (nord-est du "
    r"(?:" + KIND + r"\s+(?:of\s+|de\s+|du\s+|d')(?:the\s+)?)?"                                     # " (Cercle of "
    r"|,\s*(?:(?:also|aussi|egalement)\s+)?(?:(?:in|dans|au|aux|en|of|du|de\s+la|de\s+l'|de)\s+)?(?:the\s+|le\s+|la\s+|l')?"
    # ", in neighbouring Yagha province", ", localité de la province du Sanmatenga", ", chef-lieu de la province du Soum",
    # ", a village of the Torodi department", ", un village de la commune de Tillia"
    r"(?:(?:a|an|un|une|des)\s+(?=(?:localite|village|town|small\s+town|petite\s+ville|bourgade|hamlet|hameau)[sx]?\s))?(?:small\s+|petite\s+)?"
    r"(?:(?:neighbou?ring|nearby|voisine?s?|same)\s+)?"
    # (plural after a list: "Intazayene, Bakorat and Wistane, villages and hamlets of the Tillia department")
    r"(?:(?:localite|village|chef-lieu|seat|capital|town|main\s+town|ville|bourgade|hamlet|hameau)[sx]?(?:\s+(?:and|et)\s+(?:hamlets?|hameaux|villages?|localites?))?"
    r"\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+|d'|of\s+(?:the\s+)?|in\s+(?:the\s+)?))?"
    r"(?:" + DIR + r"\s+(?:of\s+|du\s+|de\s+la\s+|de\s+l'|de\s+)?(?:the\s+)?)?"
    r"(?:(?:" + KIND + r"|" + TOWN + r")\s+(?:of\s+|de\s+|du\s+|d')(?:the\s+)?)?"                    # ", in the region of"
    r"|\s+(?:in|dans|au|en)\s+(?:the\s+|le\s+|la\s+|l')?(?:" + DIR + r"\s+(?:of\s+|du\s+)?(?:the\s+)?)?"
    r"(?:(?:" + KIND + r"|" + TOWN + r")\s+(?:of\s+|de\s+|du\s+|d')(?:the\s+)?)?"
    r"|\s+" + KIND + r"\s+(?:of|de|du)\s+(?:the\s+|la\s+|l')?"                                        # " district of the "
    r"|\s+" + KIND + r"\s*,\s*"                                                                        # "Tillabéri region, "
    r")\s*")
_NUM = r"(?:\d+(?:[.,]\d+)?|a few|several|some|quelques)"
# a parenthesis that gives where a village lies approximately (a point, not a container): "Kobira
# (coded as Dioungani at geoprecision 2)", "(geolocated at Dioungani)", "(approximate location: Dioungani)"
_APPROX = (r"\(\s*(?:(?:(?:geo)?coded|geolocated|mapped|plotted)\s+(?:as|at|in|to)\s+"
           r"(?:(?:an?\s+|the\s+)?approximate\s+location\s+(?:of\s+|at\s+|in\s+)?)?"
           r"|(?:an?\s+|the\s+)?approximate\s+location\s*(?:of\s+|at\s+|in\s+|:\s*)?)")
APPROX_GAP = re.compile(r"[^()]*" + _APPROX + r"$")
LANDMARK_GAP = re.compile(
    _ALT + r"(?:\s*\([^()]{1,30}\))?" +   # "Tin-Wazoulan (In-Wazoulan) south of Anderamboukane"
    r"\s*[,(]?\s*(?:"
    # "13 km northwest of", "about 20km from", "à 20 km au nord de", "situé à 15 km de"
    r"(?:(?:located|situated|situee?s?|about|some|around|approximately|roughly|nearly|almost|over|environ|at|a|à|plus\s+de|pres\s+de)\s+){0,3}"
    + _NUM + r"\s*(?:km|kms|kilometers|kilometres|kilometre|kilometer|miles?)\s+"
    r"(?:(?:to\s+the\s+|au\s+|a\s+l'|à\s+l')?" + DIR + r"\s+)?(?:of|from|de|du|d')\s*"
    # "south of", "au nord de"
    r"|(?:to\s+the\s+|just\s+|au\s+|a\s+l'|à\s+l')?" + DIR + r"\s+(?:of|de|du|d')\s*"
    # "near", "not far from", "close to", "pres de", "non loin de", "à proximité de", "aux environs de"
    r"|(?:near|close\s+to|not\s+far\s+from|in\s+the\s+vicinity\s+of|outside|on\s+the\s+outskirts\s+of|"
    r"pres\s+de|pres\s+du|non\s+loin\s+de|non\s+loin\s+du|a\s+proximite\s+de|à\s+proximite\s+de|aux\s+environs\s+de|"
    r"aux\s+abords\s+de|aux\s+portes\s+de)\s+"
    # "(coded as Dioungani at geoprecision 2)": where the place lies approximately
    r"|" + _APPROX +
    r")(?:the\s+|le\s+|la\s+|l')?(?:(?:town|city|village|locality|ville|village|localite|commune)\s+(?:of|de|d')\s*)?\s*")
# a road named by its two ends: "Taghlit, axis Aguelhok-Tessalit", "in the Taghlit area on the
# Aguelhok-Tessalit axis", "Kora, sur l'axe Boni-Hombori"
# and a village between two places is on the way from one to the other ("Sarafoula between Diafarabe and Tenenkou")
AXIS_WORD = r"(?:axis|axe|road|route|highway|track|piste)"
AXIS_BEFORE = re.compile(_ALT + r"\s*(?:area|zone|secteur)?\s*,?\s*(?:(?:on|along|sur|in|dans)\s+)?(?:the\s+|l'|la\s+|le\s+)?"
                         r"(?:" + AXIS_WORD + r"\s+(?:between\s+|entre\s+|from\s+|de\s+|linking\s+|reliant\s+)?|between\s+|entre\s+)?")
AXIS_JOIN = re.compile(r"\s*(?:-|–|/|\band\b|\bet\b|\bto\b|\ba\b|à)\s*")
# list members may carry another name in brackets: "Gomou [Gomo] and Sandiera [Sandjera]"
LIST_GAP = re.compile(r"(?:\s*\[[^\[\]]{1,40}\])?\s*(?:,\s*(?:and\s+|et\s+|or\s+|ou\s+|&\s*)?|\s(?:and|et|or|ou)\s|\s*&)\s*")


@dataclass
class Link:
    inner: object        # Mention
    outer: object        # Mention
    how: str             # "in": a container; "near": a landmark
    far: bool = False    # a landmark too far away to tell the area ("60 km southwest of Menaka")


def place_links(S, gaz, st=None) -> list[Link]:
    """Containers and landmarks of the sentence's place mentions, in text order (``st``: the
    document state, for the places the text created)."""
    f = S.folded
    places = sorted([m for m in S.ms if m.label == "Place" and m.how != "coref" and not m.metonymy], key=lambda m: m.start)
    links: list[Link] = []
    siblings: list[list] = []
    for k, m in enumerate(places):
        for o in places[k + 1:k + 3]:
            if o.eid == m.eid:
                continue
            gap = f[m.end:o.start]
            if len(gap) > 70:
                break
            if LIST_GAP.fullmatch(gap) and _listed(f, gaz, places, k, o):
                if siblings and siblings[-1][-1] is m:
                    siblings[-1].append(o)
                else:
                    siblings.append([m, o])
                break
            ends = _axis_ends(f, places, k, o)
            if ends is not None:
                # a village on a road whose two ends lie in one cercle lies in that cercle too; the
                # ends are landmarks either way (too far apart to tell the area when their cercles differ)
                a_area, b_area = (admin_area(gaz, st, e.eid) for e in ends)
                links.append(Link(m, o, "near", far=not (a_area and a_area == b_area)))
                links.append(Link(m, ends[1], "near", far=True))
                break
            if LANDMARK_GAP.fullmatch(gap):
                if APPROX_GAP.match(gap) and (place_class(gaz, st, m.eid) or "Settlement") != "Settlement":
                    break   # "the Mopti Region (coded as Mopti)": a point standing for an area, not near it
                # "in the north of the Mopti region" contains; "north of Gao" (a town) locates
                settlement = (place_class(gaz, st, o.eid) or "Settlement") == "Settlement"
                area = not settlement and re.search(DIR, gap) and not re.search(r"\d", gap)
                links.append(Link(m, o, "in" if area else "near", _far(gap)))
                break
            if CONTAINER_GAP.fullmatch(gap):
                # "in Abalak, in Niger's Tahoua region": the country's region holds the village
                j = places.index(o)
                if j + 1 < len(places) and re.fullmatch(r"'s?\s+", f[o.end:places[j + 1].start]):
                    o = places[j + 1]
                links.append(Link(m, o, "in"))
                break
    # a list shares the container named after its last member; "between A and B (Cercle)" only
    # says that A is near B's area
    for group in siblings:
        last = group[-1]
        between = re.search(r"\b(?:between|entre)\s+(?:the\s+|les\s+)?(?:\w+\s+){0,2}$", f[max(S.start, group[0].start - 30):group[0].start])
        for ln in list(links):
            if ln.inner is last:
                # (not a member to itself named again: "between A and B (coded as A)")
                links += [Link(x, ln.outer, "near" if between else ln.how) for x in group[:-1] if x.eid != ln.outer.eid]
        if between:
            # "between Kabara and Timbuktu": a village the pack does not know is near the place it is paired with
            known = [x for x in group if x.eid in gaz.info]
            for x in group:
                if x.eid not in gaz.info and known and not any(ln.inner is x for ln in links):
                    links.append(Link(x, known[0], "near"))
    return links


def _axis_ends(f, places, k, o):
    """The two ends of the road a place lies on, when the words after places[k] name one
    ("Taghlit, axis Aguelhok-Tessalit"), else None."""
    gap = f[places[k].end:o.start]
    j = places.index(o)
    if j + 1 >= len(places) or not AXIS_BEFORE.fullmatch(gap) or not AXIS_JOIN.fullmatch(f[o.end:places[j + 1].start]):
        return None
    b = places[j + 1]
    # the road word before the ends or right after them ("on the Aguelhok-Tessalit axis")
    if not re.search(AXIS_WORD + r"|\b(?:between|entre)\b", gap) and not re.match(r"\s+" + AXIS_WORD + r"\b", f[b.end:b.end + 12]):
        return None
    return o, b


def _far(gap: str) -> bool:
    m = re.search(r"(\d+(?:[.,]\d+)?)\s*(km|kms|kilomet\w+|miles?)", gap)
    if not m:
        return False
    n = float(m.group(1).replace(",", "."))
    return n > (25 if m.group(2).startswith("mile") else 40)


def _listed(f, gaz, places, k, o) -> bool:
    """Whether ``o`` continues a list after places[k] ("A, B and C", "A and B"), rather than naming
    its container ("Talhandak, Kidal", "Tene, Segou, Mali")."""
    if re.search(r"\b(?:and|et|or|ou)\b|&", f[places[k].end:o.start]):
        return True
    j = places.index(o)
    if j + 1 >= len(places):
        return False
    nxt = places[j + 1]
    return bool(LIST_GAP.fullmatch(f[o.end:nxt.start])) and nxt.eid not in gaz.ancestors(o.eid)


def place_class(gaz, st, eid: str) -> str | None:
    ne = st.new_entities.get(eid) if st is not None else None
    return ne.cls if ne is not None else gaz.cls(eid)


def admin_area(gaz, st, eid: str) -> str | None:
    """The administrative area that holds a landmark (or the landmark, when it is an area)."""
    cls = place_class(gaz, st, eid)
    if cls is not None and cls != "Settlement":
        return eid
    ne = st.new_entities.get(eid) if st is not None else None
    if ne is not None:
        return ne.parent
    parents = sorted(gaz.info[eid].parents) if eid in gaz.info else []
    return parents[0] if len(parents) == 1 else None


def eponymous_area(gaz, eid: str) -> str:
    """A pack town that names its own cercle stands, as a container, for the cercle; not for a
    region or capital district of its name: "the Lafiabougou area of Bamako" is in the city."""
    if gaz.cls(eid) != "Settlement" or eid not in gaz.info:
        return eid
    name = normalize(gaz.name(eid))
    for p in sorted(gaz.info[eid].parents):
        if normalize(gaz.name(p)) == name and len(gaz.ancestors(p)) >= 2:
            return p
    return eid
