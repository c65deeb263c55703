"""Relations stated in a sentence, from cue words between or around two mentions.

Each pattern names a cue (a folded-text regex) and where its two ends are: the actor before the
cue (the clause's subject, skipping prepositional objects and appositions), the actor right
after it, or the one in a possessive ("son président, X"). Hedges before an end set the
relation's confidence ("presumed jihadists of the Katiba Macina ... present in Moura" →
probable). Event-to-event links (LINKED_TO, CONCERNS, PART_OF) use the events of the sentence
and the one being told.
"""
from __future__ import annotations

from . import fastre as re

from .model import RelationRecord
from .places import admin_area, eponymous_area, place_links

GROUPS = {"ArmedGroup", "Militia"}
ORGS = {"ArmedGroup", "Militia", "StateForce", "Government", "InternationalMission", "Organization"}
ACTORS = ORGS | {"Person", "CivilianGroup"}
PREP = {"of", "with", "for", "against", "from", "to", "on", "at", "in", "de", "du", "des", "d", "avec", "pour", "contre",
        "a", "au", "aux", "sur", "dans", "vers", "by", "par", "entre", "between", "among", "since", "depuis", "like", "than",
        "whose", "including", "dont"}


# an apposition that names a group by its chief: "X, la katiba de l'Algérien Y", "X, the brigade of Y",
# "X, le groupe du jihadiste Y"
_GROUP_OF_APPOSED = re.compile(
    r"\s*,\s*(?:la|le|l'|the|a|an|une?)\s*(?:katiba|brigade|bataillon|battalion|groupe|group|faction|mouvement|movement|"
    r"milice|militia|branche|branch)\s+(?:d'|de|du|of)\s*(?:(?:l'|le |la |the )?[a-z-]+\s+)?")

def _R(st, S, subj, pred, obj, conf=None, valid_from=None, valid_until=None):
    if not subj or not obj or subj == obj:
        return
    r = st.rel_index.get((subj, pred, obj))
    if r is not None:
        if conf and (r.confidence is None or _rank(conf) < _rank(r.confidence)):
            r.confidence = conf
        return
    r = RelationRecord(subj, pred, obj, conf, (S.start, S.end), S.quote, valid_from, valid_until)
    st.rels.append(r)
    st.rel_index[(subj, pred, obj)] = r
    if pred in ("MEMBER_OF", "LEADER_OF"):
        st.speaks_for.setdefault(subj, []).append(obj)


def _rank(c):
    order = ["claimed", "attributed", "probable", "possible", "denied"]
    return order.index(c) if c in order else 9


def _prep_before(S, m) -> bool:
    k = m.i - 1
    while k >= 0 and S.toks[k].key in ("the", "le", "la", "les", "l", "a", "an", "its", "their", "son", "sa", "ses", "leur"):
        k -= 1
    return k >= 0 and S.toks[k].key in PREP


def _before(S, pos, classes, words=14, allow_prep=False, label="Actor"):
    """Nearest mention ending before ``pos`` (within ``words`` words), of one of ``classes``."""
    best = None
    for m in S.ms:
        if m.label != label or m.end > pos or (classes and m.cls not in classes):
            continue
        if len(S.folded[m.end:pos].split()) > words:
            continue
        if not allow_prep and _prep_before(S, m):
            continue
        if best is None or m.end > best.end:
            best = m
    return best


def _subject(S, pos, classes, words=40):
    """The clause subject before ``pos``: the first actor of the clause that is not a
    prepositional object, else the nearest one."""
    lo = S.start
    for m in re.finditer(r"[;:]|\s-\s", S.folded[S.start:pos]):
        lo = S.start + m.end()
    cands = [m for m in S.ms if m.label == "Actor" and lo <= m.start and m.end <= pos and (not classes or m.cls in classes)
             and len(S.folded[m.end:pos].split()) <= words and not m.relational]
    free = [m for m in cands if not _prep_before(S, m)]
    if free:
        return free[0]
    return cands[-1] if cands else None


def _after(S, pos, classes, words=8, label="Actor"):
    for m in sorted(S.ms, key=lambda x: x.start):
        if m.label != label or m.start < pos or (classes and m.cls not in classes):
            continue
        if len(S.folded[pos:m.start].split()) > words:
            return None
        return m
    return None


def _born_of(S, at: int):
    """"Le GSIM, dirigé par X, est né en mars 2017 de la fusion de ...", "JNIM, led by X, was formed in 2017 by the
    merger of ...": the group the sentence opens with, when a verb of birth leads from it to the merger, however
    long the apposition between them."""
    whole = _before(S, at, GROUPS, 25, allow_prep=False)
    if whole is None or not _BORN.search(S.folded, whole.end, at):
        return None
    return whole


_BORN = re.compile(r"\b(?:est nee?|sont nee?s|etait nee?|formed|created|founded|born|emerged|a ete (?:creee?|fondee?|formee?)|"
                   r"(?:est|etait) issue?|s'est constituee?)\b")


def _group(S, m):
    if m is None:
        return []
    if m.group < 0:
        return [m]
    return [x for x in S.ms if x.group == m.group and x.label == m.label]


_BREAK_BEFORE = re.compile(r"\b(?:breakaway|break-away|dissident|splinter|renegade)\s+(?:\w+\s+)?$")
_BREAK_IN = re.compile(r"\b(?:dissidente?s?|breakaway)\b")
_BREAK_AFTER = re.compile(r"\s*,?\s*(?:which|that|who|qui)\s+(?:\w+\s+){0,2}?(?:broke away|split|splintered|seceded|"
                          r"s'en est (?:separee?|detachee?)|s'est (?:separee?|detachee?)|a fait scission|avait fait scission)\b")


def _broke_away(f, a, b, y_end) -> bool:
    """A role word that says the part left the whole: "breakaway offshoot", "émanation dissidente",
    "an offshoot of X that broke away"."""
    return bool(_BREAK_BEFORE.search(f, max(0, a - 25), a) or _BREAK_IN.search(f, a, b) or _BREAK_AFTER.match(f, y_end))


def _hedge(ex, S, m):
    return ex._hedge(S, m)


def sentence_relations(ex, st, S, events, trigs):
    f = S.folded
    a0, b0 = S.start, S.end
    seg = f[a0:b0]
    gaz = ex.gaz

    actors_here = [m for m in S.ms if m.label == "Actor"]
    places_here = [m for m in S.ms if m.label == "Place"]
    if len(actors_here) + len(places_here) >= 2 or events:
        _entity_relations(ex, st, S, events, trigs, f, a0, b0, seg, gaz)
    _event_relations(ex, st, S, events, f, a0, b0, seg)


