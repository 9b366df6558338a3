"""Wagtail's publish signal, handed to the service that owns what follows an edition's publication.

(Cached pages need no signal: their cache keys follow Wagtail's publication log, see cms.caching.)
"""

from django.dispatch import receiver
from wagtail.signals import page_published


@receiver(page_published)
def on_page_published(sender, instance, revision=None, **kwargs):
    from cms.models import EditionPage
    from cms.services import edition_published

    page = instance.specific
    if isinstance(page, EditionPage) and revision is not None:
        edition_published(page=page, revision=revision)
