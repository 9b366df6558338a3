"""The start screen panels of the publication. The edition in progress (its workflow state, a link to
edit it and its chapters with links into the editor) for the redacteur (who writes it) and the
beheerder (who publishes it); every region's published editions for the national reader (landelijk).
A fixed number of queries each."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from accounts import roles
from accounts.roles import has_role
from regions.models import Region
from regions.scoping import for_user

from .models import EditionPage


def edition_in_progress(user) -> EditionPage | None:
    """The edition of the latest year of the user's region: the one being written or published next
    (the Dutch one: its translations follow it)."""
    editions = EditionPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("-year")
    return for_user(editions, user).first()


def workflow_label(page: EditionPage, state: WorkflowState | None) -> str:
    """The edition's state in the words of the editors."""
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        task = state.current_task_state.task.name if state.current_task_state else ""
        return _("Ingediend ter beoordeling (%(task)s)") % {"task": task} if task else _("Ingediend")
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Teruggestuurd: aanpassen en opnieuw indienen")
    if not page.live:
        return _("Concept, nog niet gepubliceerd")
    if page.has_unpublished_changes:
        return _("Gepubliceerd; er zijn wijzigingen in concept")
    return _("Gepubliceerd")


def chapters(page: EditionPage) -> list[dict]:
    """The chapters of the latest draft, each with a link to its block in the editor."""
    draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return [
        {"title": block.value["title"], "url": f"{edit_url}#block-{block.id}-section"}
        for block in draft.body
        if block.block_type == "section"
    ]


class EditionPanel(Component):
    name = "edition_in_progress"
    order = 15
    template_name = "cms/dashboard/edition.html"

    def get_context_data(self, parent_context=None):
        page = edition_in_progress(parent_context["request"].user)
        if page is None:
            return {"edition": None}
        state = (
            WorkflowState.objects.active()
            .for_instance(page)
            .select_related("current_task_state__task")
            .first()
        )
        return {
            "edition": page,
            "state_label": workflow_label(page, state),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "chapters": chapters(page),
        }


class NationalPanel(Component):
    """What a national reader (CoMensha, the Nationaal Rapporteur) reads: every region's published
    editions with their files, and the national overview. Nothing unpublished: live, public editions
    only, the same list as the public sites show."""

    name = "national_editions"
    order = 10
    template_name = "cms/dashboard/national.html"

    def get_context_data(self, parent_context=None):
        request = parent_context["request"]
        regions = sorted(
            Region.objects.all(), key=lambda region: (region.is_fictional, region.order, region.name)
        )
        editions: dict[int, list[dict]] = {region.pk: [] for region in regions}
        for page in EditionPage.objects.live().public().order_by("-year"):
            url = page.get_url(request)
            if url and page.region_id in editions:
                editions[page.region_id].append({"page": page, "url": url})
        return {
            "regions": [{"region": region, "editions": editions[region.pk]} for region in regions],
            "overview_url": reverse("cms:national_overview"),
        }


def panels_for(user) -> list[Component]:
    panels: list[Component] = []
    if has_role(user, roles.LANDELIJK):
        panels.append(NationalPanel())
    if has_role(user, roles.BEHEERDER) or has_role(user, roles.REDACTEUR):
        panels.append(EditionPanel())
    return panels
