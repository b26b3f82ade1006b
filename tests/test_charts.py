"""Charts: terminal sparklines and bars, the SVG chart, and writing plot files."""

from __future__ import annotations

import math
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcpoa_tracker.render.charts import PlotError, Series, bar, sparkline, svg_chart, write_plot

NS = "{http://www.w3.org/2000/svg}"
MONTHS = [f"2021-{m:02d}" for m in range(1, 7)]


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def elements(root: ET.Element, tag: str) -> list[ET.Element]:
    return list(root.iter(NS + tag))


def texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in elements(root, "text")]


GEOMETRY = ("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height")


def assert_finite_geometry(root: ET.Element) -> None:
    """Every coordinate is a finite number (no nan or inf leaked into the SVG)."""
    for e in root.iter():
        numbers = [e.get(a) for a in GEOMETRY if e.get(a) is not None]
        numbers += e.get("points", "").replace(",", " ").split()
        assert all(math.isfinite(float(n)) for n in numbers if n is not None), e.attrib


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- sparkline -------------------------------------------------------------


def test_sparkline_scales_from_min_to_max() -> None:
    assert sparkline([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█"
    assert sparkline([10, 20]) == "▁█"
    assert sparkline([-5, 0, 5]) == "▁▅█"


def test_sparkline_with_an_explicit_scale_clamps_outside_values() -> None:
    assert sparkline([0, 50, 100], low=0, high=100) == "▁▅█"
    assert sparkline([50], low=0, high=100) == "▅"
    assert sparkline([-10, 200], low=0, high=100) == "▁█"


def test_sparkline_gaps_are_spaces_not_zeros() -> None:
    assert sparkline([1, None, 3]) == "▁ █"
    assert sparkline([None, None]) == "  "
    assert sparkline([1, math.nan, math.inf, 3]) == "▁  █"
    assert sparkline([]) == ""


def test_sparkline_flat_series() -> None:
    assert sparkline([4, 4, 4]) == "▄▄▄"
    assert sparkline([7]) == "▄"
    assert sparkline([2, None, 2]) == "▄ ▄"
    assert sparkline([1, 3, 5], low=3, high=3) == "▁▄█"


def test_sparkline_with_one_end_given() -> None:
    assert sparkline([0, 5, 10], low=0) == "▁▅█"
    assert sparkline([1, 2], low=5) == "▁▁"  # all below the floor
    assert sparkline([1, 2], high=0) == "██"


def test_sparkline_rejects_an_upside_down_scale() -> None:
    with pytest.raises(ValueError, match="upside down"):
        sparkline([1], low=2, high=1)


@given(st.lists(st.one_of(st.none(), st.floats())))
def test_sparkline_one_character_per_value(values: list[float | None]) -> None:
    line = sparkline(values)
    assert len(line) == len(values)
    assert set(line) <= set("▁▂▃▄▅▆▇█ ")


# --- bar ---------------------------------------------------------------------


def test_bar_zero_and_full() -> None:
    assert bar(0, 10) == ""
    assert bar(10, 10) == "█" * 20
    assert bar(10, 10, width=5) == "█████"
    assert bar(30, 10, width=5) == "█████"  # never longer than the width


def test_bar_halves_and_eighths_use_partial_blocks() -> None:
    assert bar(5, 10) == "█" * 10
    assert bar(1, 2, width=5) == "██▌"  # 2.5 cells
    assert bar(1, 2, width=1) == "▌"
    assert bar(1, 8, width=1) == "▏"
    assert bar(7, 8, width=1) == "▉"
    assert bar(3, 7, width=10) == "████▎"  # 4.29 cells, nearest eighth 4 2/8


def test_bar_nothing_to_draw() -> None:
    assert bar(-3, 10) == ""
    assert bar(3, 0) == ""
    assert bar(math.nan, 10) == ""
    assert bar(5, 10, width=0) == ""
    with pytest.raises(ValueError):
        bar(1, 2, width=-1)


@given(st.floats(0, 1e6), st.floats(1e-3, 1e6), st.integers(0, 80))
def test_bar_length_is_proportional(value: float, maximum: float, width: int) -> None:
    drawn = bar(value, maximum, width)
    eighths = sum(8 if c == "█" else "▏▎▍▌▋▊▉".index(c) + 1 for c in drawn)
    assert abs(eighths - min(value / maximum, 1) * width * 8) <= 0.5 + 1e-9
    assert len(drawn) <= width


# --- SVG -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["line", "bar", "stacked"])
def test_svg_is_a_complete_document(kind: str) -> None:
    svg = svg_chart(
        "Statements per month",
        MONTHS,
        [Series("Iran", (3, 4, None, 6, 5, 7)), Series("United States", (1, 2, 3, 2, 1, 2))],
        kind=kind,
        y_label="statements",
    )
    assert svg.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = parse(svg)
    assert root.tag == NS + "svg"
    assert root.get("version") == "1.1"
    assert root.get("width") == "800"
    shown = texts(root)
    for text in ["Statements per month", "statements", "Iran", "United States", "2021-01"]:
        assert text in shown
    assert "0" in shown and "8" in shown  # y tick labels
    # No external resources: no scripts, stylesheets, links or images.
    for tag in ["script", "style", "image", "a", "foreignObject"]:
        assert not elements(root, tag)
    assert "href" not in svg and "@import" not in svg and "url(" not in svg
    # One marker or bar (with its tooltip) per value.
    assert len(valued(root)) == 11


def test_bars_grow_from_zero() -> None:
    root = parse(svg_chart("Tone", ["a", "b"], [Series("tone", (-2.0, 3.0))], kind="bar"))
    down, up = (r for r in elements(root, "rect") if r.find(NS + "title") is not None)
    assert float(down.get("y", "")) + float(down.get("height", "")) > float(up.get("y", ""))
    assert math.isclose(
        float(down.get("y", "")), float(up.get("y", "")) + float(up.get("height", ""))
    )


DRAWING = {"svg", "g", "title", "rect", "text", "line", "path", "polyline", "circle", "polygon"}
DRAWING |= {"defs", "pattern"}  # hatches of bars past the palette
HOSTILE = [
    "<script>alert(1)</script>",
    "\"&'",
    "]]><script>x</script>",
    "a\x00b\x1b[31mc\x7f\x85d\ufffe",
    '"/><script>alert(1)</script><text x="',
]


@pytest.mark.parametrize("kind", ["line", "bar"])
@pytest.mark.parametrize("hostile", HOSTILE)
def test_caller_text_is_escaped(hostile: str, kind: str) -> None:
    svg = svg_chart(
        hostile, [hostile, "b"], [Series(hostile, (1.0, 2.0))], kind=kind, y_label=hostile
    )
    root = parse(svg)
    assert not elements(root, "script")
    assert "<script" not in svg
    assert {e.tag.removeprefix(NS) for e in root.iter()} <= DRAWING
    # Control characters are gone; the visible text is the data, literally.
    for text in texts(root) + [t.text or "" for t in elements(root, "title")]:
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text)
    if hostile == "\"&'":
        assert "&quot;&amp;&apos;" in svg
        assert "\"&'" in texts(root)


def test_a_gap_splits_the_line() -> None:
    root = parse(svg_chart("t", MONTHS[:5], [Series("Iran", (1, 2, None, 3, 4))]))
    lines = elements(root, "polyline")
    assert len(lines) == 2
    assert [len(p.get("points", "").split()) for p in lines] == [2, 2]


def test_a_lone_value_between_gaps_is_a_marker_without_a_line() -> None:
    root = parse(svg_chart("t", MONTHS[:5], [Series("Iran", (1, None, 3, None, 5))]))
    assert not elements(root, "polyline")
    assert len(valued(root)) == 3


def valued(root: ET.Element) -> list[ET.Element]:
    """The shapes drawn for values: they carry a tooltip."""
    shapes = ("circle", "rect", "polygon")
    tags = {NS + t for t in shapes}
    return [e for e in root.iter() if e.tag in tags and e.find(NS + "title") is not None]


def _series_styles(svg: str) -> list[tuple[str, str, str]]:
    """(colour, dash, marker shape) of each line, from the SVG."""
    root = parse(svg)
    styles = []
    for group in root.iter(NS + "g"):
        if group.get("class") != "series":
            continue
        line = group.find(NS + "polyline")
        assert line is not None
        marker = next(e for e in group if e.tag != NS + "polyline")
        styles.append(
            (line.get("stroke", ""), line.get("stroke-dasharray", ""), marker.tag.removeprefix(NS))
        )
    return styles


@pytest.mark.parametrize("count", [2, 7, 8, 12, 28])
def test_no_two_lines_look_alike(count: int) -> None:
    series = [Series(f"party {i}", (1.0, 2.0, float(i))) for i in range(count)]
    styles = _series_styles(svg_chart("t", ["a", "b", "c"], series))
    assert len(styles) == count == len(set(styles))
    # The palette's two blues never share a dash.
    blues = [s for s in styles if s[0] in ("#0072b2", "#56b4e9")]
    assert len({dash for _, dash, _ in blues}) == len(blues) or len(blues) > 4


def test_the_first_seven_colours_are_distinct_and_colour_blind_safe() -> None:
    series = [Series(f"p{i}", (1.0, 2.0)) for i in range(7)]
    colours = [c for c, _, _ in _series_styles(svg_chart("t", ["a", "b"], series))]
    okabe_ito = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"}
    assert len(set(colours)) == 7 and set(colours) <= okabe_ito


@pytest.mark.parametrize("kind", ["bar", "stacked"])
def test_bars_past_the_palette_are_hatched_not_repeated(kind: str) -> None:
    series = [Series(f"party {i}", (1.0, 2.0)) for i in range(12)]
    svg = svg_chart("t", ["a", "b"], series, kind=kind)
    root = parse(svg)
    fills = [g.get("fill") for g in root.iter(NS + "g") if g.get("class") == "series"]
    assert len(fills) == 12 == len(set(fills))
    patterns = {p.get("id") for p in root.iter(NS + "pattern")}
    assert {f"url(#{p})" for p in patterns} == {f for f in fills if f and f.startswith("url(")}


def test_stacked_bars_are_one_bar_per_period() -> None:
    series = [Series("Iran", (3.0, 1.0)), Series("US", (2.0, None)), Series("EU", (1.0, 4.0))]
    root = parse(svg_chart("t", ["Jun 2021", "Jul 2021"], series, kind="stacked"))
    bars = valued(root)
    xs = sorted({float(b.get("x", "")) for b in bars})
    assert len(bars) == 5 and len(xs) == 2  # five segments in two stacks
    first = [b for b in bars if float(b.get("x", "")) == xs[0]]
    tops = sorted(float(b.get("y", "")) for b in first)
    heights = [
        float(b.get("height", "")) for b in sorted(first, key=lambda b: -float(b.get("y", "")))
    ]
    # Stacked: each segment starts where the one below ends, sizes 3:2:1.
    assert math.isclose(heights[0] / heights[2], 3.0, rel_tol=0.01)
    assert math.isclose(heights[1] / heights[2], 2.0, rel_tol=0.01)
    assert tops == sorted(tops)
    assert "6" in texts(root)  # the scale reaches the total of the stack


def test_svg_is_deterministic() -> None:
    def make() -> str:
        return svg_chart(
            "Enrichment",
            MONTHS,
            [
                Series("Fordow", (20, 20, 60, 60, None, 60)),
                Series("Natanz", (3.67, 5, 20, 0.1, 60, 60)),
            ],
            y_label="enrichment level (%)",
            y_max=90,
        )

    assert make() == make()


def test_many_labels_are_thinned() -> None:
    labels = [f"2021-W{w:02d}" for w in range(1, 101)]
    root = parse(svg_chart("Weekly", labels, [Series("s", tuple(float(i) for i in range(100)))]))
    shown = [t for t in texts(root) if t.startswith("2021-W")]
    assert 3 <= len(shown) < 25
    assert shown[0] == "2021-W01"
    step = labels.index(shown[1])
    assert shown == labels[::step]


def test_few_labels_are_all_shown() -> None:
    root = parse(svg_chart("t", MONTHS, [Series("s", (1, 2, 3, 4, 5, 6))]))
    assert [t for t in texts(root) if t.startswith("2021-")] == MONTHS


def test_long_labels_and_names_are_shortened() -> None:
    long = "x" * 500
    root = parse(svg_chart(long, [long, long], [Series(long, (1.0, 2.0))], y_label=long))
    assert all(len(t) < 150 for t in texts(root))


def test_explicit_y_range() -> None:
    root = parse(svg_chart("t", MONTHS[:2], [Series("s", (5.0, 500.0))], y_min=0, y_max=100))
    assert {"0", "100"} <= set(texts(root))
    assert "500" not in texts(root)


@pytest.mark.parametrize(
    ("labels", "series", "options", "message"),
    [
        (["a"], [Series("s", (1.0, 2.0))], {}, "2 values for 1 labels"),
        (["a"], [Series("s", (1.0,))], {"kind": "pie"}, "unknown chart kind"),
        (["a"], [Series("s", (1.0,))], {"y_min": 5, "y_max": 5}, "must be below"),
        (["a"], [Series("s", (1.0,))], {"y_max": math.inf}, "finite"),
        (["a"], [Series("s", (1.0,))], {"width": 10}, "at least"),
    ],
)
def test_svg_rejects_programming_mistakes(
    labels: list[str], series: list[Series], options: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        svg_chart("t", labels, series, **options)  # type: ignore[arg-type]


values = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))


