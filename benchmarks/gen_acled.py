#!/usr/bin/env python3
"""Synthetic ACLED-format CSV files for ingest benchmarks and scale tests.

The rows are invented: actor labels, place names, admin areas and coordinates are facts taken
from the region pack (``conflictkg/ontology/packs/<pack>/{acled_actors,actors,places}.yaml``),
and the ``notes`` are built from our own templates. No ACLED row or note text is copied.

Realism that matters for an ingest benchmark:

- **skew**: actors and places are drawn from Zipf-like distributions (a few groups and towns
  account for most rows, a long tail appears rarely), with the best-known actors first;
- **roles**: battles pair two armed actors, violence against civilians has a civilian target,
  protests have protesters with an organisation as associated actor, and so on, with ACLED's
  ``inter`` codes and ``interaction`` code derived from the actors;
- **periods**: date-suffixed labels (``Military Forces of Mali (2013-2020)``) are only used
  inside their period;
- **unknown places**: a share of rows (``--unknown-places``) is located at invented villages
  inside a known cercle/province, as in real exports where most locations are not in any
  gazetteer;
- both layouts in the wild: ``dyadic`` (one row per event, ``actor1``/``actor2``) and
  ``monadic`` (one row per actor, joined on ``event_id_cnty``), three date formats, optional
  BOM and CRLF.

    python3 benchmarks/gen_acled.py --rows 100000 -o /tmp/acled-100k.csv
    python3 benchmarks/gen_acled.py --rows 1000000 --layout monadic --date-format iso -o big.csv

The output is deterministic for a given ``--seed`` and option set.
"""
from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import itertools
import random
import re
import sys
import unicodedata
from pathlib import Path

import yaml

PACKS = Path(__file__).resolve().parent.parent / "conflictkg" / "ontology" / "packs"

DYADIC = [
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
]
MONADIC = [c for c in DYADIC if c not in ("actor2", "assoc_actor_2", "inter2")]

COUNTRY = {"ml": ("Mali", 466, "MLI"), "bf": ("Burkina Faso", 854, "BFA"), "ne": ("Niger", 562, "NER")}
# Share of rows per country (the pack is Mali-heavy, as is the Sahel record).
COUNTRY_WEIGHT = {"ml": 0.55, "bf": 0.35, "ne": 0.10}

# (event_type, sub_event_type, weight, role of actor1, role of actor2 or None, share with actor2)
EVENT_TYPES = [
    ("Battles", "Armed clash", 22, "armed", "armed", 1.0),
    ("Battles", "Non-state actor overtakes territory", 1, "armed", "armed", 0.9),
    ("Battles", "Government regains territory", 1, "state", "armed", 0.9),
    ("Violence against civilians", "Attack", 24, "armed", "civilians", 1.0),
    ("Violence against civilians", "Abduction/forced disappearance", 6, "armed", "civilians", 1.0),
    ("Violence against civilians", "Sexual violence", 0.5, "armed", "civilians", 1.0),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 7, "armed", "armed", 0.8),
    ("Explosions/Remote violence", "Air/drone strike", 3, "state", "armed", 0.9),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", 1.5, "armed", "armed", 0.8),
    ("Explosions/Remote violence", "Suicide bomb", 0.3, "armed", "armed", 1.0),
    ("Explosions/Remote violence", "Grenade", 0.3, "armed", "civilians", 0.7),
    ("Protests", "Peaceful protest", 12, "protesters", None, 0.0),
    ("Protests", "Protest with intervention", 2, "protesters", "state", 1.0),
    ("Protests", "Excessive force against protesters", 0.5, "state", "protesters", 1.0),
    ("Riots", "Violent demonstration", 3, "rioters", "state", 0.4),
    ("Riots", "Mob violence", 1.5, "rioters", "civilians", 0.8),
    ("Strategic developments", "Looting/property destruction", 4, "armed", "civilians", 0.5),
    ("Strategic developments", "Arrests", 3, "state", "armed", 0.8),
    ("Strategic developments", "Change to group/activity", 2, "armed", None, 0.0),
    ("Strategic developments", "Disrupted weapons use", 1.5, "state", None, 0.0),
    ("Strategic developments", "Headquarters or base established", 0.7, "armed", None, 0.0),
    ("Strategic developments", "Agreement", 0.4, "armed", "armed", 1.0),
    ("Strategic developments", "Non-violent transfer of territory", 0.3, "armed", None, 0.0),
    ("Strategic developments", "Other", 1.0, "armed", None, 0.0),
]

