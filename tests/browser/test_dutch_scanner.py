"""The English-word scanner of the browser tests (no browser needed)."""

from tests.browser.dutch import english_words


def test_finds_english_ui_words_and_counts():
    assert english_words("Dashboard\nSearch all pages") == ["Dashboard", "Search", "pages"]
    assert english_words("Pagina 1 of 3") == ["1 of 3"]
    assert english_words("Sign in to Wagtail") == ["Sign in"]
    assert english_words("Trekker niet vermeld: False") == ["False"]


def test_dutch_text_and_proper_names_pass():
    dutch = "Inloggen bij de Mensenhandelmonitor. Kies een status of een opgave. Editie 2026 bewerken."
    assert english_words(dutch) == []
    assert english_words("Gemaakt met Wagtail; bron: ESSM") == []
    assert english_words("Safe House Rotterdam", allowed=["Safe House"]) == []