@st.composite
def charts(draw: st.DrawFn) -> tuple[list[str], list[Series]]:
    n = draw(st.integers(0, 40))
    labels = draw(st.lists(st.text(max_size=30), min_size=n, max_size=n))
    count = draw(st.integers(0, 9))
    series = [
        Series(draw(st.text(max_size=30)), tuple(draw(st.lists(values, min_size=n, max_size=n))))
        for _ in range(count)
    ]
    return labels, series


@settings(max_examples=300, deadline=None)
@given(
    charts(),
    st.sampled_from(["line", "bar", "stacked"]),
    st.one_of(st.none(), st.floats(-1e6, 1e6)),
    st.text(max_size=20),
)
def test_svg_never_fails_on_data(
    chart: tuple[list[str], list[Series]], kind: str, y_min: float | None, title: str
) -> None:
    labels, series = chart
    svg = svg_chart(title, labels, series, kind=kind, y_min=y_min, y_label=title)
    root = parse(svg)
    assert {e.tag.removeprefix(NS) for e in root.iter()} <= DRAWING
    assert_finite_geometry(root)


@pytest.mark.parametrize(
    "row",
    [
        (),
        (None, None),
        (0.0,),
        (5e-324, 0.0),
        (1.7976931348623157e308, -1.7976931348623157e308),
        (1.7976931348623157e308,),
        (1e16, 1e16 + 2),
        (-1e-300, 1e-300),
    ],
)
@pytest.mark.parametrize("kind", ["line", "bar", "stacked"])
def test_svg_extreme_values(row: tuple[float | None, ...], kind: str) -> None:
    labels = [str(i) for i in range(len(row))]
    svg = svg_chart("t", labels, [Series("s", row)], kind=kind)
    assert_finite_geometry(parse(svg))


