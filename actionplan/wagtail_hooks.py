"""The action plan in the Wagtail admin: viewsets for the beheerder, "Mijn acties" for owners."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, EditView
from wagtail.admin.viewsets.model import ModelViewSetGroup

from accounts import roles
from regions.scoping import for_user
from workbench.editing import HiddenFieldPanel, HistoryReasonForm, VersionedEditView
from workbench.lists import ListIndexView, ListViewSet
from workbench.menu import RoleMenuItem
from workbench.search import ListSearchArea, can_list

from . import permissions, selectors, views
from .filters import ActionFilterSet, MembershipFilterSet, OpgaveFilterSet, OutlookItemFilterSet
from .forms import CHOOSE_REGION, ActionForm, MembershipForm
from .models import Action, Membership, Municipality, Opgave, Organisation, OutlookItem, Plan, ProgressNote


def _timing_panel():
    return FieldRowPanel(
        [FieldPanel("year"), FieldPanel("quarter"), FieldPanel("month"), FieldPanel("date")],
        heading=_("Planning"),
    )


def _edit_handler(panels, form=HistoryReasonForm):
    return ObjectList([*panels, FieldPanel("change_reason")], base_form_class=form)


def _region_panel():
    """The region of a new plan, organisation or municipality is the user's; a superuser chooses it."""
    return FieldPanel("region", permission=CHOOSE_REGION)


class ActionIndexView(ListIndexView):
    show_other_searches = True

    def get_base_queryset(self):
        return for_user(selectors.action_list_queryset(), self.request.user)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if roles.has_role(self.request.user, roles.BEHEERDER):
            url = reverse("actions:year_edit", args=[instance.pk])
            buttons.append(MenuItem(_("Stand van zaken per jaar"), url=url, icon_name="tasks", priority=5))
        return buttons


class ActionViewSet(ListViewSet):
    model = Action
    icon = "tasks"
    menu_label = _("Acties")
    index_view_class = ActionIndexView
    edit_view_class = VersionedEditView
    history_view_class = views.ActionHistoryView
    filterset_class = ActionFilterSet
    search_fields = list(selectors.ACTION_SEARCH_FIELDS)
    list_per_page = 25
    list_display = [
        "title",
        "opgave",
        Column("lead_display", label=_("Trekker"), sort_key="lead__short_name"),
        Column("co_owners_display", label=_("Mede-eigenaars")),
        Column("status_display", label=_("Status"), sort_key="status"),
        Column("timing_label", label=_("Planning")),
    ]
    list_export = [
        "opgave",
        "title",
        "description",
        "lead_display",
        "co_owners_display",
        "municipality",
        "status_display",
        "timing_label",
    ]
    export_headings = {
        "opgave": _("Opgave"),
        "title": _("Titel"),
        "description": _("Omschrijving"),
        "lead_display": _("Trekker"),
        "co_owners_display": _("Mede-eigenaars"),
        "municipality": _("Gemeente"),
        "status_display": _("Status"),
        "timing_label": _("Planning"),
    }
    edit_handler = _edit_handler(
        [
            FieldPanel("opgave"),
            FieldPanel("title"),
            FieldPanel("description"),
            MultiFieldPanel(
                [
                    FieldPanel("lead"),
                    FieldPanel("co_owners", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("municipality"),
                    HiddenFieldPanel("expected_version"),
                ],
                heading=_("Eigenaars"),
            ),
            _timing_panel(),
            # Status and postponement are year-bound: written per reporting year, in the year screen.
            HelpPanel(template="actionplan/panels/status_per_year.html", heading=_("Status")),
            FieldPanel("origin"),
            FieldPanel("sort_order"),
        ],
        ActionForm,
    )

    def get_urlpatterns(self):
        # The timeline's first address, kept for links and bookmarks made before it became the
        # viewset's history view.
        old_timeline = RedirectView.as_view(pattern_name=self.get_url_name("history"), permanent=True)
        return [
            *super().get_urlpatterns(),
            path("stand-van-zaken/<int:pk>/", views.ManagerActionYearView.as_view(), name="year_edit"),
            path("<int:pk>/tijdlijn/", old_timeline, name="timeline"),
        ]


class PlanViewSet(ListViewSet):
    model = Plan
    icon = "list-ol"
    menu_label = _("Actieplannen")
    list_display = ["title", "start_year", "end_year", "is_closed"]
    list_export = ["title", "start_year", "end_year", "is_closed"]
    edit_handler = _edit_handler(
        [
            _region_panel(),
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            FieldPanel("predecessor"),
            FieldPanel("is_closed"),
        ]
    )


class OpgaveViewSet(ListViewSet):
    model = Opgave
    icon = "folder-open-inverse"
    menu_label = _("Opgaven")
    list_display = ["number", "short_title", "plan"]
    filterset_class = OpgaveFilterSet
    list_export = ["plan", "number", "title", "short_title"]
    edit_handler = _edit_handler(
        [
            FieldPanel("plan"),
            FieldPanel("number"),
            FieldPanel("title"),
            FieldPanel("short_title"),
            FieldPanel("description"),
        ]
    )

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queryset=Opgave.objects.select_related("plan"), **kwargs)


