"""Server-side SVG charts and the figure block, on snapshot dicts (no database)."""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.template.loader import render_to_string

from monitor import charts, disclosure
from monitor.charts import summary, svg

NS = {"svg": "http://www.w3.org/2000/svg"}
FORMS = [
    ("preventief", "Preventief"),
    ("seksueel", "Seksuele uitbuiting"),
    ("crimineel", "Criminele uitbuiting"),
]
AGES = [("18-", "18-"), ("18+", "18+")]


def _dim(code, label, values, *, total=True):
    items = [{"code": c, "label": text, "is_total": False} for c, text in values]
    if total:
        items.append({"code": "totaal", "label": "Totaal", "is_total": True})
    return {"code": code, "label": label, "values": items}


def _cell(year, coords, value, *, is_total=False, footnotes=()):
    return {
        "year": year,
        "coords": coords,
        "value": value,
        "display": "niet beschikbaar" if value is None else str(value),
        "status": "missing" if value is None else "ok",
        "is_total": is_total,
        "footnotes": list(footnotes),
    }


def snapshot(dims=2, years=(2023, 2024, 2025), values=None, **extra):
    """ESSM-like care table; ``values`` maps (form, age) to one value per year (None: not available)."""
    values = values or {
        ("preventief", "18-"): [15, 19, 23],
        ("preventief", "18+"): [11, 7, 11],
        ("seksueel", "18-"): [20, 10, 24],
        ("seksueel", "18+"): [83, 105, 120],
        ("crimineel", "18-"): [2, 5, None],
        ("crimineel", "18+"): [6, 8, 9],
    }
    years = list(years)
    cells, dimensions = [], []
    if dims == 2:
        dimensions = [_dim("uitbuitingsvorm", "Uitbuitingsvorm", FORMS), _dim("leeftijd", "Leeftijd", AGES)]
        for (form, age), series in values.items():
            cells += [
                _cell(y, {"uitbuitingsvorm": form, "leeftijd": age}, v)
                for y, v in zip(years, series, strict=False)
            ]
        cells += [
            _cell(y, {"uitbuitingsvorm": "totaal", "leeftijd": "totaal"}, 991, is_total=True) for y in years
        ]
    elif dims == 1:
        dimensions = [_dim("uitbuitingsvorm", "Uitbuitingsvorm", FORMS)]
        for (form, age), series in values.items():
            if age == "18+":
                cells += [_cell(y, {"uitbuitingsvorm": form}, v) for y, v in zip(years, series, strict=False)]
        cells += [_cell(y, {"uitbuitingsvorm": "totaal"}, 992, is_total=True) for y in years]
    else:
        cells = [_cell(y, {}, v) for y, v in zip(years, values[("seksueel", "18+")], strict=False)]
    return {
        "code": "essm-zorg",
        "title": "Hulpverlening ESSM",
        "unit": "aantal trajecten",
        "description": "Trajecten naar vorm en leeftijd.",
        "source": "ESSM",
        "partner": "ESSM",
        "years": years,
        "dimensions": dimensions,
        "cells": [c for c in cells if c["year"] in years],
        "footnotes": [],
        "joint_reports": [],
        "disclosure_threshold": None,
        **extra,
    }


def parse(markup) -> ET.Element:
    return ET.fromstring(str(markup))  # noqa: S314 (our own markup; raises when not well-formed)


def texts(root) -> list[str]:
    return ["".join(el.itertext()) for el in root.iter(f"{{{NS['svg']}}}text")]


def test_svg_is_well_formed_and_labelled():
    root = parse(charts.render_chart_svg(snapshot()))
    assert root.get("role") == "img"
    assert root.get("width") == "100%"
    assert root.get("viewBox").startswith("0 0 640 ")
    title = root.find("svg:title", NS)
    desc = root.find("svg:desc", NS)
    assert title.text == "Hulpverlening ESSM"
    assert "Gestapeld staafdiagram" in desc.text
    assert root.get("aria-labelledby").split() == [title.get("id"), desc.get("id")]


