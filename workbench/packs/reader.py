"""Reading a pack folder into a ``Pack``, checking every file against the layout of packs/README.md.

Nothing here touches the database: a region can check its pack offline (``check_pack``). Every
problem is collected with its file and line; a pack with problems is never loaded.
"""

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from .files import Mapping, PackError, PackInvalid, Sequence, load_yaml, read_csv
from .html import Part, read_parts

ORGANISATION_KINDS = ("regio", "partner", "gemeente", "landelijk")
STATUSES = ("gepland", "lopend", "doorlopend", "afgerond", "doorgeschoven", "vervallen")
TIMING = {"year": int, "quarter": int, "month": int, "date": (datetime.date, str)}
PAGE_KINDS = ("home", "accessibility_statement", "monitor_index", "edition")
BLOCK_KINDS = (
    "text",
    "heading",
    "figure",
    "key_figures",
    "callout",
    "definitions",
    "developments",
    "casus",
    "plan_state",
    "outlook",
)
# A municipality's code: its CBS code (GM and four digits), or VB and four digits for a municipality
# of a generated, fictional region (no CBS code starts with VB).
MUNICIPALITY_CODE = r"GM\d{4}|VB\d{4}"
EXCHANGE_FIXED = ("tabel", "jaar", "waarde", "voetnoot")
INFO_COLUMNS = ("vorig_jaar", "omschrijving")


@dataclass
class Chapter:
    title: str
    blocks: list[Part]
    file: str
    line: int


@dataclass
class FigureFile:
    name: str  # relative to the pack
    content: bytes
    lines: dict[tuple, int] = field(default_factory=dict)  # (table, year, coord_key) -> line


@dataclass
class Pack:
    path: Path
    name: str = ""
    title: str = ""
    reason: str = ""
    # The region the pack is of (pack.yaml ``region``: slug, name, full_name, is_fictional, tokens, logo);
    # ``load_pack --region`` may load it into another region (``region_slug``).
    region: dict | None = None
    region_slug: str = ""
    organisations: list[dict] = field(default_factory=list)
    municipalities: list[dict] = field(default_factory=list)
    plan: dict | None = None
    opgaven: list[dict] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    outlook_year: int | None = None
    outlook: list[dict] = field(default_factory=list)
    accounts: list[dict] = field(default_factory=list)
    partners: dict[str, str] = field(default_factory=dict)
    tables: list[dict] = field(default_factory=list)
    figure_files: list[FigureFile] = field(default_factory=list)
    deliveries: dict = field(default_factory=dict)
    quality_years: list[int] = field(default_factory=list)
    quality_notes: dict[str, str] = field(default_factory=dict)
    definitions: list[dict] = field(default_factory=list)
    casus: list[dict] = field(default_factory=list)
    ontwikkelingen: list[dict] = field(default_factory=list)
    pages: list[Part] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)

    def organisation_names(self) -> set[str]:
        names = {org["short_name"] for org in self.organisations}
        return names | {f"Gemeente {m['name']}" for m in self.municipalities}

    def plan_key(self) -> str:
        return f"{self.plan['start_year']}-{self.plan['end_year']}" if self.plan else ""


