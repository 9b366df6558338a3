"""Admin views of the reporting rounds: the beheerder's rounds and review, the owners' "Mijn rapportage",
the next plan made from an open one (``actionplan.next_plan``: a plan service, started from the rounds)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View

from accounts import roles
from actionplan import next_plan
from actionplan import permissions as plan_permissions
from actionplan.forms import PostponementFieldsMixin
from actionplan.models import NOT_STATED, STATUS_CHOICES, Action, ActionStatus, Plan
from actionplan.views import MyActionUpdateView, RoundUpdateMixin
from regions.scoping import for_user
from workbench.admin_pages import AdminPageMixin
from workbench.forms import BasedOnVersionMixin, DateField, ErrorsDescribedMixin
from workbench.history import ConcurrentUpdate

from . import permissions, selectors, services
from .models import ActionUpdate, ReportingRound, UpdateState


class ManagerOnlyMixin(AdminPageMixin):
    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_manage_rounds(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class OwnerOnlyMixin(AdminPageMixin):
    def dispatch(self, request, *args, **kwargs):
        if not plan_permissions.can_use_my_actions(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def open_plans(user):
    """The open plans of the user's region, newest first."""
    return for_user(Plan.objects.filter(is_closed=False), user).order_by("-start_year")


class RoundForm(ErrorsDescribedMixin, forms.Form):
    plan = forms.ModelChoiceField(label=gettext_lazy("Actieplan"), queryset=Plan.objects.none())
    year = forms.IntegerField(label=gettext_lazy("Jaar"), min_value=2000, max_value=2100)
    deadline = DateField(label=gettext_lazy("Uiterste datum"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = open_plans(user)


def _apply_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


class RoundListView(ManagerOnlyMixin, FormView):
    template_name = "reporting/rounds.html"
    page_title = gettext_lazy("Rapportagerondes")
    header_icon = "calendar-alt"
    form_class = RoundForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_initial(self):
        today = timezone.localdate()
        return {"plan": open_plans(self.request.user).first(), "year": today.year}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rounds = ReportingRound.objects.select_related("plan", "opened_by").order_by("-year")
        context["rounds"] = for_user(rounds, self.request.user)
        context["open_plans"] = open_plans(self.request.user)
        return context

    def form_valid(self, form):
        try:
            reporting_round = services.round_open(user=self.request.user, **form.cleaned_data)
        except ValidationError as error:
            _apply_errors(form, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Rapportageronde geopend: %(count)s acties gevraagd.")
            % {"count": reporting_round.updates.count()},
        )
        return redirect("actionplan_reporting:round", pk=reporting_round.pk)


class RoundDetailView(AdminPageMixin, TemplateView):
    """The completeness view of a round and the updates to review.

    The Regionale Tafel reads it too, without the buttons: who has reported, what was sent back.
    """

    template_name = "reporting/round_detail.html"
    parent_breadcrumb = ("actionplan_reporting:rounds", gettext_lazy("Rapportagerondes"))
    header_icon = "calendar-alt"

    def dispatch(self, request, *args, **kwargs):
        self.can_manage = permissions.can_manage_rounds(request.user)
        if not (self.can_manage or permissions.can_view_rounds(request.user)):
            raise PermissionDenied
        if not self.can_manage:
            self.parent_breadcrumb = ("actionplan_review:index", gettext_lazy("Regionale Tafel"))
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return str(self.round)

    def get(self, request, *args, pk: int, **kwargs):
        rounds = for_user(ReportingRound.objects.select_related("plan"), request.user)
        self.round = get_object_or_404(rounds, pk=pk)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        state = self.request.GET.get("state", "")
        updates = selectors.update_list_queryset().filter(round=self.round)
        if state in UpdateState.values:
            updates = updates.filter(state=state)
        context.update(
            {
                "round": self.round,
                "can_manage": self.can_manage,
                "today": today,
                "is_late": today > self.round.deadline,
                "completeness": selectors.round_completeness(self.round, today),
                "updates": updates.order_by("action__opgave__number", "action__sort_order", "action__pk"),
                "states": UpdateState.choices,
                "state": state,
            }
        )
        return context


class UpdateReviewView(ManagerOnlyMixin, View):
    def post(self, request, pk: int):
        update = get_object_or_404(for_user(selectors.update_list_queryset(), request.user), pk=pk)
        comment = request.POST.get("comment", "")
        try:
            if request.POST.get("decision") == "accept":
                services.update_accept(update=update, user=request.user, comment=comment)
                messages.success(request, _("Update geaccepteerd."))
            else:
                services.update_return(update=update, user=request.user, comment=comment)
                messages.success(request, _("Update teruggestuurd."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("actionplan_reporting:round", pk=update.round_id)


class RoundCloseView(ManagerOnlyMixin, View):
    def post(self, request, pk: int):
        reporting_round = get_object_or_404(for_user(ReportingRound.objects.all(), request.user), pk=pk)
        services.round_close(reporting_round=reporting_round, user=request.user)
        messages.success(request, _("Rapportageronde gesloten."))
        return redirect("actionplan_reporting:round", pk=pk)


class MyReportingView(OwnerOnlyMixin, TemplateView):
    template_name = "reporting/mine.html"
    page_title = gettext_lazy("Mijn rapportage")
    header_icon = "tasks"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = roles.user_organisation(self.request.user)
        context["organisation"] = organisation
        context["due"] = for_user(selectors.updates_due_for(self.request.user), self.request.user)
        context["done"] = (
            for_user(selectors.updates_of_organisation(organisation), self.request.user)
            .exclude(state__in=selectors.OPEN_STATES)
            .order_by("round__deadline", "action__opgave__number", "action__pk")
        )
        context["today"] = timezone.localdate()
        return context


class SubmitForm(BasedOnVersionMixin, PostponementFieldsMixin, forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=STATUS_CHOICES, required=False)
    text = forms.CharField(label=gettext_lazy("Stand van zaken"), widget=forms.Textarea)
    postponed_to_year = forms.IntegerField(
        label=gettext_lazy("Doorgeschoven naar jaar"), required=False, min_value=2000, max_value=2100
    )
    # The version of the action the screen showed (``services.action_update_status`` compares it).
    version = forms.IntegerField(widget=forms.HiddenInput)


class UpdateSubmitView(OwnerOnlyMixin, FormView):
    """An owner fills in an update; other organisations' updates are not found (404)."""

    template_name = "reporting/submit.html"
    parent_breadcrumb = ("actionplan_reporting:mine", gettext_lazy("Mijn rapportage"))
    header_icon = "edit"
    form_class = SubmitForm

    def dispatch(self, request, *args, **kwargs):
        organisation = roles.user_organisation(request.user)
        updates = for_user(selectors.updates_of_organisation(organisation), request.user)
        self.update = get_object_or_404(updates, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Update: %(title)s") % {"title": self.update.action.title}

    def get_initial(self):
        action = self.update.action
        note = action.progress_notes.filter(year=self.update.round.year).first()
        # That year's stand van zaken (a submission wrote it), never the status of a later year.
        return {
            "status": note.status if note else NOT_STATED,
            "text": note.text if note else "",
            "postponed_to_year": note.postponed_to_year if note else None,
            "version": action.version,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["update"] = self.update
        context["can_submit"] = permissions.can_submit_update(self.request.user, self.update)
        context["history"] = self.update.history.select_related("history_user").order_by("-history_date")[:10]
        return context

    def form_valid(self, form):
        try:
            data = dict(form.cleaned_data)
            data["expected_version"] = data.pop("version")
            services.update_submit(update=self.update, user=self.request.user, **data)
        except ConcurrentUpdate:
            form.add_error(
                None,
                _(
                    "Iemand anders heeft deze actie intussen gewijzigd. "
                    "Laad de pagina opnieuw en voer uw wijziging opnieuw in."
                ),
            )
            return self.form_invalid(form)
        except ValidationError as error:
            _apply_errors(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Update ingediend."))
        return redirect("actionplan_reporting:mine")


class NextPlanForm(forms.Form):
    start_year = forms.IntegerField(label=gettext_lazy("Beginjaar"), min_value=2000, max_value=2100)
    end_year = forms.IntegerField(label=gettext_lazy("Eindjaar"), min_value=2000, max_value=2100)
    title = forms.CharField(label=gettext_lazy("Titel"), required=False)


class NextPlanView(ManagerOnlyMixin, FormView):
    """Create the next plan from an open one; the old plan is closed."""

    template_name = "reporting/next_plan.html"
    parent_breadcrumb = ("actionplan_reporting:rounds", gettext_lazy("Rapportagerondes"))
    header_icon = "copy"
    form_class = NextPlanForm

    def dispatch(self, request, *args, **kwargs):
        self.plan = get_object_or_404(open_plans(request.user), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Nieuw actieplan vanuit %(plan)s") % {"plan": self.plan}

    def get_initial(self):
        start = self.plan.end_year + 1
        return {"start_year": start, "end_year": start + 3, "title": f"Actieplan {start}-{start + 3}"}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = dict.fromkeys(ActionStatus.values, 0)
        for status in self.plan.opgaven.values_list("actions__status", flat=True):
            if status:
                counts[status] += 1
        labels = dict(ActionStatus.choices)
        context["plan"] = self.plan
        context["counts"] = [(labels[s], n, s in next_plan.CARRY_OVER_STATUSES) for s, n in counts.items()]
        return context

    def form_valid(self, form):
        try:
            result = next_plan.plan_create_next(plan=self.plan, user=self.request.user, **form.cleaned_data)
        except ValidationError as error:
            _apply_errors(form, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(plan)s aangemaakt met %(count)s voortgezette acties; %(old)s is afgesloten.")
            % {"plan": result.plan, "count": sum(result.carried_over.values()), "old": self.plan},
        )
        return redirect(reverse("actionplan_reporting:rounds"))


class MyActionView(RoundUpdateMixin, MyActionUpdateView):
    """Mijn acties and Mijn rapportage in one place: the action's year screen shows what the open
    reporting round asks for that year (by when, and what was sent back), and saving it submits the
    round's update too."""

    def find_round_update(self):
        return selectors.round_update_for(self.request.user, self.get_action(), self.year)


class YearScreenRound:
    """The reporting rounds in the plan's year screen of an action (``actionplan.views.YearRound``),
    registered with the ``actionplan_year_round`` hook."""

    def open_update(self, action: Action, year: int) -> ActionUpdate | None:
        return selectors.open_round_update(action, year)

    def can_submit(self, user, update: ActionUpdate) -> bool:
        return permissions.can_submit_update(user, update)

    def submit(self, *, update: ActionUpdate, user, data: dict) -> None:
        services.update_submit(
            update=update,
            user=user,
            status=data["status"],
            text=data["note"],
            postponed_to_year=data["postponed_to_year"],
            postponed_to_plan=data["postponed_to_plan"],
            expected_version=data["version"],
        )
