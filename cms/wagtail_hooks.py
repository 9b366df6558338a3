"""The publication's snippets in the Wagtail admin, in one menu group."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.widgets.button import ListingButton
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from accounts import roles
from accounts.roles import has_role
from cms import dashboard
from cms.filters import ExploitationFormDefinitionFilterSet, OntwikkelingFilterSet
from cms.models import Casus, EditionLabels, EditionPage, ExploitationFormDefinition, Ontwikkeling
from cms.views import NextEditionView, download_po_with_glossary
from workbench.lists import SnippetListViewSet
from workbench.regional import scoped
from workbench.search import ListSearchArea, can_list


class ExploitationFormDefinitionViewSet(SnippetListViewSet):
    model = ExploitationFormDefinition
    icon = "help"
    menu_label = _("Definities")
    list_display = ["name", "code", "since_eu_directive"]
    list_export = ["code", "name", "since_eu_directive"]
    search_fields = ["name", "definition"]
    ordering = ["sort_order", "name"]
    filterset_class = ExploitationFormDefinitionFilterSet


class CasusViewSet(SnippetListViewSet):
    model = Casus
    icon = "user"
    menu_label = _("Casussen")
    list_display = ["title", "source"]
    list_export = ["title", "source"]
    search_fields = ["title", "source", "body"]


class OntwikkelingViewSet(SnippetListViewSet):
    model = Ontwikkeling
    icon = "calendar-alt"
    menu_label = _("Ontwikkelingen")
    list_display = ["title", "date", "date_label", "link"]
    list_export = ["title", "date", "date_label", "link"]
    filterset_class = OntwikkelingFilterSet
    search_fields = ["title", "summary"]


class EditionLabelsViewSet(SnippetListViewSet):
    """The labels of each edition, in Dutch and in their translations; translated through
    wagtail-localize ("Vertalen" in the list), kept up to date by each publication."""

    model = EditionLabels
    icon = "globe"
    menu_label = _("Teksten per editie")
    list_display = ["__str__", "year", "locale", "updated_at"]
    list_filter = ["locale"]
    ordering = ["-year"]


class PublicationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Publicatie")
    menu_icon = "doc-full"
    menu_order = 250
    items = (ExploitationFormDefinitionViewSet, CasusViewSet, OntwikkelingViewSet, EditionLabelsViewSet)


register_snippet(PublicationViewSetGroup)

SNIPPET_SEARCH_AREAS = [
    (_("Casussen"), Casus, CasusViewSet, "user", 300),
    (_("Ontwikkelingen"), Ontwikkeling, OntwikkelingViewSet, "calendar-alt", 310),
    (_("Definities"), ExploitationFormDefinition, ExploitationFormDefinitionViewSet, "help", 320),
]


def _snippet_search_area(label, model, viewset, icon, order):
    return lambda: ListSearchArea(
        label,
        model.snippet_viewset.get_url_name("list"),
        check=can_list(model),
        queryset=lambda user: scoped(model.objects.all(), user),
        search_fields=viewset.search_fields,
        icon_name=icon,
        order=order,
    )


for _area in SNIPPET_SEARCH_AREAS:
    hooks.register("register_admin_search_area", _snippet_search_area(*_area))


@hooks.register("register_admin_urls")
def register_next_edition_url():
    return [path("edities/<int:pk>/volgende/", NextEditionView.as_view(), name="cms_next_edition")]


@hooks.register("register_admin_urls", order=-1)
def register_po_download_with_glossary():
    """wagtail-localize's "Download PO file", with the glossary at the top of the file: before its
    own URL (hooks of a lower order come first), so a translator working outside gets the terms."""
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/download/",
            download_po_with_glossary,
            name="cms_download_pofile",
        )
    ]


@hooks.register("register_page_header_buttons")
def next_edition_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, EditionPage) and has_role(user, roles.BEHEERDER):
        yield ListingButton(
            _("Volgende editie starten"),
            reverse("cms_next_edition", args=[page.pk]),
            icon_name="doc-full",
            priority=80,
        )


@hooks.register("insert_global_admin_css")
def admin_css():
    """The project's admin styles (the footer with the version), on Wagtail's CSS variables."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("construct_homepage_panels")
def add_start_screen_panels(request, panels):
    panels.extend(dashboard.panels_for(request.user))


@hooks.register("before_copy_page")
def refuse_copying_an_edition(request, page):
    """One edition per year (``EditionPage.year`` is unique), so a copy would fail on its year; the
    next year's edition is started from the edition's header instead."""
    from django.contrib import messages
    from django.shortcuts import redirect

    from cms.models import EditionPage

    if not isinstance(page.specific_deferred, EditionPage):
        return None
    messages.error(
        request,
        _(
            "Een editie kan niet worden gekopieerd: elk jaar heeft één editie. Begin de editie van "
            "volgend jaar met 'Volgende editie starten' bovenaan deze editie."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


class PublishBulkActionWithoutEditions(PublishBulkAction):
    """Wagtail's bulk publish, except for editions: an edition is published from its edit screen,
    which refuses a publication while a fout has no note for readers and asks the reason of a
    correction (cms.forms.EditionPageForm). In the bulk screen an edition is listed among the pages
    that cannot be published; with 'include descendants' a draft edition below is left alone."""

    def check_perm(self, page):
        return not issubclass(page.specific_class, EditionPage) and super().check_perm(page)

    @classmethod
    def execute_action(cls, objects, include_descendants=False, user=None, **kwargs):
        objects = [page for page in objects if not issubclass(page.specific_class, EditionPage)]
        parents, children = super().execute_action(objects, user=user, **kwargs)
        if include_descendants:
            for page in objects:
                drafts = page.get_descendants().not_live().not_type(EditionPage).defer_streamfields()
                for draft in drafts.specific().iterator():
                    if user is None or draft.permissions_for_user(user).can_publish():
                        (draft.get_latest_revision() or draft.save_revision(user=user)).publish(user=user)
                        children += 1
        return parents, children


# After Wagtail's own registration (order 0), so this one takes the "publish" bulk action of pages.
hooks.register("register_bulk_action", PublishBulkActionWithoutEditions, order=100)


@hooks.register("construct_page_chooser_queryset")
def keep_page_chooser_to_region(pages, request):
    """The page chooser offers the pages of the user's region only (cms.page_regions); a chooser opened
    on a page of another region answers 404."""
    from django.http import Http404

    from cms.page_regions import chooser_pages, in_user_region

    parent_id = (request.resolver_match.kwargs if request.resolver_match else {}).get("parent_page_id")
    if parent_id is not None:
        parent = Page.objects.filter(pk=parent_id).first()
        if parent is not None and parent.depth > 1 and not in_user_region(request.user, parent):
            raise Http404
    return chooser_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explorer_pages_of_the_region(parent_page, pages, request):
    """The explorer lists only the pages of the user's region's part of the tree and the way down to
    it (cms.page_regions): above the home pages, another region's home page is not listed."""
    from cms.page_regions import chooser_pages

    return chooser_pages(pages, request.user)
