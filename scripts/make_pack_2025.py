"""One-off: writes packs/rotterdam-2025/ from the seed's Python literals (the facts are not retyped).

Run once when the seed became a data pack; the literal modules were removed afterwards, so this
script only runs at the commit that added the pack.
"""

import csv
import io
import os
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from actionplan import seed_data as plan_data  # noqa: E402
from cms import seed as cms_seed  # noqa: E402
from cms import seed_snippets  # noqa: E402
from cms.seed_accessibility import STATEMENT_HTML  # noqa: E402
from cms.seed_plan_chapters import edition_body  # noqa: E402
from monitor import seed_data as figure_data  # noqa: E402
from monitor import seed_quality  # noqa: E402
from monitor.exchange import write_csv  # noqa: E402
from monitor.seed import _observations  # noqa: E402
from workbench.packs.html import layout, unlayout  # noqa: E402

PACK = ROOT / "packs" / "rotterdam-2025"


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


Dumper.add_representer(str, _str)


def dump(data) -> str:
    return yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)


def flow(data) -> str:
    text = yaml.dump(
        data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=10**6, default_flow_style=True
    )
    return text.strip().removesuffix("...").strip()


def write(path: str, text: str) -> None:
    target = PACK / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def comment(text: str) -> str:
    return "".join(f"# {line}".rstrip() + "\n" for line in text.strip("\n").splitlines())


def source_comments(module, name: str) -> str:
    """The comment lines just above ``NAME =`` in a literal module (the source quotes)."""
    lines = Path(module.__file__).read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{name} ="))
    found = []
    for line in reversed(lines[:index]):
        if line.startswith("#"):
            found.insert(0, line)
        elif line.strip() and not re.match(r"^[A-Z_]+ = ", line):
            break
        elif not line.strip():
            break
    return "\n".join(found) + ("\n" if found else "")


# --- pack.yaml, organisations, municipalities, accounts ---------------------------------------------


def write_pack_yaml():
    write(
        "pack.yaml",
        comment(
            "The data pack of the 2025 edition of the Mensenhandelmonitor regio Rotterdam.\n"
            "Loaded by `python manage.py seed_rotterdam_2025`;\n"
            "checked by `python manage.py check_pack PATH`.\n"
            "`reason` is the history reason of every row the pack writes."
        )
        + dump(
            {
                "name": "rotterdam-2025",
                "title": "Mensenhandelmonitor 2025 regio Rotterdam",
                "reason": "Seed: Mensenhandelmonitor 2025 regio Rotterdam",
            }
        ),
    )


def write_organisations():
    kinds = {plan_data.REGION: "regio", plan_data.PARTNER: "partner", plan_data.NATIONAL: "landelijk"}
    rows = [{"short_name": s, "name": n, "kind": kinds[k]} for s, n, k in plan_data.ORGANISATIONS]
    head = comment(
        "Organisations: the region, its partners and national bodies. kind: regio, partner or landelijk.\n"
        "Every municipality of municipalities.csv is an organisation too ('Gemeente <naam>'),\n"
        "made by the loader.\n"
        "Source: chapter 1 of the 2025 monitor (the five opgaven and the partners)."
    )
    write("organisations.yaml", head + dump(rows))
    source = ROOT / "actionplan" / "data" / plan_data.MUNICIPALITIES_CSV
    write("municipalities.csv", source.read_text(encoding="utf-8"))


def write_accounts():
    rows = [{"username": u, "role": r, "organisation": o} for u, r, o in plan_data.DEMO_ACCOUNTS]
    head = comment(
        "Demo accounts, one per role (left out with --no-demo-accounts). The passwords are derived from\n"
        "the installation's SECRET_KEY; none is stored here."
    )
    write("accounts.yaml", head + dump(rows))


# --- plan.yaml ---------------------------------------------------------------------------------------

GROUP_COMMENTS = {
    "Regionale Mensenhandelmonitor 2024 publiceren": "Opgave 1: aard en omvang",
    "Regionale portefeuille Mensenhandel uitbreiden met Mensensmokkel": (
        "Opgave 2: regionale en lokale samenwerking"
    ),
    "Leerhuis over mensenhandel": "Opgave 3: bewustwording, signaleren en melden",
    "Handhavingsknelpunt faciliteerders van seksuele uitbuiting aanwijzen": (
        "Opgave 4: aanpak faciliteerders en mensenhandelaren"
    ),
    "Regionale zorgcoördinatie slachtoffers": "Opgave 5: preventie en zorg voor het slachtoffer",
    "Rotterdam: bewustwording en trainingen": "Aanpak in de regio: gemeente Rotterdam",
    "Dordrecht: trainingen mensenhandel": "Aanpak in de regio: gemeente Dordrecht",
}