def _entity_relations(ex, st, S, events, trigs, f, a0, b0, seg, gaz):
    cues = _cues_of(S.keys if S.keys is not None else {t.key for t in S.toks})

    # -- LOCATED_IN: a place followed by its container or located by a landmark (``places.py``);
    # for pack places the pack must agree, for new places the text is the only source (containers
    # first: "Tama near Wakara, Muetoumo Commune" needs Wakara's commune)
    places = sorted([m for m in S.ms if m.label == "Place" and m.how != "coref" and not m.metonymy], key=lambda m: m.start)
    # (the sentence's mentions and the places the text created are as they were when the events
    # were placed: the links computed then stand)
    links = sorted(S.links if S.links is not None else place_links(S, gaz, st), key=lambda ln: ln.how != "in")
    for ln in links:
        m, o = ln.inner, ln.outer
        ne = st.new_entities.get(m.eid)
        if ne is not None and not ln.far:
            parent, conf = (eponymous_area(gaz, o.eid), None) if ln.how == "in" else (admin_area(gaz, st, o.eid), "probable")
            if parent and parent != m.eid:
                _R(st, S, m.eid, "LOCATED_IN", parent, conf)
                if not ne.parent:
                    ne.parent = parent
        elif ln.how == "in" and o.eid in gaz.ancestors(m.eid):
            _R(st, S, m.eid, "LOCATED_IN", o.eid)

    actors = [m for m in S.ms if m.label == "Actor"]

    # -- PART_OF ------------------------------------------------------------------------------------
    role = (r"(?:sahel |saharan |local |regional |malian |burkinabe |central |main |armed |military |jihadist )?"
            r"(?:branch|affiliate|component|unit|wing|faction|member|cell|subsidiary|franchise|offshoot|"
            r"branche|composante|filiale|membre|unite|cellule|emanation|antenne)")
    for m in () if 'role' not in cues else re.finditer(rf"\b{role}\b(?:\s+\w+){{0,3}}?\s+(?:of|du|de la|de l'|des|d'|de)\s*", seg):
        pos = a0 + m.end()
        if any(n.start <= a0 + m.start() < n.end for n in S.ms):
            continue   # the word is in a name: "Haut Conseil pour l'unité de l'Azawad (HCUA)"
        y = _after(S, pos, ORGS, 2)
        if y is None:
            continue
        x = _before(S, a0 + m.start(), GROUPS | {"StateForce", "Person"}, 12, allow_prep=True)
        # "X, a group led by Y, is now a component of Z": the subject of the copula
        if re.search(r"\b(?:is|are|was|were|becomes?|became|remains?|est|sont|etait|devenue?|reste)\s+(?:now\s+|also\s+|still\s+|desormais\s+|aussi\s+)?(?:a|an|the|une?|la|le|l')?\s*(?:\w+\s+)?$",
                     f[max(a0, a0 + m.start() - 40):a0 + m.start()]):
            subj = _subject(S, a0 + m.start(), GROUPS | {"StateForce"})
            if subj is not None:
                x = subj
        if x is not None and x.cls == "Person":
            # "la katiba Macina d'Amadou Koufa, membre du JNIM": the apposition is about the group
            grp = _before(S, x.start, GROUPS, 2, allow_prep=True)
            if grp is not None and re.fullmatch(r"\s*(?:d'|de|of)\s*", f[grp.end:x.start]):
                x = grp
        if x is None:
            continue
        if x.eid == y.eid and y.how == "coref" and y.alts:
            # "the Sahel branch of the group": the group is another one than the branch
            yid = next((a for a in y.alts if a != x.eid), None)
        else:
            yid = y.eid
        if yid is None or x.eid == yid:
            continue
        if x.cls != "Person" and _broke_away(f, a0 + m.start(), a0 + m.end(), y.end):
            # "a breakaway offshoot of X", "une émanation dissidente de X", "an offshoot of X that broke
            # away": grown from X and no longer of it
            _R(st, S, x.eid, "SPLINTER_OF", yid, _hedge(ex, S, x))
            continue
        _R(st, S, x.eid, "MEMBER_OF" if x.cls == "Person" else "PART_OF", yid, _hedge(ex, S, x))
    # "the Platform, the coalition of armed groups to which the MSA belongs", "la Plateforme, à laquelle appartient
    # le MSA", "dont fait partie le MSA": the member named in the relative clause is part of the body before it
    for m in () if 'partof' not in cues else re.finditer(
            r"\b(?:to which|of which|auquel|a laquelle|auxquels|auxquelles|dont)\s+(?:(?P<verb1>appartien\w*|fait partie|font partie)\s+)?", seg):
        x = _after(S, a0 + m.end(), ORGS | {"Person"}, 2)
        if x is None:
            continue
        tail = f[x.end:x.end + 30]
        if not (m.group("verb1") or re.match(r"\s*(?:belongs?|is (?:a )?(?:part|member)|are (?:part|members)|appartien\w*|"
                                              r"fait partie|font partie)\b", tail)):
            continue
        y = _before(S, a0 + m.start(), ORGS, 8, allow_prep=True)
        if y is None or y.eid == x.eid:
            continue
        _R(st, S, x.eid, "MEMBER_OF" if x.cls == "Person" else "PART_OF", y.eid)
    for m in () if 'role' not in cues else re.finditer(r"\b(?:affiliate|branch|faction|component|franchise|offshoot)\b", seg):
        pos = a0 + m.start()
        y = _before(S, pos, GROUPS, 1, allow_prep=True)
        if y is None or not re.match(r"^\s*$", f[y.end:pos]):
            continue
        x = _before(S, y.start, GROUPS, 6, allow_prep=True)
        if x is None:
            # "Amadou Koufa's group, the JNIM affiliate": the group told just before
            continue
        _R(st, S, x.eid, "PART_OF", y.eid)
    # "JNIM, al-Qaeda's branch in the Sahel", "al-Qaeda's Sahel affiliate JNIM", "JNIM, al-Qaida's Sahel
    # alliance": the possessor is the whole, the group set beside the phrase is its part
    for m in () if not cues & {'role', 'allied'} else re.finditer(
            r"'s\s+(?:(?:sahel|sahelian|saharan|west african|african|local|regional|main|official|malian|burkinabe)\s+)?"
            r"(?:branch|affiliate|alliance|franchise|wing|offshoot)\b(?!\s+(?:with|between|of)\b)"
            r"(?:\s+(?:in|for)\s+(?:the\s+)?(?:sahel|west africa|region|mali|burkina faso|niger|maghreb))?", seg):
        y = _before(S, a0 + m.start(), GROUPS, 0, allow_prep=True)
        if y is None or y.end != a0 + m.start():
            continue
        x = _before(S, y.start, GROUPS, 3, allow_prep=True)
        if x is None or not re.fullmatch(r"\s*\)?\s*(?:\([^()]*\)\s*)?,\s*(?:the\s+|an?\s+)?", f[x.end:y.start]):
            x = _after(S, a0 + m.end(), GROUPS, 0)
            if x is not None and f[a0 + m.end():x.start].strip():
                x = None
        if x is not None and x.eid != y.eid:
            _R(st, S, x.eid, "PART_OF", y.eid)
    for m in () if 'partof' not in cues else re.finditer(r"\b(?:(?:is|are|was|were|be|been|as|now|also|formally|officially)\s+)?(?:a\s+)?part\s+of\s+|"
                         r"\bfai(?:t|sant|saient) (?:desormais |aussi )?partie d[eu]s?\s+|\bintegre(?:e|s)? (?:a|au|dans)\s+|"
                         r"\baffili(?:ated|ee?s?) (?:with|to|a|au)\s+|\bunder the (?:command|authority|control) of\s+|"
                         r"\bsous (?:le )?commandement d[eu]\s+|\bsous l'autorite d[eu]\s+", seg):
        pos = a0 + m.end()
        y = _after(S, pos, ORGS, 4)
        if y is None:
            continue
        x = _before(S, a0 + m.start(), ORGS, 14, allow_prep=True) if "under" in m.group(0) or "sous" in m.group(0) else \
            _before(S, a0 + m.start(), ORGS, 10, allow_prep=True)
        if "under" in m.group(0) or "sous" in m.group(0):
            x = _subject(S, a0 + m.start(), ORGS) or x
        if x is None or x.eid == y.eid:
            continue
        for xx in _group(S, x):
            _R(st, S, xx.eid, "PART_OF", y.eid, _hedge(ex, S, xx) if "presented" not in seg else None)
    # "le CSP-PSD, dont fait partie la CMA": the member after the verb
    for m in () if 'partof' not in cues else re.finditer(r"\bdont (?:fait|font|faisait|faisaient) (?:desormais |aussi |notamment )?partie\s+", seg):
        y = _before(S, a0 + m.start(), ORGS, 3, allow_prep=True)
        if y is None:
            continue
        x = _after(S, a0 + m.end(), ORGS, 3)
        if x is None or x.eid == y.eid:
            continue
        for xx in _group(S, x):
            if xx.start >= a0 + m.end():
                _R(st, S, xx.eid, "PART_OF", y.eid)
    # mergers: "formed by the merger of A, B and C", "Né de la fusion d'A, de B et de C, le GSIM"
    for m in () if 'merger' not in cues else re.finditer(r"\b(?:merger|fusion|union|merging|regroupement|coalition) (?:of|de|d'|between|entre|du|des)\s*", seg):
        pos = a0 + m.end()
        first = _after(S, pos, GROUPS, 3)
        if first is None:
            continue
        members = []
        last_end = first.start
        closed = False
        for o in sorted(actors, key=lambda x: x.start):
            if o.start < first.start or o.cls not in GROUPS | {"Person"} or closed:
                continue
            gap = f[last_end:o.start]
            if o.cls == "Person" and re.fullmatch(r"\s*(?:d'|de|of|'s)\s*", gap):
                last_end = o.end          # "la katiba Macina d'Amadou Koufa"
                continue
            if o is first or re.fullmatch(r"\s*(?:,|and|et|,\s*and|,\s*et)\s*(?:de la|du|de l'|d'|de|of|the|la|le|l')?\s*", gap):
                if o.cls in GROUPS:
                    members.append(o)
                last_end = o.end
                if re.search(r"\b(?:and|et)\b", gap):
                    closed = True
            else:
                break
        whole = None
        for o in sorted(actors, key=lambda x: x.start):
            if o.start >= last_end and o.cls in GROUPS and o not in members:
                whole = o
                break
        if whole is None:
            whole = _before(S, a0 + m.start(), GROUPS, 12, allow_prep=False) or _born_of(S, a0 + m.start())
        if whole:
            for o in members:
                if o.eid != whole.eid:
                    _R(st, S, o.eid, "PART_OF", whole.eid)
    # mergers told by the verb: "A, B and C merged (into / to form) X", "when A and B merged" (X: the group
    # the sentence is about), "A et B ont fusionné pour former X"
    for m in () if 'merger' not in cues else re.finditer(
            r"\b(?:merged|fused|ont fusionne|avaient fusionne|a fusionne|avait fusionne|fusionnent|fusionnerent)\b"
            r"(?:\s+(?:into|in|to form|to create|and formed|pour former|pour creer|pour donner naissance a|dans|au sein d[eu]s?|en)\s*)?", seg):
        members = []
        end = a0 + m.start()
        while True:
            o = _before(S, end, GROUPS, 3, allow_prep=True)
            if o is None or not re.fullmatch(r"\s*(?:'s\s+\w+\s*)?(?:,|and|et|,\s*and|,\s*et)?\s*(?:the\s+|la\s+|le\s+|l'|les\s+)?", f[o.end:end]) \
                    or (members and not re.search(r",|\band\b|\bet\b", f[o.end:end])):
                break
            members.append(o)
            end = o.start
            if len(members) > 8:
                break
        if not members:
            continue
        whole = None
        if m.group(0) != m.group(0).rstrip() or re.search(r"(?:into|in|form|create|formed|former|creer|naissance a|dans|d[eu]s?|en)\s*$", m.group(0)):
            whole = _after(S, a0 + m.end(), GROUPS, 3)
        if whole is None and re.search(r"\b(?:when|as|lorsque|quand|where|ou)\s*$", f[max(a0, end - 12):end]):
            whole = _subject(S, end, GROUPS)
        if whole is None:
            continue
        for o in members:
            if o.eid != whole.eid and o not in _group(S, whole):
                _R(st, S, o.eid, "PART_OF", whole.eid)
    # "JNIM (most probably the Katiba Macina)": the more specific group in the parenthesis is part of the other
    for m in actors:
        if not m.paren or m.cls not in GROUPS:
            continue
        p = f.rfind("(", a0, m.start)
        outer = _before(S, p + 1, GROUPS, 1, allow_prep=True)
        if outer and outer.eid != m.eid and re.fullmatch(r"\s*\(\s*(?:[a-z]+\s+){0,3}(?:the\s+|la\s+|le\s+|l')?", f[outer.end:m.start]) \
                and re.search(r"\b(?:probably|likely|possibly|presumably|probablement|vraisemblablement|sans doute|apparently|specifically|namely|notamment|en l'occurrence|most)\b", f[p:m.start]):
            _R(st, S, m.eid, "PART_OF", outer.eid)

    # -- PLEDGED_ALLEGIANCE_TO ------------------------------------------------------------------------
    for m in () if 'pledge' not in cues else re.finditer(r"\b(?:pledg\w*|swore|sworn|renew\w*|prete|prêté|renouvele|fait|faire|preter)\s+(?:its |his |their |an? |son |leur |of )?"
                         r"(?:allegiance|loyalty|oath of allegiance|bay'?ah?|allegeance)\s*(?:to|a|au|aux|à)?\s*", seg):
        pos = a0 + m.end()
        y = _after(S, pos, ORGS | {"Person"}, 4)
        if y is None:
            continue
        x = _pledger(S, a0 + m.start())
        if x is None or x.eid == y.eid:
            continue
        ys = [y]
        # "to AQIM's emir Abdelmalek Droukdel": the allegiance is sworn to the man the group is named for
        boss = _after(S, y.end, {"Person"}, 2)
        if y.cls != "Person" and boss is not None and re.fullmatch(r"'s\s+(?:emir|leader|chief|head)\s+", f[y.end:boss.start]):
            ys = [boss]
        # "... and to al-Qaeda", "et à Al-Qaïda": a second allegiance in the same clause
        nxt = _after(S, ys[-1].end, ORGS | {"Person"}, 3)
        if nxt is not None and re.fullmatch(r"\s*(?:,\s*)?(?:and|et)\s+(?:to|a|au|aux)\s+(?:the\s+|l')?", f[ys[-1].end:nxt.start]):
            ys.append(nxt)
        for y in ys:
            if y.eid != x.eid:
                _R(st, S, x.eid, "PLEDGED_ALLEGIANCE_TO", y.eid, _hedge(ex, S, x))

    for m in () if 'pledge' not in cues else re.finditer(r"\b(?:fideles?|loyal|loyaux|loyale)\s+(?:to|a|au|aux)\s+", seg):
        _close_link(ex, st, S, a0 + m.start(), a0 + m.end(), "PLEDGED_ALLEGIANCE_TO", ORGS | {"Person"})

    # -- LEADER_OF -----------------------------------------------------------------------------------
    # (a group "founded by" a person is his: the devset's convention for "founded by Ibrahim Malam Dicko")
    for m in () if 'led' not in cues else re.finditer(r"\b(?:led|headed|commanded|run|founded and led|still led|now led|dirigee?s?|commandee?s?|conduite?s?|"
                         r"founded|fondee?s?)\s+(?:\w+\s+){0,1}(?:by|par)\s+|"
                         r"\bsous la (?:direction|conduite|houlette) d[eu]?\s*", seg):
        pos = a0 + m.end()
        y = _after(S, pos, {"Person"}, 5)
        if y is None:
            continue
        if y.how == "coref" and S.folded[y.start:y.end] in ("his", "her", "son", "sa"):
            # "now led by his brother Jafar Dicko": the possessive is the kin, the name after it the leader
            named = _after(S, y.end, {"Person"}, 3)
            if named is not None and named.how != "coref":
                y = named
        x = _before(S, a0 + m.start(), ORGS, 14, allow_prep=True)
        # "le JNIM, l'organisation liée à Al-Qaïda dirigée par Y": the body only named to describe
        # the group ("liée à") is not the one Y leads
        while x is not None and x.relational:
            x = _before(S, x.start, ORGS, 14, allow_prep=True)
        if x is None:
            continue
        _R(st, S, y.eid, "LEADER_OF", x.eid)
    # "Iyad Ag Ghaly leads it", "Amadou Koufa, qui dirige la katiba Macina": the person before the active verb
    for m in () if 'led' not in cues else re.finditer(r"\b(?:leads|heads|commands|still leads|now leads|dirige|dirigeait|commande|commandait)\s+", seg):
        x = _after(S, a0 + m.end(), ORGS, 2)
        if x is None or f[a0 + m.end():x.start].strip() not in ("", "the", "le", "la", "l'", "les"):
            continue
        y = _before(S, a0 + m.start(), {"Person"}, 3, allow_prep=False)
        if y is None or not re.fullmatch(r"\s*(?:,\s*(?:who|qui)\s+|(?:who|qui)\s+)?(?:still\s+|now\s+|also\s+|toujours\s+|encore\s+|aussi\s+)?", f[y.end:a0 + m.start()]):
            continue
        _R(st, S, y.eid, "LEADER_OF", x.eid)
    # "le JNIM, que dirige Iyad Ag Ghaly", "Katiba Macina, which Amadou Koufa leads": the group before
    # the relative, its leader the relative's subject
    for m in () if 'led' not in cues else re.finditer(
            r",\s*(?:qu(?:e\s+|')(?:dirige|dirigeait|commande|commandait|conduit|conduisait)\s+|(?:which|that)\s+)", seg):
        x = _before(S, a0 + m.start() + 1, ORGS, 1, allow_prep=True)
        y = _after(S, a0 + m.end(), {"Person"}, 0 if m.group(0).rstrip().endswith(("which", "that")) else 3)
        if x is None or y is None or x.end < a0 + m.start() - 1:
            continue
        if m.group(0).rstrip().endswith(("which", "that")) and \
                not re.match(r"\s+(?:still\s+|now\s+|also\s+)?(?:leads|led|heads|headed|commands|commanded|founded)\b", f[y.end:b0]):
            continue
        _R(st, S, y.eid, "LEADER_OF", x.eid)
    boss = r"(?:leader|head|chief|emir|founder|commander|president|secretary-general|chef|dirigeant|fondateur|president|commandant|patron|numero un)"
    for m in () if 'boss' not in cues else re.finditer(rf"\b(?:the |le |l'|its |former |ancien )?{boss}\s+(?:\w+\s+)?(?:of|du|de la|de l'|des|d')\s*", seg):
        pos = a0 + m.end()
        x = _after(S, pos, ORGS, 3)
        if x is None:
            continue
        # "Y, the leader of X" / "le chef de X, Y" / "à la tête de X"
        before_txt = f[max(a0, a0 + m.start() - 4):a0 + m.start()]
        y = None
        if re.search(r",\s*$", before_txt):
            y = _before(S, a0 + m.start(), {"Person"}, 2, allow_prep=True)
        if y is None:
            after_x = x.end
            nxt = _after(S, after_x, {"Person"}, 3)
            if nxt and re.match(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:\w+\s+){0,2}$", f[after_x:nxt.start]):
                y = nxt
        if y is None:
            y = _before(S, a0 + m.start(), {"Person"}, 3, allow_prep=True)
        if y and not re.search(r"\b(?:former|ancien|ex)\b", f[a0 + m.start():pos]):
            _R(st, S, y.eid, "LEADER_OF", x.eid)
    for m in () if 'boss' not in cues else re.finditer(r"\b(?:a la tete d[eu]s?|at the head of|a la tete de l')\s*", seg):
        x = _after(S, a0 + m.end(), ORGS, 3)
        y = _before(S, a0 + m.start(), {"Person"}, 6, allow_prep=True)
        if x and y:
            _R(st, S, y.eid, "LEADER_OF", x.eid)
    # "la katiba Macina d'Amadou Koufa", "l'EIGS d'Adnan Abou Walid al-Sahraoui", "JNIM leader Iyad Ag Ghaly"
    for x in actors:
        if x.cls not in GROUPS:
            continue
        y = _after(S, x.end, {"Person"}, 2)
        if y and re.fullmatch(r"\s*\)?\s*(?:d'|de|du)\s*", f[x.end:y.start]):
            _R(st, S, y.eid, "LEADER_OF", x.eid)
        if y and re.fullmatch(r"\s*(?:'s\s+)?(?:leader|chief|emir|head|commander|founder)\s+", f[x.end:y.start]):
            _R(st, S, y.eid, "LEADER_OF", x.eid)
        if f.startswith(",", x.end):
            y = _after(S, x.end, {"Person"}, 6)
            if y and _GROUP_OF_APPOSED.fullmatch(f, x.end, y.start):
                _R(st, S, y.eid, "LEADER_OF", x.eid)   # "Al-Mourabitoune, la katiba de l'Algérien Mokhtar Belmokhtar"
    # "Amadou Koufa, whose Katiba Macina ..."
    # "X, whose founder, Y, ...", "X, dont le fondateur, Y": the body's leader or member, named after its role
    for m in () if 'whose' not in cues else re.finditer(
            r",\s*(?:whose|dont (?:le |la |l'))\s*(?:(?:former|new|ancien|nouveau)\s+)?(president|presidente|chef|leader|head|fondateur|"
            r"fondatrice|founder|emir|porte-parole|spokesman|spokesperson|spokeswoman|secretaire general|secretary-general|"
            r"commandant|commander|directeur|directrice|director)\b", seg):
        owner = _before(S, a0 + m.start() + 1, ORGS, 1, allow_prep=True)
        y = _after(S, a0 + m.end(), {"Person"}, 3)
        if owner is None or y is None or not re.fullmatch(r"\s*,?\s*", f[a0 + m.end():y.start]):
            continue
        pred = "MEMBER_OF" if m.group(1) in ("porte-parole", "spokesman", "spokesperson", "spokeswoman") else "LEADER_OF"
        _R(st, S, y.eid, pred, owner.eid)
    for m in () if 'whose' not in cues else re.finditer(r",\s*whose\s+", seg):
        y = _before(S, a0 + m.start() + 1, {"Person"}, 1, allow_prep=True)
        x = _after(S, a0 + m.end(), GROUPS, 2)
        if x and y:
            _R(st, S, y.eid, "LEADER_OF", x.eid)
    # possessive roles: "son président, l'honorable Soumaïla Cissé", "son porte-parole, Ousséni Tamboura"
    for m in () if not ('possrole' in cues and cues & {'boss', 'member', 'role'}) else re.finditer(r"\b(?:son|sa|its|his|her|their|leur)\s+(?:(?:ancien|former|new|nouveau)\s+)?"
                         r"(president|chef|leader|head|fondateur|founder|emir|porte-parole|spokesman|spokesperson|"
                         r"ministre|minister|membre|member|secretaire general|secretary-general|commandant|commander)\b", seg):
        y = _after(S, a0 + m.end(), {"Person"}, 5)
        if y is None:
            continue
        owner = _subject(S, a0 + m.start(), ORGS)
        if owner is None:
            # "son porte-parole" opening a sentence: the body the last sentence was about
            for subj in reversed(st.subjects):
                if subj:
                    owner = next((x for x in subj if x.cls in ORGS), None)
                    break
        if owner is None:
            continue
        r = m.group(1)
        pred = "LEADER_OF" if r in ("president", "chef", "leader", "head", "fondateur", "founder", "emir", "secretaire general",
                                    "secretary-general", "commandant", "commander") else "MEMBER_OF"
        _R(st, S, y.eid, pred, owner.eid)

    # "his government", "son gouvernement": the person speaking leads it
    for m in () if 'gov' not in cues else re.finditer(r"\b(?:his|her|son|sa)\s+(?:own\s+)?(?:government|gouvernement|administration)\b", seg):
        gov = next((o for o in actors if o.cls == "Government" and abs(o.start - (a0 + m.start())) <= 6), None)
        who = _subject(S, a0 + m.start(), {"Person"})
        if gov is not None and who is not None:
            _R(st, S, who.eid, "LEADER_OF", gov.eid)

    # -- MEMBER_OF ------------------------------------------------------------------------------------
    for m in () if not cues & {'member', 'role'} else re.finditer(r"\b(?:a |an |the |un |une |l')?(?:senior |former |top |high-ranking |prominent |key |ancien |haut |grand )?"
                         r"(?:member|official|cadre|figure|fighter|militant|commander|lieutenant|membre|responsable|combattant|"
                         r"militaire|soldat|soldier|officer|officier|spokesman|porte-parole)\s+(?:\w+\s+){0,2}?(?:of|in|du|de la|de l'|des|d'|de)\s*", seg):
        pos = a0 + m.end()
        x = _after(S, pos, ORGS, 2)
        if x is None:
            continue
        y = None
        pre = f[max(a0, a0 + m.start() - 3):a0 + m.start()]
        if re.search(r",\s*$", pre):
            y = _before(S, a0 + m.start(), {"Person"}, 1, allow_prep=True)
            if y is not None:
                grp = _before(S, y.start, GROUPS, 2, allow_prep=True)
                if grp is not None and re.fullmatch(r"\s*(?:d'|de|of)\s*", f[grp.end:y.start]):
                    y = None   # "la katiba Macina d'Amadou Koufa, membre du JNIM": about the group
        if y is None:
            nxt = _after(S, x.end, {"Person"}, 5)
            if nxt and re.match(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:\w+\s+){0,2}$", f[x.end:nxt.start]):
                y = nxt
        if y and y.eid != x.eid:
            _R(st, S, y.eid, "MEMBER_OF", x.eid)

    # -- SPLINTER_OF -----------------------------------------------------------------------------------
    for m in () if 'splinter' not in cues else re.finditer(r"\b(?:broke away|split(?:ted)?|splintered|seceded|broken away|breakaway|splinter(?: group| faction)?|"
                         r"dissident faction|s'est (?:separe|detache)e?|faisait scission|a fait scission|dissidence|"
                         # "issu d'une scission au sein d'X", "emerged from a split within X"
                         r"d'une scission(?: au sein)?)\s+(?:from|of|de|d'|du)\s*|\b(?:from|out of) a split (?:within|in|of)\s+", seg):
        y = _after(S, a0 + m.end(), GROUPS, 3)
        x = _subject(S, a0 + m.start(), GROUPS | {"Person"})
        if x is None or y is None:
            continue
        x = _leader_group(st, S, x) or x
        if x.cls in GROUPS and x.eid != y.eid:
            _R(st, S, x.eid, "SPLINTER_OF", y.eid)
    for m in () if 'left' not in cues else re.finditer(r"\b(?:left|quitte|quittee|quit)\s+(?:\w+\s+){0,1}(?:to|pour)\s+(?:found|form|create|launch|fonder|creer|former|lancer)\s+", seg):
        x = _after(S, a0 + m.end(), GROUPS, 3)
        y = _before(S, a0 + m.start(), GROUPS, 6, allow_prep=True)
        if x and y and x.eid != y.eid:
            _R(st, S, x.eid, "SPLINTER_OF", y.eid)

    # -- HELD_HOSTAGE_BY ----------------------------------------------------------------------------------
    for m in () if 'hostage' not in cues else re.finditer(r"\b(?:held|kept|detained|being held|still held)\s+(?:hostage\s+|captive\s+|prisoner\s+)?by\s+|"
                         r"\bhostages?\s+of\s+|\bin the hands of\s+|\botages?\s+d[eu]s?\s+|\bdetenu(?:e|s|es)?\s+par\s+|"
                         r"\baux mains d[eu]s?\s+|\bentre les mains d[eu]s?\s+|\bcaptivite (?:aux mains )?d[eu]s?\s+", seg):
        holders = []
        first = _after(S, a0 + m.end(), GROUPS | {"Person"}, 3)
        if first is None:
            continue
        holders.append(first)
        for o in actors:
            if o.paren and o.cls in GROUPS and o.start > first.end and o.start - first.end < 60:
                holders.append(o)
        victims = [o for o in actors if o.cls == "Person" and o.end <= a0 + m.start()]
        if not victims and re.search(r"\b(?:tous|toutes|all|both|they|ils|elles|les deux|the hostages|les otages|the four|the three|les quatre|les trois)\b", f[a0:a0 + m.start()]):
            held = {a for e in st.events[-80:] if e.cls in ("Kidnapping", "Release") for a in e.actors("VICTIM")}
            victims = [o for (no, o) in st.recent if o.cls == "Person" and o.how != "coref" and (st.sentence_no - no <= 1 or o.eid in held)]
        victims = list({v.eid: v for v in victims}.values())
        for v in victims[-6:]:
            for h in holders:
                if h.eid == v.eid or h.cls == "Person" and h.eid in {x.eid for x in victims}:
                    continue
                conf = _hedge(ex, S, h) or "attributed"
                _R(st, S, v.eid, "HELD_HOSTAGE_BY", h.eid, conf)
                st.hostages.setdefault(v.eid, []).append((h.eid, conf, S))

    # -- DEMANDS_WITHDRAWAL_OF ----------------------------------------------------------------------------
    if 'demand' in cues and re.search(r"\b(?:demand\w*|call\w* for|condition\w*|insist\w*|exig\w*|reclam\w*|demande\w*|only once|only if|on condition|"
                 r"as long as|tant que|a condition|pourvu que|until|jusqu'a ce que|want\w*|veulent|veut)\b", seg) and \
            re.search(r"\b(?:leave|leaves|left|withdraw\w*|withdrawal|depart\w*|quit|pull\w* out|retrait|retire\w*|partir|quitter|"
                      r"quitte|ended|end|evacu\w*|go home|rentrer|expel\w*|expulsion)\b", seg):
        demander = None
        dm = re.search(r"\b(?:their|its|leur|leurs|his)\s+(?:demand\w*|demandes?|conditions?|exigences?)\b", seg)
        if dm:
            for o in actors:
                if o.how == "coref" and abs(o.start - (a0 + dm.start())) <= 6:
                    demander = o
            if demander is None:
                demander = _subject(S, a0 + dm.start(), GROUPS)
        if demander is None:
            first_cue = re.search(r"\b(?:demand\w*|call\w* for|condition\w*|exig\w*|reclam\w*|demande\w*|only once|only if|a condition|want\w*|veulent)\b", seg)
            demander = _subject(S, a0 + first_cue.start(), GROUPS) if first_cue else None
        if demander is None:
            for (no, o) in reversed(st.recent):
                if o.cls in GROUPS and st.sentence_no - no <= 1:
                    demander = o
                    break
        if demander is not None:
            for o in actors:
                if o.cls not in ("StateForce", "InternationalMission") or o.eid == demander.eid or o.start < demander.end:
                    continue
                ctx = f[max(a0, o.start - 60):min(b0, o.end + 60)]
                if re.search(r"\b(?:leave|withdraw\w*|withdrawal|depart\w*|quit|pull\w* out|retrait|retire\w*|partir|quitter|"
                             r"ended|end|evacu\w*|expel\w*|left)\b", ctx):
                    _R(st, S, demander.eid, "DEMANDS_WITHDRAWAL_OF", o.eid)

    # -- OPERATES_IN / BASED_IN ------------------------------------------------------------------------------
    op_cue = (r"\b(?:operat(?:es|e|ed|ing)|active|activ(?:e|es)|present|presence|implant\w*|roam\w*|stronghold|bastion|"
              r"grown (?:much )?stronger|focus\w* (?:its |their )?(?:efforts|operations)|deployed|entrenched|"
              r"opere\w*|operer|sevit|sevissent|actif|actifs|presente?s?|fief|sanctuaire|sanctuary)\b")
    for m in () if 'operates' not in cues else re.finditer(op_cue, seg):
        pos_a, pos_b = a0 + m.start(), a0 + m.end()
        # place after the cue ("operates across the Mopti region"), or the place told just before ("très présente dans la zone")
        tail = f[pos_b:min(b0, pos_b + 80)]
        plist = []
        first = None
        for o in sorted(places, key=lambda x: x.start):
            if o.start >= pos_b and len(f[pos_b:o.start].split()) <= 8:
                first = o
                break
        if first is None and re.search(r"\b(?:where|ou)\b", f[a0:pos_a]):
            plist = []
        elif first is not None:
            plist = [x for x in places if x.group == first.group] if first.group >= 0 else [first]
            # "on both sides of the border between Niger and Mali"
            plist = [first] + [x for x in places if x.start > first.end and
                               re.fullmatch(r"\s*(?:and|et|,)\s*(?:the\s+|le\s+|la\s+|l')?", f[first.end:x.start])]
        elif re.match(r"\s*(?:in|dans)\s+(?:the|la|le|cette)\s+(?:zone|area|region)\b", tail):
            # "très présente dans la zone": the district just told (not its villages, not the region)
            prev = [o for (no, o) in st.recent if o.label == "Place" and st.sentence_no - no <= 1]
            mids = [o for o in prev if any(o.eid in gaz.ancestors(x.eid) for x in prev) and
                    any(x.eid in gaz.ancestors(o.eid) for x in prev)]
            pick = mids or [o for o in prev if not any(o.eid in gaz.ancestors(x.eid) for x in prev)]
            if pick:
                plist = [pick[-1]]
            if not plist:
                for o in reversed(places):
                    if o.end <= pos_a:
                        plist = [o]
                        break
        if not plist and not re.search(r"\b(?:where|ou)\b", f[a0:pos_a]):
            continue
        # who: the subject of the clause, or the actor(s) right after "présent dans le Yagha, l'EIGS"
        subj = None
        where = None
        for w in re.finditer(r"\b(?:where|ou)\b", f[a0:pos_a]):
            where = w
        if where and any(o.start > a0 + where.end() and o.end <= pos_a and o.cls in ORGS for o in actors):
            subs = [o for o in actors if o.start > a0 + where.end() and o.end <= pos_a and o.cls in ORGS]
            wpos = a0 + where.start()
            pl_before = [o for o in places if o.end <= wpos and not re.search(r"\b(?:border|borders|frontiere|frontieres)\b", f[max(a0, o.start - 30):o.start])]
            targets_pl = [pl_before[0]] if pl_before else plist
            for x in subs:
                for p in targets_pl:
                    _R(st, S, x.eid, "OPERATES_IN", p.eid, _hedge(ex, S, x))
            continue
        if "stronghold" in m.group(0) or "bastion" in m.group(0) or "fief" in m.group(0):
            s = _after(S, pos_b, GROUPS, 4)
            pl = _before(S, pos_a, None, 10, allow_prep=True, label="Place")
            if s is None:
                continue
            if pl is None:
                for (no, o) in reversed(st.recent):
                    if o.label == "Place" and st.sentence_no - no <= 1:
                        pl = o
                        break
            if pl:
                _R(st, S, s.eid, "OPERATES_IN", pl.eid)
            continue
        if not plist:
            continue
        subj = _subject(S, pos_a, ORGS - {"Government"}, 30)
        if subj is None:
            s2 = _after(S, plist[-1].end, GROUPS, 4)
            subj = s2
        if subj is None:
            continue
        conf = _hedge(ex, S, subj)
        for s in _group(S, subj):
            if s.cls in ORGS:
                for p in plist:
                    _R(st, S, s.eid, "OPERATES_IN", p.eid, conf)
    for m in () if 'based' not in cues else re.finditer(r"\b(?:based in|headquartered in|base(?:e|s|es)? a|installe(?:e|s|es)? a|siege a)\s+", seg):
        p = _after(S, a0 + m.end(), None, 3, label="Place")
        x = _before(S, a0 + m.start(), ORGS, 10, allow_prep=True)
        if p and x:
            _R(st, S, x.eid, "BASED_IN", p.eid)

    # -- ALLIED_WITH / RIVAL_OF -----------------------------------------------------------------------------
    for m in () if 'allied' not in cues else re.finditer(r"\b(?:close|closely linked|etroitement liee?s?|proches?)\s+(?:to|with|a|au|aux|de|du|des|d')\s*", seg):
        # (a bare "linked to", "lié à" says no more than some tie: a branch, an ally or shared men)
        _close_link(ex, st, S, a0 + m.start(), a0 + m.end(), "ALLIED_WITH", GROUPS)
    for m in () if 'allied' not in cues else re.finditer(r"\b(?:allied (?:with|to)|alliance (?:with|between)|an? ally of|allies of|allie(?:e|s|es)? (?:a|de|avec|du|des|d')|alliance (?:avec|entre)|"
                         r"fought alongside|fighting alongside|aux cotes d[eu]|in concert|de concert|ensemble|together|cooperat\w* with|"
                         r"collaborat\w* with)\b", seg):
        pair = _pair(S, st, a0 + m.start(), a0 + m.end())
        if pair:
            x, y = pair
            conf = None
            from .rules import hedge_level
            conf = hedge_level(f[max(a0, a0 + m.start() - 40):a0 + m.end()])
            _R(st, S, x.eid, "ALLIED_WITH", y.eid, conf)
    for m in () if 'rival' not in cues else re.finditer(r"\b(?:rivals?|rivalry|rivalries|at war with|en guerre contre|fighting between|clashes between|"
                         r"affrontements entre|combats entre|reproch\w+ (?:aux|a|au)|accus\w+ (?:the|les|le|la)|opposes|oppose)\b", seg):
        pair = _pair(S, st, a0 + m.start(), a0 + m.end(), groups_only=True)
        if pair:
            x, y = pair
            _R(st, S, x.eid, "RIVAL_OF", y.eid)



