"""A region's logo: a small SVG of its own, shown in the header of its public pages and on the cover
of its PDF (as an image, so nothing in it can run).

The SVG is checked before it is stored: one ``<svg>`` element at the root, no document type or
entities, no scripts, event handlers, embedded HTML or references outside the file itself, at most
``MAX_BYTES``. A region without a logo shows the workbench's mark in its own colours.
"""

import base64
import re
from xml.etree.ElementTree import ParseError

from defusedxml import ElementTree as ET
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 50_000
SVG = "{http://www.w3.org/2000/svg}"
FORBIDDEN_ELEMENTS = {"script", "foreignobject", "iframe", "object", "embed", "audio", "video", "image"}
REFERENCE = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)


def problems(svg: str) -> list[str]:
    """What makes ``svg`` unfit as a region's logo, in Dutch (empty: fit)."""
    if len(svg.encode("utf-8")) > MAX_BYTES:
        return [_("het logo is groter dan %(max)s bytes.") % {"max": MAX_BYTES}]
    if "<!" in svg:
        return [_("het logo mag geen DOCTYPE, entiteiten of CDATA bevatten.")]
    try:
        root = ET.fromstring(svg)
    except (ParseError, ValueError) as error:
        return [_("het logo is geen geldige SVG (%(error)s).") % {"error": error}]
    if root.tag != f"{SVG}svg":
        return [_('het logo moet een <svg>-element zijn (met xmlns="http://www.w3.org/2000/svg").')]
    found = []
    for element in root.iter():
        name = element.tag.rpartition("}")[2].lower()
        if name in FORBIDDEN_ELEMENTS:
            found.append(_("het logo bevat een niet toegestaan element <%(name)s>.") % {"name": name})
        for attribute, value in element.attrib.items():
            local = attribute.rpartition("}")[2].lower()
            if local.startswith("on"):
                found.append(_("het logo bevat een scriptattribuut (%(name)s).") % {"name": local})
            elif local == "href" and not value.startswith("#"):
                found.append(_("het logo verwijst naar iets buiten zichzelf (%(value)s).") % {"value": value})
            elif REFERENCE.search(value):
                found.append(_("het logo verwijst naar iets buiten zichzelf (%(value)s).") % {"value": value})
        if name == "style" and element.text and REFERENCE.search(element.text):
            found.append(_("het logo verwijst in zijn stijl naar iets buiten zichzelf."))
    return found


def validate_logo(svg: str) -> None:
    if svg and (found := problems(svg)):
        raise ValidationError(found)


def data_uri(svg: str) -> str:
    """The logo as a ``data:`` address for an ``<img>`` (the public pages' policy allows data images)."""
    if not svg:
        return ""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
