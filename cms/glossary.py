"""The glossary of the translation: Dutch terms with their one English rendering.

Kept as data (``locale/en/glossary.yaml``); shown to translators above wagtail-localize's translation
editor (``templates/wagtail_localize/admin/edit_translation.html``) and written at the top of every PO
file they download (``cms.wagtail_hooks``), so a translator working outside the admin has it too.
"""

from functools import cache
from pathlib import Path

import yaml
from django.conf import settings


@cache
def glossary(language: str = "en") -> list[dict[str, str]]:
    path = Path(settings.BASE_DIR) / "locale" / language / "glossary.yaml"
    if not path.exists():
        return []
    return [
        {"dutch": str(entry["dutch"]), "english": str(entry["english"]), "note": str(entry.get("note", ""))}
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []
    ]


def po_header(language: str = "en") -> str:
    """The glossary as the comment at the top of a PO file."""
    lines = [
        "Mensenhandelmonitor: translation from Dutch. Glossary (use these renderings):",
        "",
    ]
    for entry in glossary(language):
        line = f"  {entry['dutch']} = {entry['english']}"
        lines.append(f"{line}. {entry['note']}" if entry["note"] else line)
    return "\n".join(lines)
