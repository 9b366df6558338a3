"""Wagtail hooks for reporting rounds and the Regionale Tafel: admin URLs, menu items, start screens.

Imported from ``actionplan/wagtail_hooks.py``.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import dashboard, reporting, review, review_views
from . import reporting_views as rv
from .menu import RoleMenuItem

review_urls = [
    path("", review_views.ReviewView.as_view(), name="index"),
    path("export/<str:fmt>/", review_views.ReviewExportView.as_view(), name="export"),
    path("vergaderingen/", review_views.MeetingListView.as_view(), name="meetings"),
    path("vergaderingen/<int:pk>/pdf/", review_views.MeetingPdfView.as_view(), name="meeting_pdf"),
    path("advies/nieuw/", review_views.ReviewNoteCreateView.as_view(), name="note_add"),
    path("advies/<int:pk>/", review_views.ReviewNoteEditView.as_view(), name="note_edit"),
]

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
def register_review_urls():
    return [
        path("regionale-tafel/", include((review_urls, "actionplan_review"))),
        path("rapportage/", include((reporting_urls, "actionplan_reporting"))),
        # The action's own screen knows the reporting round: registered here, where the rounds are.
        path("mijn-acties/<int:pk>/", rv.MyActionView.as_view(), name="actionplan_my_action_edit"),
    ]


@hooks.register("register_admin_menu_item")
def review_menu_item():
    return RoleMenuItem(
        _("Regionale Tafel"),
        reverse("actionplan_review:index"),
        name="regionale-tafel",
        icon_name="list-ul",
        order=310,
        check=review.can_view_review,
    )


@hooks.register("register_admin_menu_item")
def rounds_menu_item():
    return RoleMenuItem(
        _("Rapportagerondes"),
        reverse("actionplan_reporting:rounds"),
        name="rapportagerondes",
        icon_name="calendar-alt",
        order=320,
        check=reporting.can_manage_rounds,
    )


@hooks.register("construct_homepage_panels")
def add_start_screen_panels(request, panels):
    panels.extend(dashboard.panels_for(request.user))