# Labels listed first in their pool (the heavy head of the distribution); the rest of each
# pool follows in a seeded shuffle.
HEAD = [
    "JNIM: Group for Support of Islam and Muslims",
    "Islamic State (West Africa) - Greater Sahara Faction",
    "Military Forces of Mali",
    "Military Forces of Burkina Faso",
    "Katiba Macina",
    "Unidentified Armed Group (Mali)",
    "Unidentified Armed Group (Burkina Faso)",
    "Dan Na Ambassagou",
    "Military Forces of France",
    "Military Forces of Niger",
    "Ansaroul Islam",
    "Islamic State (Greater Sahara)",
    "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali",
    "JNIM: Group for Support of Islam and Muslims and/or Islamic State (West Africa) - Greater Sahara Faction",
    "Civilians (Mali)",
    "Civilians (Burkina Faso)",
    "Civilians (Niger)",
    "Protesters (Mali)",
    "Protesters (Burkina Faso)",
]

SOURCES = ["Local Source", "Twitter", "AFP", "Reuters", "RFI", "Studio Tamani", "Jeune Afrique",
           "Menastream", "Le Faso", "Xinhua", "Sahel Intelligence", "Malian Armed Forces", "Lefaso.net",
           "ActuNiger", "Radio Omega", "Aljazeera"]
SCALES = ["National", "Subnational", "International", "Local partner-National", "Other-National",
          "New media", "National-International"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SYLLABLES = ["ba", "bo", "da", "di", "dou", "ga", "gou", "ka", "ko", "kou", "la", "ma", "mo", "na",
             "ni", "ou", "sa", "se", "si", "ta", "te", "ti", "to", "za", "dje", "fa", "ha", "ra", "ri",
             "tin", "in", "ag", "kar", "mar", "sor", "bel", "tam"]

# libyaml when present: the pack files are large for the pure-Python parser
_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path):
    return yaml.load(path.read_text("utf-8"), Loader=_YAML)


_PERIOD = re.compile(r"\s*\((\d{4})-(\d{4})?\)")


class Zipf:
    """Draws items with probability proportional to 1 / rank**s (rank 1 = first item)."""

    def __init__(self, items, s: float, rng: random.Random):
        self.items = list(items)
        if not self.items:
            raise ValueError("Zipf over an empty pool")
        self.cum = list(itertools.accumulate(1.0 / (k ** s) for k in range(1, len(self.items) + 1)))
        self.rng = rng

    def draw(self):
        x = self.rng.random() * self.cum[-1]
        return self.items[bisect.bisect_left(self.cum, x)]


