"""Admin screens of the figures: "Mijn cijfers" for a datapartner and the beheerder's delivery review."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView

from accounts.roles import user_region
from regions.scoping import for_user
from workbench.admin_pages import AdminPageMixin
from workbench.history import ConcurrentUpdate

from . import permissions, selectors, services
from .checks import ERROR, findings_for_partner
from .exchange import ImportFailed, check_size, write_csv
from .forms import EXPLANATION_PREFIX, GridForm, ReviewForm, SubmitForm, UploadForm
from .importing import import_figures
from .models import Delivery, Table
from .models.figures import parse_coord_key
from .partner_template import build_template
from .quality import explain_findings, quality_notes
from .review import check_upload, partner_lines, review_context


class MyFiguresMixin(AdminPageMixin):
    """Only a datapartner with an organisation that is a data partner; everything scoped to it and to
    the user's region (a national partner's tables of another region are not theirs to fill here)."""

    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_use_my_figures(request.user):
            raise PermissionDenied
        self.partner = permissions.partner_for_user(request.user)
        self.region = user_region(request.user)
        if self.region is None:
            raise PermissionDenied
        self.delivery = selectors.current_delivery(self.partner, self.region)
        return super().dispatch(request, *args, **kwargs)

    def partner_tables(self):
        return selectors.partner_tables(self.partner, self.region)

    def partner_table(self, code: str) -> Table:
        """A table of the user's own partner and region, else 404 (a guessed URL reveals nothing)."""
        return get_object_or_404(self.partner_tables(), code=code)


