"""A pack's translations (``translations/<language>/*.po``), loaded through wagtail-localize as a
translator's PO file is: the page or snippet is submitted for translation, the PO file imported
(``Translation.import_po``, the admin's "Upload PO file"), and the translation saved and published.

The files are ordinary PO files of Dutch source strings (``msgid``) and their translation (``msgstr``);
the ``msgctxt`` of an exported file (the place of the string in the page) may be left out: a string is
translated wherever it occurs. Which object a file translates follows its name:

- ``home.po``: the start page; ``monitor.po``: the list of editions;
- ``editie-YYYY.po``: the edition of that year (its title, introduction and chapters);
- ``teksten-YYYY.po``: the labels of that edition's figures, plan and snippets (cms.EditionLabels).

A string the file does not translate stays Dutch on the English page, marked ``lang="nl"``, and shows
as untranslated in the admin's translation progress. Loading twice changes nothing.
"""

import re
from collections import Counter
from pathlib import Path

import polib
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

COUNT = "vertalingen"
TOOL = "data pack"


def _objects(folder: Path, region) -> list[tuple[Path, object]]:
    """The files of a language folder with what they translate, labels first (an edition's translation
    is composed from its labels when it is published)."""
    from cms.models import EditionLabels, EditionPage, HomePage, MonitorIndexPage

    source = Locale.objects.get(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    home = HomePage.objects.filter(region=region, locale=source).first()
    found = []
    for path in sorted(folder.glob("*.po")):
        name = path.stem
        if match := re.fullmatch(r"teksten-(\d{4})", name):
            target = EditionLabels.objects.filter(region=region, year=int(match[1]), locale=source).first()
            order = 0
        elif name == "home":
            target, order = home, 1
        elif name == "monitor":
            target = MonitorIndexPage.objects.child_of(home).first() if home else None
            order = 2
        elif match := re.fullmatch(r"editie-(\d{4})", name):
            target = EditionPage.objects.filter(region=region, year=int(match[1]), locale=source).first()
            order = 3
        else:
            raise ValueError(f"translations/{folder.name}/{path.name}: no page or snippet has this name")
        if target is not None:
            found.append((order, path, target))
    return [(path, target) for _order, path, target in sorted(found, key=lambda item: (item[0], item[1]))]


def _translate(instance, locale: Locale, path: Path) -> bool:
    """Submit ``instance`` for translation into ``locale`` and import the PO file; True if it changed."""
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    wanted = {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr}
    po = translation.export_po()
    changed = created
    for entry in po:
        text = wanted.get(entry.msgid)
        if text and entry.msgstr != text:
            entry.msgstr = text
            changed = True
    if changed:
        translation.import_po(po, tool_name=TOOL)
    try:
        translation.get_target_instance()
    except ObjectDoesNotExist:
        changed = True
    if not changed:
        return False
    if isinstance(instance, Page):
        # A draft, published here and now (save_target would publish once the transaction commits).
        source.create_or_update_translation(locale, publish=False, fallback=True, copy_parent_pages=True)
        page = translation.get_target_instance()
        page.get_latest_revision().publish()
    else:
        translation.save_target(publish=True)
    return True


def load_translations(pack) -> dict[str, int]:
    """Every ``translations/<language>/`` folder of the pack."""
    counts = Counter({COUNT: 0})
    folder = Path(pack.path) / "translations"
    if not folder.is_dir():
        return dict(counts)
    from .load import pack_region

    region = pack_region(pack)
    for language_folder in sorted(path for path in folder.iterdir() if path.is_dir()):
        locale, _created = Locale.objects.get_or_create(language_code=language_folder.name)
        for path, instance in _objects(language_folder, region):
            counts[COUNT] += _translate(instance, locale, path)
    return dict(counts)
