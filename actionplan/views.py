"""Admin views of their own for the action plan: "Mijn acties" and the history timeline."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import permissions, selectors, services
from .forms import ActionStatusForm
from .models import Action


class BreadcrumbsMixin:
    """Home > [parent] > this page, as Wagtail's own admin pages show it."""

    parent_breadcrumb: tuple[str, str] | None = None

    def get_breadcrumbs_items(self):
        items = list(self.breadcrumbs_items)
        if self.parent_breadcrumb:
            url_name, label = self.parent_breadcrumb
            items.append({"url": reverse(url_name), "label": label})
        return [*items, {"url": "", "label": self.get_page_title()}]


class MyActionsMixin(BreadcrumbsMixin):
    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_use_my_actions(request.user):
            raise PermissionDenied
        self.organisation = permissions.user_organisation(request.user)
        return super().dispatch(request, *args, **kwargs)


class MyActionsView(MyActionsMixin, WagtailAdminTemplateMixin, TemplateView):
    """The actions the user's organisation leads or co-owns."""

    template_name = "actionplan/my_actions.html"
    page_title = gettext_lazy("Mijn acties")
    header_icon = "tasks"

    def get_page_title(self):
        return _("Mijn acties (%(organisation)s)") % {"organisation": self.organisation}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["actions"] = selectors.actions_owned_by(self.organisation)
        context["organisation"] = self.organisation
        return context


def _reporting_years(action: Action) -> list[int]:
    plan = action.opgave.plan
    return list(range(plan.start_year, plan.end_year + 1))


def _default_year(years: list[int]) -> int:
    this_year = timezone.localdate().year
    return min(max(this_year, years[0]), years[-1])


class MyActionUpdateView(MyActionsMixin, WagtailAdminTemplateMixin, FormView):
    """Status and stand van zaken of one of the organisation's own actions; nothing else."""

    template_name = "actionplan/my_action_form.html"
    form_class = ActionStatusForm
    header_icon = "tasks"
    parent_breadcrumb = ("actionplan_my_actions", gettext_lazy("Mijn acties"))

    def get_action(self) -> Action:
        if not hasattr(self, "_action"):
            owned = selectors.actions_owned_by(self.organisation)
            self._action = get_object_or_404(owned, pk=self.kwargs["pk"])
        return self._action

    def get_page_title(self):
        return self.get_action().title

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["years"] = _reporting_years(self.get_action())
        return kwargs

    def get_initial(self):
        action = self.get_action()
        years = _reporting_years(action)
        year = int(self.request.GET.get("jaar", 0)) if self.request.GET.get("jaar", "").isdigit() else 0
        year = year if year in years else _default_year(years)
        note = next((n for n in action.progress_notes.all() if n.year == year), None)
        return {
            "status": action.status,
            "postponed_to_year": action.postponed_to_year,
            "postponed_to_plan": action.postponed_to_plan,
            "year": year,
            "note": note.text if note else "",
            "version": action.version,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        action = self.get_action()
        context["action"] = action
        context["can_update"] = permissions.can_update_action(self.request.user, action)
        context["history_url"] = reverse("actionplan_action_timeline", args=[action.pk])
        context["concurrent_changes"] = getattr(self, "concurrent_changes", [])
        return context

    def form_valid(self, form):
        action = self.get_action()
        data = form.cleaned_data
        try:
            services.action_update_status(
                action=action,
                user=self.request.user,
                status=data["status"],
                note=data["note"],
                year=data["year"],
                reason=data["reason"],
                postponed_to_year=data["postponed_to_year"],
                postponed_to_plan=data["postponed_to_plan"],
                expected_version=data["version"],
            )
        except services.ConcurrentUpdate as exc:
            message = _(
                "Iemand anders heeft deze actie intussen gewijzigd (nu: %(status)s). "
                "Laad de pagina opnieuw en voer uw wijziging opnieuw in."
            )
            form.add_error(None, message % {"status": exc.current.get_status_display()})
            self.concurrent_changes = selectors.changes_since_version(action, data["version"])
            return self.form_invalid(form)
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
            return self.form_invalid(form)
        messages.success(
            self.request, _("De stand van zaken van '%(title)s' is opgeslagen.") % {"title": action}
        )
        return redirect("actionplan_my_actions")


class ActionHistoryView(BreadcrumbsMixin, WagtailAdminTemplateMixin, TemplateView):
    """The history of an action as a timeline: when, who, why, which field, old -> new."""

    template_name = "actionplan/action_history.html"
    header_icon = "history"

    def dispatch(self, request, *args, **kwargs):
        queryset = Action.objects.select_related("opgave__plan", "lead")
        self.action = get_object_or_404(queryset, pk=kwargs["pk"])
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
