"""Public views of the publication that are not Wagtail pages: the PDF of an edition."""

from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from cms import services
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