@pytest.mark.parametrize(
    ("dims", "years", "kind", "category", "series"),
    [
        (2, (2023, 2024, 2025), "stacked", "uitbuitingsvorm", "leeftijd"),
        (1, (2023, 2024, 2025), "grouped", "uitbuitingsvorm", "jaar"),
        (1, (2025,), "bar", "uitbuitingsvorm", None),
        (0, (2023, 2024, 2025), "bar", "jaar", None),
    ],
)
def test_auto_chooses_a_sensible_chart(dims, years, kind, category, series):
    plan = charts.plan_chart(snapshot(dims, years))
    assert (plan.kind, plan.category, plan.series) == (kind, category, series)


@pytest.mark.parametrize("chart_type", ["auto", "bar", "grouped", "stacked"])
@pytest.mark.parametrize("dims", [0, 1, 2])
def test_every_visible_number_is_written_and_totals_are_not_drawn(chart_type, dims):
    snap = snapshot(dims)
    plan = charts.plan_chart(snap, chart_type)
    root = parse(charts.render_chart_svg(snap, chart_type))
    labels = texts(root)
    shown = [seg.cell for group in plan.groups for bar in group.bars for seg in bar.segments]
    for cell in shown:
        assert not cell.get("is_total")
        if cell["value"] is not None:
            assert cell["display"] in labels
    assert not {"991", "992", "Totaal"} & set(labels)
    assert all(label not in {"Totaal"} for label in labels)


def test_bar_chart_of_two_dimensions_uses_the_total_of_the_other_dimension():
    snap = snapshot(2, (2025,))
    snap["cells"] += [
        _cell(2025, {"uitbuitingsvorm": form, "leeftijd": "totaal"}, 500 + i, is_total=True)
        for i, (form, _) in enumerate(FORMS)
    ]
    plan = charts.plan_chart(snap, "bar", category_dim="uitbuitingsvorm")
    assert [bar.segments[0].cell["value"] for group in plan.groups for bar in group.bars] == [500, 501, 502]


def test_not_available_is_marked_and_never_drawn_as_a_number():
    snap = snapshot(1, (2025,), values={("preventief", "18+"): [None], ("seksueel", "18+"): [40]})
    root = parse(charts.render_chart_svg(snap))
    labels = texts(root)
    assert labels.count("n.b.") == 2  # preventief and crimineel (no cell at all)
    assert "40" in labels
    assert "0" in labels  # only as the axis tick
    assert labels.count("0") == 1
    hatched = [r for r in root.iter(f"{{{NS['svg']}}}rect") if r.get("fill", "").startswith("url(#")]
    assert len(hatched) == 2
    assert "n.b. betekent niet beschikbaar" in root.find("svg:desc", NS).text


def test_all_missing_renders_an_empty_frame():
    snap = snapshot(1, (2025,), values={("preventief", "18+"): [None]})
    root = parse(charts.render_chart_svg(snap))
    assert texts(root) == ["Cijfers niet beschikbaar"]
    assert "geen cijfers beschikbaar" in root.find("svg:desc", NS).text


def test_suppressed_cells_show_the_symbol_only():
    snap = disclosure.apply(snapshot(2, disclosure_threshold=5))
    root = parse(charts.render_chart_svg(snap))
    labels = texts(root)
    assert disclosure.SYMBOL in labels
    assert "2" not in labels  # crimineel 18- 2023 is hidden
    assert "betekent niet getoond" in root.find("svg:desc", NS).text


def test_labels_are_escaped():
    evil = '<script>alert("x")</script>&"'
    snap = snapshot(1, (2025,), title=evil)
    snap["dimensions"][0]["values"][0]["label"] = evil
    snap["dimensions"][0]["label"] = evil
    markup = str(charts.render_chart_svg(snap))
    root = parse(markup)
    assert "<script>" not in markup
    assert not list(root.iter(f"{{{NS['svg']}}}script"))
    assert evil in texts(root)
    assert root.find("svg:title", NS).text == evil


