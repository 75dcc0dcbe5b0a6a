"""The gazetteer: countries, organisations, armed groups and titles, read from the
tab-separated data files in ``kgraph/data/``.

The files are the single source of these facts; this module only indexes them.
Lookups are by exact surface form first, then by a normalised form (case,
punctuation, a leading "the", diacritics ignored).
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("kgraph") / "data"))


def norm(text: str) -> str:
    """Normalise a surface string for lookups: NFKD without marks, case-folded,
    curly quotes, dots and hyphens unified, a leading article and a trailing
    possessive removed."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"'s?$", "", s.strip())
    s = s.replace(".", "").replace("-", " ").replace("\u2013", " ")
    s = re.sub(r"[^\w\s']", " ", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def slug(text: str) -> str:
    s = norm(text).replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def _split(field: str) -> tuple[str, ...]:
    return tuple(x for x in (field or "").split("|") if x)


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a data file as dicts (comment lines skipped)."""
    path = DATA_DIR / name
    with open(path, encoding="utf-8", newline="") as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        for row in reader:
            row = row + [""] * (len(header) - len(row))
            yield {h: v.strip() for h, v in zip(header, row, strict=False)}


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    name: str
    official: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    plurals: tuple[str, ...]
    capital: str
    seats: tuple[str, ...]
    status: str

    @property
    def key(self) -> str:
        return f"country:{self.iso3}"

    @property
    def demonym(self) -> str:
        return self.demonyms[0] if self.demonyms else self.name

    @property
    def capitals(self) -> tuple[str, ...]:
        return ((self.capital,) if self.capital else ()) + self.seats

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, self.official) + self.aliases


@dataclass(frozen=True)
class Organization:
    key: str  # "org:<slug>"
    name: str
    type: str
    aliases: tuple[str, ...]
    country: str | None  # ISO3 of the owning state
    parent: str | None  # key of the parent organisation
    kind: str
    governs: str | None = None  # ISO3 of a state the group governs de facto
    seat: str = ""  # a city that stands for the body when it acts ("Brussels": the EU)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


@dataclass(frozen=True)
class Title:
    title: str  # lowercase phrase
    relation: str  # LEADS | MEMBER_OF
    role: str
    # without a named owner: "named" (none), "context" (the country the sentence is
    # about), "context-gov" (the same, for a government body's title), or a country key
    owner: str = "named"


@dataclass(frozen=True)
class Hit:
    """A gazetteer match for a surface string.

    `use` says how the string names the entry: "name", "demonym", "plural",
    "capital" (a capital or seat of power, an actor only in context).
    """

    key: str
    use: str


class Gazetteer:
    def __init__(
        self,
        countries: list[Country],
        organizations: list[Organization],
        titles: list[Title],
        places: list[Organization] | None = None,
    ):
        self.countries = countries
        self.organizations = organizations
        self.titles = titles
        self.places = places or []  # type "Location": regions, cities, seas (places.tsv)
        self._by_key: dict[str, Country | Organization] = {}
        self._exact: dict[str, list[Hit]] = {}
        self._norm: dict[str, list[Hit]] = {}
        for c in countries:
            self._by_key[c.key] = c
            for n in c.names:
                self._add(n, Hit(c.key, "name"))
            for d in c.demonyms:
                self._add(d, Hit(c.key, "demonym"))
            for p in c.plurals:
                self._add(p, Hit(c.key, "plural"))
            for s in c.capitals:
                self._add(s, Hit(c.key, "capital"))
        for o in organizations + self.places:
            self._by_key[o.key] = o
            for n in o.names:
                self._add(n, Hit(o.key, "name"))
        self._titles = {t.title: t for t in titles}
        self._seats = {norm(o.seat): o for o in organizations if o.seat}
        self.max_title_words = max((len(t.title.split()) for t in titles), default=1)

    def _add(self, surface: str, hit: Hit) -> None:
        for table, k in ((self._exact, surface), (self._norm, norm(surface))):
            hits = table.setdefault(k, [])
            if hit not in hits:
                hits.append(hit)

    # -- lookups ------------------------------------------------------------
    def get(self, key: str) -> Country | Organization | None:
        return self._by_key.get(key)

    def is_polity(self, key: str | None) -> bool:
        """A breakaway region with a de facto government (places.tsv kind "polity"): a
        place that acts as a state ("Russia recognised Abkhazia")."""
        return bool(key) and getattr(self._by_key.get(key), "kind", "") == "polity"

    def office_country(self, name: str, surname: bool = False) -> str | None:
        """The state a well-known office holder serves (office_holders.tsv), as a key
        ("org:..." for the head of an international body, igo_officials.tsv);
        with `surname`, a bare surname that only one holder has ("Putin") counts too."""
        key = _office_holders().get(_fold(name))
        if key is None and surname and " " not in name.strip():
            keys = _office_surnames().get(_fold(name), set())
            key = next(iter(keys)) if len(keys) == 1 else None
        return key

    def seat_of(self, city: str) -> Organization | None:
        """The body a city stands for when it acts ("Brussels" -> the European Union)."""
        return self._seats.get(norm(city))

    def state_key(self, key: str | None) -> str | None:
        """The state a key names or belongs to, as a country key ("org:us-state-department"
        -> "country:USA", "forces:IND" -> "country:IND"), else None."""
        if not key:
            return None
        if key.startswith("country:"):
            return key
        if key.startswith("forces:"):
            return f"country:{key[7:]}"
        owner = getattr(self._by_key.get(key), "country", None)
        return f"country:{owner}" if owner else None

    def country(self, key: str | None) -> Country | None:
        e = self._by_key.get(key or "")
        return e if isinstance(e, Country) else None

    def state_body(self, iso3: str, words: str) -> Organization | None:
        """A state's body named by the state and a common noun: ("PHL", "coast guard") ->
        the Philippine Coast Guard, whichever of its demonyms or its name the gazetteer
        lists the body under."""
        c = self.country(f"country:{iso3}")
        if c is None or not words.strip():
            return None
        for pre in (*c.demonyms, c.name):
            for h in self.lookup(f"{pre} {words}"):
                e = self._by_key.get(h.key)
                if isinstance(e, Organization) and e.country == iso3:
                    return e
        return None

    def lookup(self, surface: str, exact: bool = False) -> list[Hit]:
        """Entries a surface string can name: exact form first, then normalised
        (only for strings of 3+ characters or with an uppercase letter, so that
        "us" never becomes the United States)."""
        hits = self._exact.get(surface)
        if hits or exact:
            return list(hits or [])
        n = norm(surface)
        if len(n) < 3 and not any(ch.isupper() for ch in surface):
            return []
        hits = self._norm.get(n, [])
        # A case-insensitive match of an all-caps acronym ("us" for "US") is not a match.
        return [h for h in hits if not self._is_acronym_only(h, n, surface)]

    def _is_acronym_only(self, hit: Hit, n: str, surface: str) -> bool:
        entry = self._by_key[hit.key]
        forms = [f for f in entry.names if norm(f) == n] if hit.use == "name" else []
        return bool(forms) and all(f.replace(".", "").isupper() for f in forms) and surface.islower()

    def abbreviations(self) -> list[str]:
        """Titles written as one abbreviated word ("Brig.", "Lt."), as the tokenizer must
        keep them (spaCy splits off the stop of those it does not know, and may end the
        sentence there)."""
        return sorted(t.capitalize() for t in self._titles if t.endswith(".") and " " not in t)

    def title(self, phrase: str) -> Title | None:
        """The title a phrase is; besides titles.tsv, any "<Portfolio> Minister" of one or
        two plain words ("Strategic Affairs Minister", "External Affairs Minister"): a
        member of the government."""
        key = phrase.casefold().replace("\u2019", "'")
        found = self._titles.get(key)
        if found is not None:
            return found
        words = key.split()
        if 2 <= len(words) <= 3 and words[-1] == "minister" and all(
                w.isalpha() and w not in NOT_PORTFOLIOS and not self._norm.get(w)
                for w in words[:-1]):
            return Title(title=key, relation="MEMBER_OF",
                         role=" ".join(w.capitalize() for w in words), owner="context")
        return None

    # -- spaCy patterns -------------------------------------------------------
    def entity_patterns(self) -> list[dict]:
        """EntityRuler patterns: every country name/alias/demonym/plural/capital
        and every organisation name/alias, with the gazetteer key as `id`."""
        label_of = {"Organization": "ORG", "MilitaryForce": "ORG", "ArmedGroup": "ORG"}
        seen = set()
        patterns = []

        def add(label: str, text: str, key: str) -> None:
            if (label, text, key) in seen:
                return
            seen.add((label, text, key))
            patterns.append({"label": label, "pattern": text, "id": key})

        for c in self.countries:
            for n in c.names:
                add("GPE", n, c.key)
            for d in c.demonyms + c.plurals:
                add("NORP", d, c.key)
            for s in c.capitals:
                add("GPE", s, c.key)
        for o in self.organizations:
            for n in o.names:
                add(label_of.get(o.type, "ORG"), n, o.key)
        for p in self.places:
            for n in p.names:
                add("LOC", n, p.key)
        # well-known office holders: their full names, and surnames that only they bear
        # ("Pashinyan"; not "Ali" or "Khan"), are people even where the model misses them
        taken = {_fold(t) for _, t, _ in seen}
        for name, surname in _office_names():
            if _fold(name) not in taken:
                add("PERSON", name, "")
            if surname and _fold(surname) not in taken:
                add("PERSON", surname, "")
        return patterns


def _country(row: dict[str, str]) -> Country:
    return Country(
        iso2=row["iso2"],
        iso3=row["iso3"],
        name=row["name"],
        official=row.get("official") or row["name"],
        aliases=_split(row.get("aliases", "")),
        demonyms=_split(row.get("demonyms", "")),
        plurals=_split(row.get("plurals", "")),
        capital=row.get("capital", ""),
        seats=_split(row.get("seats", "")),
        status=row.get("status", ""),
    )


# words before "minister" that name no portfolio ("the former minister", "a new minister")
NOT_PORTFOLIOS = {"former", "ex", "then", "late", "new", "the", "a", "an", "his", "her",
                  "its", "their", "our", "who", "whose", "as", "senior", "cabinet", "chief",
                  "prime", "deputy", "junior", "state", "first"}


# a parent body's short names, which news puts before its parts' names: "U.N. Support
# Mission in Libya", "EU Naval Force"
PARENT_SHORT = {"United Nations": ("UN", "U.N."), "European Union": ("EU", "E.U."),
                "African Union": ("AU",)}


def _short_forms(names: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for n in names:
        for full, shorts in PARENT_SHORT.items():
            if n.startswith(full + " "):
                out += [f"{short}{n[len(full):]}" for short in shorts]
    return tuple(x for x in out if x not in names)


def _organization(row: dict[str, str]) -> Organization:
    aliases = _split(row.get("aliases", ""))
    return Organization(
        key=f"org:{row['key']}",
        name=row["name"],
        type=row["type"],
        aliases=aliases + _short_forms((row["name"], *aliases)),
        country=row.get("country") or None,
        parent=f"org:{row['parent']}" if row.get("parent") else None,
        kind=row.get("kind", ""),
        governs=row.get("governs") or None,
        seat=row.get("seat", ""),
    )


@functools.cache
def load() -> Gazetteer:
    """The gazetteer shipped with kgraph (read once per process)."""
    countries = [_country(r) for r in read_tsv("countries.tsv")]
    organizations = [_organization(r) for r in read_tsv("organizations.tsv")]
    titles = [
        Title(title=r["title"].casefold(), relation=r["relation"], role=r["role"],
              owner=r.get("owner") or "named")
        for r in read_tsv("titles.tsv")
    ]
    places = [_place(r) for r in read_tsv("places.tsv")]
    return Gazetteer(countries, organizations, titles, places)


def _place(row: dict[str, str]) -> Organization:
    """A place of places.tsv: an entry of type Location (never an actor)."""
    return Organization(
        key=f"place:{row['key']}",
        name=row["name"],
        type="Location",
        aliases=_split(row.get("aliases", "")),
        country=row.get("country") or None,
        parent=None,
        kind=row.get("kind", ""),
    )


def _fold(name: str) -> str:
    # ("Ferdinand Marcos Jr" is "Ferdinand Marcos Jr.")
    return " ".join(name.casefold().replace("\u2019", "'").replace(".", "").split())


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@functools.cache
def country_groups() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(description words, member country keys) from country_groups.tsv: "the former
    Soviet republic" is one of the states of the "soviet" group."""
    return tuple((frozenset(r["words"].split()),
                  frozenset(f"country:{c}" for c in r["members"].split("|")))
                 for r in read_tsv("country_groups.tsv"))


@functools.cache
def _office_rows() -> tuple[tuple[int, str, str], ...]:
    """(holder number, one of the holder's names, state key) for every name of every
    holder in office_holders.tsv, then (the body's "org:" key) in igo_officials.tsv."""
    rows = [(r, f"country:{r['country']}") for r in read_tsv("office_holders.tsv")]
    rows += [(r, f"org:{r['org']}") for r in read_tsv("igo_officials.tsv")]
    return tuple((person, n, key) for person, (r, key) in enumerate(rows)
                 for n in [r["name"], *filter(None, (r.get("aliases") or "").split("|"))])


@functools.cache
def _office_surnames() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for _, n, state in _office_rows():
        words = [w for w in _fold(n).split() if w not in NAME_SUFFIXES]
        # ("Marcos", not "Jr.")
        out.setdefault(words[-1], set()).add(state)
    return out


@functools.cache
def national_forces() -> dict[str, str]:
    """forces key ("forces:ISR") -> the organisation key of that state's armed forces
    (national_forces.tsv): "Israeli troops" are the Israel Defense Forces."""
    return {f"forces:{r['iso3']}": f"org:{r['org']}" for r in read_tsv("national_forces.tsv")}


@functools.cache
def national_forces_of() -> dict[str, str]:
    """The other way round: "org:israel-defense-forces" -> "forces:ISR"."""
    return {org: forces for forces, org in national_forces().items()}


@functools.cache
def federations() -> frozenset[str]:
    """Keys of the federal states (federations.tsv): "the federal government" is one."""
    return frozenset(f"country:{r['iso3']}" for r in read_tsv("federations.tsv"))


@functools.cache
def _office_names() -> list[tuple[str, str | None]]:
    """(full name, distinctive surname or None) of each office holder's names: a surname
    counts when it is long (6+ letters), capitalised, borne by no other holder and no
    holder's first name."""
    rows = _office_rows()
    owners: dict[str, set[int]] = {}
    for person, n, _ in rows:
        owners.setdefault(n.split()[-1], set()).add(person)
    given = {n.split()[0] for _, n, _ in rows}  # ("Ibrahim" is also a first name)
    out = []
    for _, n, _ in rows:
        last = n.split()[-1]
        ok = len(n.split()) > 1 and len(last) >= 6 and last[0].isupper() and \
            last.replace("-", "").isalpha() and len(owners[last]) == 1 and last not in given
        out.append((n, last if ok else None))
    return out


@functools.cache
def _office_holders() -> dict[str, str]:
    return {_fold(n): state for _, n, state in _office_rows()}