class OutlookItemViewSet(ListViewSet):
    model = OutlookItem
    icon = "date"
    menu_label = _("Doorkijk")
    filterset_class = OutlookItemFilterSet
    search_fields = ["title", "description"]
    list_display = ["title", "opgave", Column("timing_label", label=_("Planning")), "outlook_year"]
    list_export = ["opgave", "title", "description", "timing_label", "outlook_year"]
    edit_handler = _edit_handler(
        [
            FieldPanel("opgave"),
            FieldPanel("outlook_year"),
            FieldPanel("title"),
            FieldPanel("description"),
            FieldPanel("owners", widget=forms.CheckboxSelectMultiple),
            _timing_panel(),
            FieldPanel("sort_order"),
        ]
    )

    def get_index_view_kwargs(self, **kwargs):
        queryset = OutlookItem.objects.select_related("opgave__plan").prefetch_related("owners")
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


class ProgressNoteIndexView(ListIndexView):
    def get_add_url(self):
        return None  # a note is written in its action's year screen


class ProgressNoteViewSet(ListViewSet):
    """The notes of every year, to find and export; editing opens the action's year screen."""

    model = ProgressNote
    index_view_class = ProgressNoteIndexView
    add_view_class = views.ProgressNoteCreateView
    edit_view_class = views.ProgressNoteEditView
    delete_view_class = views.ProgressNoteDeleteView
    icon = "doc-full"
    menu_label = _("Standen van zaken")
    list_display = ["action", "year", "status"]
    list_filter = ["year", "status"]
    search_fields = ["text", "action__title"]
    list_export = ["action", "year", "status", "text"]
    edit_handler = _edit_handler([FieldPanel("action"), FieldPanel("year"), FieldPanel("text")])

    def get_index_view_kwargs(self, **kwargs):
        queryset = ProgressNote.objects.select_related("action")
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


class OrganisationEditView(EditView):
    def get_object(self, queryset=None):
        return _changeable_organisation(self.request.user, super().get_object(queryset))


class OrganisationDeleteView(DeleteView):
    def get_object(self, queryset=None):
        return _changeable_organisation(self.request.user, super().get_object(queryset))


def _changeable_organisation(user, organisation):
    if not permissions.can_change_organisation(user, organisation):
        raise PermissionDenied
    return organisation