def test_palette_and_text_colours_have_enough_contrast():
    for colour in (svg.TEXT, svg.MUTED):
        assert charts.contrast_ratio(colour, svg.BACKGROUND) >= 4.5
    for fill in charts.PALETTE:
        # Numbers inside a bar: dark or white, whichever reads better, at least 4.5:1.
        assert charts.contrast_ratio(charts.label_colour(fill), fill) >= 4.5, fill
        # Every bar has a dark outline, so its edge stands out (3:1) even for the light colours.
        assert charts.contrast_ratio(svg.TEXT, svg.BACKGROUND) >= 3
    assert len(set(charts.PALETTE)) == len(charts.PALETTE)


def test_contrast_ratio_matches_wcag_examples():
    assert charts.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert charts.contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_chart_ids_differ_per_table_and_chart_type():
    a = parse(charts.render_chart_svg(snapshot(2), "stacked")).find("svg:title", NS).get("id")
    b = parse(charts.render_chart_svg(snapshot(2), "grouped", years=[2025])).find("svg:title", NS).get("id")
    assert a != b


def test_unknown_chart_type_or_dimension_is_an_error():
    with pytest.raises(ValueError):
        charts.render_chart_svg(snapshot(), "pie")
    with pytest.raises(ValueError):
        charts.render_chart_svg(snapshot(), "bar", category_dim="gemeente")


# --- the figure block ---------------------------------------------------------------------------------


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if attrs.get("href", "").startswith("#"):
            self.hrefs.append(attrs["href"][1:])


def render_figure(snap, **kwargs):
    figure = charts.figure_context(snap, **kwargs)
    return render_to_string("monitor/includes/figure.html", {"figure": figure})


def test_figure_has_chart_table_notes_and_source():
    snap = snapshot(2, footnotes=[{"number": 1, "text": "Noot over criminele uitbuiting."}])
    snap["cells"][0]["footnotes"] = [1]
    snap["joint_reports"] = [{"year": 2025, "text": "1 melding samen gedaan voor Schiedam en Vlaardingen."}]
    html = render_figure(snap, heading_level=3)
    parser = _Ids()
    parser.feed(html)
    assert '<h3 class="mhm-figure__title" id="mhm-figure-essm-zorg-title">Hulpverlening ESSM</h3>' in html
    assert "<svg" in html and 'role="img"' in html
    assert "<caption" in html and "Hulpverlening ESSM (2023-2025)" in html
    assert html.count('scope="colgroup"') == 3
    assert html.count('scope="row"') == 4  # three forms and the total
    assert "mhm-figure__row--total" in html
    assert "niet beschikbaar" in html  # crimineel 18- 2025
    assert "Bron: ESSM" in html
    assert "Schiedam en Vlaardingen" in html
    assert 'aria-label="voetnoot 1"' in html
    assert set(parser.hrefs) <= set(parser.ids)
    assert len(parser.ids) == len(set(parser.ids))


def test_figure_of_one_dimension_has_years_as_columns():
    html = render_figure(snapshot(1))
    header = re.findall(r'<th scope="col">(\d{4})</th>', html)
    assert header == ["2023", "2024", "2025"]
    assert "992" in html  # the printed total is in the table, not in the chart


def test_public_figure_hides_small_numbers_in_chart_and_table():
    snap = snapshot(
        1, (2025,), values={("preventief", "18+"): [3], ("seksueel", "18+"): [40], ("crimineel", "18+"): [9]}
    )
    snap["disclosure_threshold"] = 5
    html = render_figure(snap)
    assert ">3<" not in html
    assert "niet getoond ter bescherming van kleine aantallen" in html
    assert "x: niet getoond" in html
    assert ">9<" not in html and ">992<" in html  # the second-smallest part is hidden too
    assert ">3<" in render_figure(snap, public=False)


def test_key_figure_shows_the_grand_total_of_the_last_year():
    html = render_to_string(
        "monitor/includes/key_figure.html", {"key_figure": charts.key_figure_context(snapshot())}
    )
    assert "991" in html and "(2025)" in html and "Bron: ESSM" in html


