"""The beheerder's review of a delivery: the delivered numbers as printed tables, findings marked at
their cells and listed per table, grouped by severity.

A finding that repeats over many cells of one table (a value missing where last year had one, a large
change from last year) is one line naming the cells, not a line per cell. Each finding of severity
fout stays its own line: it needs an explanation of its own (from the partner at submission, from the
beheerder at validation).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import ngettext

from .charts import figure_context
from .checks import ERROR, INFO, WARNING, Finding
from .models import DimensionValue, Table
from .selectors import table_snapshot

SEVERITIES = [ERROR, WARNING, INFO]
# Rules whose findings are grouped per table when they repeat: the same remark about many cells.
REPEATING_RULES = {"ontbreekt", "jaarverschil"}


def finding_key(finding: Finding) -> str:
    """A stable name of one finding (rule, table, year, its cell): explanations are keyed by it."""
    return finding.key


def marked_cells(finding: Finding) -> list[dict]:
    """The cells a finding is shown at: a total (not its parts), else the cells of the finding's year."""
    if finding.rule == "totaal":
        return finding.cells[:1]
    return [cell for cell in finding.cells if cell["year"] == finding.year] or finding.cells[:1]


@dataclass
class FindingLine:
    """One line of the review: a finding, or a repeating finding with the cells it concerns."""

    number: int
    severity: str
    table: str
    text: str
    findings: list[Finding]
    cells: list[str] = field(default_factory=list)  # labels of the cells, for a grouped line
    explanation: str = ""
    partner_explanation: str = ""

    @property
    def anchor(self) -> str:
        return f"bevinding-{self.number}"

    @property
    def key(self) -> str:
        return self.findings[0].key

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def severity_label(severity: str, count: int = 1) -> str:
    if severity == ERROR:
        return ngettext("%(count)s fout", "%(count)s fouten", count) % {"count": count}
    if severity == WARNING:
        return ngettext("%(count)s waarschuwing", "%(count)s waarschuwingen", count) % {"count": count}
    return ngettext("%(count)s opmerking", "%(count)s opmerkingen", count) % {"count": count}


def _cell_label(labels: dict, table: str, coords: dict) -> str:
    return ", ".join(labels.get((table, dim, code), code) for dim, code in coords.items())


def _grouped_text(rule: str, findings: list[Finding], title: str) -> str:
    count = len(findings)
    year = findings[0].year
    if rule == "ontbreekt":
        return ngettext(
            "%(title)s: %(count)s cel zonder waarde voor %(year)s, terwijl %(last)s er een had:",
            "%(title)s: %(count)s cellen zonder waarde voor %(year)s, terwijl %(last)s er een had:",
            count,
        ) % {"title": title, "count": count, "year": year, "last": year - 1}
    return ngettext(
        "%(title)s: %(count)s cel verschilt sterk van %(last)s:",
        "%(title)s: %(count)s cellen verschillen sterk van %(last)s:",
        count,
    ) % {"title": title, "count": count, "last": year - 1}


def _grouped_cell(finding: Finding, labels: dict) -> str:
    cell = marked_cells(finding)[0]
    label = _cell_label(labels, finding.table, cell["coords"])
    if finding.rule == "jaarverschil":
        return f"{label} ({finding.expected} → {finding.found})"
    return f"{label} ({finding.year - 1}: {finding.expected})"


def finding_lines(findings: list[Finding], labels: dict, titles: dict[str, str]) -> list[FindingLine]:
    """The findings as numbered lines, fouten first; repeating findings of a table grouped."""
    groups: dict[tuple, list[Finding]] = {}
    for finding in findings:
        if finding.rule in REPEATING_RULES and finding.severity != ERROR:
            groups.setdefault((finding.severity, finding.table, finding.rule), []).append(finding)
        else:
            groups.setdefault((finding.severity, finding.table, id(finding)), []).append(finding)
    ordered = sorted(groups.items(), key=lambda item: SEVERITIES.index(item[0][0]))
    lines = []
    for number, ((severity, table, rule), members) in enumerate(ordered, start=1):
        if len(members) == 1:
            lines.append(
                FindingLine(
                    number, severity, table, members[0].message, members, explanation=members[0].explanation
                )
            )
            continue
        text = _grouped_text(rule, members, titles.get(table, table))
        cells = [_grouped_cell(finding, labels) for finding in members]
        lines.append(FindingLine(number, severity, table, text, members, cells))
    return lines


