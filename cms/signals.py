"""Wagtail's publish signal, handed to the service that owns what follows an edition's publication.

(Cached pages need no signal: their cache keys follow Wagtail's publication log, see cms.caching.)
"""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from cms.models import EditionPage
from cms.services import edition_published, edition_translations_refresh
from cms.tasks import pdf_request_after_publication


@receiver(page_published)
def on_page_published(sender, instance, revision=None, **kwargs):
    page = instance.specific
    if isinstance(page, EditionPage) and revision is not None:
        snapshot = edition_published(page=page, revision=revision)
        ids = [snapshot.pk, *(other.pk for other in edition_translations_refresh(page=page))]
        transaction.on_commit(lambda: [pdf_request_after_publication(pk) for pk in ids])