def _timing(raw: dict) -> dict:
    import datetime

    values = {key: raw[key] for key in ("year", "quarter", "month", "date") if raw.get(key) is not None}
    if "date" in values:
        values["date"] = datetime.date.fromisoformat(values["date"])
    return values


def write_plan():
    out = []
    doc = plan_data.__doc__.strip()
    out.append(comment(doc.replace("shared/reference/gemeenten-regio-rotterdam.csv", "municipalities.csv")))
    out.append("\n")
    out.append(comment("The plan of the 2025 monitor, with its opgaven in the order of chapter 1."))
    out.append(dump({"plan": dict(plan_data.PLAN)}))
    out.append("\n")
    out.append(
        comment("Opgaven: number, title as in chapter 1, short title as the chapter 3 and 5 headings use it.")
    )
    opgaven = [{"number": n, "title": t, "short_title": s} for n, t, s in plan_data.OPGAVEN]
    out.append(dump({"opgaven": opgaven}))
    out.append("\n")
    status_comments = source_comments(plan_data, "NO_OWNER")
    out.append(
        comment(
            "Actions of chapter 3. Keys: opgave, title, lead (left out: niet vermeld), co_owners,\n"
            "municipality (CBS code), timing (year/quarter/month/date), and stand_van_zaken per\n"
            "reporting year: status (gepland, lopend, doorlopend, afgerond, doorgeschoven; left out:\n"
            "niet vermeld), postponed_to_year, text. An action's status is its latest year's.\n"
            "Order within an opgave follows the text."
        )
    )
    out.append("#\n")
    status_block = Path(plan_data.__file__).read_text(encoding="utf-8")
    start = status_block.index("# A status is only")
    end = status_block.index("NO_OWNER = None")
    out.append(status_block[start:end].replace("NO_OWNER", "left out").replace("(NV)", "(status left out)"))
    out.append("actions:\n")
    del status_comments
    for item in plan_data.ACTIONS:
        if item["title"] in GROUP_COMMENTS:
            out.append(f"\n  # {GROUP_COMMENTS[item['title']]}\n")
        action = {"opgave": item["opgave"], "title": item["title"]}
        if item["lead"]:
            action["lead"] = item["lead"]
        action["co_owners"] = list(item["co"])
        if item.get("municipality"):
            action["municipality"] = item["municipality"]
        action["timing"] = _timing(item["timing"])
        note = {}
        if item["status"]:
            note["status"] = item["status"]
        if item.get("postponed_to_year"):
            note["postponed_to_year"] = item["postponed_to_year"]
        note["text"] = item["note"]
        action["stand_van_zaken"] = {2025: note}
        text = dump([action])
        out.append("".join("  " + line + "\n" for line in text.splitlines()))
    out.append("\n")
    out.append(comment(source_comments(plan_data, "OUTLOOK_YEAR").replace("# ", "", 1).replace("\n# ", "\n")))
    items = []
    for item in plan_data.OUTLOOK:
        entry = {"opgave": item["opgave"], "title": item["title"], "owners": list(item["owners"])}
        entry["timing"] = _timing(item["timing"])
        entry["description"] = item["description"]
        items.append(entry)
    out.append(dump({"doorkijk": {"year": plan_data.OUTLOOK_YEAR, "items": items}}))
    write("plan.yaml", "".join(out))


# --- figures -------------------------------------------------------------------------------------------