def _event_relations(ex, st, S, events, f, a0, b0, seg):
    # -- events: LINKED_TO, PART_OF, CONCERNS ------------------------------------------------------------------
    same = ("same" in seg or "meme" in seg or "linked" in seg or "lie" in seg) and re.search(r"\b(?:same (?:strategy|people|perpetrators|group|attackers|modus operandi|method|methods|tactics|authors|men|fighters)|"
                     r"meme(?:s)? (?:mode operatoire|auteurs|assaillants|strategie|groupe|hommes|modus operandi|methode)|"
                     r"linked to (?:the|an|this) (?:earlier|previous|attack|ambush)|lie(?:e)? a (?:l'|la|le) (?:attaque|precedente))\b", seg)
    if same:
        from .rules import hedge_level

        conf = hedge_level(seg[max(0, same.start() - 40):min(len(seg), same.end() + 60)]) or "attributed"
        recent = [e for e in st.events[-80:] if e.cls in ("Attack", "Explosion", "ViolenceAgainstCivilians", "Kidnapping", "Clash")]
        pair = recent[-2:]
        if len(pair) == 2:
            e1, e2 = pair
            st.ev_rels.append((e1.key, "LINKED_TO", e2.key, conf, (S.start, S.end), S.quote))
            if re.search(r"\b(?:same|memes?) (?:people|perpetrators|group|attackers|authors|men|fighters|auteurs|assaillants|groupe|hommes)\b", seg):
                from .rules import rank
                for (src, dst) in ((e1, e2), (e2, e1)):
                    for (pred, actor), (c, span, quote, sent) in list(src.slots.items()):
                        if pred == "ATTRIBUTED_TO" and c != "denied":
                            new = c if rank(c) >= rank(conf) else conf
                            if c == "claimed":
                                new = conf if rank(conf) > rank("attributed") else "attributed"
                            if (pred, actor) not in dst.slots:
                                dst.slots[(pred, actor)] = (new, (S.start, S.end), S.quote, (S.start, S.end))
    during = len(events) >= 2 and re.search(r"\b(?:during|in the course of|as part of|lors d[eu']?|au cours d[eu']?|pendant|dans le cadre d[eu']?)\s+", seg)
    if during and len(events) >= 2:
        inner = [e for e in events if e.span and e.cls != "MilitaryOperation"]
        outer = [e for e in events if e.cls == "MilitaryOperation"]
        if inner and outer:
            st.ev_rels.append((inner[0].key, "PART_OF", outer[0].key, None, (S.start, S.end), S.quote))
    # talks to free a hostage concern the kidnapping; so does a release
    for e in events:
        if e.cls not in ("Negotiation", "Release"):
            continue
        persons = {m.eid for m in S.ms if m.cls == "Person"}
        if e.cls == "Negotiation" and re.search(r"\b(?:free|release|liberation|liberer|freeing|hostages?|otages?)\b", seg):
            persons |= {p for p in st.hostages}
        for k in reversed(st.events[-80:]):
            if k.cls == "Kidnapping" and k.actors("VICTIM") & (persons | e.actors("VICTIM")):
                st.ev_rels.append((e.key, "CONCERNS", k.key, None, (S.start, S.end), S.quote))
                if e.cls == "Negotiation":
                    for (h, conf, _s) in [x for v in k.actors("VICTIM") for x in st.hostages.get(v, [])]:
                        if conf in ("claimed", "attributed"):
                            e.slots.setdefault(("PARTICIPANT", h), (None, (S.start, S.end), S.quote, (S.start, S.end)))
    # "Cette issue est le fruit de négociations": the talks led to the release told before
    if any(e.cls == "Negotiation" for e in events) and \
            re.search(r"\b(?:fruit d[eu]s?|result of|outcome of|issue d[eu]s?|resultat d[eu]s?|followed|after months of|apres des mois de)\b", seg):
        neg = [e for e in events if e.cls == "Negotiation"]
        rel = [e for e in st.events[-80:] if e.cls == "Release" and S.no - e.last_sent <= 3]
        for n in neg:
            for r in rel:
                n.status = n.status if n.status in ("concluded",) else "concluded"
                for v in r.actors("VICTIM"):
                    for k in st.events[-80:]:
                        if k.cls == "Kidnapping" and v in k.actors("VICTIM"):
                            st.ev_rels.append((n.key, "CONCERNS", k.key, None, (S.start, S.end), S.quote))
                for (pred, actor), val in list(n.slots.items()):
                    if pred == "PARTICIPANT":
                        r.slots.setdefault((pred, actor), val)