def ascii_name(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return re.sub(r"\s+(Region|Province|Department)$", "", t)


def _inter(label: str, cls: str) -> int:
    """ACLED's actor-type code, from the label and the pack class of the actor it maps to."""
    if label.startswith("Protesters"):
        return 6
    if label.startswith("Rioters"):
        return 5
    if cls == "CivilianGroup":
        return 7
    if cls in ("StateForce", "Government"):
        return 1 if any(c in label for c in ("Mali", "Burkina", "Niger")) else 8
    if cls == "InternationalMission":
        return 8
    if cls == "ArmedGroup":
        return 2
    if cls == "Militia":
        return 4 if ("Communal" in label or "Ethnic" in label or label == "Dan Na Ambassagou") else 3
    return 6 if cls == "Organization" else 3


class NoActor(Exception):
    """The pack has no label for this role in this country."""


class Pack:
    """Actor label groups by role and places by country, from the region pack."""

    def __init__(self, name: str, rng: random.Random, s_actor: float, s_place: float, unknown: float):
        d = PACKS / name
        actors = {a["id"]: a for a in _load_yaml(d / "actors.yaml")["actors"]}
        labels = _load_yaml(d / "acled_actors.yaml")["acled_actors"]
        # A "group" is one label without its period suffix; its variants cover different years.
        groups: dict[str, list[tuple[str, int, int]]] = {}
        inter: dict[str, int] = {}
        for item in labels:
            label = item["label"]
            targets = item.get("candidates") or [item.get("actor")]
            cls = (actors.get(targets[0]) or {}).get("class", "ArmedGroup")
            m = _PERIOD.search(label)
            lo = int(item.get("from") or (m.group(1) if m else 0) or 0)
            hi = int(item.get("until") or (m.group(2) if m and m.group(2) else 9999))
            base = _PERIOD.sub("", label).strip()
            groups.setdefault(base, []).append((label, lo, hi))
            inter[base] = _inter(label, cls)
        self.variants = groups
        self.inter = inter
        pools = {"armed": [], "state": [], "civilians": [], "protesters": [], "rioters": [], "orgs": []}
        for base, code in inter.items():
            if base.startswith(("Former ", "Mutiny of")):
                pools["armed"].append(base)
            elif code in (1, 8):
                pools["state"].append(base)
                pools["armed"].append(base)
            elif code in (2, 3, 4):
                pools["armed"].append(base)
            elif code == 7:
                pools["civilians"].append(base)
            elif code == 6:
                (pools["protesters"] if base.startswith("Protesters") else pools["orgs"]).append(base)
            elif code == 5:
                pools["rioters"].append(base)
        if not pools["rioters"]:
            pools["rioters"] = [b for b in pools["protesters"]]
        head = {b: i for i, b in enumerate(HEAD)}
        # One pool per role and country: a label naming a country, "Civilians (Mali)" or
        # "Military Forces of Niger", only
        # appears in that country's events; the rest keep their overall rank order.
        tagged = re.compile(r"\b(%s)\b" % "|".join(re.escape(v[0]) for v in COUNTRY.values()))
        self.pools = {}
        for role, bases in pools.items():
            bases = sorted(bases)
            rng.shuffle(bases)
            bases.sort(key=lambda b: head.get(b, len(head)))
            for cc, (country, _, _) in COUNTRY.items():
                own = [b for b in bases if (m := tagged.search(b)) is None or m.group(1) == country]
                # no label for this role in this country (no "Protesters (Niger)"): the event
                # type is drawn again rather than borrowing another country's label
                self.pools[role, cc] = Zipf(own, s_actor, rng) if own else None

        places = _load_yaml(d / "places.yaml")["places"]
        by_id = {p["id"]: p for p in places}
        self.places: dict[str, Zipf] = {}
        known: dict[str, list] = {}
        seats: dict[str, list] = {}
        for p in places:
            cc = p["id"].split(":", 1)[1].split("/", 1)[0]
            if cc not in COUNTRY:
                continue
            if p.get("lat") is None or p.get("lon") is None:
                continue  # a place without coordinates cannot be an ACLED location
            if p["class"] == "Settlement":
                known.setdefault(cc, []).append(self._row(p, by_id))
            elif p["class"] == "AdminArea" and p["id"].count("/") == 2:
                seats.setdefault(cc, []).append(p)
        # Invented villages: a stable, seeded list per country, each inside a real admin area.
        invented: dict[str, list] = {}
        for cc, areas in seats.items():
            n = max(50, 8 * len(known.get(cc, [])))
            names = set()
            rows = []
            while len(rows) < n:
                name = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()
                if name in names:
                    continue
                names.add(name)
                area = rng.choice(areas)
                fake = {"name": name, "lat": round(area["lat"] + rng.uniform(-0.3, 0.3), 4),
                        "lon": round(area["lon"] + rng.uniform(-0.3, 0.3), 4), "commune": name}
                rows.append(self._row(fake, by_id, parent=area))
            invented[cc] = rows
        self.unknown = unknown
        for cc in COUNTRY:
            k = known.get(cc, [])
            rng.shuffle(k)
            self.places[cc] = Zipf(k, s_place, rng) if k else None
            self.places[cc + "?"] = Zipf(invented[cc], s_place, rng) if invented.get(cc) else None

    @staticmethod
    def _row(p: dict, by_id: dict, parent: dict | None = None) -> tuple:
        parent = parent or by_id.get(p.get("located_in"), {})
        region = by_id.get(parent.get("located_in"), {})
        return (ascii_name(region.get("name", "")), ascii_name(parent.get("name", "")),
                ascii_name(str(p.get("commune") or parent.get("name", ""))), ascii_name(p["name"]),
                f"{float(p['lat']):.4f}", f"{float(p['lon']):.4f}")

    def actor(self, role: str, cc: str, year: int, rng: random.Random) -> tuple[str, int]:
        pool = self.pools[role, cc]
        if pool is None:
            raise NoActor(role, cc)
        base = pool.draw()
        variants = self.variants[base]
        fitting = [v for v in variants if v[1] <= year <= v[2]] or variants
        return rng.choice(fitting)[0], self.inter[base]

    def place(self, cc: str, rng: random.Random) -> tuple:
        if self.places.get(cc + "?") and (rng.random() < self.unknown or not self.places.get(cc)):
            return self.places[cc + "?"].draw()
        return self.places[cc].draw()


def short(label: str) -> str:
    """How notes refer to an actor: the acronym or the label without period."""
    label = _PERIOD.sub("", label)
    return label.split(":", 1)[0] if ":" in label else label


def notes_for(sub: str, a1: str, a2: str, loc: tuple, date_text: str, fat: int, rng: random.Random) -> str:
    where = f"{loc[3]} ({loc[1]}, {loc[0]})"
    hedge = rng.choice(["", "", "suspected ", "presumed ", "alleged "])
    who = short(a1)
    whom = short(a2) if a2 else "unknown assailants"
    if fat == 0:
        toll = rng.choice(["No fatalities were reported.", "There were no casualties.", ""])
    else:
        toll = rng.choice([f"{fat} people were killed.", f"At least {fat} fatalities.",
                           f"The toll was {fat} dead, according to local sources."])
    if sub == "Armed clash":
        body = f"{hedge}{who} fighters clashed with {whom} near {where}."
    elif sub in ("Attack", "Mob violence"):
        body = f"{hedge}{who} militants attacked {whom} in {where}."
    elif sub == "Abduction/forced disappearance":
        body = f"{hedge}{who} militants abducted {rng.randint(1, 12)} civilians ({whom}) in {where}."
    elif sub.startswith("Remote explosive"):
        body = f"a vehicle of {whom} hit an explosive device planted by {hedge}{who} near {where}."
    elif sub == "Air/drone strike":
        body = f"{who} conducted an air strike against {whom} positions near {where}."
    elif sub.startswith("Peaceful") or sub.startswith("Protest"):
        body = f"{who} demonstrated in {where} against insecurity and rising prices."
    elif sub == "Violent demonstration":
        body = f"{who} burned tyres and blocked a road in {where}."
    elif sub == "Arrests":
        body = f"{who} arrested {rng.randint(1, 9)} suspected members of {whom} in {where}."
    elif sub == "Looting/property destruction":
        body = f"{hedge}{who} militants looted shops and burned granaries in {where}."
    else:
        body = f"{who} was reported active in {where} ({sub.lower()})."
    return f"On {date_text}, {body} {toll}".strip()


def date_text(d: dt.date, fmt: str) -> str:
    if fmt == "iso":
        return d.isoformat()
    if fmt == "short":  # 16-Feb-21, as re-saved through a spreadsheet
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year % 100:02d}"
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def generate(rows: int, out, layout: str = "dyadic", seed: int = 1, date_format: str = "acled",
             pack: str = "sahel", s_actor: float = 1.1, s_place: float = 1.0, unknown_places: float = 0.15,
             assoc_share: float = 0.2, start: int = 2017, end: int = 2022, crlf: bool = False,
             bom: bool = False, multiline: float = 0.0) -> int:
    """Write ``rows`` data rows to the open text file ``out``; returns the number of events."""
    rng = random.Random(seed)
    p = Pack(pack, rng, s_actor, s_place, unknown_places)
    weights = list(itertools.accumulate(e[2] for e in EVENT_TYPES))
    countries = list(COUNTRY_WEIGHT)
    cweights = list(itertools.accumulate(COUNTRY_WEIGHT.values()))
    # Violence grows year on year in the Sahel record: weight each year by its index.
    years = list(range(start, end + 1))
    yweights = list(itertools.accumulate(range(1, len(years) + 1)))
    header = DYADIC if layout == "dyadic" else MONADIC
    if bom:
        out.write("\ufeff")
    w = csv.writer(out, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    written = 0
    events = 0
    counters = dict.fromkeys(COUNTRY, 0)
    data_id = 8_000_000
    while written < rows:
        et, sub, _, r1, r2, share2 = EVENT_TYPES[bisect.bisect_left(weights, rng.random() * weights[-1])]
        cc = countries[bisect.bisect_left(cweights, rng.random() * cweights[-1])]
        year = years[bisect.bisect_left(yweights, rng.random() * yweights[-1])]
        d = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        try:
            a1, i1 = p.actor(r1, cc, year, rng)
            a2, i2 = ("", 0)
            if r2 and rng.random() < share2:
                a2, i2 = p.actor(r2, cc, year, rng)
                if a2 == a1 and r2 == "armed":
                    a2, i2 = p.actor("state", cc, year, rng)
            as1 = p.actor("orgs" if r1 in ("protesters", "rioters") else "armed", cc, year, rng)[0] \
                if rng.random() < assoc_share else ""
            as2 = p.actor("civilians", cc, year, rng)[0] if a2 and i2 == 7 and rng.random() < assoc_share / 2 else ""
        except NoActor:
            continue
        if as1 == a1:
            as1 = ""
        loc = p.place(cc, rng)
        country, iso, iso3 = COUNTRY[cc]
        counters[cc] += 1
        eid = f"{iso3}{counters[cc]}"
        fat = 0 if rng.random() < 0.55 or et in ("Protests", "Strategic developments") \
            else min(int(rng.paretovariate(1.3)), 300)
        dtext = date_text(d, date_format)
        note = notes_for(sub, a1, a2, loc, d.strftime("%d %B %Y").lstrip("0"), fat, rng)
        if multiline and rng.random() < multiline:
            note = note.replace(". ", ".\n", 1)
        src = rng.choice(SOURCES) if rng.random() < 0.8 else "; ".join(rng.sample(SOURCES, 2))
        interaction = int(f"{min(i1, i2)}{max(i1, i2)}") if i2 else i1 * 10
        tp = rng.choices((1, 2, 3), (80, 15, 5))[0]
        gp = rng.choices((1, 2, 3), (70, 25, 5))[0]
        ts = int(dt.datetime(year, 12, 31).timestamp()) + rng.randrange(10**7)
        data_id += 1
        common_head = [data_id, iso, eid, counters[cc], dtext, year, tp, et, sub]
        common_tail = [interaction, "Western Africa", country, loc[0], loc[1], loc[2], loc[3], loc[4], loc[5],
                       gp, src, rng.choice(SCALES), note, fat, ts, iso3]
        if layout == "dyadic":
            w.writerow(common_head + [a1, as1, i1, a2, as2, i2 or ""] + common_tail)
            written += 1
        else:
            w.writerow(common_head + [a1, as1, i1] + common_tail)
            written += 1
            if a2 and written < rows:
                w.writerow(common_head + [a2, as2, i2] + common_tail)
                written += 1
        events += 1
    return events


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=100_000, help="data rows to write (default 100000)")
    ap.add_argument("-o", "--output", default="-", help="output CSV path (default stdout)")
    ap.add_argument("--layout", choices=("dyadic", "monadic"), default="dyadic")
    ap.add_argument("--date-format", choices=("acled", "iso", "short"), default="acled",
                    help="acled: '06 April 2020'; iso: 2020-04-06; short: 06-Apr-20")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pack", default="sahel")
    ap.add_argument("--actor-skew", type=float, default=1.1, help="Zipf exponent over actor labels")
    ap.add_argument("--place-skew", type=float, default=1.0, help="Zipf exponent over locations")
    ap.add_argument("--unknown-places", type=float, default=0.15,
                    help="share of rows at invented villages not in the gazetteer")
    ap.add_argument("--years", default="2017-2022", help="first-last year (default 2017-2022)")
    ap.add_argument("--crlf", action="store_true")
    ap.add_argument("--bom", action="store_true")
    ap.add_argument("--multiline", type=float, default=0.0, help="share of notes with a newline inside")
    a = ap.parse_args(argv)
    start, _, end = a.years.partition("-")
    kw = dict(layout=a.layout, seed=a.seed, date_format=a.date_format, pack=a.pack, s_actor=a.actor_skew,
              s_place=a.place_skew, unknown_places=a.unknown_places, start=int(start), end=int(end or start),
              crlf=a.crlf, bom=a.bom, multiline=a.multiline)
    if a.output == "-":
        events = generate(a.rows, sys.stdout, **kw)
    else:
        with open(a.output, "w", encoding="utf-8", newline="") as f:
            events = generate(a.rows, f, **kw)
        print(f"wrote {a.rows} rows ({events} events) to {a.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
