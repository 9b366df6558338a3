"""Wagtail's publish signals, handed to the services that own what follows a publication."""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from cms.caching import invalidate_public_pages


@receiver(page_published)
def on_page_published(sender, instance, revision=None, **kwargs):
    from cms.models import EditionPage
    from cms.services import edition_published

    page = instance.specific
    if isinstance(page, EditionPage) and revision is not None:
        edition_published(page=page, revision=revision)
    else:
        invalidate_public_pages()


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    invalidate_public_pages()