def counts(lines: list[FindingLine]) -> list[dict]:
    """Per severity: how many lines and how many cells they concern, e.g. "2 fouten"."""
    result = []
    for severity in SEVERITIES:
        selected = [line for line in lines if line.severity == severity]
        if selected:
            findings = sum(len(line.findings) for line in selected)
            result.append(
                {"severity": severity, "count": findings, "label": severity_label(severity, findings)}
            )
    return result


def _mark_cells(table_context: dict, lines: list[FindingLine], code: str) -> None:
    marks: dict[tuple, list[dict]] = {}
    for line in lines:
        for finding in line.findings:
            for cell in marked_cells(finding):
                if cell["table"] != code:
                    continue
                key = (cell["year"], tuple(sorted(cell["coords"].items())))
                entries = marks.setdefault(key, [])
                if not any(entry["number"] == line.number for entry in entries):
                    entries.append(
                        {"number": line.number, "severity": line.severity, "href": f"#{line.anchor}"}
                    )
    for row in table_context["rows"]:
        for cell in row["cells"]:
            cell["marks"] = marks.get(cell["key"], [])
            if cell["marks"]:
                cell["mark_severity"] = min(
                    (mark["severity"] for mark in cell["marks"]), key=SEVERITIES.index
                )


def labels_and_titles(tables: list[Table]) -> tuple[dict, dict]:
    """Labels of the tables' dimension values and the tables' titles, for naming cells (one query)."""
    values = DimensionValue.objects.filter(dimension__table__in=tables).select_related("dimension__table")
    labels = {(v.dimension.table.code, v.dimension.code, v.code): v.label for v in values}
    return labels, {table.code: table.title for table in tables}


def partner_lines(tables: list[Table], findings: list[Finding]) -> list[dict]:
    """The findings of a partner's tables as numbered lines, per table, for "Mijn cijfers"."""
    labels, titles = labels_and_titles(tables)
    lines = finding_lines(findings, labels, titles)
    return [
        {"title": table.title, "lines": own, "counts": counts(own)}
        for table in tables
        if (own := [line for line in lines if line.table == table.code])
    ]


def review_context(
    year: int,
    tables: list[Table],
    findings: list[Finding],
    partner_explanations: dict[str, str] | None = None,
) -> dict:
    """The tables of a delivery (its year and the year before) with their findings, for the template;
    ``partner_explanations`` (finding key -> text) are what the partner wrote when submitting."""
    years = [year - 1, year]
    snapshots = [table_snapshot(table, years, public=False) for table in tables]
    labels = {
        (snapshot["code"], dim["code"], value["code"]): value["label"]
        for snapshot in snapshots
        for dim in snapshot["dimensions"]
        for value in dim["values"]
    }
    titles = {snapshot["code"]: snapshot["title"] for snapshot in snapshots}
    lines = finding_lines(findings, labels, titles)
    for line in lines:
        line.partner_explanation = (partner_explanations or {}).get(line.key, "")
    result = []
    for snapshot in snapshots:
        figure = figure_context(
            snapshot,
            "auto",
            years=years,
            public=False,
            heading_level=3,
            figure_id=f"tabel-{snapshot['code']}",
        )
        figure["chart_svg"] = figure["chart_svg_narrow"] = ""
        _mark_cells(figure["table"], lines, snapshot["code"])
        own = [line for line in lines if line.table == snapshot["code"]]
        result.append({"figure": figure, "lines": own, "counts": counts(own), "code": snapshot["code"]})
    return {"review_tables": result, "finding_lines": lines, "finding_counts": counts(lines)}


def check_upload(content: bytes, *, filename: str, user, partner, year: int, allowed_tables: list[str]):
    """What the checks would find if the uploaded file were stored: the file is imported inside a
    transaction that is rolled back, so nothing is kept. Returns the import's counts and the findings.
    """
    from django.db import transaction

    from .checks import findings_for_partner
    from .importing import import_figures, import_region

    region = import_region(None, user)
    with transaction.atomic():
        result = import_figures(
            content, filename=filename, user=user, allowed_tables=allowed_tables, year=year, region=region
        )
        findings = findings_for_partner(year, partner, region)
        transaction.set_rollback(True)
    result.dry_run = True
    return result, findings