# which relation patterns a sentence can hold, from its words (one scan instead of twenty)
_CUES = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in [
    ("role", r"branch|affiliate|component|unit|wing|faction|member|cell|subsidiary|franchise|offshoot|branche|composante|"
             r"filiale|membre|unite|cellule|emanation|antenne"),
    ("partof", r"part|partie|integree?s?|affili\w*|under|sous|belongs?|appartien\w*"),
    ("merger", r"merger|fusion|union|merging|regroupement|coalition|merged|fused|fusionne|fusionnent|fusionnerent"),
    ("pledge", r"allegiance|allegeance|loyalty|bay'?ah?|oath|fideles?|loyal|loyaux|loyale"),
    ("led", r"led|headed|commanded|run|dirigee?s?|commandee?s?|conduite?s?|direction|houlette|leads|heads|commands|dirigeait|commandait|"
            r"founded|fondee?s?"),
    ("boss", r"leader|head|chief|emir|founder|commander|president|secretary|chef|dirigeant|fondateur|commandant|"
             r"patron|numero|tete"),
    ("whose", r"whose|dont"),
    ("possrole", r"son|sa|its|his|her|their|leur"),
    ("gov", r"government|gouvernement|administration"),
    ("member", r"official|cadre|figure|fighter|militant|lieutenant|responsable|combattant|militaire|soldat|soldier|officer|"
               r"officier|spokesman|porte|spokesperson"),
    ("splinter", r"broke|split\w*|splinter\w*|seceded|broken|breakaway|dissident|separee?|detachee?|scission|dissidence"),
    ("left", r"left|quittee?|quit"),
    ("hostage", r"held|kept|detained|hostages?|hands|otages?|detenu\w*|mains|captivite"),
    ("demand", r"demand\w*|call\w*|condition\w*|insist\w*|exig\w*|reclam\w*|demande\w*|once|tant|pourvu|want\w*|veulent|veut"),
    ("operates", r"operat\w*|active|activ\w*|present\w*|presence|implant\w*|roam\w*|stronghold|bastion|stronger|focus\w*|"
                 r"deployed|entrenched|opere\w*|operer|sevit|sevissent|actifs?|fief|sanctuaire|sanctuary"),
    ("based", r"based|headquartered|basee?s?|installee?s?|siege"),
    ("allied", r"allied|alliance|alliee?s?|alongside|cotes|concert|ensemble|together|cooperat\w*|collaborat\w*|ally|close|closely|"
               r"proches?|etroitement"),
    ("rival", r"rivals?|rivalry|rivalries|war|guerre|fighting|clashes|affrontements|combats|reproch\w*|accus\w*|opposes?"),
]) + r")(?![\w-])")


