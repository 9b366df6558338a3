"""Views of the publication that are not Wagtail pages: an edition's PDF, starting the next edition."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site

from accounts import roles
from accounts.roles import has_role
from cms import glossary, next_edition, open_data, services, tasks
from cms.models import EditionPage, EditionSnapshot, HomePage
from cms.translation import mark_untranslated
from regions.scoping import for_user
from workbench.admin_pages import AdminPageMixin
from workbench.forms import DateField, ErrorsDescribedMixin
from workbench.views import pdf_in_progress


def request_region(request):
    """The region whose public pages the request is for: the home page of the request's site
    (the public-site routing may set ``request.region`` for the regions under /regio/<slug>/)."""
    region = getattr(request, "region", None)
    if region is None:
        site = Site.find_for_request(request)
        home = (
            HomePage.objects.filter(pk=site.root_page_id).select_related("region").first() if site else None
        )
        region = home.region if home else None
    return region


def _live_edition(request, year: int) -> EditionPage:
    """The published edition of a year of the request's region in the request's language (Dutch, or
    its English translation under /en/), or 404: a draft or unpublished edition has no public files."""
    language = get_supported_content_language_variant(get_language())
    editions = EditionPage.objects.live().public().filter(locale__language_code=language)
    page = editions.filter(region=request_region(request), year=year).first()
    if page is None:
        raise Http404
    return page


@require_safe
def edition_figures_csv(request, year: int):
    """Every figure of the published edition in the exchange format, from its snapshot only."""
    snapshot = services.live_snapshot(page=_live_edition(request, year))
    return _csv_response(snapshot.document, f"mensenhandelmonitor-{year}-cijfers.csv")


@require_safe
def edition_figures_metadata(request, year: int):
    """The CSVW description of cijfers.csv: columns, types, units, licence and source per table."""
    snapshot = services.live_snapshot(page=_live_edition(request, year))
    return _metadata_response(snapshot.document)


def _metadata_response(document: dict) -> JsonResponse:
    metadata = open_data.document_metadata(document, csv_url="cijfers.csv")
    response = JsonResponse(metadata, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Type"] = "application/csvm+json; charset=utf-8"
    return response


def _csv_response(document: dict, filename: str) -> HttpResponse:
    response = HttpResponse(open_data.document_csv(document), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def edition_pdf(request, year: int):
    page = _live_edition(request, year)
    content = tasks.edition_pdf_served(snapshot=services.live_snapshot(page=page))
    if content is None:
        return pdf_in_progress(request, back_url=page.url, back_label=_("Lees de editie op de website"))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="mensenhandelmonitor-{year}.pdf"'
    response["Cache-Control"] = "public, max-age=300"
    return response


def download_po_with_glossary(request, translation_id: int):
    """wagtail-localize's PO download (its own view, its own permission check) with the glossary of
    fixed English renderings as the file's header comment (cms.glossary)."""
    import polib
    from wagtail_localize.views.edit_translation import download_pofile

    response = download_pofile(request, translation_id)
    if response.status_code != 200:
        return response
    po = polib.pofile(response.content.decode("utf-8"))
    po.header = glossary.po_header()
    response.content = str(po).encode("utf-8")
    return response


class NextEditionForm(ErrorsDescribedMixin, forms.Form):
    delivery_deadline = DateField(
        label=gettext_lazy("Aanleveringen inleveren vóór"),
        required=False,
        help_text=gettext_lazy(
            "Optioneel; de datapartners zien deze termijn op hun startscherm. Datum als dd-mm-jjjj, "
            "bijvoorbeeld 31-12-2026."
        ),
    )


class NextEditionView(AdminPageMixin, TemplateView):
    """The beheerder starts next year's edition from an edition: confirm, then create the draft."""

    template_name = "cms/admin/next_edition.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not has_role(request.user, roles.BEHEERDER):
            raise PermissionDenied
        self.source = get_object_or_404(for_user(EditionPage.objects.all(), request.user), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Editie %(year)s starten") % {"year": self.source.year + 1}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["source"] = self.source
        context["year"] = self.source.year + 1
        context["exists"] = EditionPage.objects.filter(
            region=self.source.region_id, year=self.source.year + 1
        ).first()
        context["form"] = kwargs.get("form") or NextEditionForm()
        return context

    def post(self, request, *args, **kwargs):
        form = NextEditionForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            page = next_edition.edition_create_next(
                source=self.source, user=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect(request.path)
        messages.success(request, _("Concept-editie %(year)s aangemaakt.") % {"year": page.year})
        return redirect("wagtailadmin_pages:edit", page.pk)


def _version(page: EditionPage, number: int) -> tuple[EditionSnapshot, list[EditionSnapshot]]:
    versions = services.edition_versions(page=page)
    if not 1 <= number <= len(versions):
        raise Http404
    return versions[number - 1], versions


@require_safe
def edition_versions(request, year: int):
    """Every published version of an edition, the earlier ones marked as superseded."""
    page = _live_edition(request, year)
    versions = services.edition_versions(page=page)
    context = {"page": page, "versions": list(reversed(versions)), "edition_title": page.title}
    return render(request, "cms/edition_versions.html", context)


@require_safe
def edition_version(request, year: int, number: int):
    """An earlier (or the current) version, rendered from its own snapshot, marked as superseded."""
    page = _live_edition(request, year)
    snapshot, versions = _version(page, number)
    snapshot.refresh_from_db(fields=["document"])
    context = {
        "page": page,
        "document": mark_untranslated(snapshot.document),
        "version": snapshot,
        "superseded": getattr(snapshot, "superseded_by", None),
        "versions_url": f"{page.url}versies/",
        "files_url": f"{page.url}versies/{number}/",
        "licence": open_data.LICENCE,
    }
    response = render(request, "cms/edition_page.html", context)
    response["X-Robots-Tag"] = "noindex" if context["superseded"] else "all"
    return response


@require_safe
def edition_version_pdf(request, year: int, number: int):
    page = _live_edition(request, year)
    snapshot, _versions = _version(page, number)
    content = tasks.edition_pdf_served(snapshot=snapshot)
    if content is None:
        return pdf_in_progress(request, back_url=page.url, back_label=_("Lees de editie op de website"))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="mensenhandelmonitor-{year}-versie-{number}.pdf"'
    return response


@require_safe
def edition_version_metadata(request, year: int, number: int):
    snapshot, _versions = _version(_live_edition(request, year), number)
    snapshot.refresh_from_db(fields=["document"])
    return _metadata_response(snapshot.document)


@require_safe
def edition_version_csv(request, year: int, number: int):
    snapshot, _versions = _version(_live_edition(request, year), number)
    snapshot.refresh_from_db(fields=["document"])
    return _csv_response(snapshot.document, f"mensenhandelmonitor-{year}-versie-{number}-cijfers.csv")
