"""One rule for every CSV and XLSX the system writes: text that a spreadsheet would run as a formula
(CSV/formula injection, OWASP) gets a leading apostrophe, which spreadsheets show as text and the
figures import strips again. Numbers stay numbers; only text cells are changed."""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value`` with a leading apostrophe when it is text starting like a formula; else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def guard_wagtail_exports() -> None:
    """Wagtail writes the CSV and XLSX exports of its listings (every viewset's ``list_export``, the
    reports, form submissions) through ``SpreadsheetExportMixin.preprocess_field_value``, text as it
    is. Wrapped here once, at start-up, so that no listing can forget it."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(original(self, field, value, export_format))

    preprocess_field_value.neutralises = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
