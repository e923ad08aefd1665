// The interactive graph: a small force layout written here (no library), drawn as SVG.
// Starts from the server's fixed-seed layout, then relaxes; drag nodes, wheel or +/− to zoom,
// drag the background to pan, filter by relation and date range, click or Enter opens a page.
"use strict";

(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const svg = document.getElementById("graph");
  const status = document.getElementById("g-status");
  const NS = "http://www.w3.org/2000/svg";
  const ID = "https://w3id.org/parley/id/";
  const ISSUE = "https://w3id.org/parley/issue#";
  const SECTIONS = { actor: "actors", proposal: "proposals", place: "places", issue: "issues" };

  function pageFor(iri) {
    if (!iri) return null;
    if (iri.startsWith(ISSUE)) return "/ui/issues/" + encodeURIComponent(iri.slice(ISSUE.length));
    if (!iri.startsWith(ID)) return null;
    const bits = iri.slice(ID.length).split("/");
    return bits.length === 2 && SECTIONS[bits[0]] ? `/ui/${SECTIONS[bits[0]]}/${encodeURIComponent(bits[1])}` : null;
  }
  function make(tag, attrs) {
    const e = document.createElementNS(NS, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  // -- model ---------------------------------------------------------------------------------------
  const nodes = data.nodes.map((n) => ({ ...n, vx: 0, vy: 0, fixed: false }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = data.edges.filter((e) => byId.has(e.source) && byId.has(e.target))
    .map((e) => ({ ...e, s: byId.get(e.source), t: byId.get(e.target) }));

  // -- drawing -------------------------------------------------------------------------------------
  const gRoot = make("g", { id: "g-root" });
  const gEdges = make("g", { class: "edges" });
  const gNodes = make("g", { class: "nodes" });
  gRoot.append(gEdges, gNodes);
  svg.append(gRoot);
  edges.forEach((e) => {
    e.el = make("line", { class: "gedge", stroke: e.colour, "stroke-width": Math.min(1 + Math.log1p(e.weight) * 1.5, 6) });
    const title = make("title");
    title.textContent = `${e.s.label} ${e.relation.replace(/_/g, " ")} ${e.t.label}` +
      (e.first_seen ? ` (${e.first_seen}${e.last_seen && e.last_seen !== e.first_seen ? " – " + e.last_seen : ""})` : "") +
      (e.quote ? `\n“${e.quote}”` : "");
    e.el.append(title);
    e.el.dataset.relation = e.relation;
    gEdges.append(e.el);
  });
  nodes.forEach((n) => {
    const url = pageFor(n.iri);
    const g = make("g", { class: "gnode", tabindex: "0", role: url ? "link" : "img", "aria-label": `${n.label} (${n.type})`, "data-id": n.id });
    if (url) g.dataset.href = url;
    const r = Math.max(5, n.size);
    g.append(make("circle", { r, fill: n.colour }));
    const label = make("text", { x: r + 3, y: 4 });
    label.textContent = n.label;
    const title = make("title");
    title.textContent = `${n.label} · ${n.type}` + (n.first_seen ? ` · first seen ${n.first_seen}` : "");
    g.append(label, title);
    n.el = g;
    gNodes.append(g);
  });

  // -- filters -------------------------------------------------------------------------------------
  const from = document.getElementById("g-from");
  const to = document.getElementById("g-to");
  const isolated = document.getElementById("g-isolated");
  const relBoxes = Array.from(document.querySelectorAll("#graph-filters input[name=relation]"));
  function applyFilters() {
    const rels = new Set(relBoxes.filter((b) => b.checked).map((b) => b.value));
    const lo = from.value || "0000-00-00", hi = to.value || "9999-99-99";
    const seen = new Set();
    let shownEdges = 0;
    edges.forEach((e) => {
      const first = e.first_seen || lo, last = e.last_seen || first;
      e.visible = rels.has(e.relation) && first <= hi && last >= lo;
      e.el.style.display = e.visible ? "" : "none";
      if (e.visible) { seen.add(e.s.id); seen.add(e.t.id); shownEdges++; }
    });
    let shownNodes = 0;
    nodes.forEach((n) => {
      n.visible = isolated.checked || seen.has(n.id) || edges.length === 0;
      n.el.style.display = n.visible ? "" : "none";
      if (n.visible) shownNodes++;
    });
    status.textContent = `${shownNodes} of ${nodes.length} nodes, ${shownEdges} of ${edges.length} edges shown`;
    heat = 1;
    kick();
  }
  [from, to, isolated, ...relBoxes].forEach((el) => el.addEventListener("change", applyFilters));

  // -- forces --------------------------------------------------------------------------------------
  let heat = 1, running = false;
  function step() {
    const vis = nodes.filter((n) => n.visible);
    for (let i = 0; i < vis.length; i++) {
      const a = vis[i];
      for (let j = i + 1; j < vis.length; j++) {
        const b = vis[j];
        let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy;
        if (d2 < 1) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 1; }
        const f = Math.min(4000 / d2, 40) * heat, d = Math.sqrt(d2);
        a.vx += (dx / d) * f; a.vy += (dy / d) * f; b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
      }
      a.vx -= a.x * 0.004 * heat; a.vy -= a.y * 0.004 * heat; // gravity keeps parts on screen
    }
    edges.forEach((e) => {
      if (!e.visible) return;
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - 140) * 0.02 * heat;
      e.s.vx += (dx / d) * f; e.s.vy += (dy / d) * f; e.t.vx -= (dx / d) * f; e.t.vy -= (dy / d) * f;
    });
    vis.forEach((n) => {
      if (n.fixed) { n.vx = n.vy = 0; return; }
      n.x += Math.max(-30, Math.min(30, n.vx)); n.y += Math.max(-30, Math.min(30, n.vy));
      n.vx *= 0.6; n.vy *= 0.6;
    });
    heat *= 0.97;
  }
  function draw() {
    edges.forEach((e) => {
      if (!e.visible) return;
      e.el.setAttribute("x1", e.s.x.toFixed(1)); e.el.setAttribute("y1", e.s.y.toFixed(1));
      e.el.setAttribute("x2", e.t.x.toFixed(1)); e.el.setAttribute("y2", e.t.y.toFixed(1));
    });
    nodes.forEach((n) => { if (n.visible) n.el.setAttribute("transform", `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`); });
  }
  function tick() {
    step(); draw();
    if (heat > 0.02) requestAnimationFrame(tick); else { running = false; svg.dataset.settled = "true"; }
  }
  function kick() {
    svg.dataset.settled = "false";
    if (!running) { running = true; requestAnimationFrame(tick); }
  }

  // -- zoom and pan --------------------------------------------------------------------------------
  let view = { x: -600, y: -600, w: 1200, h: 1200 };
  const setView = () => svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  function fit() {
    const vis = nodes.filter((n) => n.visible);
    if (!vis.length) return;
    const xs = vis.map((n) => n.x), ys = vis.map((n) => n.y);
    const pad = 80, x0 = Math.min(...xs) - pad, y0 = Math.min(...ys) - pad;
    view = { x: x0, y: y0, w: Math.max(Math.max(...xs) + pad - x0, 300), h: Math.max(Math.max(...ys) + pad - y0, 300) };
    setView();
  }
  function zoom(factor, cx, cy) {
    cx = cx ?? view.x + view.w / 2; cy = cy ?? view.y + view.h / 2;
    view = { x: cx - (cx - view.x) * factor, y: cy - (cy - view.y) * factor, w: view.w * factor, h: view.h * factor };
    setView();
    svg.dataset.zoom = (1200 / view.w).toFixed(2);
  }
  function toSvg(ev) {
    const pt = svg.createSVGPoint();
    pt.x = ev.clientX; pt.y = ev.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const p = toSvg(ev);
    zoom(ev.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
  }, { passive: false });
  document.getElementById("g-zin").addEventListener("click", () => zoom(1 / 1.25));
  document.getElementById("g-zout").addEventListener("click", () => zoom(1.25));
  document.getElementById("g-reset").addEventListener("click", () => {
    from.value = data.date_min || ""; to.value = data.date_max || "";
    relBoxes.forEach((b) => { b.checked = true; });
    isolated.checked = false;
    applyFilters(); fit();
  });

  // drag a node, or the background to pan; a press without a move on a node opens its page
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    const g = ev.target.closest(".gnode");
    const p = toSvg(ev);
    drag = g ? { node: byId.get(g.dataset.id), moved: false, sx: p.x, sy: p.y }
      : { pan: true, sx: ev.clientX, sy: ev.clientY, view: { ...view } };
    if (drag.node) drag.node.fixed = true;
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    if (drag.node) {
      const p = toSvg(ev);
      if (Math.abs(p.x - drag.sx) + Math.abs(p.y - drag.sy) > 3) drag.moved = true;
      drag.node.x = p.x; drag.node.y = p.y;
      heat = Math.max(heat, 0.3); kick(); draw();
    } else {
      const scale = view.w / svg.clientWidth;
      view.x = drag.view.x - (ev.clientX - drag.sx) * scale;
      view.y = drag.view.y - (ev.clientY - drag.sy) * scale;
      setView();
    }
  });
  svg.addEventListener("pointerup", () => {
    if (drag && drag.node) {
      drag.node.fixed = drag.moved; // a dragged node stays where it was put
      if (!drag.moved && drag.node.el.dataset.href) location.href = drag.node.el.dataset.href;
    }
    drag = null;
  });
  svg.addEventListener("keydown", (ev) => {
    const g = ev.target.closest && ev.target.closest(".gnode");
    if (g && ev.key === "Enter" && g.dataset.href) location.href = g.dataset.href;
    if (ev.key === "+" || ev.key === "=") zoom(1 / 1.25);
    if (ev.key === "-") zoom(1.25);
  });

  applyFilters();
  for (let i = 0; i < 120; i++) step(); // settle before the first frame, then fit the view to it
  heat = 0.3;
  draw(); fit(); kick();
})();
