"""Views of the publication that are not Wagtail pages: an edition's PDF, starting the next edition."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from actionplan import roles
from actionplan.permissions import has_role
from cms import next_edition, services
from cms.models import EditionPage


@require_safe
def edition_pdf(request, year: int):
    page = EditionPage.objects.live().public().filter(year=year).first()
    if page is None:
        raise Http404
    content = services.edition_pdf(page=page)
    if content is None:
        response = HttpResponse("De pdf wordt gemaakt; probeer het over een minuut opnieuw.", status=503)
        response["Retry-After"] = "60"
        return response
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="mensenhandelmonitor-{year}.pdf"'
    response["Cache-Control"] = "public, max-age=300"
    return response


class NextEditionView(WagtailAdminTemplateMixin, TemplateView):
    """The beheerder starts next year's edition from an edition: confirm, then create the draft."""

    template_name = "cms/admin/next_edition.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not has_role(request.user, roles.BEHEERDER):
            raise PermissionDenied
        self.source = get_object_or_404(EditionPage, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Editie %(year)s starten") % {"year": self.source.year + 1}

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["source"] = self.source
        context["year"] = self.source.year + 1
        context["exists"] = EditionPage.objects.filter(year=self.source.year + 1).first()
        return context

    def post(self, request, *args, **kwargs):
        try:
            page = next_edition.edition_create_next(source=self.source, user=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect(request.path)
        messages.success(request, _("Concept-editie %(year)s aangemaakt.") % {"year": page.year})
        return redirect("wagtailadmin_pages:edit", page.pk)