_CUE_WORDS: dict = {}
_CUE_STEMS: list = []


def _build_cues():
    """Exact words and stems ("operat*") of each relation pattern, for a dictionary gate."""
    for m in re.finditer(r"\(\?P<(\w+)>([^()]*(?:\([^()]*\)[^()]*)*)\)", _CUES.pattern):
        name, body = m.group(1), m.group(2)
        for alt in body.split("|"):
            if "\\w" in alt or "?" in alt or "(" in alt:
                cut = re.search(r"[\\?(\[]", alt)
                stem = alt[:cut.start()]
                if alt[cut.start()] == "?":
                    stem = stem[:-1]      # "integree?s?": the letter before "?" is optional
                stem = stem.replace("'", "")
                if stem:
                    _CUE_STEMS.append((stem, name))
            else:
                _CUE_WORDS[alt] = name


def _cues_of(keys) -> set:
    """The relation cues the sentence's token keys (each distinct key once) give."""
    if not _CUE_WORDS:
        _build_cues()
    out = set()
    stems = _STEMS_TUPLE[0] if _STEMS_TUPLE else None
    if stems is None:
        _STEMS_TUPLE.append(tuple(s for s, _ in _CUE_STEMS))
        stems = _STEMS_TUPLE[0]
    cache = _CUE_CACHE
    for k in keys:
        got = cache.get(k)
        if got is None:
            got = set()
            g = _CUE_WORDS.get(k)
            if g:
                got.add(g)
            if k.startswith(stems):
                for stem, name in _CUE_STEMS:
                    if k.startswith(stem):
                        got.add(name)
            if len(cache) > 200000:
                cache.clear()
            got = cache[k] = frozenset(got)
        if got:
            out |= got
    return out


