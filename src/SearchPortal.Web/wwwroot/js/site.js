// Progressive enhancement only: every control also works as a plain GET form without this script.
// With it, a change updates the results in place (no full reload), the URL still holds the whole state (pushState),
// focus stays on the control the reader was using, and a new query is ranked by relevance.
(() => {
  "use strict";
  document.documentElement.classList.add("js");

  const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const searchForm = () => document.getElementById("search");
  const openNodes = new Map();
  let filtersOpen = false;
  let pending = null;

  // The URL the form stands for: empty fields left out, and the sort kept only when it was chosen for the query in
  // the box (the page was rendered for data-query; a new query is ranked by relevance unless a sort is picked now).
  function formUrl(form, sortChosen) {
    const params = new URLSearchParams();
    const typed = String(new FormData(form).get("q") || "").trim();
    const rendered = (form.dataset.query || "").trim();
    for (const [name, value] of new FormData(form)) {
      if (name === "sortq" || value === "") continue;
      if (name === "sort" && typed !== rendered && !sortChosen) continue;
      params.append(name, value);
    }
    const query = params.toString();
    return "/" + (query ? "?" + query : "");
  }

  async function navigate(url, push = true) {
    if (pending) pending.abort();
    const controller = new AbortController();
    pending = controller;
    let response;
    let html;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: "text/html" }, credentials: "same-origin" });
      html = await response.text();
    } catch (error) {
      if (error.name !== "AbortError") location.assign(url);
      return;
    }
    if (controller.signal.aborted) return;
    const next = new DOMParser().parseFromString(html, "text/html");
    const main = document.querySelector("main");
    if (!(response.headers.get("Content-Type") || "").includes("text/html") || !next.getElementById("search") || !main) {
      location.assign(url);
      return;
    }
    const active = document.activeElement && main.contains(document.activeElement) ? document.activeElement.id : "";
    main.replaceChildren(...next.querySelector("main").childNodes);
    document.title = next.title;
    const language = next.querySelector(".ui-switch");
    const current = document.querySelector(".ui-switch");
    if (language && current) current.replaceWith(language);
    if (push) history.pushState({ search: true }, "", response.url);
    enhance();
    const target = (active && document.getElementById(active)) || document.getElementById("results");
    if (target) target.focus({ preventScroll: target.id !== "results" });
    if (target && target.id === "results" && target.getBoundingClientRect().top < 0) target.scrollIntoView();
    const count = document.querySelector(".count");
    const live = document.getElementById("live");
    if (live && count) live.textContent = count.textContent;
  }

  document.addEventListener("change", (event) => {
    const control = event.target;
    const form = searchForm();
    if (!(control instanceof HTMLElement) || !control.matches("[data-autosubmit]") || !control.form) return;
    if (control.form !== form) {
      control.form.requestSubmit();
      return;
    }
    navigate(formUrl(form, control.id === "sort"));
  });

  document.addEventListener("submit", (event) => {
    const form = searchForm();
    if (event.target !== form) return;
    event.preventDefault();
    navigate(formUrl(form, false));
  });

  // Links that change the search (chips, tags, pages, years, suggestions) update in place too.
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || !searchForm() || !searchForm().contains(link) || link.hasAttribute("download") || link.target) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.getAttribute("href"), location.href);
    if (url.origin !== location.origin || url.pathname !== "/") return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });

  window.addEventListener("popstate", () => navigate(location.href, false));

  // One Tab stop per tree node (its checkbox); the disclosure answers the arrow keys and the mouse.
  document.addEventListener("keydown", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.closest(".tree") || !["ArrowRight", "ArrowLeft"].includes(event.key)) return;
    const node = box.closest(".node");
    const branch = node.querySelector(":scope > .branch");
    if (event.key === "ArrowRight" && branch) {
      if (branch.open) branch.querySelector("input").focus();
      else branch.open = true;
    } else if (event.key === "ArrowLeft") {
      if (branch && branch.open) branch.open = false;
      else {
        const parent = node.parentElement.closest(".node");
        if (parent) parent.querySelector(":scope > .row input").focus();
      }
    } else return;
    event.preventDefault();
  });

  function enhance() {
    const form = searchForm();
    if (!form) return;
    for (const branch of form.querySelectorAll(".tree .branch")) {
      branch.querySelector(":scope > summary").tabIndex = -1;
      if (openNodes.has(branch.dataset.node)) branch.open = openNodes.get(branch.dataset.node);
      branch.addEventListener("toggle", () => openNodes.set(branch.dataset.node, branch.open));
    }
    const toggle = form.querySelector("button.filters-toggle");
    const setFilters = (open) => {
      filtersOpen = open;
      form.classList.toggle("filters-open", open);
      if (toggle) toggle.setAttribute("aria-expanded", String(open));
    };
    setFilters(filtersOpen);
    if (toggle) toggle.addEventListener("click", () => setFilters(!filtersOpen));
    const done = form.querySelector(".filters-done");
    if (done) done.addEventListener("click", () => { setFilters(false); document.getElementById("results").focus(); });
    for (const input of form.querySelectorAll("[data-facet-find]")) findAsYouType(input);
  }

  function findAsYouType(input) {
    const fieldset = input.closest("fieldset");
    const list = fieldset && fieldset.querySelector("[data-facet-list]");
    if (!list) return;
    input.hidden = false;
    let timer = 0;
    input.addEventListener("input", () => {
      const needle = fold(input.value.trim());
      for (const item of list.children) {
        const label = item.querySelector("label");
        item.hidden = needle !== "" && !fold(label ? label.textContent : "").includes(needle);
      }
      clearTimeout(timer);
      if (needle.length < 2) return;
      timer = setTimeout(() => loadMore(input.dataset.facetFind, input.value.trim(), list, needle), 200);
    });
  }

  async function loadMore(dimension, prefix, list, needle) {
    const params = new URLSearchParams(location.search);
    params.delete("page");
    params.set("prefix", prefix);
    params.set("limit", "20");
    const response = await fetch(`/api/facets/${encodeURIComponent(dimension)}?${params}`, { headers: { Accept: "application/json" } });
    if (!response.ok) return;
    const values = await response.json();
    const present = new Set([...list.querySelectorAll("input")].map((i) => i.value));
    const parameter = list.dataset.facetList;
    for (const value of values) {
      if (present.has(value.value) || !fold(value.label).includes(needle)) continue;
      const item = document.createElement("li");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = parameter;
      box.value = value.value;
      box.id = `f-${parameter}-more-${list.children.length}`;
      box.dataset.autosubmit = "";
      const label = document.createElement("label");
      label.htmlFor = box.id;
      label.textContent = value.label;
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = value.count.toLocaleString(document.documentElement.lang);
      item.append(box, label, count);
      list.append(item);
    }
  }

  for (const link of document.querySelectorAll("[data-history-back]")) {
    link.addEventListener("click", (event) => {
      if (document.referrer && new URL(document.referrer).origin === location.origin && history.length > 1) {
        event.preventDefault();
        history.back();
      }
    });
  }

  if (searchForm()) {
    history.replaceState({ search: true }, "", location.href);
    enhance();
  }
})();
