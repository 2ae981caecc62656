// Pincite: small enhancements over pages that work without script.
// Plain GET forms and links carry the whole search state in the URL; this file only adds
// keyboard shortcuts, instant facet submits, copy buttons, facet filtering and autocomplete.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  function isTyping(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  // "/" focuses the search box, as in most search tools.
  function keyboard(q) {
    document.addEventListener("keydown", function (e) {
      if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(document.activeElement)) {
        e.preventDefault();
        q.focus();
        q.select();
      }
    });
  }

  // Submitting leaves out empty fields, so URLs stay short and bookmarkable.
  function cleanSubmit(form) {
    form.addEventListener("submit", function () {
      var fields = form.elements;
      for (var i = 0; i < fields.length; i++) {
        var f = fields[i];
        if (f.name && f.name !== "q" && (f.type === "month" || f.type === "date" || f.type === "text") && !f.value) f.disabled = true;
        if (f.name === "sort" && f.value === "relevance") f.disabled = true;
      }
    });
  }

  function submit(form) {
    if (typeof form.requestSubmit === "function") form.requestSubmit(); else form.submit();
  }

  // Ticking a facet value or changing the sort searches at once.
  function instantFilters(form) {
    document.querySelectorAll('input[type=checkbox][form="search"], select[form="search"]').forEach(function (el) {
      el.addEventListener("change", function () { submit(form); });
    });
  }

  // "more…" lists: a filter box narrows the values as you type.
  function facetFilters() {
    document.querySelectorAll(".facet-filter").forEach(function (box) {
      var list = document.getElementById(box.getAttribute("data-list"));
      if (!list) return;
      box.addEventListener("input", function () {
        var needle = box.value.trim().toLowerCase();
        list.querySelectorAll("li").forEach(function (li) {
          li.hidden = needle !== "" && li.textContent.toLowerCase().indexOf(needle) < 0;
        });
      });
      box.addEventListener("keydown", function (e) { if (e.key === "Enter") e.preventDefault(); });
    });
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy refused"));
    });
  }

  // Copy buttons: data-copy holds the text, or data-copy-target names the element holding it.
  function copyButtons() {
    document.querySelectorAll("button.copy").forEach(function (button) {
      button.addEventListener("click", function () {
        var text = button.getAttribute("data-copy");
        var targetId = button.getAttribute("data-copy-target");
        var target = targetId ? document.getElementById(targetId) : null;
        if (target) text = target.textContent;
        var status = button.parentNode.querySelector(".copy-status");
        copyText(text || "").then(function () {
          if (status) status.textContent = button.getAttribute("data-copied") || "Copied";
        }, function () {
          if (status) status.textContent = "Could not copy: select the text and press Ctrl+C";
          if (target) {
            var range = document.createRange();
            range.selectNodeContents(target);
            var sel = window.getSelection();
            sel.removeAllRanges();
            sel.addRange(range);
          }
        });
        if (status) {
          clearTimeout(button._clear);
          button._clear = setTimeout(function () { status.textContent = ""; }, 6000);
        }
      });
    });
  }

  // Autocomplete for speakers and companies: the word being typed is looked up in the facet
  // values; choosing one adds it as a filter (the typed word leaves the query).
  function autocomplete(q, form) {
    var list = document.getElementById("q-suggestions");
    if (!list) return;
    var items = [];
    var active = -1;
    var timer = null;
    var seq = 0;

    function currentWord() {
      var m = /(?:^|\s)([^\s:"()]+)$/.exec(q.value);
      return m ? m[1] : "";
    }
    function close() {
      list.hidden = true;
      list.innerHTML = "";
      items = [];
      active = -1;
      q.setAttribute("aria-expanded", "false");
      q.removeAttribute("aria-activedescendant");
    }
    function highlight(i) {
      active = i;
      items.forEach(function (it, k) { it.el.setAttribute("aria-selected", k === i ? "true" : "false"); });
      if (i >= 0) q.setAttribute("aria-activedescendant", items[i].el.id); else q.removeAttribute("aria-activedescendant");
    }
    function choose(item) {
      var word = currentWord();
      var rest = q.value.slice(0, q.value.length - word.length).trim();
      var params = new URLSearchParams(window.location.search);
      params.set("q", rest);
      if (!rest) params.delete("q");
      params.append("f." + item.dimension, item.value);
      params.delete("page");
      window.location.assign("/?" + params.toString());
    }
    function show(found) {
      close();
      if (!found.length) return;
      found.forEach(function (c, i) {
        var li = document.createElement("li");
        li.id = "q-suggestion-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var name = document.createElement("span");
        name.textContent = c.value + " (" + c.count + ")";
        var dim = document.createElement("span");
        dim.className = "dim";
        dim.textContent = c.dimension;
        li.appendChild(name);
        li.appendChild(dim);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(c); });
        list.appendChild(li);
        items.push({ el: li, data: c });
      });
      list.hidden = false;
      q.setAttribute("aria-expanded", "true");
    }
    q.addEventListener("input", function () {
      clearTimeout(timer);
      var word = currentWord();
      if (word.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        fetch("/api/complete?max=8&q=" + encodeURIComponent(word), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (found) { if (mine === seq) show(found); })
          .catch(function () { close(); });
      }, 150);
    });
    q.addEventListener("keydown", function (e) {
      if (list.hidden || !items.length) return;
      if (e.key === "ArrowDown") { e.preventDefault(); highlight((active + 1) % items.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight((active - 1 + items.length) % items.length); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(items[active].data); }
      else if (e.key === "Escape") { close(); }
    });
    q.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  // On a narrow screen the filters start folded, so the results come first into view.
  function foldFiltersWhenNarrow() {
    var refine = document.getElementById("refine");
    if (refine && window.matchMedia && window.matchMedia("(max-width: 860px)").matches) {
      refine.open = false;
    }
  }

  // On a phone the document legend starts folded, so it takes one line above the article.
  function foldLegendWhenNarrow() {
    var legend = document.querySelector(".legend-box");
    if (legend && window.matchMedia && window.matchMedia("(max-width: 860px)").matches) {
      legend.open = false;
    }
  }

  ready(function () {
    document.documentElement.classList.add("js");
    foldFiltersWhenNarrow();
    foldLegendWhenNarrow();
    var q = document.getElementById("q");
    var form = document.getElementById("search");
    if (!q || !form) return;
    keyboard(q);
    cleanSubmit(form);
    instantFilters(form);
    facetFilters();
    copyButtons();
    autocomplete(q, form);
  });
})();