# --- write_plot --------------------------------------------------------------

SVG = svg_chart("t", MONTHS[:3], [Series("s", (1.0, 2.0, 3.0))])


def test_write_svg(tmp_path: Path) -> None:
    target = tmp_path / "trend.svg"
    write_plot(target, SVG)
    assert target.read_text(encoding="utf-8") == SVG
    assert leftovers(tmp_path) == []


def test_write_over_an_existing_file_replaces_it(tmp_path: Path) -> None:
    target = tmp_path / "trend.SVG"
    target.write_text("old", encoding="utf-8")
    write_plot(target, SVG)
    assert target.read_text(encoding="utf-8") == SVG
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("name", ["trend.pdf", "trend", "trend.svg.bak"])
def test_unknown_suffix(tmp_path: Path, name: str) -> None:
    with pytest.raises(PlotError, match=r"\.svg or \.png"):
        write_plot(tmp_path / name, SVG)
    assert list(tmp_path.iterdir()) == []


def test_failure_while_writing_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "trend.svg"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(PlotError, match="No space left on device"):
        write_plot(target, SVG)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["trend.svg"]


def test_interrupted_write_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "trend.svg"
    target.write_text("old", encoding="utf-8")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_plot(target, SVG)
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_missing_folder_is_a_plot_error(tmp_path: Path) -> None:
    with pytest.raises(PlotError, match="cannot write the plot"):
        write_plot(tmp_path / "no" / "such" / "trend.svg", SVG)


