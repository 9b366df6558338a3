"""Wagtail hooks of the Regionale Tafel: admin URLs, the menu item, the start screen panel."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from workbench.menu import RoleMenuItem

from . import dashboard, permissions, views

review_urls = [
    path("", views.ReviewView.as_view(), name="index"),
    path("export/<str:fmt>/", views.ReviewExportView.as_view(), name="export"),
    path("vergaderingen/", views.MeetingListView.as_view(), name="meetings"),
    path("vergaderingen/<int:pk>/pdf/", views.MeetingPdfView.as_view(), name="meeting_pdf"),
    path("advies/nieuw/", views.ReviewNoteCreateView.as_view(), name="note_add"),
    path("advies/<int:pk>/", views.ReviewNoteEditView.as_view(), name="note_edit"),
]


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("regionale-tafel/", include((review_urls, "actionplan_review")))]


@hooks.register("register_admin_menu_item")
def review_menu_item():
    return RoleMenuItem(
        _("Regionale Tafel"),
        reverse("actionplan_review:index"),
        name="regionale-tafel",
        icon_name="list-ul",
        order=310,
        check=permissions.can_view_review,
    )


@hooks.register("construct_homepage_panels")
def add_start_screen_panels(request, panels):
    panels.extend(dashboard.panels_for(request.user))
