"""Helpers that write the raw StreamField data of the seeded edition's chapters."""


def text(html: str) -> dict:
    return {"type": "text", "value": html}


def heading(title: str) -> dict:
    return {"type": "heading", "value": title}


def figure(table: str, years: str, chart_type: str = "auto", caption: str = "") -> dict:
    value = {"table": table, "years": years, "chart_type": chart_type, "caption": caption}
    return {"type": "figure", "value": value}


def key_figures(*items: tuple[str, str, int, str, str]) -> dict:
    figures = [
        {"label": label, "table": table, "year": year, "cell": cell, "value": "", "source": source}
        for label, table, year, cell, source in items
    ]
    return {"type": "key_figures", "value": {"figures": figures}}


def callout(title: str, html: str) -> dict:
    return {"type": "callout", "value": {"title": title, "text": html}}


def section(title: str, *content: dict) -> dict:
    return {"type": "section", "value": {"title": title, "content": list(content)}}


OPGAVEN_HTML = (
    "<ol><li>beter zicht krijgen op de aard en omvang van de verschillende vormen van mensenhandel;</li>"
    "<li>de regionale samenwerking versterken tussen gemeenten, onderwijs en organisaties in zorg en "
    "veiligheid;</li><li>bewustwording vergroten en signaleren en melden bevorderen;</li>"
    "<li>faciliteerders en mensenhandelaren aanpakken;</li>"
    "<li>mensenhandel voorkomen en slachtoffers zorg bieden, door zorg en veiligheid te verbinden.</li></ol>"
)
