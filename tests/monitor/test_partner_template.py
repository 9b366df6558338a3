"""The people's template (issue 11): one sheet per table, laid out as printed, last year beside the
yellow input cells, no codes in sight; a filled template uploads to the same observations as the long
exchange format, and a crafted one is refused."""

import io

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook

from monitor.exchange import ImportFailed, read_table, write_csv, write_xlsx
from monitor.importing import parse_rows
from monitor.models import DimensionValue, Observation, Partner, Table
from monitor.models.figures import coord_key
from monitor.partner_template import MAPPING_SHEET, build_template, legend_text, sheet_name
from monitor.selectors import template_rows
from tests.factories import default_region
from tests.forms import grid_post

pytestmark = pytest.mark.django_db

YEAR = 2026
User = get_user_model()


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
    grid_post(client, "/admin/mijn-cijfers/tabel/essm_opvang_tekst/", {"opvangtype=noodbed": "18"})
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


# --- reading a filled template ------------------------------------------------------------------


def filled(workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def input_cell(sheet, row_label: str, column: int | None = None):
    current = find_column(sheet, "2026 (invullen)")
    return sheet.cell(find_row(sheet, row_label), column or current)


def upload(client, content: bytes, name="cijfers-essm-2026.xlsx", **extra):
    client.force_login(User.objects.get(username="datapartner-essm"))
    handle = io.BytesIO(content)
    handle.name = name
    return client.post("/admin/mijn-cijfers/uploaden/", {"file": handle, **extra}, follow=True)


def stored(code: str, key: str, year=YEAR):
    return Observation.objects.get(table__code=code, year=year, coord_key=key).value


def test_filled_template_uploads_through_the_screen(essm, client, essm_user):
    client.force_login(essm_user)
    workbook = load_workbook(io.BytesIO(client.get("/admin/mijn-cijfers/sjabloon.xlsx").content))
    opvang = workbook["Tijdelijke opvang"]
    input_cell(opvang, "COSM (internationale slachtoffers)").value = 71
    input_cell(opvang, "Noodbed").value = 18.0  # Excel stores whole numbers as 18.0 too
    hulp = workbook["Hulpverlening naar type"]
    seksueel = find_row(hulp, "Seksuele uitbuiting")
    hulp.cell(seksueel, 5).value = 20  # 2026, 18-
    response = upload(client, filled(workbook))
    content = response.content.decode()
    inputs = len(list(workbook[MAPPING_SHEET].iter_rows())) - 1
    assert f"{inputs} rijen" in content, content
    assert stored("essm_opvang_tekst", "opvangtype=cosm") == 71
    assert stored("essm_opvang_tekst", "opvangtype=noodbed") == 18
    assert stored("essm_opvang_tekst", "opvangtype=totaal") is None  # empty: niet beschikbaar, never 0
    assert stored("essm_hulpverlening_vorm_leeftijd", "leeftijd=onder_18|traject=seksueel") == 20
    assert stored("essm_hulpverlening_vorm_leeftijd", "leeftijd=18_plus|traject=seksueel") is None
    assert (
        Observation.objects.get(table__code="essm_opvang_tekst", year=YEAR, coord_key="opvangtype=cosm")
        .history.latest()
        .history_user
        == essm_user
    )
    # Last year's figures are read-only context: uploading does not touch them.
    assert stored("essm_opvang_tekst", "opvangtype=totaal", YEAR - 1) == 113


def _value_for(key: str) -> int:
    return sum(map(ord, key)) % 97


def test_template_and_long_format_give_the_same_observations(essm):
    workbook = template(essm)
    for sheet_title, ref, _table, _year, key in list(workbook[MAPPING_SHEET].iter_rows(values_only=True))[1:]:
        workbook[sheet_title][ref].value = _value_for(key)
    columns, rows = template_rows(essm, YEAR)
    for row in rows:
        coords = {column: row[column] for column in columns[2:-4] if row.get(column)}
        row["waarde"] = _value_for(coord_key(coords))
    allowed = list(Table.objects.filter(partner=essm).values_list("code", flat=True))

    def parsed(content: bytes, name: str) -> set:
        rows = parse_rows(
            read_table(content, name), region=default_region(), allowed_tables=allowed, year=YEAR
        )
        return {(row.table.code, row.year, coord_key(row.coords), row.value) for row in rows}

    from_template = parsed(filled(workbook), "sjabloon.xlsx")
    assert from_template == parsed(write_xlsx(columns, rows), "lang.xlsx")
    assert from_template == parsed(write_csv(columns, rows), "lang.csv")
    assert len(from_template) == len(rows)


def test_text_in_a_number_cell_names_the_sheet_and_cell(essm, client, essm_user):
    workbook = template(essm)
    cell = input_cell(workbook["Tijdelijke opvang"], "Xarah")
    cell.value = "twaalf"
    formula = input_cell(workbook["Tijdelijke opvang"], "Noodbed")
    formula.value = "=C7+1"
    before = list(Observation.objects.values_list("pk", "value", "version"))
    content = upload(client, filled(workbook)).content.decode()
    assert (
        f"Blad &#x27;Tijdelijke opvang&#x27;, cel {cell.coordinate}: &#x27;twaalf&#x27; is geen getal"
        in content
    )
    assert f"cel {formula.coordinate}: &#x27;=C7+1&#x27; is geen getal" in content
    assert "Niets opgeslagen" in content
    assert list(Observation.objects.values_list("pk", "value", "version")) == before

    with pytest.raises(ImportFailed) as caught:
        parse_rows(read_table(filled(workbook), "x.xlsx"), region=default_region())
    assert f"Blad 'Tijdelijke opvang', cel {cell.coordinate}: 'twaalf' is geen getal" in str(caught.value)


def test_negative_and_fraction_are_refused_per_cell(essm):
    workbook = template(essm)
    sheet = workbook["Tijdelijke opvang"]
    input_cell(sheet, "Xarah").value = -3
    input_cell(sheet, "Noodbed").value = 2.5
    with pytest.raises(ImportFailed) as caught:
        parse_rows(read_table(filled(workbook), "x.xlsx"), region=default_region())
    text = str(caught.value)
    assert "Blad 'Tijdelijke opvang', cel C9: '-3' is negatief" in text
    assert "Blad 'Tijdelijke opvang', cel C10: '2.5' is geen geheel getal" in text


def test_template_of_another_year_is_refused(essm, client, essm_user):
    content = upload(client, build_template(essm, YEAR - 1)).content.decode()
    assert "Dit sjabloon is voor 2025; download op Mijn cijfers het sjabloon voor 2026." in content
    assert content.count("sjabloon is voor") == 1
    assert "Niets opgeslagen" in content
