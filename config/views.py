"""Error pages in Dutch: Django's own say "Bad Request (400)" in English and give no reason."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.shortcuts import render
from django.utils.translation import gettext as _


def bad_request(request, exception=None):
    """A form too large to read (more than DATA_UPLOAD_MAX_NUMBER_FIELDS fields, or more text than
    DATA_UPLOAD_MAX_MEMORY_SIZE) or another malformed request: nothing of it was stored."""
    if isinstance(exception, TooManyFieldsSent):
        message = _("Het formulier heeft te veel velden (meer dan %(max)s); er is niets opgeslagen.") % {
            "max": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
        }
    elif isinstance(exception, TooManyFilesSent):
        message = _("Het formulier heeft te veel bestanden; er is niets opgeslagen.")
    elif isinstance(exception, RequestDataTooBig):
        megabytes = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / (1024 * 1024)
        message = _(
            "Het formulier is te groot (meer dan %(size)s MB tekst); er is niets opgeslagen. "
            "Maak de tekst korter."
        ) % {"size": f"{megabytes:.1f}".replace(".", ",")}
    else:
        message = _("Het verzoek kon niet worden gelezen; er is niets opgeslagen.")
    context = {"title": _("Ongeldig verzoek"), "message": message}
    return render(request, "error_page.html", context, status=400)


def database_busy(request):
    context = {
        "title": _("Even bezet"),
        "message": _(
            "Iemand anders sloeg tegelijk gegevens op. Uw wijziging is niet opgeslagen; "
            "probeer het over enkele seconden opnieuw."
        ),
    }
    response = render(request, "error_page.html", context, status=503)
    response["Retry-After"] = "5"
    return response
