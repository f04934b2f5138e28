// twindex serve: the city field's type-ahead (a WAI-ARIA combobox over /api/cities). The page
// works without this script: the field then takes any name `twindex search --city` accepts.
"use strict";
(function () {
  document.documentElement.classList.add("js");
  const input = document.getElementById("city");
  if (!input) return;
  const base = document.body.dataset.base || "";
  const ui = document.body.dataset.ui || "en";
  const list = document.createElement("ul");
  list.id = "city-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  let active = -1;
  let asked = 0;

  function close() {
    list.hidden = true;
    list.replaceChildren();
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }
  function mark(index) {
    const items = list.children;
    for (let i = 0; i < items.length; i++)
      items[i].setAttribute("aria-selected", i === index ? "true" : "false");
    active = index;
    if (index >= 0) input.setAttribute("aria-activedescendant", items[index].id);
    else input.removeAttribute("aria-activedescendant");
  }
  // The id of the city the field names, sent as cityid beside it: a name that several cities
  // bear then still means the one chosen (query_params.h). Typing again forgets it.
  function setCityId(id) {
    let hidden = input.form && input.form.querySelector("input[name=cityid]");
    if (!id) { if (hidden) hidden.remove(); return; }
    if (!hidden) {
      hidden = document.createElement("input");
      hidden.type = "hidden";
      hidden.name = "cityid";
      input.form.appendChild(hidden);
    }
    hidden.value = id;
  }
  function choose(index) {
    const item = list.children[index];
    if (!item) return;
    input.value = item.dataset.name;
    setCityId(item.dataset.id);
    close();
  }
  function show(cities) {
    list.replaceChildren();
    cities.forEach(function (city, i) {
      const li = document.createElement("li");
      li.id = "city-option-" + i;
      li.setAttribute("role", "option");
      li.dataset.name = city.name;
      li.dataset.id = String(city.id);
      li.textContent = city.name + " (" + city.country + ")";  // text, never markup
      li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(i); });
      list.appendChild(li);
    });
    list.hidden = cities.length === 0;
    input.setAttribute("aria-expanded", cities.length ? "true" : "false");
    mark(-1);
  }
  input.addEventListener("input", function () {
    setCityId("");
    const prefix = input.value.trim();
    const ticket = ++asked;
    if (prefix.length < 1) { close(); return; }
    fetch(base + "/api/cities?prefix=" + encodeURIComponent(prefix) + "&ui=" + ui)
      .then(function (r) { return r.ok ? r.json() : { cities: [] }; })
      .then(function (data) { if (ticket === asked) show(data.cities || []); })
      .catch(close);
  });
  input.addEventListener("keydown", function (e) {
    const n = list.children.length;
    if (e.key === "ArrowDown" && n) { e.preventDefault(); mark((active + 1) % n); }
    else if (e.key === "ArrowUp" && n) { e.preventDefault(); mark((active - 1 + n) % n); }
    else if (e.key === "Enter" && !list.hidden && active >= 0) { e.preventDefault(); choose(active); }
    else if (e.key === "Escape") { close(); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });
})();
