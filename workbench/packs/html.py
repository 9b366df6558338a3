"""The HTML files of a pack: pages, chapters and snippets as HTML with their fields in comments.

A file is a row of parts. A part starts with a marker comment at the start of a line,
``<!-- kind -->`` or ``<!-- kind: value -->``, where the value is YAML (a text, a list or a mapping;
it may span lines); the HTML after the marker, up to the next marker, is the part's body. Any other
comment is a note for whoever edits the file and is left out.

Line breaks in a body are layout: a break after a tag (``</p>`` then a new line) is dropped, any
other break counts as one space. So a paragraph may be written on one line or several.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .files import PackError, load_yaml

COMMENT = re.compile(r"<!--(.*?)-->", re.S)
MARKER = re.compile(r"^\s*([a-z_]+)\s*(?::(.*))?$", re.S)
# Where a line break is put when a pack is written: after these tags.
BREAK_AFTER = re.compile(r"(</(?:p|li|ul|ol|h[1-6]|blockquote|table|tr)>|<(?:ul|ol)>)(?!$)")


def layout(body: str) -> str:
    """One block element a line (how the pack's files were written from the old seed)."""
    return BREAK_AFTER.sub(lambda match: match.group(1) + "\n", body)


def unlayout(text: str) -> str:
    """The stored HTML of a body as written in a file (see the module's note on line breaks)."""
    text = re.sub(r">[ \t]*\r?\n[ \t\r\n]*", ">", text.strip())
    return re.sub(r"[ \t]*\r?\n[ \t\r\n]*", " ", text)


@dataclass
class Part:
    kind: str
    value: object
    body: str
    file: str
    line: int
    body_line: int = 0
    extra: dict = field(default_factory=dict)


def read_parts(text: str, file: str, kinds: set[str], errors: list[PackError]) -> list[Part]:
    parts: list[Part] = []
    position = 0
    current: Part | None = None
    pieces: list[str] = []

    def close(end: int) -> None:
        if current is not None:
            pieces.append(text[position:end])
            current.body = unlayout(COMMENT.sub("", "".join(pieces)))
            parts.append(current)

    for match in COMMENT.finditer(text):
        found = MARKER.match(match.group(1))
        line = text.count("\n", 0, match.start()) + 1
        at_line_start = match.start() == 0 or text[match.start() - 1] == "\n"
        if not found or found.group(1) not in kinds or not at_line_start:
            if found and at_line_start and found.group(1).islower() and found.group(2) is not None:
                errors.append(
                    PackError(
                        file,
                        line,
                        _("onbekend onderdeel '%(kind)s' (bekend: %(known)s).")
                        % {"kind": found.group(1), "known": ", ".join(sorted(kinds))},
                    )
                )
            continue
        if current is None:
            stray = COMMENT.sub("", text[position : match.start()]).strip()
            if stray:
                errors.append(PackError(file, 1, _("HTML voor de eerste markering (<!-- soort: ... -->).")))
        close(match.start())
        pieces = []
        value = None
        if found.group(2) is not None:
            # Parsed with the lines before it, so that YAML's errors name the file's line.
            value = load_yaml("\n" * (line - 1) + found.group(2), file, errors)
        current = Part(found.group(1), value, "", file, line)
        current.body_line = text.count("\n", 0, match.end()) + 1
        position = match.end()
    if current is None:
        errors.append(PackError(file, 1, _("geen markering (<!-- soort: ... -->) in dit bestand.")))
        return parts
    close(len(text))
    return parts