class _Reader:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.errors: list[PackError] = []
        self.pack = Pack(path=self.path)
        self.tables_read = True

    def error(self, file: str, line: int, message: str) -> None:
        self.errors.append(PackError(file, line, message))

    def text(self, name: str) -> str | None:
        target = self.path / name
        if not target.is_file():
            return None
        try:
            return target.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            self.error(name, 0, _("geen UTF-8-tekst; sla het bestand op als UTF-8."))
            return None

    def yaml(self, name: str):
        text = self.text(name)
        if text is None:
            return None
        return load_yaml(text, name, self.errors)

    # --- checking a mapping's fields ----------------------------------------------------------

    def fields(self, data, file: str, required: dict, optional: dict | None = None, line: int = 0) -> bool:
        """Type-check a mapping's keys; unknown keys are errors (a misspelt key is not ignored)."""
        optional = optional or {}
        if not isinstance(data, dict):
            self.error(
                file, getattr(data, "line", line), _("hier hoort een lijst van velden (naam: waarde).")
            )
            return False
        ok = True
        where = data.line if isinstance(data, Mapping) else line
        for key in required:
            if key not in data:
                self.error(file, where, _("het veld '%(key)s' ontbreekt.") % {"key": key})
                ok = False
        for key, value in data.items():
            key_line = data.line_of(key) if isinstance(data, Mapping) else line
            kind = required.get(key, optional.get(key))
            if kind is None:
                known = ", ".join([*required, *optional])
                self.error(
                    file,
                    key_line,
                    _("onbekend veld '%(key)s' (bekend: %(known)s).") % {"key": key, "known": known},
                )
                ok = False
            elif not _is(value, kind):
                message = _("'%(key)s' hoort %(kind)s te zijn, niet %(value)r.")
                self.error(file, key_line, message % {"key": key, "kind": _kind_name(kind), "value": value})
                ok = False
        return ok

    def items(self, data, file: str, what: str) -> list:
        if data is None:
            return []
        if not isinstance(data, list):
            self.error(file, getattr(data, "line", 1), _("%(what)s: hier hoort een lijst.") % {"what": what})
            return []
        return data

    # --- files --------------------------------------------------------------------------------

    def read(self) -> Pack:
        pack = self.pack
        meta = self.yaml("pack.yaml")
        if meta is None and not (self.path / "pack.yaml").is_file():
            self.error("pack.yaml", 0, _("ontbreekt: elk pakket heeft een pack.yaml (name, title, reason)."))
        elif meta is not None and self.fields(
            meta, "pack.yaml", {"name": str, "title": str, "reason": str}, {"region": dict}
        ):
            pack.name, pack.title, pack.reason = meta["name"], meta["title"], meta["reason"]
            if "region" in meta and self.fields(
                meta["region"],
                "pack.yaml",
                {"slug": str, "name": str},
                {"full_name": str, "is_fictional": bool, "tokens": dict, "logo": str},
            ):
                pack.region = dict(meta["region"])
                if "logo" in pack.region:
                    pack.region["logo"] = self.read_logo(pack.region["logo"])
        self.read_organisations()
        self.read_plan()
        self.read_accounts()
        self.read_figures()
        self.read_content()
        if self.errors:
            raise PackInvalid(self.errors)
        return pack

    def read_logo(self, name: str) -> str:
        """The region's SVG logo (``region.logo``: a file in the pack), checked (regions.logo)."""
        from regions.logo import problems

        inside = not Path(name).is_absolute() and ".." not in Path(name).parts
        svg = self.text(name) if inside and name.endswith(".svg") else None
        if svg is None:
            self.error(
                "pack.yaml", 0, _("region.logo: geen SVG-bestand in het pakket: %(name)s") % {"name": name}
            )
            return ""
        for problem in problems(svg):
            self.error(name, 0, problem)
        return svg

    def read_organisations(self) -> None:
        file = "organisations.yaml"
        seen = set()
        for item in self.items(self.yaml(file), file, "organisations"):
            if not self.fields(
                item, file, {"short_name": str, "name": str, "kind": str}, {"description": str}
            ):
                continue
            if item["kind"] not in ORGANISATION_KINDS:
                self.error(
                    file,
                    item.line_of("kind"),
                    _("soort '%(kind)s' is geen van %(kinds)s.")
                    % {"kind": item["kind"], "kinds": ", ".join(ORGANISATION_KINDS)},
                )
            if item["short_name"] in seen:
                self.error(
                    file,
                    item.line_of("short_name"),
                    _("'%(name)s' komt twee keer voor.") % {"name": item["short_name"]},
                )
            seen.add(item["short_name"])
            self.pack.organisations.append(dict(item))
        file = "municipalities.csv"
        text = self.text(file)
        if text is None:
            return
        for row in read_csv(text):
            line = row.pop("__line__")
            if set(row) != {"cbs_code", "naam", "deelregio"}:
                self.error(file, 1, _("de kolommen zijn cbs_code, naam, deelregio."))
                return
            if not re.fullmatch(MUNICIPALITY_CODE, row["cbs_code"] or ""):
                message = _(
                    "'%(code)s' is geen CBS-gemeentecode (GM0000) of code van een verzonnen gemeente "
                    "(VB0000)."
                )
                self.error(file, line, message % {"code": row["cbs_code"]})
                continue
            if not (row["naam"] or "").strip():
                self.error(file, line, _("naam is leeg."))
                continue
            self.pack.municipalities.append(
                {"cbs_code": row["cbs_code"], "name": row["naam"], "subregion": row["deelregio"] or ""}
            )

    def organisation(self, name, file: str, line: int) -> None:
        if name not in self.pack.organisation_names():
            self.error(
                file,
                line,
                _("onbekende organisatie '%(name)s' (organisations.yaml of municipalities.csv).")
                % {"name": name},
            )

    def timing(self, data, file: str) -> dict:
        values = {"year": None, "quarter": None, "month": None, "date": None}
        if self.fields(data, file, {}, TIMING, line=getattr(data, "line", 0)):
            values.update(data)
            if isinstance(values["date"], str):
                try:
                    values["date"] = datetime.date.fromisoformat(values["date"])
                except ValueError:
                    message = _("'%(date)s' is geen datum (JJJJ-MM-DD).") % {"date": values["date"]}
                    self.error(file, data.line_of("date"), message)
        return values

    def read_plan(self) -> None:
        file = "plan.yaml"
        data = self.yaml(file)
        if data is None:
            return
        top = {"plan": dict, "opgaven": list, "actions": list, "doorkijk": dict}
        if not self.fields(data, file, {"plan": dict}, top):
            return
        plan = data["plan"]
        if self.fields(plan, file, {"title": str, "start_year": int, "end_year": int}):
            self.pack.plan = dict(plan)
        numbers = set()
        for item in self.items(data.get("opgaven"), file, "opgaven"):
            required = {"number": int, "title": str, "short_title": str}
            if self.fields(item, file, required, {"description": str}):
                numbers.add(item["number"])
                self.pack.opgaven.append(dict(item))
        municipalities = {m["cbs_code"] for m in self.pack.municipalities}
        for item in self.items(data.get("actions"), file, "actions"):
            optional = {
                "lead": str,
                "co_owners": list,
                "municipality": str,
                "timing": dict,
                "description": str,
                "stand_van_zaken": dict,
            }
            if not self.fields(item, file, {"opgave": int, "title": str}, optional):
                continue
            self.check_opgave(item, numbers, file)
            if "lead" in item:
                self.organisation(item["lead"], file, item.line_of("lead"))
            co_owners = item.get("co_owners", [])
            for index, name in enumerate(co_owners):
                self.organisation(
                    name, file, co_owners.line_of(index) if isinstance(co_owners, Sequence) else 0
                )
            if item.get("municipality") and item["municipality"] not in municipalities:
                message = _("onbekende CBS-code '%(code)s'.") % {"code": item["municipality"]}
                self.error(file, item.line_of("municipality"), message)
            notes = {}
            for year, note in (item.get("stand_van_zaken") or {}).items():
                line = item["stand_van_zaken"].line_of(year)
                if not isinstance(year, int):
                    self.error(file, line, _("'%(year)s' is geen jaar.") % {"year": year})
                    continue
                if not self.fields(
                    note, file, {"text": str}, {"status": str, "postponed_to_year": int}, line
                ):
                    continue
                status = note.get("status", "")
                if status and status not in STATUSES:
                    message = _("status '%(status)s' is geen van %(statuses)s.")
                    self.error(
                        file,
                        note.line_of("status"),
                        message % {"status": status, "statuses": ", ".join(STATUSES)},
                    )
                notes[year] = {
                    "status": status,
                    "postponed_to_year": note.get("postponed_to_year"),
                    "text": note["text"],
                }
            self.pack.actions.append(
                {
                    "opgave": item["opgave"],
                    "title": item["title"],
                    "lead": item.get("lead"),
                    "co_owners": list(co_owners),
                    "municipality": item.get("municipality"),
                    "description": item.get("description", ""),
                    "timing": self.timing(item.get("timing", Mapping()), file),
                    "notes": notes,
                }
            )
        outlook = data.get("doorkijk")
        if outlook is not None and self.fields(outlook, file, {"year": int, "items": list}):
            self.pack.outlook_year = outlook["year"]
            for item in outlook["items"]:
                optional = {"owners": list, "timing": dict, "description": str}
                if not self.fields(item, file, {"opgave": int, "title": str}, optional):
                    continue
                self.check_opgave(item, numbers, file)
                owners = item.get("owners", [])
                for index, name in enumerate(owners):
                    self.organisation(
                        name, file, owners.line_of(index) if isinstance(owners, Sequence) else 0
                    )
                self.pack.outlook.append(
                    {
                        "opgave": item["opgave"],
                        "title": item["title"],
                        "owners": list(owners),
                        "description": item.get("description", ""),
                        "timing": self.timing(item.get("timing", Mapping()), file),
                    }
                )

    def check_opgave(self, item, numbers: set, file: str) -> None:
        if item["opgave"] not in numbers:
            message = _("er is geen opgave %(number)s in opgaven.") % {"number": item["opgave"]}
            self.error(file, item.line_of("opgave"), message)

    def read_accounts(self) -> None:
        file = "accounts.yaml"
        for item in self.items(self.yaml(file), file, "accounts"):
            if self.fields(item, file, {"username": str, "role": str, "organisation": str}):
                self.organisation(item["organisation"], file, item.line_of("organisation"))
                self.pack.accounts.append(dict(item))

    # --- figures ------------------------------------------------------------------------------

    def read_figures(self) -> None:
        pack = self.pack
        file = "figures/partners.yaml"
        partners = self.yaml(file)
        if partners is not None and self.fields(partners, file, {}, dict.fromkeys(partners, str)):
            for short, name in partners.items():
                self.organisation(short, file, partners.line_of(short))
                pack.partners[short] = name
        file = "figures/tables.yaml"
        data = self.yaml(file)
        # A tables file that is no YAML is one error, not one more for every row that names a table.
        self.tables_read = data is not None or not (self.path / file).is_file()
        for item in self.items(data, file, "tables"):
            table = self.read_table(item, file)
            if table:
                pack.tables.append(table)
        codes = [table["code"] for table in pack.tables]
        for code in {code for code in codes if codes.count(code) > 1}:
            self.error(file, 0, _("tabel '%(code)s' komt twee keer voor.") % {"code": code})
        self.read_figure_files()
        file = "figures/deliveries.yaml"
        deliveries = self.yaml(file)
        if deliveries is not None and self.fields(
            deliveries, file, {}, {"published": dict, "open_year": int, "open_for": list}
        ):
            for short, years in (deliveries.get("published") or {}).items():
                line = deliveries["published"].line_of(short)
                if short not in pack.partners:
                    self.error(
                        file, line, _("'%(name)s' is geen partner (figures/partners.yaml).") % {"name": short}
                    )
                if not isinstance(years, list) or not all(isinstance(y, int) for y in years):
                    self.error(file, line, _("hier hoort een lijst van jaren."))
            for index, short in enumerate(deliveries.get("open_for") or []):
                if short not in pack.partners:
                    message = _("'%(name)s' is geen partner (figures/partners.yaml).") % {"name": short}
                    self.error(file, deliveries["open_for"].line_of(index), message)
            if "open_for" in deliveries and "open_year" not in deliveries:
                self.error(file, deliveries.line_of("open_for"), _("open_for vraagt om open_year."))
            pack.deliveries = {
                "published": {k: list(v) for k, v in (deliveries.get("published") or {}).items()},
                "open_year": deliveries.get("open_year"),
                "open_for": list(deliveries.get("open_for") or []),
            }
        file = "figures/toelichtingen.yaml"
        quality = self.yaml(file)
        if quality is not None and self.fields(quality, file, {"years": list, "notes": dict}):
            pack.quality_years = [year for year in quality["years"] if isinstance(year, int)]
            for key, text in quality["notes"].items():
                if not isinstance(text, str) or not text.strip():
                    self.error(file, quality["notes"].line_of(key), _("een toelichting is een tekst."))
                elif key.count(":") < 3:
                    message = _("'%(key)s' is geen sleutel van een bevinding.") % {"key": key}
                    self.error(file, quality["notes"].line_of(key), message)
                else:
                    pack.quality_notes[key] = text

    def read_table(self, item, file: str) -> dict | None:
        required = {"code": str, "title": str, "unit": str, "partner": str, "dimensions": list}
        optional = {
            "chapter": str,
            "source": str,
            "description": str,
            "working_note": str,
            "comparable": bool,
            "joint_reports": list,
        }
        if not self.fields(item, file, required, optional):
            return None
        if item["partner"] not in self.pack.partners:
            self.error(
                file,
                item.line_of("partner"),
                _("'%(name)s' is geen partner (figures/partners.yaml).") % {"name": item["partner"]},
            )
        names = {m["name"] for m in self.pack.municipalities}
        dims = []
        for dim in item["dimensions"]:
            if not self.fields(dim, file, {"code": str, "label": str, "values": list}):
                continue
            codes = [value.get("code") for value in dim["values"] if isinstance(value, dict)]
            values = []
            for value in dim["values"]:
                value_fields = {"unit": str, "municipality": str, "parts": list, "subset_of": str}
                if not self.fields(value, file, {"code": str, "label": str}, value_fields):
                    continue
                if codes.count(value["code"]) > 1:
                    message = _("waarde '%(code)s' komt twee keer voor.") % {"code": value["code"]}
                    self.error(file, value.line_of("code"), message)
                for part in value.get("parts", []):
                    if part not in codes:
                        message = _("'%(code)s' is geen waarde van %(dim)s.") % {
                            "code": part,
                            "dim": dim["code"],
                        }
                        self.error(file, value.line_of("parts"), message)
                if value.get("subset_of") and value["subset_of"] not in codes:
                    message = _("'%(code)s' is geen waarde van %(dim)s.") % {
                        "code": value["subset_of"],
                        "dim": dim["code"],
                    }
                    self.error(file, value.line_of("subset_of"), message)
                if value.get("municipality") and value["municipality"] not in names:
                    message = _("'%(name)s' is geen gemeente van municipalities.csv.") % {
                        "name": value["municipality"]
                    }
                    self.error(file, value.line_of("municipality"), message)
                values.append(dict(value))
            dims.append({"code": dim["code"], "label": dim["label"], "values": values})
        texts = ("code", "title", "unit", "partner", "chapter", "source", "description", "working_note")
        table = {key: item.get(key, "") for key in texts}
        table["comparable"] = item.get("comparable", False)
        table["dimensions"] = dims
        by_dim = {dim["code"]: {value["code"] for value in dim["values"]} for dim in dims}
        joints = []
        for joint in item.get("joint_reports", []):
            required = {"year": int, "footnote": int, "cell": dict, "with": str}
            if not self.fields(joint, file, required):
                continue
            cell = joint["cell"]
            if (
                "gemeente" not in by_dim
                or set(cell) != set(by_dim)
                or any(code not in by_dim[dim] for dim, code in cell.items())
            ):
                self.error(
                    file, joint.line_of("cell"), "the cell names one value of each dimension (with gemeente)"
                )
                continue
            if joint["with"] not in by_dim["gemeente"]:
                message = _("'%(code)s' is geen waarde van gemeente.") % {"code": joint["with"]}
                self.error(file, joint.line_of("with"), message)
                continue
            joints.append({**joint, "cell": dict(cell), "line": joint.line})
        table["joint_reports"] = joints
        table["line"] = item.line
        return table

    def read_figure_files(self) -> None:
        folder = self.path / "figures" / "cijfers"
        if not folder.is_dir():
            return
        tables = {table["code"]: table for table in self.pack.tables}
        for path in sorted(folder.iterdir()):
            name = f"figures/cijfers/{path.name}"
            if path.suffix.lower() not in (".csv", ".xlsx"):
                self.error(name, 0, _("cijfers zijn .csv- of .xlsx-bestanden in het uitwisselformaat."))
                continue
            content = path.read_bytes()
            figure_file = FigureFile(name, content)
            self.check_figure_rows(figure_file, tables)
            self.pack.figure_files.append(figure_file)
        order = {table["code"]: position for position, table in enumerate(self.pack.tables)}

        def first_table(figure_file: FigureFile) -> int:
            found = [order.get(key[0], len(order)) for key in figure_file.lines]
            return min(found, default=len(order))

        self.pack.figure_files.sort(key=first_table)

    def check_figure_rows(self, figure_file: FigureFile, tables: dict) -> None:
        """The exchange format's rules that need no database: tables, dimensions, values, numbers."""
        from monitor.exchange import ImportFailed, read_table
        from monitor.models import coord_key

        file = figure_file.name
        try:
            rows = read_table(figure_file.content, figure_file.name)
        except ImportFailed as error:
            for row_error in error.errors:
                self.error(file, row_error.row, row_error.message)
            return
        if not self.tables_read:
            return
        header = [str(name or "").strip().lower() for name in rows[0]]
        for name in ("tabel", "jaar", "waarde"):
            if name not in header:
                self.error(file, 1, _("de kolom '%(name)s' ontbreekt.") % {"name": name})
                return
        dims = {dim["code"] for table in tables.values() for dim in table["dimensions"]}
        for name in header:
            if name and name not in EXCHANGE_FIXED and name not in INFO_COLUMNS and name not in dims:
                self.error(
                    file,
                    1,
                    _("onbekende kolom '%(name)s' (geen dimensie van een tabel in figures/tables.yaml).")
                    % {"name": name},
                )
        for line, raw in enumerate(rows[1:], start=2):
            cells = {name: _cell(raw, i) for i, name in enumerate(header) if name}
            if not any(cells.values()):
                continue
            table = tables.get(cells.get("tabel", ""))
            if table is None:
                if self.tables_read:
                    message = _("onbekende tabel '%(code)s' (figures/tables.yaml).") % {
                        "code": cells.get("tabel", "")
                    }
                    self.error(file, line, message)
                continue
            sound = True
            if not re.fullmatch(r"\d{4}", cells.get("jaar", "")):
                self.error(
                    file, line, _("jaar '%(year)s' is geen jaartal.") % {"year": cells.get("jaar", "")}
                )
                sound = False
            if cells.get("waarde") and not re.fullmatch(r"\d+", cells["waarde"]):
                message = _("waarde '%(value)s' is geen geheel getal van nul of meer.") % {
                    "value": cells["waarde"]
                }
                self.error(file, line, message)
                sound = False
            coords = {}
            for dim in table["dimensions"]:
                code = cells.get(dim["code"], "")
                if code not in {value["code"] for value in dim["values"]}:
                    message = _("'%(code)s' is geen waarde van %(dim)s in tabel %(table)s.")
                    self.error(
                        file, line, message % {"code": code, "dim": dim["code"], "table": table["code"]}
                    )
                    sound = False
                coords[dim["code"]] = code
            if not sound:
                continue
            own = {dim["code"] for dim in table["dimensions"]}
            for name in dims - own:
                if cells.get(name):
                    message = _("tabel %(table)s heeft geen dimensie '%(name)s'; laat de cel leeg.")
                    self.error(file, line, message % {"table": table["code"], "name": name})
            key = (table["code"], int(cells["jaar"]), coord_key(coords))
            if key in figure_file.lines:
                self.error(
                    file, line, _("dezelfde cel als regel %(line)s.") % {"line": figure_file.lines[key]}
                )
            figure_file.lines[key] = line

    # --- content ------------------------------------------------------------------------------

    def parts(self, name: str, kinds: set[str]) -> list[Part]:
        text = self.text(name)
        if text is None:
            return []
        return read_parts(text, name, kinds, self.errors)

    def read_content(self) -> None:
        pack = self.pack
        for part in self.parts("content/snippets/definitions.html", {"definition"}):
            required = {"code": str, "name": str}
            if self.fields(
                part.value, part.file, required, {"sort_order": int, "since_eu_directive": bool}, part.line
            ):
                pack.definitions.append({**part.value, "definition": part.body})
        for part in self.parts("content/snippets/casus.html", {"casus"}):
            required = {"title": str, "source": str}
            if self.fields(part.value, part.file, required, {"invented_names_note": str}, part.line):
                pack.casus.append({**part.value, "body": part.body})
        for part in self.parts("content/snippets/ontwikkelingen.html", {"ontwikkeling"}):
            optional = {"date": (datetime.date, type(None)), "date_label": str, "link": str}
            if self.fields(part.value, part.file, {"title": str}, optional, part.line):
                pack.ontwikkelingen.append({**part.value, "summary": part.body})
        folder = self.path / "content" / "pages"
        for path in sorted(folder.glob("*.html")) if folder.is_dir() else []:
            for part in self.parts(f"content/pages/{path.name}", set(PAGE_KINDS)):
                self.check_page(part)
                pack.pages.append(part)
        folder = self.path / "content" / "chapters"
        for path in sorted(folder.glob("*.html")) if folder.is_dir() else []:
            parts = self.parts(f"content/chapters/{path.name}", {"chapter", *BLOCK_KINDS})
            if not parts:
                continue
            head, blocks = parts[0], parts[1:]
            if head.kind != "chapter" or not isinstance(head.value, str):
                self.error(head.file, head.line, _("een hoofdstuk begint met <!-- chapter: de titel -->."))
                continue
            for block in blocks:
                self.check_block(block)
            pack.chapters.append(Chapter(head.value, blocks, head.file, head.line))

    def check_page(self, part: Part) -> None:
        required = {"title": str, "slug": str}
        optional = {
            "home": {},
            "accessibility_statement": {"status": str, "statement_date": (str, datetime.date)},
            "monitor_index": {},
            "edition": {
                "year": int,
                "subtitle": str,
                "region_name": str,
                "publication_date": (str, datetime.date),
            },
        }[part.kind]
        if self.fields(part.value, part.file, required, optional, part.line):
            for key in ("statement_date", "publication_date"):
                if isinstance(part.value.get(key), str):
                    try:
                        part.value[key] = datetime.date.fromisoformat(part.value[key])
                    except ValueError:
                        self.error(
                            part.file,
                            part.line,
                            _("%(key)s: '%(date)s' is geen datum (JJJJ-MM-DD).")
                            % {"key": key, "date": part.value[key]},
                        )

    def check_block(self, block: Part) -> None:
        pack, file, line = self.pack, block.file, block.line
        kind, value = block.kind, block.value
        if kind not in ("text", "callout") and block.body:
            message = _("een blok %(kind)s heeft geen tekst na zijn markering.") % {"kind": kind}
            self.error(file, block.body_line, message)
        if kind == "text":
            if not block.body:
                self.error(file, line, _("een leeg tekstblok."))
        elif kind in ("heading", "callout"):
            if not isinstance(value, str):
                self.error(file, line, _("<!-- %(kind)s: titel --> vraagt om een titel.") % {"kind": kind})
        elif kind == "figure":
            optional = {"chart_type": str, "caption": str}
            if self.fields(value, file, {"table": str, "years": (str, int)}, optional, line):
                self.check_table_ref(value["table"], file, line)
                from cms.blocks import CHART_TYPES

                chart_types = [code for code, _label in CHART_TYPES]
                if value.get("chart_type", "auto") not in chart_types:
                    self.error(
                        file, line, _("chart_type is een van %(types)s.") % {"types": ", ".join(chart_types)}
                    )
        elif kind == "key_figures":
            if not isinstance(value, list):
                self.error(file, line, _("key_figures: hier hoort een lijst."))
                return
            for item in value:
                required = {"label": str, "table": str, "year": int, "cell": str}
                if self.fields(item, file, required, {"source": str}, line):
                    self.check_table_ref(item["table"], file, item.line)
        elif kind in ("definitions", "developments"):
            known = (
                {d["code"] for d in pack.definitions}
                if kind == "definitions"
                else {d["title"] for d in pack.ontwikkelingen}
            )
            if not isinstance(value, list):
                self.error(file, line, _("%(what)s: hier hoort een lijst.") % {"what": kind})
                return
            for item in value:
                if item not in known:
                    message = _("%(kind)s: '%(name)s' staat niet in content/snippets/.") % {
                        "kind": kind,
                        "name": item,
                    }
                    self.error(file, line, message)
        elif kind == "casus":
            if value not in {c["title"] for c in pack.casus}:
                self.error(
                    file,
                    line,
                    _("casus '%(title)s' staat niet in content/snippets/casus.html.") % {"title": value},
                )
        elif kind in ("plan_state", "outlook"):
            optional = {"show_actions": bool} if kind == "plan_state" else {}
            if self.fields(value, file, {"plan": str, "year": int}, optional, line):
                if value["plan"] != pack.plan_key():
                    self.error(
                        file,
                        line,
                        _("plan '%(plan)s' is niet het plan van het pakket (%(own)s).")
                        % {"plan": value["plan"], "own": pack.plan_key()},
                    )

    def check_table_ref(self, code: str, file: str, line: int) -> None:
        if self.tables_read and code not in {table["code"] for table in self.pack.tables}:
            self.error(file, line, _("onbekende tabel '%(code)s' (figures/tables.yaml).") % {"code": code})


def _cell(raw: list, index: int) -> str:
    value = raw[index] if index < len(raw) else None
    return "" if value is None else str(value).strip()


def _is(value, kind) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is datetime.date:
        return isinstance(value, datetime.date)
    return isinstance(value, kind)


def _kind_name(kind) -> str:
    names = {
        str: _("een tekst"),
        int: _("een geheel getal"),
        bool: _("true of false"),
        list: _("een lijst"),
        dict: _("een lijst van velden"),
        datetime.date: _("een datum"),
        type(None): _("leeg"),
    }
    if isinstance(kind, tuple):
        return _(" of ").join(_kind_name(k) for k in kind)
    return names.get(kind, getattr(kind, "__name__", str(kind)))


def read_pack(path) -> Pack:
    """The pack at ``path``, checked; ``PackInvalid`` lists every problem with file and line."""
    return _Reader(Path(path)).read()
