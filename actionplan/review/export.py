"""CSV and XLSX export of the review page; cells that a spreadsheet would run as a formula are defused."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from config.spreadsheets import neutralise


def _text(value) -> str:
    return "" if value is None else str(value)


def review_rows(overview) -> tuple[list[str], list[list[str]]]:
    header = [
        _("Opgave"),
        _("Actie"),
        _("Trekker"),
        _("Mede-eigenaars"),
        _("Status"),
        _("Laatst gewijzigd"),
        _("Stand van zaken"),
    ]
    rows = []
    for item in overview:
        for action in item.actions:
            last = (
                timezone.localtime(action.last_change).strftime("%Y-%m-%d %H:%M")
                if action.last_change
                else ""
            )
            rows.append(
                [
                    str(item.opgave),
                    action.title,
                    action.lead_display,
                    ", ".join(sorted(str(org) for org in action.co_owners.all())),
                    action.get_status_display(),
                    last,
                    action.latest_note.text if action.latest_note else "",
                ]
            )
    return header, rows


def csv_response(header, rows, filename: str) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(header)
    writer.writerows([[neutralise(_text(cell)) for cell in row] for row in rows])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(header, rows, filename: str) -> HttpResponse:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Acties")
    sheet.append(header)
    for row in rows:
        sheet.append([neutralise(_text(cell)) for cell in row])
    for column, width in zip("ABCDEFG", (28, 50, 16, 24, 16, 18, 80), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