def test_png_without_the_renderer_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "resvg_py", None)  # as if not installed
    with pytest.raises(PlotError, match=r"pip install 'jcpoa-tracker\[png\]'"):
        write_plot(tmp_path / "trend.png", SVG)
    assert list(tmp_path.iterdir()) == []


def test_png(tmp_path: Path) -> None:
    pytest.importorskip("resvg_py", reason="PNG output needs the optional resvg-py package")
    target = tmp_path / "trend.png"
    target.write_bytes(b"old")
    write_plot(target, SVG)
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert leftovers(tmp_path) == []


def test_text_for_svg_drops_exactly_what_xml_forbids_and_the_controls() -> None:
    # XML 1.0's Char production, less DEL and the C1 controls: every code
    # point is checked against the pattern that lists what is dropped.
    from jcpoa_tracker.render.charts import _NOT_TEXT

    def allowed(point: int) -> bool:
        in_xml = (
            point in (0x9, 0xA, 0xD)
            or 0x20 <= point <= 0xD7FF
            or 0xE000 <= point <= 0xFFFD
            or 0x10000 <= point <= 0x10FFFF
        )
        return in_xml and not 0x7F <= point <= 0x9F

    every = "".join(map(chr, range(0x110000)))
    kept = "".join(chr(point) for point in range(0x110000) if allowed(point))
    assert _NOT_TEXT.sub("", every) == kept
