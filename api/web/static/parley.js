// Parley's shared page behaviour: autocomplete for entity inputs, and on article pages the
// evidence highlight for the fact named in the URL fragment plus the per-kind highlight toggles.
"use strict";

(function () {
  // -- autocomplete: inputs with data-suggest fill their <datalist> from /ui/suggest.json ------------
  function debounce(fn, ms) {
    let t = null;
    return function (...args) { clearTimeout(t); t = setTimeout(() => fn.apply(this, args), ms); };
  }
  document.querySelectorAll("input[data-suggest]").forEach((input) => {
    const list = document.getElementById(input.dataset.suggest);
    if (!list) return;
    let last = "";
    const load = debounce(async () => {
      const q = input.value.trim();
      if (q.length < 1 || q === last) return;
      last = q;
      try {
        const r = await fetch("/ui/suggest.json?" + new URLSearchParams({ q }), { headers: { Accept: "application/json" } });
        if (!r.ok) return;
        const items = await r.json();
        list.replaceChildren(...items.map((it) => {
          const o = document.createElement("option");
          o.value = it.name;
          o.label = it.kind + (it.matched ? " · also " + it.matched : "");
          return o;
        }));
        input.dataset.suggestions = String(items.length);
      } catch (e) { /* offline or server gone: the plain input still works */ }
    }, 150);
    input.addEventListener("input", load);
  });

  // -- article page: highlight the fact named by the fragment ---------------------------------------
  const text = document.getElementById("article-text");
  if (!text) return;
  function focusFact(anchor, scroll) {
    text.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
    document.querySelectorAll(".side .fact.current").forEach((li) => li.classList.remove("current"));
    if (!anchor) return;
    const marks = text.querySelectorAll(`mark[data-facts~="${CSS.escape(anchor)}"]`);
    marks.forEach((m) => m.classList.add("current"));
    const li = document.querySelector(`.side .fact[data-anchor="${CSS.escape(anchor)}"]`);
    if (li) {
      li.classList.add("current");
      const side = li.closest(".side");  // scroll the facts list only, not the page
      if (side && side.scrollHeight > side.clientHeight) side.scrollTop = li.offsetTop - side.offsetTop - side.clientHeight / 3;
    }
    if (scroll && marks.length) marks[0].scrollIntoView({ block: "center" });
  }
  const fromHash = () => focusFact(decodeURIComponent(location.hash.slice(1)), true);
  window.addEventListener("hashchange", fromHash);
  fromHash();
  // clicking highlighted text selects its most specific fact in the list
  text.addEventListener("click", (ev) => {
    const m = ev.target.closest("mark");
    if (!m) return;
    const anchor = m.dataset.facts.split(" ")[0];
    history.replaceState(null, "", "#" + anchor);
    focusFact(anchor, false);
  });
  // per-kind toggles: a mark may carry several kinds (class and data-kinds); it keeps a colour while
  // any of them is on, that of the first one on (data-show), and loses it only when all are off
  const boxes = Array.from(document.querySelectorAll("#kind-filter input[name=kind]"));
  function applyKinds() {
    const on = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    boxes.forEach((b) => text.classList.toggle("hide-" + b.value, !b.checked));
    text.querySelectorAll("mark[data-kinds]").forEach((m) => {
      m.dataset.show = m.dataset.kinds.split(" ").find((k) => on.has(k)) || "";
    });
  }
  boxes.forEach((box) => box.addEventListener("change", applyKinds));
  if (boxes.some((b) => !b.checked)) applyKinds();  // a form state the browser restored
})();