_STEMS_TUPLE: list = []
_CUE_CACHE: dict = {}   # token key -> the cues it gives (the vocabulary of news text is small)


# between a group and "close to", "fidèle à": a relative or a copula, an article and the kind of body it
# is ("Ansarul Islam, a group close to JNIM", "X, which is believed to be close to Y"); not a person
# who speaks ("a source close to JNIM")
_CLOSE_GAP = re.compile(
    r"\s*,?\s*(?:(?:which|who|that|qui)\s+)?(?:(?:is|are|was|were|remains?|has long been|est|sont|etait|etaient|reste|demeure)\s+)?"
    r"(?:(?:believed|thought|said|reported|reputed|considered)\s+to\s+be\s+|(?:reput|cense|dit|consider)\w*\s+(?:etre\s+)?)?"
    r"(?:(?:an?|the|un|une|le|la|l')\s*(?:[\w-]+\s+)?(?:group|movement|faction|organi[sz]ation|militia|coalition|outfit|network|"
    r"groupe|mouvement|milice|formation|reseau)\s+(?:[\w-]+\s+)?)?(?:(?:very|closely|also|long|tres|etroitement|aussi)\s+)?")


def _close_link(ex, st, S, a, b, pred, objects):
    """A group, then "close to" / "loyal to" and the body it is tied to: ``pred`` from the group to it,
    at the level of a hedge between them ("believed to be close to")."""
    y = _after(S, b, objects, 2)
    x = _before(S, a, GROUPS, 8, allow_prep=False)
    if x is None or y is None or x.eid == y.eid or x.relational:
        return
    gap = _CLOSE_GAP.match(S.folded, x.end, a)
    if gap is None or gap.end() != a:
        return
    from .rules import hedge_level
    _R(st, S, x.eid, pred, y.eid, hedge_level(S.folded[x.end:a]))


