"""The figures in the Wagtail admin: viewsets for the beheerder, "Mijn cijfers" for a datapartner."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import DeleteView
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.admin.widgets.button import ListingButton

from workbench.editing import HiddenFieldPanel, HistoryReasonForm, VersionedEditView
from workbench.lists import ListIndexView, ListViewSet
from workbench.menu import RoleMenuItem
from workbench.search import ListSearchArea, can_list

from . import admin_views, dashboard, permissions, services
from .filters import DeliveryFilterSet, ObservationFilterSet, TableFilterSet
from .forms import ObservationForm
from .models import Delivery, Observation, Partner, Table


def _edit_handler(panels, form=HistoryReasonForm):
    return ObjectList([*panels, FieldPanel("change_reason")], base_form_class=form)


class PartnerViewSet(ListViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Datapartners")
    list_display = ["name", "organisation"]
    search_fields = ["name"]
    list_export = ["name", "organisation", "description"]
    edit_handler = _edit_handler([FieldPanel("organisation"), FieldPanel("name"), FieldPanel("description")])


class TableViewSet(ListViewSet):
    model = Table
    icon = "table"
    menu_label = _("Tabellen")
    filterset_class = TableFilterSet
    list_display = ["title", "code", "partner", "chapter", "disclosure_threshold"]
    search_fields = ["title", "code", "description", "working_note"]
    list_export = ["code", "title", "unit", "partner", "chapter", "source", "disclosure_threshold"]
    edit_handler = _edit_handler(
        [
            FieldRowPanel([FieldPanel("code"), FieldPanel("order")]),
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("unit"), FieldPanel("partner")]),
            FieldPanel("chapter"),
            FieldPanel("description"),
            FieldPanel("working_note"),
            FieldPanel("source"),
            FieldPanel("disclosure_threshold"),
        ]
    )

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queryset=Table.objects.select_related("partner"), **kwargs)


class ObservationDeleteView(DeleteView):
    """A figure of a validated or published delivery is not deleted: it is corrected, with a reason."""

    def dispatch(self, request, *args, **kwargs):
        observation = self.object
        delivery = services.delivery_for(
            region=observation.table.region_id, partner=observation.table.partner, year=observation.year
        )
        if permissions.is_figures_manager(request.user) and permissions.needs_correction(delivery):
            messages.error(
                request,
                _(
                    "Dit cijfer is %(status)s en wordt niet verwijderd. Corrigeer het met een reden "
                    "(leeg is 'niet beschikbaar')."
                )
                % {"status": delivery.get_status_display().lower()},
            )
            return redirect("observations:edit", observation.pk)
        return super().dispatch(request, *args, **kwargs)


class ObservationViewSet(ListViewSet):
    model = Observation
    icon = "list-ul"
    menu_label = _("Waarnemingen")
    filterset_class = ObservationFilterSet
    delete_view_class = ObservationDeleteView
    edit_view_class = VersionedEditView
    list_display = ["table", "year", "coord_key", Column("value", label=_("Waarde"))]
    list_per_page = 100
    list_export = ["table", "year", "coord_key", "value"]
    edit_handler = _edit_handler(
        [
            FieldPanel("table"),
            FieldPanel("year"),
            FieldPanel("coord_key"),
            FieldPanel("value"),
            HiddenFieldPanel("expected_version"),
        ],
        ObservationForm,
    )

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queryset=Observation.objects.select_related("table"), **kwargs)


class DeliveryIndexView(ListIndexView):
    def get_list_more_buttons(self, instance):
        """The beheerder reviews a delivery from its row: a button beside its name."""
        buttons = super().get_list_more_buttons(instance)
        if permissions.is_figures_manager(self.request.user):
            url = reverse("deliveries:review", args=[instance.pk])
            buttons.append(ListingButton(_("Beoordelen"), url=url, icon_name="tick-inverse", priority=5))
        return buttons


class DeliveryViewSet(ListViewSet):
    model = Delivery
    icon = "tick-inverse"
    menu_label = _("Aanleveringen")
    index_view_class = DeliveryIndexView
    filterset_class = DeliveryFilterSet
    list_display = [
        "partner",
        "year",
        "status",
        "deadline",
        "submitted_at",
        "validated_at",
    ]
    list_export = [
        "partner",
        "year",
        "status",
        "deadline",
        "submitted_by",
        "submitted_at",
        "validated_by",
        "validated_at",
    ]
    # Status changes go through the review screen (services); here only partner, year and deadline.
    edit_view_class = VersionedEditView
    edit_handler = _edit_handler(
        [
            FieldPanel("partner"),
            FieldPanel("year"),
            FieldPanel("deadline"),
            HiddenFieldPanel("expected_version"),
        ]
    )

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queryset=Delivery.objects.select_related("partner"), **kwargs)

    def get_urlpatterns(self):
        """The review of a delivery (findings; validate, publish, send back) is one of its views."""
        review_view = self.construct_view(admin_views.DeliveryReviewView)
        return [*super().get_urlpatterns(), path("<int:pk>/beoordelen/", review_view, name="review")]


class FiguresViewSetGroup(ModelViewSetGroup):
    menu_label = _("Cijfers")
    menu_icon = "table"
    menu_order = 210
    items = (
        DeliveryViewSet("deliveries", url_prefix="cijfers/aanleveringen"),
        TableViewSet("tables", url_prefix="cijfers/tabellen"),
        ObservationViewSet("observations", url_prefix="cijfers/waarnemingen"),
        PartnerViewSet("partners", url_prefix="cijfers/datapartners"),
    )


@hooks.register("register_admin_viewset")
def register_figures_viewsets():
    return FiguresViewSetGroup()


@hooks.register("register_admin_urls")
def register_figures_urls():
    return [
        path("mijn-cijfers/", admin_views.MyFiguresView.as_view(), name="monitor_my_figures"),
        path("mijn-cijfers/tabel/<slug:code>/", admin_views.MyTableView.as_view(), name="monitor_my_table"),
        path(
            "mijn-cijfers/sjabloon.xlsx",
            admin_views.MyTemplateDownloadView.as_view(),
            name="monitor_my_template",
        ),
        path(
            "mijn-cijfers/uitwisselformaat.csv",
            admin_views.MyExchangeDownloadView.as_view(),
            name="monitor_my_exchange_file",
        ),
        path("mijn-cijfers/uploaden/", admin_views.MyUploadView.as_view(), name="monitor_my_upload"),
        path("mijn-cijfers/indienen/", admin_views.MySubmitView.as_view(), name="monitor_my_submit"),
    ]


@hooks.register("insert_global_admin_css")
def figures_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-figures.css"))


@hooks.register("register_admin_menu_item")
def register_my_figures_menu_item():
    return RoleMenuItem(
        _("Mijn cijfers"),
        reverse("monitor_my_figures"),
        icon_name="table",
        order=110,
        check=permissions.can_use_my_figures,
    )


@hooks.register("construct_homepage_panels")
def add_start_screen_panels(request, panels):
    panels.extend(dashboard.panels_for(request.user))


@hooks.register("register_admin_search_area")
def register_tables_search_area():
    return ListSearchArea(
        _("Tabellen"),
        "tables:index",
        check=can_list(Table),
        queryset=lambda user: Table.objects.all(),
        search_fields=TableViewSet.search_fields,
        icon_name="table",
        order=230,
    )
