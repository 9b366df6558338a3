"""Wagtail hooks of the reporting rounds: admin URLs, the menu item, start screen panels, and the
rounds' part in the plan's year screen of an action."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from workbench.menu import RoleMenuItem

from . import dashboard, permissions
from . import views as rv

reporting_urls = [
    path("", rv.RoundListView.as_view(), name="rounds"),
    path("ronde/<int:pk>/", rv.RoundDetailView.as_view(), name="round"),
    path("ronde/<int:pk>/sluiten/", rv.RoundCloseView.as_view(), name="round_close"),
    path("update/<int:pk>/beoordelen/", rv.UpdateReviewView.as_view(), name="update_review"),
    path("mijn/", rv.MyReportingView.as_view(), name="mine"),
    path("mijn/<int:pk>/", rv.UpdateSubmitView.as_view(), name="submit"),
    path("nieuw-plan/<int:pk>/", rv.NextPlanView.as_view(), name="next_plan"),
]


@hooks.register("register_admin_urls")
def register_reporting_urls():
    return [
        path("rapportage/", include((reporting_urls, "actionplan_reporting"))),
        # The action's own screen knows the reporting round: registered here, where the rounds are.
        path("mijn-acties/<int:pk>/", rv.MyActionView.as_view(), name="actionplan_my_action_edit"),
    ]


@hooks.register("register_admin_menu_item")
def rounds_menu_item():
    return RoleMenuItem(
        _("Rapportagerondes"),
        reverse("actionplan_reporting:rounds"),
        name="rapportagerondes",
        icon_name="calendar-alt",
        order=320,
        check=permissions.can_manage_rounds,
    )


@hooks.register("construct_homepage_panels")
def add_start_screen_panels(request, panels):
    panels.extend(dashboard.panels_for(request.user))


@hooks.register("actionplan_year_round")
def year_round():
    return rv.YearScreenRound()
