/* Briefing search: Arabic-aware, works from file:// (the index is a <script src> file).
 *
 * The normalisation and stemming tables come from the index itself (written by
 * generator/search.py), so the query is folded exactly like the pages were:
 * fold characters (hamza/alef forms, ى/ي, ة/ه, diacritics, tatweel), lower-case, split into
 * letter/digit runs, then expand each Arabic word into its forms (without a proclitic
 * combination and/or a suffix). Keep this file in step with search.py (tests compare them).
 */
(function () {
  "use strict";

  function normalise(text, table) {
    var out = "";
    for (var ch of String(text || "")) {
      var f = table.fold[ch];
      out += (f === undefined) ? ch : f;
    }
    return out.toLowerCase();
  }

  function tokens(text, table) {
    return normalise(text, table).match(/[\p{L}\p{N}]+/gu) || [];
  }

  function hasArabic(s) { return /[\u0600-\u06ff]/.test(s); }
  function len(s) { return Array.from(s).length; }

  function forms(token, table) {
    var out = [token];
    if (!hasArabic(token)) return out;
    var n = table.min_stem;
    var bases = [token];
    table.prefixes.forEach(function (p) {
      if (token.startsWith(p) && len(token) - len(p) >= n) bases.push(token.slice(p.length));
    });
    bases.forEach(function (b) {
      if (out.indexOf(b) < 0) out.push(b);
      table.suffixes.forEach(function (s) {
        if (b.endsWith(s) && len(b) - len(s) >= n) {
          var stem = b.slice(0, b.length - s.length);
          if (out.indexOf(stem) < 0) out.push(stem);
        }
      });
    });
    return out;
  }

  function analyseQuery(text, table) {
    return tokens(text, table).map(function (t) { return forms(t, table); });
  }

  /* Same ranking as generator.search.search(): every word must match; 2 points for the exact
   * word, 1 for another form, +1 when it is in the title; ties by title then URL. */
  function search(index, query, lang, limit) {
    var words = analyseQuery(query, index.table);
    if (!words.length) return [];
    var scores = null;
    words.forEach(function (fs) {
      var ws = new Map();
      fs.forEach(function (f, j) {
        var w = j === 0 ? 2 : 1;
        (index.terms[f] || []).forEach(function (i) { ws.set(i, Math.max(ws.get(i) || 0, w)); });
      });
      var inTitle = new Set();
      fs.forEach(function (f) { (index.titles[f] || []).forEach(function (i) { inTitle.add(i); }); });
      ws.forEach(function (v, i) { if (inTitle.has(i)) ws.set(i, v + 1); });
      if (scores === null) { scores = ws; return; }
      var next = new Map();
      ws.forEach(function (v, i) { if (scores.has(i)) next.set(i, scores.get(i) + v); });
      scores = next;
    });
    var hits = [];
    scores.forEach(function (s, i) {
      if (!lang || index.pages[i].l === lang) hits.push([s, i]);
    });
    hits.sort(function (a, b) {
      if (a[0] !== b[0]) return b[0] - a[0];
      var pa = index.pages[a[1]], pb = index.pages[b[1]];
      if (pa.t !== pb.t) return pa.t < pb.t ? -1 : 1;
      return pa.u < pb.u ? -1 : (pa.u > pb.u ? 1 : 0);
    });
    return hits.slice(0, limit || 20).map(function (h) {
      var p = Object.assign({}, index.pages[h[1]]); p.score = h[0]; return p;
    });
  }

  function show(box, index) {
    var input = box.querySelector("input[type=search]");
    var list = box.querySelector(".briefing-search-results");
    var status = box.querySelector(".briefing-search-status");
    var root = box.getAttribute("data-root") || "";
    var lang = box.getAttribute("data-lang") || "";
    var q = input.value.trim();
    list.textContent = "";
    if (!q) { status.textContent = ""; return; }
    var hits = search(index, q, lang, 50);
    status.textContent = hits.length ? "" : box.getAttribute("data-none");
    hits.forEach(function (p) {
      var li = document.createElement("li");
      li.className = "briefing-search-hit hit-" + p.k;
      var a = document.createElement("a");
      a.href = root + p.u;
      a.textContent = p.t;
      a.setAttribute("dir", "auto");
      li.appendChild(a);
      var kind = document.createElement("span");
      kind.className = "hit-kind";
      kind.textContent = " · " + (box.getAttribute("data-kind-" + p.k) || p.k);
      li.appendChild(kind);
      if (p.m) {  // outlet and date: two hits may share a title
        var meta = document.createElement("span");
        meta.className = "hit-meta";
        meta.setAttribute("dir", "auto");
        meta.textContent = " · " + p.m;
        li.appendChild(meta);
      }
      if (p.s) {
        var s = document.createElement("p");
        s.className = "hit-snippet";
        s.setAttribute("dir", "auto");
        s.textContent = p.s;
        li.appendChild(s);
      }
      list.appendChild(li);
    });
  }

  function init() {
    var index = window.BRIEFING_SEARCH;
    document.querySelectorAll(".briefing-search").forEach(function (box) {
      var status = box.querySelector(".briefing-search-status");
      if (!index) { status.textContent = box.getAttribute("data-missing") || "no index"; return; }
      status.textContent = "";
      var form = box.querySelector("form");
      var input = box.querySelector("input[type=search]");
      form.addEventListener("submit", function (e) { e.preventDefault(); show(box, index); });
      input.addEventListener("input", function () { show(box, index); });
      var m = /[?&]q=([^&]*)/.exec(window.location.search);
      if (m) { input.value = decodeURIComponent(m[1].replace(/\+/g, " ")); show(box, index); }
    });
  }

  window.BriefingSearch = { normalise: normalise, tokens: tokens, forms: forms,
                            analyseQuery: analyseQuery, search: search };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
