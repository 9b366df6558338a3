"""Checking a pack without keeping anything of it: its files (``read_pack``) and the consistency
findings of its figures (``monitor.checks``), which are computed on the pack's figures loaded through
the import inside a transaction that is rolled back."""

from dataclasses import dataclass, field

from django.db import transaction

from .files import PackError, PackInvalid
from .load import load_figures, pack_region
from .reader import Pack, read_pack


@dataclass
class PackFinding:
    file: str
    line: int
    severity: str
    message: str
    key: str
    explained: bool

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "severity": self.severity,
            "message": self.message,
            "key": self.key,
            "explained": self.explained,
        }


@dataclass
class PackReport:
    errors: list[PackError] = field(default_factory=list)
    findings: list[PackFinding] = field(default_factory=list)


class _Rollback(Exception):
    pass


def pack_findings(pack: Pack) -> list[PackFinding]:
    """The findings of the checks on the pack's figures, each at the line of its cell's row.
    Raises ``PackInvalid`` when the import refuses a figures file."""
    from monitor.checks import run_checks
    from monitor.exchange import ImportFailed
    from monitor.models import coord_key

    places = {key: (f.name, line) for f in pack.figure_files for key, line in f.lines.items()}
    years = sorted({key[1] for key in places})
    findings: list[PackFinding] = []
    try:
        with transaction.atomic():
            try:
                load_figures(pack, notes=False)
            except ImportFailed as error:
                raise PackInvalid(_import_errors(pack, error)) from error
            for year in years:
                for finding in run_checks(year, pack_region(pack)):
                    anchor = finding.anchor
                    place = places.get((anchor["table"], anchor["year"], coord_key(anchor["coords"])))
                    file, line = place or ("figures/cijfers", 0)
                    explained = finding.key in pack.quality_notes
                    findings.append(
                        PackFinding(file, line, finding.severity, finding.message, finding.key, explained)
                    )
            raise _Rollback
    except _Rollback:
        pass
    return sorted(findings, key=lambda f: (f.file, f.line, f.key))


def _import_errors(pack: Pack, error) -> list[PackError]:
    """The import's row errors, named by the file being imported when it failed."""
    name = getattr(error, "pack_file", "figures/cijfers")
    return [PackError(name, row_error.row, row_error.message) for row_error in error.errors]


def check_pack(path) -> PackReport:
    """Every problem of the pack at ``path`` (file and line) and, when its files are sound, the
    findings of its figures. Nothing of the pack stays in the database."""
    report = PackReport()
    try:
        pack = read_pack(path)
    except PackInvalid as error:
        report.errors = error.errors
        return report
    try:
        report.findings = pack_findings(pack)
    except PackInvalid as error:
        report.errors = error.errors
    return report
