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


def _rgb(c: tuple[int, int, int]) -> tuple[float, float, float]:
    return (c[0] / 255, c[1] / 255, c[2] / 255)


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def render_picture(view: View, fmt: str = "png", *, seed: int = 7, dpi: int = 110) -> bytes:
    """Render the view to PNG or SVG bytes."""
    if fmt not in PICTURE_FORMATS:
        raise ParleyError("E072", f"unknown picture format {fmt!r}; choose one of: {', '.join(PICTURE_FORMATS)}")
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    pos = layout(view, seed=seed)
    fig = Figure(figsize=(12, 9), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    ax.set_axis_off()
    ax.set_title(f"Parley — {view.name} view ({len(view.nodes)} nodes, {len(view.edges)} edges)",
                 fontsize=12)
    sizes = {n.id: 60 + 40 * n.size for n in view.nodes}

    parallel: dict[tuple[str, str], int] = {}
    relations: dict[str, tuple[int, int, int]] = {}
    for e in view.edges:
        if e.source not in pos or e.target not in pos or e.source == e.target:
            continue
        pair = (min(e.source, e.target), max(e.source, e.target))
        k = parallel.get(pair, 0)
        parallel[pair] = k + 1
        rad = 0.08 + 0.12 * k
        relations.setdefault(e.kind, e.colour)
        arrow = FancyArrowPatch(pos[e.source], pos[e.target], connectionstyle=f"arc3,rad={rad}",
                                arrowstyle="-|>" if not e.attrs.get("symmetric") else "-",
                                mutation_scale=12, color=_rgb(e.colour), alpha=0.75,
                                linewidth=0.8 + min(4.0, e.weight ** 0.5),
                                shrinkA=(sizes[e.source] ** 0.5) / 2, shrinkB=(sizes[e.target] ** 0.5) / 2,
                                zorder=1)
        ax.add_patch(arrow)

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
