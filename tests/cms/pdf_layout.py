"""Reading the layout of a tagged PDF back: what is on each page, in reading order, and how full it is.

WeasyPrint writes PDF/UA-1, so every piece of content is marked with the structure element it belongs
to (H2, Caption, Table/TBody/TR, L/LI, Link, Figure ...). pdfplumber gives the structure tree with a
page number per element and the characters with their marked-content ids; joined, they tell which
heading, caption, table row or note ends up on which page, without guessing from font sizes.
"""

import re
from dataclasses import dataclass, field

import pdfplumber

MM = 72 / 25.4
# The content area of assets/css/monitor-pdf.css: @page margin 22mm top, 20mm bottom.
MARGIN_TOP, MARGIN_BOTTOM = 22 * MM, 20 * MM


@dataclass
class Leaf:
    """A structure element that holds content, with the types of its ancestors (outermost first)."""

    page: int
    path: tuple[str, ...]
    text: str

    def inside(self, *types: str) -> bool:
        return any(t in self.path for t in types)


@dataclass
class Element:
    type: str
    page: int | None
    children: list["Element"] = field(default_factory=list)
    leaves: list[Leaf] = field(default_factory=list)

    def text(self) -> str:
        own = "".join(leaf.text for leaf in self.leaves)
        return own + "".join(child.text() for child in self.children)

    def pages(self) -> set[int]:
        found = {leaf.page for leaf in self.leaves}
        for child in self.children:
            found |= child.pages()
        return found

    def find(self, type_: str) -> list["Element"]:
        hits = [self] if self.type == type_ else []
        for child in self.children:
            hits += child.find(type_)
        return hits


@dataclass
class Layout:
    pages: int
    leaves: list[Leaf]  # in reading order
    root: Element
    fill: dict[int, float]  # page number -> share of the content area's height that is used

    def page_leaves(self, page: int) -> list[Leaf]:
        return [leaf for leaf in self.leaves if leaf.page == page]

    def chapter_starts(self) -> set[int]:
        """Pages that open a chapter (or the front matter): a level-2 heading at the top of the page."""
        starts = {1}
        for page in range(1, self.pages + 1):
            leaves = [leaf for leaf in self.page_leaves(page) if leaf.text.strip()]
            if leaves and "H2" in leaves[0].path or page == 2:
                starts.add(page)
        return starts

    def chapter_ends(self) -> set[int]:
        return {page - 1 for page in self.chapter_starts() if page > 1} | {self.pages}


def read_layout(path) -> Layout:
    with pdfplumber.open(path) as pdf:
        texts: dict[tuple[int, int], str] = {}
        for page in pdf.pages:
            for char in page.chars:
                if char.get("mcid") is not None:
                    key = (page.page_number, char["mcid"])
                    texts[key] = texts.get(key, "") + char["text"]
        leaves: list[Leaf] = []
        root = Element("Root", None)
        _walk(pdf.structure_tree, (), texts, leaves, root)
        fill = {page.page_number: _fill(page) for page in pdf.pages}
        return Layout(pages=len(pdf.pages), leaves=leaves, root=root, fill=fill)


def _walk(nodes, path, texts, leaves, parent):
    for node in nodes:
        element = Element(node.get("type", ""), node.get("page_number"))
        parent.children.append(element)
        node_path = (*path, element.type)
        for mcid in node.get("mcids") or []:
            leaf = Leaf(node.get("page_number"), node_path, texts.get((node.get("page_number"), mcid), ""))
            leaves.append(leaf)
            element.leaves.append(leaf)
        _walk(node.get("children", []), node_path, texts, leaves, element)


def _fill(page) -> float:
    top, bottom = MARGIN_TOP - 1, page.height - MARGIN_BOTTOM + 1
    objects = page.chars + page.rects + page.lines + page.curves
    used = [obj["bottom"] for obj in objects if obj["top"] >= top and obj["bottom"] <= bottom]
    if not used:
        return 0.0
    return (max(used) - MARGIN_TOP) / (bottom - 1 - MARGIN_TOP)


def note_label(text: str) -> str | None:
    """The number (or letter) a note is printed with: "2." -> "2"."""
    match = re.match(r"\s*([0-9A-Za-z]{1,3})[.)]\s", text)
    return match.group(1) if match else None