class MyFiguresView(MyFiguresMixin, TemplateView):
    template_name = "monitor/my_figures.html"
    page_title = gettext_lazy("Mijn cijfers")

    def get_page_title(self):
        return _("Mijn cijfers (%(partner)s)") % {"partner": self.partner.organisation}

    def get_context_data(self, submit_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        delivery = self.delivery
        tables = list(self.partner_tables())
        findings = findings_for_partner(delivery.year, self.partner, delivery.region_id) if delivery else []
        can_edit = delivery is not None and delivery.status == Delivery.Status.OPEN
        context.update(
            partner=self.partner,
            delivery=delivery,
            tables=tables,
            can_edit=can_edit,
            finding_tables=partner_lines(tables, findings),
            upload_form=UploadForm(),
            submit_form=submit_form or SubmitForm(errors=[f for f in findings if f.severity == ERROR]),
        )
        context.setdefault("check_lines", None)
        if delivery:
            filled = selectors.filled_counts(tables, delivery.year)
            context["rows"] = [(table, filled.get(table.pk, 0)) for table in tables]
            context["is_empty"] = not any(filled.values())
        return context


class MyTableView(MyFiguresMixin, FormView):
    """The grid of one own table for the open year, with last year's value beside each cell."""

    template_name = "monitor/my_figures_table.html"
    parent_breadcrumb = ("monitor_my_figures", gettext_lazy("Mijn cijfers"))

    def setup_table(self):
        if not hasattr(self, "table"):
            self.table = self.partner_table(self.kwargs["code"])
            if self.delivery is None:
                raise PermissionDenied
            self.grid = selectors.table_grid(self.table, self.delivery.year)
        return self.table

    def get_page_title(self):
        self.setup_table()
        return f"{self.table.title} {self.delivery.year}"

    def get_form(self, form_class=None):
        self.setup_table()
        initial = {cell["name"]: cell["value"] for row in self.grid["rows"] for cell in row["cells"] if cell}
        stored = selectors.observations_by_key(self.table, self.delivery.year)
        initial.update(
            {f"versie__{key}": stored[key].version if key in stored else -1 for key in self.grid["keys"]}
        )
        kwargs = {"keys": self.grid["keys"], "initial": initial}
        if self.request.method == "POST":
            kwargs["data"] = self.request.POST
        return GridForm(**kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        for row in self.grid["rows"]:
            for cell in row["cells"]:
                if cell:
                    cell["field"] = form[cell["name"]]
        context.update(
            table=self.table,
            grid=self.grid,
            delivery=self.delivery,
            can_edit=self.delivery.status == Delivery.Status.OPEN,
        )
        return context

    def form_valid(self, form):
        if self.delivery.status != Delivery.Status.OPEN:
            raise PermissionDenied
        reason = form.cleaned_data["reason"] or _("Ingevuld in Mijn cijfers")
        try:
            with transaction.atomic():
                conflicts = self._save_cells(form, reason)
                if conflicts:
                    transaction.set_rollback(True)
        except ValidationError as error:
            form.add_error(None, error.messages)
            return self.form_invalid(form)
        if conflicts:
            form.add_error(None, _("Iemand anders heeft intussen cijfers van deze tabel gewijzigd:"))
            for text in conflicts:
                form.add_error(None, text)
            form.add_error(
                None, _("Er is niets opgeslagen. Laad de pagina opnieuw en voer uw wijziging opnieuw in.")
            )
            return self.form_invalid(form)
        messages.success(
            self.request, _("De cijfers van '%(table)s' zijn opgeslagen.") % {"table": self.table.title}
        )
        return redirect("monitor_my_figures")

    def _save_cells(self, form, reason: str) -> list[str]:
        """Write the cells whose value differs from the database, each based on the version the form
        was opened with (the service refuses a cell someone else changed since: a conflict)."""
        stored = selectors.observations_by_key(self.table, self.delivery.year)
        loaded, touched = form.versions(), form.touched()
        conflicts = []
        for key, value in form.values().items():
            current = stored.get(key)
            if key not in touched and current is not None:
                continue  # not changed in this form: leave what is stored (perhaps by someone else)
            if current is not None and current.value == value:
                continue  # an empty cell is still stored once: "niet beschikbaar" said by the partner
            try:
                services.observation_set(
                    table=self.table,
                    year=self.delivery.year,
                    coords=parse_coord_key(key),
                    value=value,
                    user=self.request.user,
                    reason=reason,
                    expected_version=loaded[key],
                )
            except ConcurrentUpdate as conflict:
                conflicts.append(_conflict_text(key, conflict.current))
        return conflicts


def _conflict_text(key: str, current) -> str:
    record = current.history.select_related("history_user").first() if current else None
    who = record.history_user.get_username() if record and record.history_user else _("iemand")
    shown = _("niet beschikbaar") if current is None or current.value is None else current.value
    return _("%(cell)s is nu %(value)s (gewijzigd door %(who)s)") % {"cell": key, "value": shown, "who": who}


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class MyTemplateDownloadView(MyFiguresMixin, View):
    """The people's template of the partner's tables for the open year (``monitor.partner_template``):
    one sheet per table as printed, last year beside, to fill in and upload."""

    def get(self, request):
        if self.delivery is None:
            raise PermissionDenied
        content = build_template(self.partner, self.delivery.year, self.region)
        return _attachment(content, XLSX, self._file_name("cijfers", "xlsx"))

    def _file_name(self, prefix: str, suffix: str) -> str:
        partner = self.partner.organisation.short_name.lower().replace(" ", "-")
        return f"{prefix}-{partner}-{self.delivery.year}.{suffix}"


class MyExchangeDownloadView(MyTemplateDownloadView):
    """The same figures in the long exchange format (one number per row, with codes): for a partner
    whose own system writes the file."""

    def get(self, request):
        if self.delivery is None:
            raise PermissionDenied
        columns, rows = selectors.template_rows(self.partner, self.delivery.year, self.region)
        content = write_csv(columns, rows)
        return _attachment(content, "text/csv; charset=utf-8", self._file_name("uitwisselformaat", "csv"))


def _attachment(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


class MyUploadView(MyFiguresView):
    """Stores an uploaded file (all or nothing), or with "alleen controleren" shows what the checks
    find in it, without storing anything."""

    http_method_names = ["post"]

    def post(self, request):
        form = UploadForm(request.POST, request.FILES)
        if self.delivery is None or self.delivery.status != Delivery.Status.OPEN:
            messages.error(request, _("Er is geen open aanlevering; u kunt nu geen cijfers uploaden."))
            return redirect("monitor_my_figures")
        if not form.is_valid():
            messages.error(request, _("Kies een bestand om te uploaden (XLSX of CSV)."))
            return redirect("monitor_my_figures")
        upload = form.cleaned_data["file"]
        tables = list(self.partner_tables())
        arguments = {
            "filename": upload.name,
            "user": request.user,
            "allowed_tables": [table.code for table in tables],
            "year": self.delivery.year,
        }
        try:
            check_size(upload.size)  # before the file is read into memory
            if form.cleaned_data["dry_run"]:
                result, findings = check_upload(upload.read(), partner=self.partner, **arguments)
            elif upload.size > settings.FIGURES_IMPORT_BACKGROUND_BYTES:
                return self.import_in_background(upload, arguments)
            else:
                result, findings = import_figures(upload.read(), **arguments), None
        except ImportFailed as error:
            messages.error(request, _("Niets opgeslagen. ") + " ".join(str(e) for e in error.errors[:20]))
            return redirect("monitor_my_figures")
        template = _("%(rows)s rijen: %(created)s nieuw, %(changed)s gewijzigd, %(unchanged)s ongewijzigd.")
        text = template % vars(result)
        if findings is None:
            messages.success(request, text)
            return redirect("monitor_my_figures")
        messages.success(request, _("Controle geslaagd, niets opgeslagen: ") + text)
        context = self.get_context_data(check_lines=partner_lines(tables, findings), check_name=upload.name)
        return self.render_to_response(context)

    def import_in_background(self, upload, arguments: dict):
        """A large file goes to the worker (monitor.tasks): the screen does not wait for it."""
        from .tasks import import_in_background

        arguments.pop("filename")
        import_in_background(content=upload.read(), filename=upload.name, **arguments)
        messages.success(
            self.request,
            _(
                "Het bestand %(file)s is ontvangen en wordt op de achtergrond geïmporteerd. U krijgt een "
                "mail zodra het klaar is; ververs daarna deze pagina."
            )
            % {"file": upload.name},
        )
        return redirect("monitor_my_figures")


class MySubmitView(MyFiguresView):
    """Hands in the delivery; with a fout left unexplained the screen comes back with the question."""

    http_method_names = ["post"]

    def post(self, request):
        if self.delivery is None:
            raise PermissionDenied
        errors = [
            f
            for f in findings_for_partner(self.delivery.year, self.partner, self.delivery.region_id)
            if f.severity == ERROR
        ]
        form = SubmitForm(request.POST, errors=errors)
        if form.is_valid():
            try:
                services.delivery_submit(
                    delivery=self.delivery,
                    user=request.user,
                    reason=form.cleaned_data["reason"],
                    explanations=form.explanations(),
                )
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                messages.success(
                    request,
                    _("De cijfers over %(year)s zijn ingediend. De beheerder is op de hoogte gebracht.")
                    % {"year": self.delivery.year},
                )
                return redirect("monitor_my_figures")
        return self.render_to_response(self.get_context_data(submit_form=form))


class DeliveryReviewView(AdminPageMixin, FormView):
    """The beheerder sees the findings of a delivery, then validates, publishes or sends it back.

    A view of ``DeliveryViewSet`` (its URL ``deliveries:review``, a button in its list)."""

    template_name = "monitor/delivery_review.html"
    parent_breadcrumb = ("deliveries:index", gettext_lazy("Aanleveringen"))
    form_class = ReviewForm

    def dispatch(self, request, *args, **kwargs):
        if not permissions.is_figures_manager(request.user):
            raise PermissionDenied
        self.delivery = get_object_or_404(
            for_user(Delivery.objects.select_related("partner__organisation"), request.user), pk=kwargs["pk"]
        )
        self.findings = findings_for_partner(
            self.delivery.year, self.delivery.partner, self.delivery.region_id
        )
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "findings": self.findings}

    def get_page_title(self):
        return _("Aanlevering %(partner)s %(year)s") % {
            "partner": self.delivery.partner,
            "year": self.delivery.year,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tables = list(selectors.partner_tables(self.delivery.partner, self.delivery.region_id))
        review = review_context(self.delivery.year, tables, self.findings, self.delivery.submit_explanations)
        self._attach_explanations(review["finding_lines"], context["form"])
        context.update(
            review,
            delivery=self.delivery,
            history=self.delivery.history.select_related("history_user").order_by("-history_date")[:20],
        )
        return context

    def form_valid(self, form):
        action = self.request.POST.get("action")
        operations = {
            "validate": services.delivery_validate,
            "publish": services.delivery_publish,
            "reopen": services.delivery_reopen,
            "explain": self._explain,
        }
        if action not in operations:
            raise PermissionDenied
        extra = {"explanations": form.explanations()} if action in ("validate", "explain") else {}
        try:
            operations[action](
                delivery=self.delivery, user=self.request.user, reason=form.cleaned_data["reason"], **extra
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
            return self.form_invalid(form)
        messages.success(self.request, _("De aanlevering is bijgewerkt."))
        return redirect("deliveries:review", pk=self.delivery.pk)

    def _attach_explanations(self, lines, form) -> None:
        """Each line of one finding shows its note for readers and, before publication, a field for it."""
        notes = quality_notes(self.delivery.year, self.delivery.region_id)
        open_for_notes = self.delivery.status in (Delivery.Status.SUBMITTED, Delivery.Status.VALIDATED)
        for line in lines:
            if len(line.findings) != 1:
                continue
            key = line.findings[0].key
            line.public_note = notes[key][0].text if key in notes else ""
            if open_for_notes and EXPLANATION_PREFIX + key in form.fields:
                line.explanation_field = form[EXPLANATION_PREFIX + key]

    def _explain(self, *, delivery, user, reason: str, explanations: dict[str, str]) -> None:
        """Notes for readers on the findings of a validated delivery, before the edition is published."""
        if delivery.status not in (Delivery.Status.SUBMITTED, Delivery.Status.VALIDATED):
            raise ValidationError(_("Na publicatie is een nieuwe toelichting een correctie."))
        explain_findings(findings=self.findings, explanations=explanations, user=user, reason=reason)