def _pledger(S, pos):
    """Who pledges: the subject of the clause ("JNIM, ... led by X, had pledged" → JNIM; "he broke away
    ... and pledged" → he)."""
    subj = _subject(S, pos, {"ArmedGroup", "Militia", "Person"})
    near = _before(S, pos, {"ArmedGroup", "Militia", "Person"}, 6)
    if near is not None and near.how == "coref":
        return near
    if subj is not None:
        # skip the leader in "the coalition led by Iyad Ag Ghaly that has pledged"
        if subj.cls == "Person" and re.search(r"\b(?:led by|dirigee? par)\s+$", S.folded[max(S.start, subj.start - 12):subj.start]):
            return None
        return subj
    return near


def _leader_group(st, S, x):
    """A person who broke away "to found" a group, or leads the group named in the sentence, stands for it."""
    if x.cls != "Person":
        return None
    for r in st.rels:
        if r.subject == x.eid and r.predicate == "LEADER_OF" and r.span == (S.start, S.end):
            for m in S.ms:
                if m.eid == r.object:
                    return m
    return None


_POSSESSIVES = {"leur", "leurs", "son", "sa", "ses", "their", "its", "his", "her"}


def _pair(S, st, a, b, groups_only=False):
    """Two actors joined by a cue: "X and Y ... allied", "between X and Y", "les deux mouvements"."""
    classes = {"ArmedGroup", "Militia"} if groups_only else {"ArmedGroup", "Militia", "StateForce", "Government"}
    left = [m for m in S.ms if m.label == "Actor" and m.cls in classes and m.end <= a]
    right = [m for m in S.ms if m.label == "Actor" and m.cls in classes and m.start >= b]
    # "reproche aux autorités leur manque de volonté": a possessive names what is reproached, not a side
    right = [m for m in right if not (m.how == "coref" and S.folded[m.start:m.end] in _POSSESSIVES)]
    if re.search(r"\b(?:les deux|the two|both)\s+(?:mouvements|groupes|groups|movements|organisations)\b", S.folded[S.start:b]):
        seen = []
        here = [m for m in S.ms if m.label == "Actor" and m.cls in {"ArmedGroup", "Militia"}]
        back = [o for (no, o) in reversed(st.recent) if o.cls in {"ArmedGroup", "Militia"} and st.sentence_no - no <= 6]
        for o in here + back:
            if o.eid not in [x.eid for x in seen]:
                seen.append(o)
            if len(seen) == 2:
                return seen[0], seen[1]
    if left and right:
        return left[-1], right[0]
    if len(right) >= 2 and re.search(r"\b(?:between|entre)\b", S.folded[a:right[1].start]):
        # "clashes between MSA-GATIA militiamen and X": the hyphened pair is one side, not two
        k = 1
        while k < len(right) and S.folded[right[k - 1].end:right[k].start] == "-":
            k += 1
        return (right[0], right[k]) if k < len(right) else None
    if len(left) >= 2 and left[-2].group == left[-1].group and \
            not re.search(r"\b(?:dont|which|whose|qui|including|notamment|y compris)\b", S.folded[left[-2].end:left[-1].start]):
        return left[-2], left[-1]   # not "le CSP, dont fait partie la CMA, reproche aux autorités": one side
    return None