class OrganisationViewSet(ListViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisaties")
    list_display = ["short_name", "name", "kind"]
    list_filter = ["kind"]
    search_fields = ["short_name", "name"]
    list_export = ["short_name", "name", "kind"]
    # A national organisation (serving several regions) is listed and read, changed by a superuser only.
    edit_view_class = OrganisationEditView
    delete_view_class = OrganisationDeleteView
    edit_handler = _edit_handler(
        [
            _region_panel(),
            FieldPanel("short_name"),
            FieldPanel("name"),
            FieldPanel("kind"),
            FieldPanel("description"),
        ]
    )


class MunicipalityViewSet(ListViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Gemeenten")
    list_display = ["name", "cbs_code", "subregion"]
    list_filter = ["subregion"]
    search_fields = ["name", "cbs_code"]
    list_export = ["cbs_code", "name", "subregion"]
    edit_handler = _edit_handler(
        [
            _region_panel(),
            FieldPanel("cbs_code"),
            FieldPanel("name"),
            FieldPanel("subregion"),
            FieldPanel("organisation"),
        ]
    )


class MembershipViewSet(ListViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Lidmaatschappen")
    list_display = ["user", "organisation"]
    filterset_class = MembershipFilterSet
    list_export = ["user", "organisation"]
    edit_handler = _edit_handler([FieldPanel("user"), FieldPanel("organisation")], MembershipForm)

    def get_index_view_kwargs(self, **kwargs):
        queryset = Membership.objects.select_related("user", "organisation")
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


class ActionPlanViewSetGroup(ModelViewSetGroup):
    menu_label = _("Actieplan")
    menu_icon = "tasks"
    menu_order = 200
    items = (
        ActionViewSet("actions", url_prefix="actieplan/acties"),
        OutlookItemViewSet("outlook", url_prefix="actieplan/doorkijk"),
        ProgressNoteViewSet("progress_notes", url_prefix="actieplan/standen-van-zaken"),
        OpgaveViewSet("opgaven", url_prefix="actieplan/opgaven"),
        PlanViewSet("plans", url_prefix="actieplan/plannen"),
        OrganisationViewSet("organisations", url_prefix="actieplan/organisaties"),
        MunicipalityViewSet("municipalities", url_prefix="actieplan/gemeenten"),
        MembershipViewSet("memberships", url_prefix="actieplan/lidmaatschappen"),
    )


@hooks.register("register_admin_viewset")
def register_actionplan_viewsets():
    return ActionPlanViewSetGroup()


@hooks.register("register_admin_urls")
def register_actionplan_urls():
    return [
        path("mijn-acties/", views.MyActionsView.as_view(), name="actionplan_my_actions"),
    ]


@hooks.register("register_admin_menu_item")
def register_my_actions_menu_item():
    return RoleMenuItem(
        _("Mijn acties"),
        reverse("actionplan_my_actions"),
        icon_name="tasks",
        order=100,
        check=permissions.can_use_my_actions,
    )


@hooks.register("register_admin_search_area")
def register_actions_search_area():
    """Who may list the actions searches them there; an actiehouder searches their own."""
    return ListSearchArea(
        _("Acties"),
        "actions:index",
        check=can_list(Action),
        queryset=lambda user: for_user(Action.objects.all(), user),
        search_fields=ActionViewSet.search_fields,
        icon_name="tasks",
        order=200,
    )


@hooks.register("register_admin_search_area")
def register_my_actions_search_area():
    return ListSearchArea(
        _("Mijn acties"),
        "actionplan_my_actions",
        check=lambda user: permissions.can_use_my_actions(user) and not can_list(Action)(user),
        queryset=lambda user: for_user(selectors.actions_owned_by(roles.user_organisation(user)), user),
        search_fields=selectors.ACTION_SEARCH_FIELDS,
        icon_name="tasks",
        order=200,
    )


@hooks.register("register_admin_search_area")
def register_organisations_search_area():
    return ListSearchArea(
        _("Organisaties"),
        "organisations:index",
        check=can_list(Organisation),
        queryset=lambda user: for_user(Organisation.objects.all(), user),
        search_fields=OrganisationViewSet.search_fields,
        icon_name="group",
        order=220,
    )