def test_long_labels_wrap_instead_of_running_off_the_chart():
    snap = snapshot(1, (2025,))
    long_label = "Geschat aantal slachtoffers per jaar in Nederland volgens de Nationaal Rapporteur"
    snap["dimensions"][0]["values"][0]["label"] = long_label
    root = parse(charts.render_chart_svg(snap))
    pieces = [t for t in texts(root) if t and t in long_label]
    assert len(pieces) >= 2
    assert " ".join(pieces) == long_label
    for el in root.iter(f"{{{NS['svg']}}}text"):
        if el.get("text-anchor") == "end":
            assert svg.text_width(el.text) <= float(el.get("x")) - svg.PAD + 1


def test_stacked_bar_without_parts_shows_the_printed_total_in_grey():
    snap = snapshot(2, (2025,), values={("preventief", "18-"): [3], ("preventief", "18+"): [4]})
    snap["cells"].append(
        _cell(2025, {"uitbuitingsvorm": "seksueel", "leeftijd": "totaal"}, 77, is_total=True)
    )
    plan = charts.plan_chart(snap)
    assert plan.unsplit
    root = parse(charts.render_chart_svg(snap))
    assert "77" in texts(root)
    assert "Totaal, niet uitgesplitst" in texts(root)
    assert any(r.get("fill") == svg.NEUTRAL for r in root.iter(f"{{{NS['svg']}}}rect"))
    assert texts(root).count("n.b.") == 1  # crimineel: no cells at all, no printed total either


def test_values_in_another_unit_stay_out_of_the_chart():
    snap = snapshot(1, (2025,))
    snap["dimensions"][0]["values"][1]["unit"] = "procent"
    root = parse(charts.render_chart_svg(snap))
    assert "Seksuele uitbuiting" not in texts(root)
    assert "Seksuele uitbuiting" in root.find("svg:desc", NS).text
    assert "Seksuele uitbuiting (procent)" in render_figure(snap)


def test_stacked_zeros_get_no_label_but_are_explained():
    snap = snapshot(2, (2025,), values={("preventief", "18-"): [0], ("preventief", "18+"): [40]})
    root = parse(charts.render_chart_svg(snap))
    assert texts(root).count("0") == 1  # only the axis tick
    assert "Nullen hebben in de balken geen label" in root.find("svg:desc", NS).text


def test_years_without_any_cell_are_left_out_but_unavailable_years_stay():
    snap = snapshot(1, (2024, 2025))
    snap["years"] = [2023, 2024, 2025]
    for cell in snap["cells"]:
        if cell["year"] == 2024:
            cell.update(value=None, display="niet beschikbaar", status="missing")
    assert charts.plan_chart(snap).years == [2024, 2025]
    assert charts.figure_context(snap)["years_text"] == "2024, 2025"
    assert charts.plan_chart(snap, years=[2023, 2025]).years == [2023, 2025]


def test_several_notes_on_one_cell_are_separated():
    snap = snapshot(1, (2025,), footnotes=[{"number": 3, "text": "a"}, {"number": 6, "text": "b"}])
    snap["cells"][0]["footnotes"] = [3, 6]
    html = render_figure(snap)
    assert re.search(r'>3</a>, <a href="#mhm-figure-essm-zorg-noot-6"', html)


def test_two_figures_of_one_table_on_a_page_have_distinct_ids():
    parser = _Ids()
    parser.feed(render_figure(snapshot(), figure_id="fig-a") + render_figure(snapshot(), figure_id="fig-b"))
    assert len(parser.ids) == len(set(parser.ids))
    assert set(parser.hrefs) <= set(parser.ids)


# --- drawn for the width, and said in words (issue 13) ----------------------------------------------


def _sizes(root) -> list[float]:
    return [float(el.get("font-size") or root.get("font-size")) for el in root.iter(f"{{{NS['svg']}}}text")]