def write_figures():
    head = comment(
        "Partners: the organisations (organisations.yaml, by short name) that deliver figures, with their\n"
        "name as a source of figures."
    )
    write("figures/partners.yaml", head + dump(dict(figure_data.PARTNERS)))
    doc = (
        figure_data.__doc__.strip()
        .replace("TABLE_CODES", "this file")
        .replace("``None`` is a cell", "An empty waarde is a cell")
        .replace(
            "The ESSM tables\nare in ``seed_tables_essm``; shared constants and helpers in ``seed_common``.",
            "",
        )
    )
    head = comment(
        'Tables of chapter 2 ("Aard en omvang") of the 2025 monitor: the tables\' definitions. Their\n'
        "numbers are in cijfers/<code>.csv, in the figures exchange format (one file per table).\n"
        "Keys: code, title, unit, partner (short name), chapter, source, description, working_note (never\n"
        "shown to readers), dimensions (code, label, values: code, label, optional unit, municipality\n"
        "(official name), parts (a total of these codes), subset_of), joint_reports (a report made for two\n"
        "municipalities together: the cell, the other municipality and its footnote's number).\n"
        "Tables are shown in this order.\n\n" + doc.replace("``", "'")
    )
    tables = []
    for spec in figure_data.TABLES:
        table = {
            "code": spec["code"],
            "title": spec["title"],
            "unit": spec["unit"],
            "partner": spec["partner"],
        }
        for key in ("chapter", "source", "description", "working_note"):
            if spec.get(key):
                table[key] = spec[key]
        dims = []
        for code, label, values in spec["dimensions"]:
            entries = []
            for value in values:
                entry = {"code": value["code"], "label": value["label"]}
                for key in ("unit", "municipality", "parts", "subset_of"):
                    if value.get(key):
                        entry[key] = value[key]
                entries.append(entry)
            dims.append({"code": code, "label": label, "values": entries})
        table["dimensions"] = dims
        joints = [
            {
                "year": note["year"],
                "footnote": note["number"],
                "cell": note["cell"],
                "with": note["joint_with"],
            }
            for note in spec.get("footnotes", [])
            if "joint_with" in note
        ]
        if joints:
            table["joint_reports"] = joints
        tables.append(table)
        write_table_csv(spec)
    write("figures/tables.yaml", head + dump(tables))
    head = comment(
        "The state of each partner's delivery of figures: the years published with the 2025 monitor, and\n"
        "the year the regional partners are delivering now (the 2026 monitor), open for these partners."
    )
    deliveries = {
        "published": {short: list(years) for short, years in figure_data.PUBLISHED_YEARS.items()},
        "open_year": figure_data.OPEN_YEAR,
        "open_for": list(figure_data.REGIONAL_PARTNERS),
    }
    write("figures/deliveries.yaml", head + dump(deliveries))
    write_quality()


def write_table_csv(spec):
    dims = [code for code, _label, _values in spec["dimensions"]]
    notes = {}
    for note in spec.get("footnotes", []):
        key = (note["year"], tuple(sorted(note["cell"].items())))
        notes.setdefault(key, []).append(f"{note['number']}. {note['text']}")
    rows = []
    for year, coords, value in _observations(spec):
        row = {"tabel": spec["code"], "jaar": year, **coords, "waarde": value}
        row["voetnoot"] = " | ".join(notes.get((year, tuple(sorted(coords.items()))), []))
        rows.append(row)
    content = write_csv(["tabel", "jaar", *dims, "waarde", "voetnoot"], rows)
    write(f"figures/cijfers/{spec['code']}.csv", content.decode("utf-8"))


def write_quality():
    source = Path(seed_quality.__file__).read_text(encoding="utf-8")
    head = comment(
        "Public notes on the consistency findings of the figures (monitor/checks.py), by finding key, in\n"
        "our own words, from what the source itself says; where it says nothing: 'de bron verklaart het\n"
        "verschil niet'. Loaded through monitor.quality.finding_explain, the service a beheerder's\n"
        "validation uses. years: the years whose findings the pack explains."
    )
    out = [head, dump({"years": list(seed_quality.QUALITY_YEARS)}), "notes:\n"]
    comments = {}
    pending = []
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            pending.append(stripped)
        elif stripped.startswith('"') and stripped.split('"')[1] in seed_quality.QUALITY_NOTES:
            comments[stripped.split('"')[1]] = pending
            pending = []
    for key, text in seed_quality.QUALITY_NOTES.items():
        for line in comments.get(key, []):
            out.append(f"  {line}\n")
        out.append("".join("  " + line + "\n" for line in dump({key: text}).splitlines()))
    write("figures/toelichtingen.yaml", "".join(out))


# --- content -------------------------------------------------------------------------------------------


def marker(kind: str, value=None) -> str:
    if value is None:
        return f"<!-- {kind} -->\n"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        text = dump(value)
        return f"<!-- {kind}:\n{text}-->\n"
    return f"<!-- {kind}: {flow(value)} -->\n"


def html(body: str) -> str:
    text = layout(body)
    assert unlayout(text) == body, body  # noqa: S101 - the layout must read back exactly
    return text + "\n"


