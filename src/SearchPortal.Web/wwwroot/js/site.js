// Progressive enhancement only: every control also works as a plain GET form without this script.
(() => {
  "use strict";
  document.documentElement.classList.add("js");

  document.addEventListener("change", (event) => {
    const control = event.target;
    if (control instanceof HTMLElement && control.matches("[data-autosubmit]") && control.form) {
      control.form.requestSubmit();
    }
  });

  const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

  for (const input of document.querySelectorAll("[data-facet-find]")) {
    const fieldset = input.closest("fieldset");
    const list = fieldset && fieldset.querySelector("[data-facet-list]");
    if (!list) continue;
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
      timer = setTimeout(() => loadMore(input.dataset.facetFind, input.value.trim(), list), 200);
    });
  }

  async function loadMore(dimension, prefix, list) {
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
      if (present.has(value.value)) continue;
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
      count.textContent = value.count.toLocaleString();
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
})();
