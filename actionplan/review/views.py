"""Admin views of the Regionale Tafel: the review page, its exports, meetings and the board's notes."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View

from actionplan.models import Action, Opgave, Plan
from actionplan.reporting.models import ReportingRound
from regions.scoping import for_user
from workbench.admin_pages import AdminPageMixin
from workbench.forms import DateField, ErrorsDescribedMixin
from workbench.views import pdf_in_progress

from . import permissions, selectors, services
from .export import csv_response, review_rows, xlsx_response
from .filters import ReviewFilterSet
from .models import Meeting, ReviewNote


class BoardOnlyMixin(AdminPageMixin):
    """The review pages are for the Regionale Tafel and the beheerder; everyone else gets 403."""

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_view_review(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_plan(self) -> Plan:
        plan_id = self.request.GET.get("plan")
        plans = for_user(Plan.objects.all(), self.request.user)
        plan = plans.filter(pk=plan_id).first() if plan_id and plan_id.isdigit() else None
        plan = plan or plans.order_by("is_closed", "-start_year").first()
        if plan is None:
            raise Http404(_("Er is nog geen actieplan."))
        return plan


def review_data(request, plan: Plan) -> dict:
    """Everything the review page and its exports show, in a fixed number of queries."""
    today = timezone.localdate()
    filterset = ReviewFilterSet(
        request.GET or None, queryset=Action.objects.filter(opgave__plan=plan), plan=plan
    )
    actions = filterset.qs if filterset.is_valid() else Action.objects.filter(opgave__plan=plan)
    chosen = (
        filterset.form.cleaned_data.get("changed_since")
        if filterset.is_bound and filterset.is_valid()
        else None
    )
    since, last_meeting = (chosen, None) if chosen else selectors.default_since(plan, today)
    meetings = list(Meeting.objects.filter(plan=plan).order_by("-date")[:3])
    overview = selectors.review_overview(
        plan=plan, actions=actions, year=today.year, meeting_ids=[m.pk for m in meetings]
    )
    changes = selectors.changes_since(plan=plan, since=selectors.start_of_day(since), actions=actions)
    grouped = selectors.changes_per_opgave(changes)
    for item in overview:
        item.changes = grouped.get(item.opgave.pk, [])
    return {
        "plan": plan,
        "today": today,
        "filterset": filterset,
        "overview": overview,
        "since": since,
        "last_meeting": last_meeting,
        "meetings": meetings,
        "changes": changes,
        "action_count": sum(len(item.actions) for item in overview),
    }


class ReviewView(BoardOnlyMixin, TemplateView):
    template_name = "review/index.html"
    page_title = gettext_lazy("Regionale Tafel")
    header_icon = "list-ul"

    def get_page_subtitle(self):
        return str(self.plan)

    def get(self, request, *args, **kwargs):
        self.plan = self.get_plan()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(review_data(self.request, self.plan))
        context["plans"] = for_user(Plan.objects.order_by("-start_year"), self.request.user)
        context["can_record"] = permissions.can_record_review_notes(self.request.user)
        context["latest_round"] = ReportingRound.objects.filter(plan=self.plan).order_by("-year").first()
        query = self.request.GET.copy()
        context["export_query"] = query.urlencode()
        return context


class ReviewExportView(BoardOnlyMixin, View):
    def get(self, request, fmt: str):
        plan = self.get_plan()
        data = review_data(request, plan)
        header, rows = review_rows(data["overview"])
        filename = f"regionale-tafel-{plan.period}-{data['today']:%Y%m%d}"
        if fmt == "csv":
            return csv_response(header, rows, filename)
        if fmt == "xlsx":
            return xlsx_response(header, rows, filename)
        raise Http404


class MeetingForm(ErrorsDescribedMixin, forms.Form):
    date = DateField(label=gettext_lazy("Datum"))
    title = forms.CharField(label=gettext_lazy("Titel"), max_length=200, required=False)


class MeetingListView(BoardOnlyMixin, FormView):
    template_name = "review/meetings.html"
    page_title = gettext_lazy("Vergaderingen Regionale Tafel")
    parent_breadcrumb = ("actionplan_review:index", gettext_lazy("Regionale Tafel"))
    header_icon = "date"
    form_class = MeetingForm

    def dispatch(self, request, *args, **kwargs):
        self.plan = None
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        plan = self.plan or self.get_plan()
        context = super().get_context_data(**kwargs)
        context["plan"] = plan
        context["meetings"] = Meeting.objects.filter(plan=plan).order_by("-date")
        return context

    def form_valid(self, form):
        plan = self.get_plan()
        try:
            services.meeting_create(plan=plan, user=self.request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Vergadering toegevoegd."))
        return redirect(f"{reverse('actionplan_review:meetings')}?plan={plan.pk}")


class ReviewNoteForm(ErrorsDescribedMixin, forms.Form):
    """The board's advice or decision, at a meeting in the list or at a new one entered here.

    The new meeting's fields count only with "Nieuwe vergadering" chosen (admin.js hides them
    otherwise): a meeting chosen from the list wins.
    """

    meeting = forms.ModelChoiceField(
        label=gettext_lazy("Vergadering"),
        queryset=Meeting.objects.none(),
        required=False,
        empty_label=gettext_lazy("Nieuwe vergadering (hieronder)"),
    )
    new_meeting_date = DateField(
        label=gettext_lazy("Datum nieuwe vergadering"),
        required=False,
        help_text=gettext_lazy(
            "Alleen voor een vergadering die nog niet in de lijst staat. Datum als dd-mm-jjjj, "
            "bijvoorbeeld 31-12-2026."
        ),
    )
    new_meeting_title = forms.CharField(
        label=gettext_lazy("Titel nieuwe vergadering"), max_length=200, required=False
    )
    opgave = forms.ModelChoiceField(label=gettext_lazy("Opgave"), queryset=Opgave.objects.none())
    kind = forms.ChoiceField(label=gettext_lazy("Soort"), choices=ReviewNote.Kind.choices)
    text = forms.CharField(label=gettext_lazy("Advies of besluit"), widget=forms.Textarea)

    def __init__(self, *args, plan: Plan, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound and self.data.get(self.add_prefix("meeting")):
            self.data = self.data.copy()
            for name in ("new_meeting_date", "new_meeting_title"):
                self.data[self.add_prefix(name)] = ""
        self.fields["meeting"].queryset = Meeting.objects.filter(plan=plan).order_by("-date")
        self.fields["opgave"].queryset = plan.opgaven.order_by("number")
        # admin.js shows the new meeting's fields only with "Nieuwe vergadering" chosen.
        self.fields["meeting"].widget.attrs["data-mhm-shows"] = ""
        for name in ("new_meeting_date", "new_meeting_title"):
            self.fields[name].widget.attrs["data-mhm-shown-by"] = self.add_prefix("meeting")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("meeting") is None and not cleaned.get("new_meeting_date"):
            if "new_meeting_date" not in self.errors:
                self.add_error(
                    "meeting", _("Kies een vergadering, of vul de datum van een nieuwe vergadering in.")
                )
        return cleaned


class ReviewNoteCreateView(BoardOnlyMixin, FormView):
    template_name = "review/note_form.html"
    page_title = gettext_lazy("Advies of besluit vastleggen")
    parent_breadcrumb = ("actionplan_review:index", gettext_lazy("Regionale Tafel"))
    header_icon = "edit"
    form_class = ReviewNoteForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["plan"] = self.get_plan()
        return kwargs

    def get_initial(self):
        initial = {
            key: self.request.GET.get(key) for key in ("meeting", "opgave") if self.request.GET.get(key)
        }
        if "meeting" not in initial:
            # The next meeting, or else the latest one.
            meetings = Meeting.objects.filter(plan=self.get_plan())
            upcoming = meetings.filter(date__gte=timezone.localdate()).order_by("date").first()
            initial["meeting"] = upcoming or meetings.order_by("-date").first()
        return initial

    def form_valid(self, form):
        data = dict(form.cleaned_data)
        meeting, date, title = (
            data.pop("meeting"),
            data.pop("new_meeting_date"),
            data.pop("new_meeting_title"),
        )
        try:
            if meeting is None:
                plan = self.get_plan()
                services.review_note_create_at_new_meeting(
                    plan=plan, date=date, title=title, user=self.request.user, **data
                )
            else:
                plan = meeting.plan
                services.review_note_create(meeting=meeting, user=self.request.user, **data)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Advies of besluit vastgelegd."))
        return redirect(f"{reverse('actionplan_review:index')}?plan={plan.pk}")


class ReviewNoteEditForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Soort"), choices=ReviewNote.Kind.choices)
    text = forms.CharField(label=gettext_lazy("Advies of besluit"), widget=forms.Textarea)
    reason = forms.CharField(label=gettext_lazy("Reden van wijziging"), required=False)


class ReviewNoteEditView(BoardOnlyMixin, FormView):
    template_name = "review/note_form.html"
    page_title = gettext_lazy("Advies of besluit wijzigen")
    parent_breadcrumb = ("actionplan_review:index", gettext_lazy("Regionale Tafel"))
    header_icon = "edit"
    form_class = ReviewNoteEditForm

    def dispatch(self, request, *args, **kwargs):
        notes = for_user(ReviewNote.objects.select_related("meeting__plan", "opgave"), request.user)
        self.note = get_object_or_404(notes, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"kind": self.note.kind, "text": self.note.text}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["note"] = self.note
        context["history"] = self.note.history.select_related("history_user").order_by("-history_date")
        return context

    def form_valid(self, form):
        services.review_note_update(note=self.note, user=self.request.user, **form.cleaned_data)
        messages.success(self.request, _("Advies of besluit gewijzigd."))
        return redirect(f"{reverse('actionplan_review:index')}?plan={self.note.meeting.plan_id}")


def meeting_document_context(meeting: Meeting) -> dict:
    """The meeting document: state per opgave, changes since the previous meeting, the board's notes."""
    plan = meeting.plan
    previous = selectors.last_meeting_before(plan, meeting.date)
    since = previous.date if previous else meeting.date - selectors.DEFAULT_LOOKBACK
    actions = Action.objects.filter(opgave__plan=plan)
    meeting_ids = [meeting.pk] + ([previous.pk] if previous else [])
    overview = selectors.review_overview(
        plan=plan, actions=actions, year=meeting.date.year, meeting_ids=meeting_ids
    )
    changes = selectors.changes_since(plan=plan, since=selectors.start_of_day(since), actions=None)
    grouped = selectors.changes_per_opgave(changes)
    for item in overview:
        item.changes = grouped.get(item.opgave.pk, [])
    return {
        "meeting": meeting,
        "plan": plan,
        "previous": previous,
        "since": since,
        "overview": overview,
        "change_count": len(changes),
        "generated_at": timezone.localtime(),
    }


class MeetingPdfView(BoardOnlyMixin, View):
    """The meeting document as PDF, made by the background worker (``pdf.py``)."""

    def get(self, request, pk: int):
        from .pdf import meeting_pdf

        meetings = for_user(Meeting.objects.select_related("plan__region"), request.user)
        meeting = get_object_or_404(meetings, pk=pk)
        pdf = meeting_pdf(meeting)
        if pdf is None:
            back = f"{reverse('actionplan_review:meetings')}?plan={meeting.plan_id}"
            return pdf_in_progress(request, back_url=back, back_label=_("Terug naar de vergaderingen"))
        response = HttpResponse(pdf, content_type="application/pdf")
        filename = f"regionale-tafel-{meeting.date:%Y-%m-%d}.pdf"
        disposition = "attachment" if request.GET.get("download") else "inline"
        response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
        return response