# a holding told as running from the abduction ("held by X ever since", "détenu depuis par X") names the
# kidnapper even in a release story; one told as recent or later ("in recent years", "par la suite") does not
_HELD_SINCE = re.compile(r"\b(?:ever since|since then|since (?:his|her|their) (?:abduction|kidnapping|capture|seizure)|"
                         r"depuis lors|depuis (?:son|leur) (?:enlevement|rapt|kidnapping)|depuis (?:sa|leur) capture|"
                         r"(?:detenue?s?|retenue?s?) depuis par)\b")
_HELD_LATER = re.compile(r"\b(?:in recent (?:years|months)|in the last (?:few )?(?:years|months)|lately|later|"
                         r"ces dernieres (?:annees|mois)|ces derniers mois|par la suite|plus tard)\b")


def finish_relations(ex, st):
    """Relations that need the whole report: kidnappers hold their hostages, hostages are held
    from the kidnapping until the release, talks make NEGOTIATES_WITH."""
    by_subject: dict = {}
    for r in st.rels:
        by_subject.setdefault((r.subject, r.predicate), []).append(r)
    released = {v for e in st.events if e.cls == "Release" for v in e.actors("VICTIM")}
    for ev in st.events:
        if ev.cls == "Kidnapping":
            for (pred, actor), (conf, span, quote, sent) in list(ev.slots.items()):
                if pred != "ATTRIBUTED_TO" or conf == "denied":
                    continue
                for v in ev.actors("VICTIM"):
                    if _cls(ex, st, v) != "Person":
                        continue
                    if any(r.object == actor for r in by_subject.get((v, "HELD_HOSTAGE_BY"), ())):
                        continue
                    r = RelationRecord(v, "HELD_HOSTAGE_BY", actor, "attributed" if conf == "claimed" else conf,
                                       span, quote, ev.date.split("/")[0] if ev.date else None)
                    st.rels.append(r)
                    by_subject.setdefault((v, "HELD_HOSTAGE_BY"), []).append(r)
            for v in ev.actors("VICTIM"):
                for (h, conf, S) in st.hostages.get(v, []):
                    told = S.folded[S.start:S.end]
                    if _HELD_LATER.search(told):
                        continue   # "held by the same group in recent years": a later keeper, maybe not the kidnapper
                    if v in released and not _HELD_SINCE.search(told):
                        continue   # "all were held by X" in a release story says who held them, not who took them
                    key = ("ATTRIBUTED_TO", h)
                    if key not in ev.slots:
                        ev.slots[key] = (conf, (S.start, S.end), S.quote, (S.start, S.end))
                for r in by_subject.get((v, "HELD_HOSTAGE_BY"), ()):
                    if ev.date and not r.valid_from:
                        r.valid_from = ev.date.split("/")[0]
        if ev.cls == "Release":
            # "freed by JNIM": the group that frees hostages held them, when nothing says who did
            holders = [a for a in ev.actors("PARTICIPANT") if _cls(ex, st, a) in ("ArmedGroup", "Militia")]
            for v in ev.actors("VICTIM"):
                if len(holders) != 1 or _cls(ex, st, v) != "Person" or by_subject.get((v, "HELD_HOSTAGE_BY")):
                    continue
                conf, span, quote, _ = ev.slots[("PARTICIPANT", holders[0])]
                taken = next((k.date for k in st.events if k.cls == "Kidnapping" and k.date and v in k.actors("VICTIM")), None)
                r = RelationRecord(v, "HELD_HOSTAGE_BY", holders[0], "attributed", span, quote, taken.split("/")[0] if taken else None)
                st.rels.append(r)
                by_subject.setdefault((v, "HELD_HOSTAGE_BY"), []).append(r)
        if ev.cls == "Release" and ev.date:
            for v in ev.actors("VICTIM"):
                for r in by_subject.get((v, "HELD_HOSTAGE_BY"), ()):
                    if not r.valid_until:
                        r.valid_until = ev.date.split("/")[-1]
        if ev.cls == "Negotiation" and ev.status not in ("refused", "proposed"):
            parts = [a for a in ev.actors("PARTICIPANT") if ("MEDIATED_BY", a) not in ev.slots]
            state = [a for a in parts if _side(ex, st, a, by_subject) == "state"]
            other = [a for a in parts if _side(ex, st, a, by_subject) == "armed"]
            for a in state + list(ev.actors("MEDIATED_BY")):
                for b in other:
                    st.rels.append(RelationRecord(a, "NEGOTIATES_WITH", b, None, ev.span, ev.evidence))


def _cls(ex, st, eid):
    ne = st.new_entities.get(eid)
    return ne.cls if ne else ex.gaz.cls(eid)


def _side(ex, st, eid, by_subject=None):
    ne = st.new_entities.get(eid)
    cls = ne.cls if ne else ex.gaz.cls(eid)
    if cls in ("Government", "StateForce", "InternationalMission", "Organization"):
        return "state"
    if cls in ("ArmedGroup", "Militia"):
        return "armed"
    if cls == "Person":
        # a person who leads an armed group in this report, or any known jihadist leader
        for r in (by_subject.get((eid, "LEADER_OF"), []) + by_subject.get((eid, "MEMBER_OF"), [])) if by_subject is not None else st.rels:
            if r.subject == eid and r.predicate in ("LEADER_OF", "MEMBER_OF"):
                oc = ex.gaz.cls(r.object) or (st.new_entities[r.object].cls if r.object in st.new_entities else None)
                return "armed" if oc in ("ArmedGroup", "Militia") else "state"
        return "armed"
    return None
