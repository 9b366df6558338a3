"""The admin lists of our models: searchable across areas, and exported under Dutch names.

Wagtail names an exported file after the model's table (``actionplan_action.xlsx``) and its sheet
"Sheet1"; a coordinator who downloads a list gets ``acties-2026-03-01.xlsx`` with a sheet "Acties".
"""

import re

from django.utils import timezone
from django.utils.text import capfirst, slugify
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from workbench.regional import RegionScopedIndexMixin, RegionScopedViewSetMixin, RegionSnippetChooserViewSet

SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class DutchExportMixin:
    """For an index view with ``list_export``: the file and its sheet named after the list."""

    def get_filename(self) -> str:
        return f"{slugify(self.model._meta.verbose_name_plural)}-{timezone.localdate():%Y-%m-%d}"

    def get_sheet_title(self) -> str:
        title = SHEET_TITLE_FORBIDDEN.sub("", capfirst(str(self.model._meta.verbose_name_plural)))
        return title[:31]  # Excel's limit

    def write_xlsx(self, queryset, output):
        """Wagtail's own export (its cell handling included), with the sheet named in Dutch."""
        from openpyxl import Workbook
        from wagtail.admin.views.mixins import ExcelDateFormatter

        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=self.get_sheet_title())
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        date_format = ExcelDateFormatter().get()
        for item in queryset:
            worksheet.append(
                self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format)
            )
        workbook.save(output)


class ListIndexView(RegionScopedIndexMixin, DutchExportMixin, IndexView):
    """A generic list whose search results also offer the other search areas (workbench.search)."""

    show_other_searches = True


class SnippetListIndexView(RegionScopedIndexMixin, DutchExportMixin, SnippetIndexView):
    show_other_searches = True


class ListViewSet(RegionScopedViewSetMixin, ModelViewSet):
    """The base of our model viewsets, with what every one of them wants.

    - the list is a ``ListIndexView`` (other search areas, Dutch export names);
    - search runs through the ORM (``icontains``), as the admin search areas count: part of a word is
      found, and the list and its count agree;
    - every object has a read-only view (``inspect``), for the roles that may see but not change
      (the Regionale Tafel);
    - no "copy": a copy of an action, a figure or a delivery is never what a user means (a new one
      starts empty, with its own history);
    - a model that belongs to a region is kept to the user's region in the list, every object URL and
      every choice of its forms (``workbench.regional``).

    A viewset sets ``add_to_admin_menu`` only if it stands alone; ours sit in a menu group per app.
    """

    index_view_class = ListIndexView
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False


class SnippetListViewSet(RegionScopedViewSetMixin, SnippetViewSet):
    """The base of our snippet viewsets: the list a ``SnippetListIndexView``, searched through the
    ORM as ``ListViewSet`` is, and kept to the user's region as ``ListViewSet`` is (the chooser too)."""

    index_view_class = SnippetListIndexView
    chooser_viewset_class = RegionSnippetChooserViewSet
    search_backend_name = None


def name_wagtail_report_exports() -> None:
    """Wagtail's own reports (Rapporten) export as ``locked-pages-report.xlsx`` with a sheet "Sheet1";
    give them Dutch file and sheet names as our lists have. Called once from the app's ready()."""
    from wagtail.admin.views.reports.aging_pages import AgingPagesView
    from wagtail.admin.views.reports.audit_logging import LogEntriesView
    from wagtail.admin.views.reports.locked_pages import LockedPagesView
    from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView

    names = {
        LockedPagesView: ("vergrendelde-paginas", "Vergrendelde pagina's"),
        LogEntriesView: ("sitegeschiedenis", "Sitegeschiedenis"),
        AgingPagesView: ("verouderde-paginas", "Verouderde pagina's"),
        WorkflowView: ("werkstromen", "Werkstromen"),
        WorkflowTasksView: ("werkstroomtaken", "Werkstroomtaken"),
    }
    for view, (filename, sheet) in names.items():
        view.get_filename = lambda self, filename=filename: f"{filename}-{timezone.localdate():%Y-%m-%d}"
        view.get_sheet_title = lambda self, sheet=sheet: sheet
        view.write_xlsx = DutchExportMixin.write_xlsx
