"""The publication's snippets in the Wagtail admin, in one menu group."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.filters import ExploitationFormDefinitionFilterSet, OntwikkelingFilterSet
from cms.models import Casus, ExploitationFormDefinition, Ontwikkeling


class ExploitationFormDefinitionViewSet(SnippetViewSet):
    model = ExploitationFormDefinition
    icon = "help"
    menu_label = _("Definities")
    list_display = ["name", "code", "since_eu_directive"]
    list_export = ["code", "name", "since_eu_directive"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]
    filterset_class = ExploitationFormDefinitionFilterSet


class CasusViewSet(SnippetViewSet):
    model = Casus
    icon = "user"
    menu_label = _("Casussen")
    list_display = ["title", "source"]
    list_export = ["title", "source"]
    search_fields = ["title"]


class OntwikkelingViewSet(SnippetViewSet):
    model = Ontwikkeling
    icon = "calendar-alt"
    menu_label = _("Ontwikkelingen")
    list_display = ["title", "date", "date_label", "link"]
    list_export = ["title", "date", "date_label", "link"]
    filterset_class = OntwikkelingFilterSet
    search_fields = ["title"]


class PublicationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Publicatie")
    menu_icon = "doc-full"
    menu_order = 250
    items = (ExploitationFormDefinitionViewSet, CasusViewSet, OntwikkelingViewSet)


register_snippet(PublicationViewSetGroup)