@pytest.mark.parametrize("dims", [0, 1, 2])
def test_narrow_chart_is_320_wide_with_labels_above_the_bars_and_no_text_under_13_units(dims):
    root = parse(charts.render_chart_svg(snapshot(dims), frame=svg.NARROW))
    assert root.get("viewBox").split()[2] == "320"
    assert min(_sizes(root)) >= 13  # 13 units on a 317 px column: 12.9 px
    snap = snapshot(dims)
    drawn = {c["display"] for c in snap["cells"] if c["value"] is not None and not c["is_total"]}
    if dims == 0:
        drawn = {c["display"] for c in snap["cells"]}
    assert drawn <= set(texts(root))  # every number is written, as in the wide chart
    for el in root.iter(f"{{{NS['svg']}}}text"):
        assert (
            float(el.get("x")) + (svg.text_width(el.text) if el.get("text-anchor") == "start" else 0) <= 320
        )


def test_narrow_bar_chart_writes_each_label_above_its_bar_and_draws_at_most_four_ticks():
    root = parse(charts.render_chart_svg(snapshot(1, (2025,)), frame=svg.NARROW))
    label = next(el for el in root.iter(f"{{{NS['svg']}}}text") if el.text == "Seksuele uitbuiting")
    assert float(label.get("x")) == svg.PAD and label.get("text-anchor") == "start"
    bar = next(
        r
        for r in root.iter(f"{{{NS['svg']}}}rect")
        if r.get("fill") == svg.PALETTE[0] and float(r.get("y")) > float(label.get("y"))
    )
    assert float(bar.get("x")) == svg.PAD  # the whole width goes to the bars
    ticks = [
        el for el in root.iter(f"{{{NS['svg']}}}text") if el.get("fill") == svg.MUTED and el.text.isdigit()
    ]
    assert 2 <= len(ticks) <= 4


def test_summary_names_the_largest_values_and_how_they_moved():
    snap = snapshot(2)
    plan = charts.plan_chart(snap)
    text = summary.chart_summary(snap, plan)
    assert text.startswith("Hoogste waarden in 2025: Seksuele uitbuiting, 18+ (120)")
    assert "Seksuele uitbuiting, 18+ van 83 in 2023 naar 120 in 2025" in text
    assert "991" not in text  # totals are not drawn and not named
    one_year = snapshot(1, (2025,))
    assert summary.chart_summary(one_year, charts.plan_chart(one_year)) == (
        "Hoogste waarden: Seksuele uitbuiting (83), Preventief (11), Criminele uitbuiting (6)."
    )


def test_web_figure_has_a_wide_and_a_narrow_chart_and_print_figure_one_with_its_summary_as_title():
    web = charts.figure_context(snapshot(1, (2025,)))
    assert "mhm-figure__svg--narrow" in web["chart_svg_narrow"]
    assert parse(web["chart_svg"]).find("svg:title", NS).text == "Hulpverlening ESSM"
    assert "Hoogste waarden" in parse(web["chart_svg"]).find("svg:desc", NS).text
    html = render_figure(snapshot(1, (2025,)))
    parser = _Ids()
    parser.feed(html)
    assert len(parser.ids) == len(set(parser.ids))
    printed = charts.figure_context(snapshot(1, (2025,)), for_print=True)
    assert printed["chart_svg_narrow"] == ""
    title = parse(printed["chart_svg"]).find("svg:title", NS).text
    assert title.startswith("Hulpverlening ESSM. Hoogste waarden: Seksuele uitbuiting (83)")
    empty = snapshot(1, (2025,), values={("seksueel", "18+"): [None]})
    title = parse(charts.figure_context(empty, for_print=True)["chart_svg"]).find("svg:title", NS).text
    assert title == "Hulpverlening ESSM. Er zijn geen cijfers beschikbaar."


def test_a_note_is_printed_with_its_own_number_not_its_place_in_the_list():
    # The seed numbers notes per edition (2-6); a list restarting at 1 printed "1." beside marker 2.
    snap = snapshot(1, (2025,), footnotes=[{"number": 2, "text": "Niet alle telefoontjes."}])
    snap["cells"][0]["footnotes"] = [2]
    html = render_figure(snap)
    assert '<span class="mhm-figure__note-number">2.</span> Niet alle telefoontjes.' in html
    assert 'aria-label="voetnoot 2"' in html
