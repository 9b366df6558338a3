"""The admin under our own name: the Help menu holds the role guides instead of Wagtail's."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import roles
from accounts.roles import has_role
from workbench.menu import RoleMenuItem

from . import views
from .guides import guides_for

WAGTAIL_HELP_ITEMS = {"editor-guide"}


@hooks.register("register_admin_urls")
def register_help_urls():
    return [
        path("hulp/", views.help_index, name="workbench_help"),
        path("hulp/<slug:slug>/", views.GuideView.as_view(), name="workbench_help_guide"),
        path("achtergrondtaken/", views.TaskListView.as_view(), name="workbench_tasks"),
    ]


@hooks.register("construct_homepage_panels")
def failed_tasks_on_the_start_screen(request, panels):
    panels.extend(views.failed_tasks_panels(request.user))


@hooks.register("register_reports_menu_item")
def register_tasks_report_menu_item():
    return RoleMenuItem(
        _("Achtergrondtaken"),
        reverse("workbench_tasks"),
        icon_name="cogs",
        order=900,
        name="achtergrondtaken",
        check=lambda user: has_role(user, roles.BEHEERDER),
    )


@hooks.register("construct_help_menu")
def role_guides_in_help_menu(request, menu_items):
    """Wagtail's "what's new" and editor guide out, the user's role guides in."""
    menu_items[:] = [
        item
        for item in menu_items
        if item.name not in WAGTAIL_HELP_ITEMS and not item.name.startswith("whats-new-in-wagtail")
    ]
    for order, guide in enumerate(guides_for(request.user)):
        url = reverse("workbench_help_guide", args=[guide.slug])
        menu_items.append(MenuItem(guide.title, url, icon_name="help", order=100 + order, name=guide.slug))


@hooks.register("construct_main_menu")
def dutch_help_label(request, menu_items):
    for item in menu_items:
        if item.name == "help":
            item.label = _("Hulp")


@hooks.register("insert_global_admin_js")
def focus_success_message():
    return format_html('<script src="{}" defer></script>', static("js/admin.js"))
