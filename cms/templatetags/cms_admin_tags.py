"""Template helpers of the publication's admin screens."""

from django import template

from cms.glossary import glossary

register = template.Library()


@register.simple_tag
def translation_glossary(language: str = "en") -> list[dict[str, str]]:
    """The glossary translators see above wagtail-localize's translation editor."""
    return glossary(language)
