// The SPARQL editor (the endpoint declares the ontology's prefixes, so queries use them bare): runs the query against /sparql (the real endpoint) without reloading,
// draws the result table with links to Parley's pages, and shows errors at their line and column.
// Without JavaScript the form posts to /ui/sparql and the server draws the same table.
"use strict";

(function () {
  const form = document.getElementById("sparql-form");
  const area = document.getElementById("sparql-query");
  const gutter = document.getElementById("sparql-gutter");
  const errBox = document.getElementById("sparql-error");
  const results = document.getElementById("sparql-results");
  const timeBox = document.getElementById("sparql-time");
  const perma = document.getElementById("sparql-permalink");
  const ID = "https://w3id.org/parley/id/";
  const ISSUE = "https://w3id.org/parley/issue#";
  const SECTIONS = { actor: "actors", proposal: "proposals", place: "places", issue: "issues", article: "articles" };
  const FACTS = ["event", "position", "demand", "claim", "statement", "dispute"];

  function pageFor(iri) {
    if (iri.startsWith(ISSUE)) return "/ui/issues/" + encodeURIComponent(iri.slice(ISSUE.length));
    if (!iri.startsWith(ID)) return null;
    const bits = iri.slice(ID.length).split("/");
    if (bits.length === 2 && SECTIONS[bits[0]]) return `/ui/${SECTIONS[bits[0]]}/${encodeURIComponent(bits[1])}`;
    if (bits.length === 4 && bits[0] === "article" && FACTS.includes(bits[2]))
      return `/ui/facts/${encodeURIComponent(bits[1])}/${bits[2]}/${encodeURIComponent(bits[3])}`;
    return null;
  }

  function drawGutter(bad) {
    const n = area.value.split("\n").length;
    const lines = [];
    for (let i = 1; i <= n; i++) lines.push(i === bad ? `<span class="bad">${i}</span>` : String(i));
    gutter.innerHTML = lines.join("\n");
    gutter.scrollTop = area.scrollTop;
  }
  area.addEventListener("input", () => drawGutter());
  area.addEventListener("scroll", () => { gutter.scrollTop = area.scrollTop; });
  const pos = errBox.querySelector(".pos");
  drawGutter(pos ? Number(pos.dataset.line) : undefined);

  area.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); form.requestSubmit(); }
    // Tab indents; Escape then Tab leaves the editor (keyboard users are never trapped)
    if (ev.key === "Tab" && !ev.shiftKey && !area.dataset.escaped) {
      ev.preventDefault();
      const s = area.selectionStart;
      area.setRangeText("  ", s, area.selectionEnd, "end");
      drawGutter();
    }
    if (ev.key === "Escape") area.dataset.escaped = "1";
    else if (ev.key !== "Tab") delete area.dataset.escaped;
  });

  document.querySelectorAll("a.example").forEach((a) => a.addEventListener("click", (ev) => {
    ev.preventDefault();
    area.value = a.dataset.query;
    drawGutter();
    form.requestSubmit();
  }));

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function showError(body, query) {
    errBox.hidden = false;
    errBox.replaceChildren(el("code", {}, body.code || "E"), document.createTextNode(" " + (body.error || "error")));
    const m = /\bat (\d+):(\d+)/.exec(body.error || "");
    if (m) {
      const all = query.split("\n");
      let line = Number(m[1]), col = Number(m[2]);
      if (line > all.length || line < 1) { line = all.length; col = all[all.length - 1].length + 1; } // the row cap's LIMIT line
      errBox.append(el("span", { class: "pos", "data-line": line, "data-column": col }, ` at line ${line}, column ${col}`));
      const src = query.split("\n")[line - 1];
      if (src !== undefined) errBox.append(el("pre", { class: "caret" }, src + "\n" + " ".repeat(Math.max(col - 1, 0)) + "^"));
      drawGutter(line);
      // put the cursor where the error is
      const lines = query.split("\n");
      let offset = 0;
      for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
      area.focus();
      area.setSelectionRange(offset + col - 1, offset + col - 1);
    }
  }

  const SHOWN = 1000;  // rows the table draws (the server-drawn page shows as many)
  function drawTable(data, cut) {
    results.replaceChildren(el("h2", { id: "res-h" }, "Results"));
    if ("boolean" in data) { results.append(el("p", { class: "boolean" }, String(data.boolean))); return; }
    const rows = data.results.bindings;
    // one true count, and a note whenever rows are cut: by the server's row cap or by this table
    let count = `${rows.length} row${rows.length === 1 ? "" : "s"}`;
    if (cut.truncated) count += `, cut at the server's row cap${cut.cap ? " of " + cut.cap : ""}: the query has more`;
    results.append(el("p", { class: "meta", id: "sparql-count" }, count));
    if (rows.length > SHOWN)
      results.append(el("p", { class: "note", role: "note", id: "sparql-cut" },
        `The table shows the first ${SHOWN} of ${rows.length} rows.`));
    const table = el("table", { class: "results" });
    const head = el("tr");
    data.head.vars.forEach((v) => head.append(el("th", { scope: "col" }, "?" + v)));
    const thead = el("thead");
    thead.append(head);
    table.append(thead);
    const body = el("tbody");
    rows.slice(0, SHOWN).forEach((b) => {
      const tr = el("tr");
      data.head.vars.forEach((v) => {
        const td = el("td");
        const c = b[v];
        if (c) {
          const url = c.type === "uri" ? pageFor(c.value) : null;
          td.append(url ? el("a", { href: url }, c.value) : el("span", c.type === "uri" ? { class: "iri" } : {}, c.value));
        }
        tr.append(td);
      });
      body.append(tr);
    });
    table.append(body);
    const wrap = el("div", { class: "scroll" });
    wrap.append(table);
    results.append(wrap);
  }

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const query = area.value;
    errBox.hidden = true;
    drawGutter();
    timeBox.textContent = "running…";
    const link = "/ui/sparql?" + new URLSearchParams({ query });
    perma.href = link;
    history.replaceState(null, "", link);
    const t0 = performance.now();
    let r;
    try {
      r = await fetch("/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json, text/turtle;q=0.5" },
        body: new URLSearchParams({ query }),
      });
    } catch (e) {
      timeBox.textContent = "";
      showError({ code: "network", error: "the server did not answer" }, query);
      return;
    }
    timeBox.textContent = `${Math.round(performance.now() - t0)} ms`;
    const type = r.headers.get("content-type") || "";
    if (!r.ok) {
      let body = { code: "E" + r.status, error: r.statusText };
      try { body = await r.json(); } catch (e) { /* not JSON */ }
      showError(body, query);
      results.replaceChildren();
      return;
    }
    const cut = { truncated: r.headers.get("X-Parley-Truncated") === "true", cap: r.headers.get("X-Parley-Row-Cap") };
    if (type.includes("json") && !type.includes("ld+json")) drawTable(await r.json(), cut);
    else {
      results.replaceChildren(el("h2", { id: "res-h" }, "Results"), el("pre", { class: "graph-result" }, await r.text()));
    }
  });
})();
