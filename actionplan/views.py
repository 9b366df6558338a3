"""Admin views of the action plan: "Mijn acties", the year screens and the history timeline."""

from typing import Protocol

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin.views.generic import CreateView, DeleteView, EditView
from wagtail.admin.views.generic.base import BaseObjectMixin

from accounts import roles
from regions.scoping import for_user
from workbench.admin_pages import AdminPageMixin
from workbench.history import ConcurrentUpdate
from workbench.search import matching

from . import permissions, selectors, services
from .forms import ActionStatusForm
from .models import NOT_STATED, Action


class MyActionsMixin(AdminPageMixin):
    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_use_my_actions(request.user):
            raise PermissionDenied
        self.organisation = roles.user_organisation(request.user)
        return super().dispatch(request, *args, **kwargs)


class MyActionsView(MyActionsMixin, TemplateView):
    """The actions the user's organisation leads or co-owns."""

    template_name = "actionplan/my_actions.html"
    page_title = gettext_lazy("Mijn acties")
    header_icon = "tasks"

    def get_page_title(self):
        return _("Mijn acties (%(organisation)s)") % {"organisation": self.organisation}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "").strip()
        actions = for_user(selectors.actions_owned_by(self.organisation), self.request.user)
        context["actions"] = matching(actions, selectors.ACTION_SEARCH_FIELDS, query)
        context["query"] = query
        context["organisation"] = self.organisation
        return context


def _reporting_years(action: Action) -> list[int]:
    plan = action.opgave.plan
    return list(range(plan.start_year, plan.end_year + 1))


class ActionYearFormView(AdminPageMixin, FormView):
    """The stand van zaken of one reporting year of one action: that year's text and status to edit.

    The year is opened through its link (``?jaar=YYYY``); the form saves that year and no other.
    Closed years (edition published) are read only for actiehouders; a beheerder corrects them with
    a reason. Subclasses say which actions the user may open and where "back" leads.
    """

    template_name = "actionplan/my_action_form.html"
    form_class = ActionStatusForm
    header_icon = "tasks"

    def get_queryset(self):
        raise NotImplementedError

    def get_action(self) -> Action:
        if not hasattr(self, "_action"):
            self._action = get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])
            self.closed_years = selectors.closed_years(self._action.opgave.plan.region_id)
            self.notes = {note.year: note for note in self._action.progress_notes.all()}
            self.year = self._year(_reporting_years(self._action))
        return self._action

    def _year(self, years: list[int]) -> int:
        requested = self.request.GET.get("jaar", "")
        if requested.isdigit() and int(requested) in years:
            return int(requested)
        open_years = [year for year in years if self._may_write(year)] or years
        this_year = timezone.localdate().year
        return max([year for year in open_years if year <= this_year] or open_years[:1])

    def _may_write(self, year: int) -> bool:
        return permissions.can_write_year(self.request.user, self._action, year, self.closed_years)

    def get_page_title(self):
        return self.get_action().title

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        action = self.get_action()
        if self.year in self.closed_years and self._may_write(self.year):
            kwargs["correction_year"] = self.year
        kwargs["initial"]["version"] = action.version
        kwargs["region"] = action.opgave.plan.region_id
        return kwargs

    def get_initial(self):
        self.get_action()
        note = self.notes.get(self.year)
        if note is None:
            return {"status": NOT_STATED, "note": ""}
        return {
            "status": note.status,
            "postponed_to_year": note.postponed_to_year,
            "postponed_to_plan": note.postponed_to_plan,
            "note": note.text,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        action = self.get_action()
        earlier = [note for year, note in sorted(self.notes.items()) if year < self.year]
        context.update(
            action=action,
            year=self.year,
            note=self.notes.get(self.year),
            previous_note=earlier[-1] if earlier else None,
            year_links=self._year_links(),
            closed=self.year in self.closed_years,
            can_update=self._may_write(self.year),
            history_url=reverse("actions:history", args=[action.pk]),
            concurrent_changes=getattr(self, "concurrent_changes", []),
        )
        return context

    def _year_links(self) -> list[dict]:
        return [
            {
                "year": year,
                "url": f"{self.request.path}?jaar={year}",
                "current": year == self.year,
                "closed": year in self.closed_years,
                "has_note": year in self.notes,
            }
            for year in _reporting_years(self._action)
        ]

    def post(self, request, *args, **kwargs):
        self.get_action()
        if not self._may_write(self.year):
            form = self.get_form()
            form.is_valid()
            form.add_error(None, self._refusal())
            return self.form_invalid(form)
        return super().post(request, *args, **kwargs)

    def _refusal(self) -> str:
        if self.year in self.closed_years:
            return services.closed_year_message(self.year)
        return _("U mag deze actie niet wijzigen.")

    def save_year(self, action: Action, data: dict) -> None:
        """The one write path of the year's stand van zaken (subclasses may add to it)."""
        services.action_update_status(
            action=action,
            user=self.request.user,
            status=data["status"],
            note=data["note"],
            year=self.year,
            reason=data["reason"],
            postponed_to_year=data["postponed_to_year"],
            postponed_to_plan=data["postponed_to_plan"],
            expected_version=data["version"],
        )

    def form_valid(self, form):
        action = self.get_action()
        data = form.cleaned_data
        try:
            self.save_year(action, data)
        except ConcurrentUpdate as exc:
            message = _(
                "Iemand anders heeft deze actie intussen gewijzigd (nu: %(status)s). "
                "Laad de pagina opnieuw en voer uw wijziging opnieuw in."
            )
            form.add_error(None, message % {"status": exc.current.get_status_display()})
            self.concurrent_changes = selectors.changes_since_version(action, data["version"])
            return self.form_invalid(form)
        except PermissionDenied:
            form.add_error(None, self._refusal())
            return self.form_invalid(form)
        except ValidationError as exc:
            by_field = exc.message_dict if hasattr(exc, "error_dict") else {None: exc.messages}
            for field, errors in by_field.items():
                form.add_error(field if field in form.fields else None, errors)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("De stand van zaken %(year)s van '%(title)s' is opgeslagen.")
            % {"year": self.year, "title": action},
        )
        return redirect(self.get_success_url())


