"""A picture of a view (PNG or SVG) so people can look without Gephi.

Same fixed-seed layout and colours as the GEXF file: nodes coloured by type and sized by
mentions, labelled; edges coloured by relation, parallel relations between the same two actors
drawn as separate arcs. Output is deterministic (no timestamps, fixed SVG hash salt).

>>> from graph.export.views import View
>>> render_picture(View("actors", [], []), "png")[:8]
b'\\x89PNG\\r\\n\\x1a\\n'
"""

from __future__ import annotations

import io
import warnings

from graph.errors import ParleyError
from graph.export.views import View, layout

PICTURE_FORMATS = {"png": "image/png", "svg": "image/svg+xml"}
MAX_LABEL = 28
MAX_NAMES = 150  # names drawn at most
_HEAD = (16.0, 10.0)  # arrowhead length and width, in layout units (the layout spans ±500)


def _rgb(c: tuple[int, int, int]) -> tuple[float, float, float]:
    return (c[0] / 255, c[1] / 255, c[2] / 255)


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _labelled(view: View, pos: dict[str, tuple[float, float]]) -> set[str]:
    """The nodes that get their name: all of them in a small view, else the most mentioned (ties by
    name), as a thousand overlapping names are no picture and took most of the drawing time."""
    shown = [n for n in view.nodes if n.id in pos]
    if len(shown) <= MAX_NAMES:
        return {n.id for n in shown}
    return {n.id for n in sorted(shown, key=lambda n: (-n.size, n.label, n.id))[:MAX_NAMES]}


def _arc(a: tuple[float, float], b: tuple[float, float], rad: float, steps: int = 12,
         ) -> tuple[list[tuple[float, float]], tuple[float, float], tuple[float, float]]:
    """The points of a quadratic arc from a to b bent by ``rad`` (as matplotlib's ``arc3``), its
    midpoint and the unit direction there (the chord's, for a quadratic curve)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    cx, cy = (a[0] + b[0]) / 2 + rad * dy, (a[1] + b[1]) / 2 - rad * dx
    pts = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        pts.append((u * u * a[0] + 2 * u * t * cx + t * t * b[0], u * u * a[1] + 2 * u * t * cy + t * t * b[1]))
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    mid = (0.25 * a[0] + 0.5 * cx + 0.25 * b[0], 0.25 * a[1] + 0.5 * cy + 0.25 * b[1])
    return pts, mid, (dx / length, dy / length)


def render_picture(view: View, fmt: str = "png", *, seed: int = 7, dpi: int = 110) -> bytes:
    """Render the view to PNG or SVG bytes."""
    if fmt not in PICTURE_FORMATS:
        raise ParleyError("E072", f"unknown picture format {fmt!r}; choose one of: {', '.join(PICTURE_FORMATS)}")
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection, PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    pos = layout(view, seed=seed)
    fig = Figure(figsize=(12, 9), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    ax.set_axis_off()
    labelled = _labelled(view, pos)
    title = f"Parley — {view.name} view ({len(view.nodes)} nodes, {len(view.edges)} edges)"
    if len(labelled) < len(pos):
        title += f"; names of the {len(labelled)} most mentioned"
    ax.set_title(title, fontsize=12)
    sizes = {n.id: 60 + 40 * n.size for n in view.nodes}

    # All edges as one line collection and all arrowheads as one polygon collection: an artist per
    # edge (FancyArrowPatch) took 6 s to place and draw for 2,000 edges.
    parallel: dict[tuple[str, str], int] = {}
    relations: dict[str, tuple[int, int, int]] = {}
    curves, colours, widths, heads, head_colours = [], [], [], [], []
    for e in view.edges:
        if e.source not in pos or e.target not in pos or e.source == e.target:
            continue
        pair = (min(e.source, e.target), max(e.source, e.target))
        k = parallel.get(pair, 0)
        parallel[pair] = k + 1
        relations.setdefault(e.kind, e.colour)
        curve, mid, (ux, uy) = _arc(pos[e.source], pos[e.target], 0.08 + 0.12 * k)
        curves.append(curve)
        colours.append((*_rgb(e.colour), 0.75))
        widths.append(0.8 + min(4.0, e.weight ** 0.5))
        if not e.attrs.get("symmetric"):  # an arrowhead halfway along, pointing at the target
            h, w = _HEAD
            tip = (mid[0] + ux * h / 2, mid[1] + uy * h / 2)
            back = (mid[0] - ux * h / 2, mid[1] - uy * h / 2)
            heads.append([tip, (back[0] - uy * w / 2, back[1] + ux * w / 2), (back[0] + uy * w / 2, back[1] - ux * w / 2)])
            head_colours.append((*_rgb(e.colour), 0.9))
    if curves:
        ax.add_collection(LineCollection(curves, colors=colours, linewidths=widths, zorder=1))
    if heads:
        ax.add_collection(PolyCollection(heads, facecolors=head_colours, edgecolors="none", zorder=1))

    categories: dict[str, tuple[int, int, int]] = {}
    if pos:
        ids = [n.id for n in view.nodes if n.id in pos]
        by_id = {n.id: n for n in view.nodes}
        xs = [pos[i][0] for i in ids]
        ys = [pos[i][1] for i in ids]
        ax.scatter(xs, ys, s=[sizes[i] for i in ids], c=[_rgb(by_id[i].colour) for i in ids],
                   edgecolors="white", linewidths=1.0, zorder=2)
        for i in ids:
            categories.setdefault(by_id[i].category, by_id[i].colour)
            if i in labelled:
                ax.annotate(_short(by_id[i].label), pos[i], xytext=(0, 7 + sizes[i] ** 0.5 / 2),
                            textcoords="offset points", ha="center", fontsize=8, zorder=3)
        pad = 60.0
        ax.set_xlim(min(xs) - pad * 2, max(xs) + pad * 2)
        ax.set_ylim(min(ys) - pad, max(ys) + pad)
    else:
        ax.text(0.5, 0.5, "(empty view)", ha="center", va="center", transform=ax.transAxes)

    handles = [Line2D([], [], marker="o", linestyle="", color=_rgb(c), label=k, markersize=8)
               for k, c in sorted(categories.items())]
    handles += [Line2D([], [], color=_rgb(c), label=k, linewidth=2) for k, c in sorted(relations.items())]
    if handles:
        ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False)

    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing glyphs for some scripts/emoji: drawn as boxes
        if fmt == "svg":
            with matplotlib.rc_context({"svg.hashsalt": "parley", "svg.fonttype": "path"}):
                fig.savefig(buf, format="svg", metadata={"Date": None})
        else:
            fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()
