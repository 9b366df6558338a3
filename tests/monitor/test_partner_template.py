"""The people's template (issue 11): one sheet per table, laid out as printed, last year beside the
yellow input cells, no codes in sight; a filled template uploads to the same observations as the long
exchange format, and a crafted one is refused."""

import io

import pytest
from openpyxl import load_workbook

from monitor.models import DimensionValue, Partner, Table
from monitor.partner_template import MAPPING_SHEET, build_template, legend_text, sheet_name

pytestmark = pytest.mark.django_db

YEAR = 2026


@pytest.fixture
def essm(essm_user):
    return Partner.objects.get(organisation__short_name="ESSM")


def template(partner, year=YEAR):
    return load_workbook(io.BytesIO(build_template(partner, year)))


def visible(workbook):
    return [sheet for sheet in workbook.worksheets if sheet.sheet_state == "visible"]


def find_row(sheet, label: str) -> int:
    return next(row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 1).value == label)


def find_column(sheet, label: str) -> int:
    """The column whose header (any header row) says ``label``; the last one when it repeats."""
    found = [c.column for row in sheet.iter_rows(max_row=8) for c in row if c.value == label]
    return found[-1]


def test_sheet_names_are_short_unique_and_valid():
    taken: set[str] = set()
    long = "Herkomstgemeente van slachtoffers mensenhandel, per hulpverleningstraject ESSM"
    first, second = sheet_name(long, taken), sheet_name(long, taken)
    assert first == "Herkomstgemeente van"
    assert len(second) <= 31 and second != first and second.endswith("(2)")
    assert sheet_name("Aangiftes: 2024/2025 [AVIM]?", taken) == "Aangiftes 2024 2025 AVIM"


def test_one_sheet_per_table_titled_with_unit_and_legend(essm):
    workbook = template(essm)
    tables = list(Table.objects.filter(partner=essm).order_by("order", "code"))
    sheets = visible(workbook)
    assert len(sheets) == len(tables)
    taken: set[str] = set()
    for sheet, table in zip(sheets, tables, strict=True):
        assert sheet.title == sheet_name(table.title, taken)
        assert sheet["A1"].value == table.title
        assert sheet["A2"].value.startswith("Eenheid: ")
        assert sheet["A3"].value == legend_text()
    assert workbook.active.title == sheets[0].title


def test_table_is_laid_out_as_printed_with_last_year_beside(essm):
    sheet = template(essm)["Tijdelijke opvang"]
    assert sheet["A2"].value == "Eenheid: Slachtoffers"
    previous, current = find_column(sheet, "2025 (vorig jaar)"), find_column(sheet, "2026 (invullen)")
    total = find_row(sheet, "Totaal tijdelijke opvang")
    assert sheet.cell(total, previous).value == 113
    assert sheet.cell(find_row(sheet, "COSM (internationale slachtoffers)"), previous).value == 70
    input_cell = sheet.cell(total, current)
    assert input_cell.value is None  # nothing delivered yet: empty, not 0
    assert input_cell.protection.locked is False
    assert input_cell.fill.fgColor.rgb.endswith("FFEB84")
    assert sheet.cell(total, previous).protection.locked is True
    assert sheet.cell(total, previous).fill.fgColor.rgb.endswith("E7E6E6")

    # Two dimensions: the years as column groups, the second dimension under each, as on the page.
    sheet = template(essm)["Hulpverlening naar type"]
    header = [cell.value for cell in sheet[7]]
    assert header == ["Type uitbuiting", "18-", "18+", "Totaal", "18-", "18+", "Totaal"]
    assert sheet["B6"].value == "2025 (vorig jaar)" and sheet["E6"].value == "2026 (invullen)"
    assert {str(merged) for merged in sheet.merged_cells.ranges} == {"B6:D6", "E6:G6"}
    seksueel = find_row(sheet, "Seksuele uitbuiting")
    assert [sheet.cell(seksueel, column).value for column in range(2, 5)] == [23, 120, 143]
    assert all(sheet.cell(seksueel, column).protection.locked is False for column in range(5, 8))


def test_current_values_are_prefilled(essm, client, essm_user):
    client.force_login(essm_user)
    client.post("/admin/mijn-cijfers/tabel/essm_opvang_tekst/", {"cel__opvangtype=noodbed": "18"})
    sheet = template(essm)["Tijdelijke opvang"]
    assert sheet.cell(find_row(sheet, "Noodbed"), find_column(sheet, "2026 (invullen)")).value == 18


def test_no_code_is_visible(essm):
    workbook = template(essm)
    tables = Table.objects.filter(partner=essm)
    table_codes = set(tables.values_list("code", flat=True))
    values = DimensionValue.objects.filter(dimension__table__in=tables).select_related("dimension")
    codes = table_codes | {v.code for v in values} | {v.dimension.code for v in values}
    texts = []
    for sheet in visible(workbook):
        texts.append(sheet.title)
        texts.extend(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    for text in texts:
        assert text not in codes, text
        assert not any(code in text for code in table_codes), text
        assert "=" not in text, text
    assert not workbook.defined_names
    # The codes live only on the very hidden sheet, which Excel's menus cannot show.
    assert workbook[MAPPING_SHEET].sheet_state == "veryHidden"
    assert workbook.security.lockStructure


def test_frozen_headers_protection_validation_and_widths(essm):
    for sheet in visible(template(essm)):
        assert sheet.protection.sheet is True
        assert sheet.freeze_panes is not None and sheet.freeze_panes.startswith("B")
        first_data = int(sheet.freeze_panes[1:])
        assert sheet.cell(first_data - 1, 2).font.bold  # the row above is the header
        assert sheet.column_dimensions["A"].width >= 16
        validations = sheet.data_validations.dataValidation
        assert len(validations) == 1
        rule = validations[0]
        assert (rule.type, rule.operator, rule.formula1) == ("whole", "between", "0")
        unlocked = {
            cell.coordinate for row in sheet.iter_rows() for cell in row if cell.protection.locked is False
        }
        assert unlocked and {str(ref) for ref in rule.sqref.ranges} == unlocked