def write_content():
    from cms.seed_blocks import OPGAVEN_HTML  # noqa: F401 - the chapters carry it as written

    definitions = seed_snippets.DEFINITIONS
    out = [
        "<!-- Definitions of the forms of exploitation (snippets), in the order of sort_order. Each starts\n"
        "     with its fields; the HTML below is the definition. since_eu_directive: one of the three forms\n"
        "     the revised EU directive adds. -->\n"
    ]
    for data in definitions:
        fields = {key: value for key, value in data.items() if key != "definition"}
        out.append("\n" + marker("definition", fields) + html(data["definition"]))
    write("content/snippets/definitions.html", "".join(out))
    casus = seed_snippets.CASUS
    fields = {key: value for key, value in casus.items() if key != "body"}
    write(
        "content/snippets/casus.html",
        "<!-- A casus (snippet): its fields, then its text. Names in a casus are invented. -->\n\n"
        + marker("casus", fields)
        + html(casus["body"]),
    )
    out = ["<!-- Legal and policy developments (snippets): their fields, then the summary. -->\n"]
    for data in seed_snippets.ONTWIKKELINGEN:
        fields = {key: value for key, value in data.items() if key != "summary"}
        out.append("\n" + marker("ontwikkeling", fields) + html(data["summary"]))
    write("content/snippets/ontwikkelingen.html", "".join(out))

    write(
        "content/pages/01-home.html",
        "<!-- The home page, the root of the site; the HTML is its introduction. -->\n\n"
        + marker("home", {"title": "Mensenhandelmonitor regio Rotterdam", "slug": "mensenhandelmonitor"})
        + html(cms_seed.HOME_INTRO),
    )
    write(
        "content/pages/02-toegankelijkheidsverklaring.html",
        "<!-- The accessibility statement, under the home page; the HTML is its body. -->\n\n"
        + marker(
            "accessibility_statement",
            {
                "title": "Toegankelijkheidsverklaring",
                "slug": "toegankelijkheidsverklaring",
                "status": "Voldoet gedeeltelijk",
                "statement_date": "2026-11-27",
            },
        )
        + html(STATEMENT_HTML),
    )
    write(
        "content/pages/03-monitor.html",
        "<!-- The index of editions (/monitor/), under the home page; the HTML is its introduction. -->\n\n"
        + marker("monitor_index", {"title": "Alle edities van de monitor", "slug": "monitor"})
        + html(
            "<p>Elke editie van de Mensenhandelmonitor regio Rotterdam, als "
            "webpagina, als pdf en met de cijfers als tabel.</p>"
        ),
    )
    write(
        "content/pages/04-editie-2025.html",
        "<!-- The 2025 edition, under /monitor/, published by the loader. The HTML is its introduction;\n"
        "     its chapters are the files in content/chapters/, in the order of their names. -->\n\n"
        + marker(
            "edition",
            {
                "title": "Mensenhandelmonitor 2025",
                "slug": "2025",
                "year": 2025,
                "subtitle": "Samenwerken tegen mensenhandel",
                "region": "regio Rotterdam",
                "publication_date": "2026-03-01",
            },
        )
        + html(cms_seed.EDITION_INTRO),
    )
    write_chapters()


def write_chapters():
    codes = [d["code"] for d in seed_snippets.DEFINITIONS]
    titles = [d["title"] for d in seed_snippets.ONTWIKKELINGEN]
    body = edition_body(
        plan_id=-1, definition_ids=codes, casus_id=seed_snippets.CASUS["title"], ontwikkeling_ids=titles
    )
    plan = f"{plan_data.PLAN['start_year']}-{plan_data.PLAN['end_year']}"
    for number, section in enumerate(body, start=1):
        title = section["value"]["title"]
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        out = [marker("chapter", title)]
        for block in section["value"]["content"]:
            kind, value = block["type"], block["value"]
            out.append("\n")
            if kind == "text":
                out.append(marker("text") + html(value))
            elif kind == "heading":
                out.append(marker("heading", value))
            elif kind == "callout":
                out.append(marker("callout", value["title"]) + html(value["text"]))
            elif kind == "figure":
                fields = {"table": value["table"], "years": value["years"]}
                if value["chart_type"] != "auto":
                    fields["chart_type"] = value["chart_type"]
                if value["caption"]:
                    fields["caption"] = value["caption"]
                out.append(marker("figure", fields))
            elif kind == "key_figures":
                items = [{k: v for k, v in item.items() if k != "value"} for item in value["figures"]]
                out.append(marker("key_figures", items))
            elif kind == "definitions":
                out.append(marker("definitions", value["definitions"]))
            elif kind == "developments":
                out.append(marker("developments", value["developments"]))
            elif kind == "casus":
                out.append(marker("casus", value["casus"]))
            elif kind in ("plan_state", "outlook"):
                fields = {**value, "plan": plan}
                out.append(marker(kind, fields))
            else:
                raise ValueError(kind)
        write(f"content/chapters/{number:02}-{slug}.html", "".join(out))


def main():
    import shutil

    if PACK.exists():
        shutil.rmtree(PACK)
    write_pack_yaml()
    write_organisations()
    write_accounts()
    write_plan()
    write_figures()
    write_content()
    print(f"wrote {sum(1 for p in PACK.rglob('*') if p.is_file())} files under {PACK}")


if __name__ == "__main__":
    del csv, io
    main()
