"""Is a screen Dutch? A scan of the text a user meets for common English UI words.

Browser tests call ``assert_no_english(page)`` on every screen they visit. The scan reads the
rendered text (screen-reader-only text included), the document title and the placeholders, titles
and labels of controls, drops the proper names that are allowed, and looks for whole English words.
"English" here is a short list of words that do not occur in Dutch UI text; "of" (Dutch for "or")
is only English in a count ("1 of 3").
"""

import re
from collections.abc import Iterable

ENGLISH_WORDS = [
    "Dashboard",
    "Home",
    "Search",
    "Pages",
    "Page",
    "Edit",
    "Save",
    "Welcome",
    "Sign in",
    "Sign out",
    "Log in",
    "Log out",
    "Help",
    "Previous",
    "Next",
    "Settings",
    "Reports",
    "Delete",
    "Cancel",
    "Submit",
    "Add",
    "Choose",
    "Preview",
    "Publish",
    "Draft",
    "Loading",
    "Show",
    "Hide",
    "Users",
    "Groups",
    "Images",
    "Documents",
    "Snippets",
    "Toggle",
    "Sidebar",
    "Skip to main content",
    "What's new",
    "Editor guide",
    "Documentation",
    "Filter by",
    "Sort by",
    "Expected version",
    "the",
    "and",
    "your",
    "you",
    "with",
    "from",
    "this",
    "here",
    "True",
    "False",
    "None",
]
COUNT_OF = re.compile(r"\b\d+\s+of\s+\d+\b")

# Names that are not words of either language.
PROPER_NAMES = [
    "Wagtail",
    "ESSM",
    "AVIM",
    "RCTM",
    "RIEC",
    "CoMensha",
    "FairWork",
    "Humanitas",
    "Xarah",
    "Tosca",
    "Excel",
    "CSV",
    "XLSX",
    "PDF",
]

_PATTERN = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(word) for word in sorted(ENGLISH_WORDS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)

_PAGE_TEXT = """() => {
  const parts = [document.title, document.body.innerText];
  const selector = '[placeholder], [title], [aria-label], input[type=submit], input[type=button]';
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest('[hidden], template')) continue;
    for (const attr of ['placeholder', 'title', 'aria-label', 'value']) {
      if (attr === 'value' && !el.matches('input[type=submit], input[type=button]')) continue;
      const value = el.getAttribute(attr);
      if (value) parts.push(value);
    }
  }
  return parts.join('\\n');
}"""


def english_words(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The English UI words found in the text, after removing proper names and allowed phrases."""
    for name in [*PROPER_NAMES, *allowed]:
        text = text.replace(name, " ")
    found = [match.group(0) for match in _PATTERN.finditer(text)]
    found += [match.group(0) for match in COUNT_OF.finditer(text)]
    return found


def page_text(page) -> str:
    return page.evaluate(_PAGE_TEXT)


def assert_no_english(page, allowed: Iterable[str] = ()) -> None:
    """Fail with the words found and the URL when the screen shows English."""
    text = page_text(page)
    found = english_words(text, allowed)
    if found:
        lines = [line for line in text.splitlines() if any(word in line for word in found)]
        raise AssertionError(f"English on {page.url}: {sorted(set(found))}\n" + "\n".join(lines[:20]))
