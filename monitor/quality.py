"""Quality notes: the public explanation of a consistency finding (``monitor.checks``).

A beheerder who accepts a finding at validation explains it for readers. The explanation is stored as
a footnote of kind *kwaliteit* on the cell(s) the finding is about, one per table, so it reaches the
page, the PDF and the CSV's ``voetnoot`` column through the footnotes every table already has. A
finding of severity *fout* without such a note blocks the publication of the edition of its year.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from workbench.history import create_recorded, save_if_changed

from . import permissions
from .checks import ALL, ERROR, Finding, run_checks
from .models import Delivery, Footnote, Observation, Table, coord_key


def note_cells(finding: Finding) -> list[dict]:
    """The cells a finding's note stands beside: the printed total, the cell of the year, or every
    member of a comparison that is one cell (a sum over a whole dimension has no cell to carry it)."""
    if finding.rule == "zelfde_grootheid":
        return [cell for cell in finding.cells if ALL not in cell["coords"].values()]
    return [finding.anchor]


def note_text(finding: Finding, explanation: str, table: str) -> str:
    """The note as a reader sees it beside a cell of ``table``: what differs, in a few words, then the
    beheerder's explanation."""
    if finding.rule == "totaal":
        fact = _("Het totaal wijkt af van de som van de delen (%(sum)s)") % {"sum": finding.expected}
    elif finding.rule == "zelfde_grootheid":
        others = [str(item["value"]) for item in finding.values if item["table"] != table]
        listed = " en ".join([", ".join(others[:-1]), others[-1]]) if len(others) > 1 else "".join(others)
        fact = _("In andere tabellen van de monitor staat dit aantal als %(listed)s") % {"listed": listed}
    elif finding.rule == "jaarverschil":
        fact = _("Sterke verandering ten opzichte van %(last)s (%(previous)s)") % {
            "last": finding.year - 1,
            "previous": finding.expected,
        }
    else:
        fact = _("Geen cijfer over %(year)s, terwijl er over %(last)s wel een was (%(previous)s)") % {
            "year": finding.year,
            "last": finding.year - 1,
            "previous": finding.expected,
        }
    return f"{fact}: {explanation.strip()}"


def quality_notes(year: int, region) -> dict[str, list[Footnote]]:
    """The quality notes of a region's year by finding key."""
    notes: dict[str, list[Footnote]] = {}
    stored = Footnote.objects.filter(table__region=region, kind=Footnote.Kind.QUALITY, year=year)
    for note in stored.select_related("table"):
        notes.setdefault(note.finding_key, []).append(note)
    return notes


@transaction.atomic
def finding_explain(*, finding: Finding, explanation: str, user, reason: str = "") -> list[Footnote]:
    """Write (or rewrite) the public note of an accepted finding beside each of its cells."""
    if user is not None and not permissions.is_figures_manager(user):
        raise PermissionDenied(_("Alleen een beheerder licht een bevinding toe."))
    if not explanation.strip():
        raise ValidationError(_("Een toelichting voor lezers is verplicht."))
    key = finding.key
    codes = {cell["table"] for cell in note_cells(finding)} | {item["table"] for item in finding.values}
    tables = {table.code: table for table in Table.objects.filter(region=finding.region, code__in=codes)}
    reason = reason.strip() or _("Bevinding toegelicht voor lezers")
    notes = []
    for cell in note_cells(finding):
        table = tables[cell["table"]]
        observation = Observation.objects.get(
            table=table, year=cell["year"], coord_key=coord_key(cell["coords"])
        )
        note = Footnote.objects.filter(table=table, kind=Footnote.Kind.QUALITY, finding_key=key).first()
        text = note_text(finding, explanation, table.code)
        fields = {"text": text, "observation": observation, "year": cell["year"]}
        if note is None:
            number = (Footnote.objects.filter(table=table).aggregate(n=Max("number"))["n"] or 0) + 1
            note = create_recorded(
                Footnote,
                user=user,
                reason=reason,
                table=table,
                number=number,
                kind=Footnote.Kind.QUALITY,
                finding_key=key,
                **fields,
            )
        else:
            save_if_changed(note, fields=fields, user=user, reason=reason)
        notes.append(note)
    return notes


def explain_findings(
    *, findings: list[Finding], explanations: dict[str, str], user, reason: str = ""
) -> None:
    """The explanations a beheerder gave at validation, by finding key; an unknown key is refused."""
    by_key = {finding.key: finding for finding in findings}
    unknown = [key for key, text in explanations.items() if text.strip() and key not in by_key]
    if unknown:
        raise ValidationError(_("Onbekende bevinding: %(keys)s.") % {"keys": ", ".join(unknown)})
    for key, text in explanations.items():
        if text.strip():
            finding_explain(finding=by_key[key], explanation=text, user=user, reason=reason)


def blocking_messages(findings: list[Finding]) -> list[str]:
    """What the beheerder is told when a publication is refused: each finding, named."""
    return [
        _(
            "Publicatie geblokkeerd: de bevinding '%(message)s' heeft geen toelichting voor lezers. Geef "
            "die in de beoordeling van de aanlevering."
        )
        % {"message": finding.message}
        for finding in findings
    ]


def unexplained_errors(year: int, region) -> list[Finding]:
    """Findings of severity fout on the year's public figures (validated or published deliveries)
    that have no quality note: each blocks the publication of the edition of that year."""
    public = set(
        Table.objects.filter(
            region=region,
            partner__deliveries__region=region,
            partner__deliveries__year=year,
            partner__deliveries__status__in=Delivery.PUBLIC_STATUSES,
        ).values_list("code", flat=True)
    )
    explained = set(
        Footnote.objects.filter(table__region=region, kind=Footnote.Kind.QUALITY, year=year).values_list(
            "finding_key", flat=True
        )
    )
    return [
        finding
        for finding in run_checks(year, region)
        if finding.severity == ERROR
        and {cell["table"] for cell in finding.cells} & public
        and finding.key not in explained
    ]
