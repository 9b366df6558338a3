"""Wagtail's publish signal, handed to the service that owns what follows an edition's publication.
And the cache of where each region's public site is served.

(Cached pages need no signal: their cache keys follow Wagtail's publication log, see cms.caching.)
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site
from wagtail.signals import page_published

from cms.models import EditionPage, HomePage
from cms.models.pages import forget_roots
from cms.services import edition_published, edition_translations_refresh
from cms.tasks import pdf_request_after_publication
from regions.models import Region


@receiver(page_published)
def on_page_published(sender, instance, revision=None, **kwargs):
    page = instance.specific
    if isinstance(page, EditionPage) and revision is not None:
        snapshot = edition_published(page=page, revision=revision)
        ids = [snapshot.pk, *(other.pk for other in edition_translations_refresh(page=page))]
        transaction.on_commit(lambda: [pdf_request_after_publication(pk) for pk in ids])


@receiver(post_save, sender=Region)
@receiver(post_delete, sender=Region)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=HomePage)
@receiver(post_delete, sender=HomePage)
def on_region_site_or_home_changed(**kwargs):
    """Where each region's site is served (cms.regional) follows its regions, sites and home pages."""
    forget_roots()