class MyActionUpdateView(MyActionsMixin, ActionYearFormView):
    """An actiehouder's own action: status and stand van zaken per year; nothing else."""

    parent_breadcrumb = ("actionplan_my_actions", gettext_lazy("Mijn acties"))

    def get_queryset(self):
        return for_user(selectors.actions_owned_by(self.organisation), self.request.user)

    def get_success_url(self):
        return reverse("actionplan_my_actions")


class YearRound(Protocol):
    """What an open reporting round asks of an action in one year, as the year screen needs it.

    The plan knows no rounds: the reporting app registers an object like this with the
    ``actionplan_year_round`` Wagtail hook (see ``year_round``)."""

    def open_update(self, action: Action, year: int): ...

    def can_submit(self, user, update) -> bool: ...

    def submit(self, *, update, user, data: dict) -> None: ...


def year_round() -> YearRound | None:
    """The reporting rounds' part of the year screen, or None when no app registers one."""
    for make in hooks.get_hooks("actionplan_year_round"):
        return make()
    return None


class RoundUpdateMixin:
    """A year screen of an action that shows what the open reporting round asks for that year, and
    whose save also submits the round's update. Subclasses say which update: ``find_round_update``."""

    def find_round_update(self):
        raise NotImplementedError

    def get_round_update(self):
        if not hasattr(self, "_round_update"):
            self._round_update = self.find_round_update()
        return self._round_update

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["round_update"] = self.get_round_update()
        context["today"] = timezone.localdate()
        return context

    def save_year(self, action, data):
        update = self.get_round_update()
        rounds = year_round()
        if update is None or rounds is None or not rounds.can_submit(self.request.user, update):
            return super().save_year(action, data)
        rounds.submit(update=update, user=self.request.user, data=data)
        return None


class ManagerActionYearView(RoundUpdateMixin, ActionYearFormView):
    """The beheerder's screen for the stand van zaken per year of any action (the same one write path)."""

    parent_breadcrumb = ("actions:index", gettext_lazy("Acties"))

    def dispatch(self, request, *args, **kwargs):
        if not roles.has_role(request.user, roles.BEHEERDER):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        actions = selectors.action_list_queryset().prefetch_related("progress_notes")
        return for_user(actions, self.request.user)

    def get_page_title(self):
        return _("Stand van zaken: %(title)s") % {"title": self.get_action().title}

    def get_success_url(self):
        return f"{self.request.path}?jaar={self.year}"

    def find_round_update(self):
        """An action without a named lead is the beheerder's to report: its open round update."""
        action = self.get_action()
        rounds = year_round()
        return None if action.lead_id or rounds is None else rounds.open_update(action, self.year)


class ActionHistoryView(AdminPageMixin, BaseObjectMixin, TemplateView):
    """The history of an action as a timeline: when, who, why, which field, old -> new.

    ``ActionViewSet.history_view_class``, at the viewset's own history URL: an action's history is
    the one django-simple-history keeps with the reason of every change, not Wagtail's log of admin
    actions that the default history view lists. Who reads it is decided here, not by the model
    permissions: the Regionale Tafel (which changes nothing) and the action's owners as well. An
    action of another region is not found (the viewset's ``workbench.regional`` guard, and
    ``permissions.can_view_action_history``).
    """

    model = Action
    template_name = "actionplan/action_history.html"
    header_icon = "history"

    def get_base_object_queryset(self):
        return Action.objects.select_related("opgave__plan", "lead")

    def dispatch(self, request, *args, **kwargs):
        self.action = self.object
        if not permissions.can_view_action_history(request.user, self.action):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Geschiedenis: %(title)s") % {"title": self.action.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action"] = self.action
        context["entries"] = selectors.action_history(self.action)
        return context


class ProgressNoteEditView(EditView):
    """A note is edited in the year screen of its action, the one write path (never field by field)."""

    def get(self, request, *args, **kwargs):
        note = self.get_object()
        return redirect(reverse("actions:year_edit", args=[note.action_id]) + f"?jaar={note.year}")

    post = get


class ProgressNoteCreateView(CreateView):
    """A new year's note is written in the year screen of its action."""

    def get(self, request, *args, **kwargs):
        messages.info(request, _("Een stand van zaken schrijft u per actie: kies de actie en het jaar."))
        return redirect("actions:index")

    post = get


class ProgressNoteDeleteView(DeleteView):
    """Deleting a note goes through the service: never in a closed year; the current status follows."""

    def delete_action(self):
        services.progress_note_delete(note=self.object, user=self.request.user)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except PermissionDenied as exc:
            messages.error(self.request, str(exc))
            return redirect(reverse("actions:year_edit", args=[self.object.action_id]))
