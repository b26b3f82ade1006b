/* The site's one script: a classic script (no modules, which browsers
   refuse on file://), shared by every page. Every page reads and works
   without it; it adds the date control, the timeline filters, search, the
   copy-citation button and the embed's resize message.

   Search follows jcpoa_tracker/search/fold.py (folding) and
   search/syntax.py (the query language) exactly, and matches as SQLite's
   FTS5 does over the six columns of the quote index, so that a query gives
   the ids that `quotes QUERY --sort -date` gives. */
(function () {
  "use strict";

  // ---- folding: search/fold.py -------------------------------------
  var LETTERS = {
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647",
    "\u06c0": "\u0647", "\u0640": "", "\u200c": "", "\u200d": "", "\u00ad": ""
  };
  for (var d = 0; d < 10; d++) {
    LETTERS[String.fromCharCode(0x0660 + d)] = String(d);
    LETTERS[String.fromCharCode(0x06f0 + d)] = String(d);
  }
  var LETTER_RE = /[\u064a\u0649\u0643\u0629\u06c0\u0640\u200c\u200d\u00ad\u0660-\u0669\u06f0-\u06f9]/g;
  var MARKS = /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var ASCII = /^[\x00-\x7f]*$/;
  // What str.casefold() does beyond lower() on text already in NFKD form.
  var CASEFOLD = /[\u00df\u03c2\u1e9e]/g;
  var CASEFOLD_TO = { "\u00df": "ss", "\u03c2": "\u03c3", "\u1e9e": "ss" };

  function translate(text) {
    return text.replace(LETTER_RE, function (c) { return LETTERS[c]; });
  }
  function fold(text) {
    if (ASCII.test(text)) { return text.toLowerCase(); }
    text = translate(text).normalize("NFKD").replace(MARKS, "");
    text = text.toLowerCase().replace(CASEFOLD, function (c) { return CASEFOLD_TO[c]; });
    return translate(text);
  }
  // A word as SQLite's unicode61 tokenizer sees it: letters, numbers, private use.
  var WORD = /[\p{L}\p{N}\p{Co}]+/gu;
  function tokens(folded) { return folded.match(WORD) || []; }
  function words(text) {
    var out = [];
    var found = tokens(fold(text));
    for (var i = 0; i < found.length; i++) {
      var w = fold(found[i]);
      if (w) { out.push(w); }
    }
    return out;
  }

  // ---- the query language: search/syntax.py -------------------------
  function SyntaxProblem(message) { this.message = message; }
  var OR_BOTH = "OR needs a word on each side, like 'ceasefire OR truce'";
  var TOKEN = /(-(?=[^\s-]))|"[^"]*"?\*?|[()]|[^\s"()]+/g;

  function lex(text) {
    var out = [], m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) { out.push(m[1] ? "NOT" : m[0]); }
    return out;
  }
  function term(token) {
    var prefix, body;
    if (token.charAt(0) === '"') {
      prefix = token.length > 2 && token.slice(-2) === '"*';
      body = prefix ? token.slice(1, -2) : token.slice(1);
      if (!prefix && body.slice(-1) !== '"') {
        throw new SyntaxProblem("unterminated phrase " + token + ": close it with '\"'");
      }
      body = prefix ? body : body.slice(0, -1);
    } else {
      prefix = token.slice(-1) === "*";
      body = prefix ? token.replace(/\*+$/, "") : token;
      if (body.indexOf("*") >= 0) {
        throw new SyntaxProblem("'" + token + "': '*' can only end a word, as in 'negotiat*'");
      }
      if (prefix && !body) {
        throw new SyntaxProblem("'*' alone matches nothing: write the start of a word first");
      }
    }
    var toks = words(fold(body));
    if (!toks.length) {
      if (token.charAt(0) === '"') { throw new SyntaxProblem("the phrase " + token + " has no words in it"); }
      return null;
    }
    return { type: "term", tokens: toks, prefix: prefix };
  }
  function Parser(toks) { this.toks = toks; this.at = 0; }
  Parser.prototype.peek = function () { return this.at < this.toks.length ? this.toks[this.at] : null; };
  Parser.prototype.take = function () { return this.toks[this.at++]; };
  Parser.prototype.expression = function () {
    if (this.peek() === "OR") { throw new SyntaxProblem(OR_BOTH); }
    var alternatives = [this.conjunction()];
    while (this.peek() === "OR") {
      this.take();
      var next = this.peek();
      if (next === null || next === ")" || next === "OR") { throw new SyntaxProblem(OR_BOTH); }
      alternatives.push(this.conjunction());
    }
    var present = alternatives.filter(function (n) { return n !== null; });
    if (alternatives.length > 1 && present.length < alternatives.length) { throw new SyntaxProblem(OR_BOTH); }
    if (!present.length) { return null; }
    return present.length === 1 ? present[0] : { type: "any", nodes: present };
  };
  Parser.prototype.conjunction = function () {
    var nodes = [];
    while ([null, ")", "OR"].indexOf(this.peek()) < 0) {
      var node = this.unary();
      if (node !== null) { nodes.push(node); }
    }
    if (!nodes.length) { return null; }
    return nodes.length === 1 ? nodes[0] : { type: "all", nodes: nodes };
  };
  Parser.prototype.unary = function () {
    var token = this.peek();
    if (token === "AND") { this.take(); return null; }
    if (token === "NOT") {
      this.take();
      if ([null, ")", "OR", "AND", "NOT"].indexOf(this.peek()) >= 0) {
        throw new SyntaxProblem("'-' or NOT must be followed by the word to exclude, like 'sanctions -oil'");
      }
      var inner = this.unary();
      return inner === null ? null : { type: "not", node: inner };
    }
    if (token === "(") {
      this.take();
      var node = this.expression();
      if (this.peek() !== ")") { throw new SyntaxProblem("unbalanced '(': add the matching ')'"); }
      this.take();
      if (node === null) { throw new SyntaxProblem("empty parentheses: put words inside them or remove them"); }
      return node;
    }
    return term(this.take());
  };
  // The checks search/syntax.py makes while compiling to FTS5.
  function check(node) {
    if (node.type === "term") { return; }
    if (node.type === "not") {
      throw new SyntaxProblem("an exclusion needs a word to exclude from, like 'sanctions -oil'");
    }
    if (node.type === "all") {
      var wanted = node.nodes.filter(function (n) { return n.type !== "not"; });
      if (!wanted.length) {
        throw new SyntaxProblem("a group made only of exclusions matches nothing by itself: add a word to exclude from, like '(sanctions -oil)'");
      }
      wanted.forEach(check);
      node.nodes.forEach(function (n) { if (n.type === "not") { check(n.node); } });
      return;
    }
    node.nodes.forEach(check);
  }
  function parseQuery(text) {
    var parser = new Parser(lex(text));
    var node = parser.expression();
    if (parser.peek() === ")") { throw new SyntaxProblem("unbalanced ')': remove it or add the matching '('"); }
    if (node === null) { throw new SyntaxProblem("nothing to search for: type at least one word"); }
    var parts = node.type === "all" ? node.nodes : [node];
    if (parts.every(function (p) { return p.type === "not"; })) {
      parts.forEach(function (p) { check(p.node); });
      return { match: null, exclude: parts.map(function (p) { return p.node; }) };
    }
    check(node);
    return { match: node, exclude: [] };
  }

  // ---- the index: six columns per statement, as the quote index has ----
  var index = { meta: null, docs: [], postings: null, speakerTokens: [], pending: 0 };

  function docColumns(doc) {
    // text, original, occasion, context, topics (folded as the index folds them)
    return [tokens(fold(doc[5])), tokens(fold(doc[7])), tokens(doc[8]),
      tokens(fold(doc[9])), tokens(fold(doc[10]))];
  }
  function buildPostings() {
    var postings = new Map();
    var docs = index.docs;
    var add = function (token, i) {
      var list = postings.get(token);
      if (list === undefined) { postings.set(token, [i]); } else if (list[list.length - 1] !== i) { list.push(i); }
    };
    index.speakerTokens = index.meta.speakers.map(function (s) { return tokens(s[2]); });
    for (var i = 0; i < docs.length; i++) {
      var cols = docColumns(docs[i]);
      cols.push(index.speakerTokens[docs[i][4]]);
      for (var c = 0; c < cols.length; c++) {
        for (var t = 0; t < cols[c].length; t++) { add(cols[c][t], i); }
      }
    }
    index.postings = postings;
  }
  function mark(set, list) { for (var i = 0; i < list.length; i++) { set[list[i]] = 1; } }
  function tokenDocs(token, prefix) {
    var set = new Uint8Array(index.docs.length);
    if (!prefix) {
      var list = index.postings.get(token);
      if (list) { mark(set, list); }
      return set;
    }
    index.postings.forEach(function (docs, key) { if (key.lastIndexOf(token, 0) === 0) { mark(set, docs); } });
    return set;
  }
  function hasPhrase(column, toks, prefix) {
    var n = toks.length;
    for (var start = 0; start + n <= column.length; start++) {
      var ok = true;
      for (var k = 0; k < n && ok; k++) {
        var word = column[start + k];
        ok = (prefix && k === n - 1) ? word.lastIndexOf(toks[k], 0) === 0 : word === toks[k];
      }
      if (ok) { return true; }
    }
    return false;
  }
  function termDocs(node) {
    var toks = node.tokens, n = toks.length;
    var set = tokenDocs(toks[0], node.prefix && n === 1);
    if (n === 1) { return set; }
    for (var k = 1; k < n; k++) {
      var other = tokenDocs(toks[k], node.prefix && k === n - 1);
      for (var i = 0; i < set.length; i++) { set[i] &= other[i]; }
    }
    // all the words are there: are they in order, in one column?
    for (var j = 0; j < set.length; j++) {
      if (!set[j]) { continue; }
      var cols = docColumns(index.docs[j]);
      cols.push(index.speakerTokens[index.docs[j][4]]);
      set[j] = cols.some(function (col) { return hasPhrase(col, toks, node.prefix); }) ? 1 : 0;
    }
    return set;
  }
  function evaluate(node) {
    if (node.type === "term") { return termDocs(node); }
    var size = index.docs.length, out, i, k;
    if (node.type === "any") {
      out = new Uint8Array(size);
      for (k = 0; k < node.nodes.length; k++) {
        var part = evaluate(node.nodes[k]);
        for (i = 0; i < size; i++) { out[i] |= part[i]; }
      }
      return out;
    }
    out = new Uint8Array(size).fill(1);
    for (k = 0; k < node.nodes.length; k++) {
      var child = node.nodes[k];
      var hit = evaluate(child.type === "not" ? child.node : child);
      var want = child.type === "not" ? 0 : 1;
      for (i = 0; i < size; i++) { if (hit[i] !== want) { out[i] = 0; } }
    }
    return out;
  }
  function search(text) {
    var query = parseQuery(text);
    var size = index.docs.length, i;
    var hits = query.match ? evaluate(query.match) : new Uint8Array(size).fill(1);
    query.exclude.forEach(function (node) {
      var out = evaluate(node);
      for (i = 0; i < size; i++) { if (out[i]) { hits[i] = 0; } }
    });
    var found = [];
    for (i = 0; i < size; i++) { if (hits[i]) { found.push(index.docs[i]); } }
    // newest first, as `quotes --sort -date`: sort key descending, then id
    found.sort(function (a, b) {
      if (a[2] !== b[2]) { return a[2] < b[2] ? 1 : -1; }
      return a[0] < b[0] ? -1 : (a[0] > b[0] ? 1 : 0);
    });
    return found;
  }

  window.SiteSearch = {
    meta: function (meta) { index.meta = meta; },
    add: function (year, docs) {
      for (var i = 0; i < docs.length; i++) { index.docs.push(docs[i]); }
      index.pending -= 1;
    },
    fold: fold,
    words: words,
    parse: parseQuery,
    ids: function (text) { return search(text).map(function (doc) { return doc[0]; }); },
    ready: function () { return index.postings !== null; }
  };

  // ---- small helpers ------------------------------------------------
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  function parseDay(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
  }
  function humanDay(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    return +m[3] + " " + MONTHS[+m[2] - 1] + " " + m[1];
  }
  function days(n) { return n + (Math.abs(n) === 1 ? " day" : " days"); }
  function fragment() {
    var out = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      if (!pair) { return; }
      var at = pair.indexOf("=");
      var key = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
      out[key] = at < 0 ? "" : decodeURIComponent(pair.slice(at + 1).replace(/\+/g, " "));
    });
    return out;
  }
  function setFragment(params) {
    var parts = [];
    Object.keys(params).forEach(function (key) {
      if (params[key]) { parts.push(encodeURIComponent(key) + "=" + encodeURIComponent(params[key])); }
    });
    var hash = parts.length ? "#" + parts.join("&") : "";
    try {
      history.replaceState(null, "", hash || location.pathname + location.search);
    } catch (e) {
      location.hash = hash;
    }
  }
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // ---- the status on another date ------------------------------------
  function initDateControl() {
    var forms = document.querySelectorAll("form.asof");
    Array.prototype.forEach.call(forms, function (form) {
      var dates = form.getAttribute("data-dates").split(" ").filter(Boolean);
      var input = form.querySelector("input[type=date]");
      var message = form.querySelector("output");
      var hashDay = fragment().on;
      if (hashDay && parseDay(hashDay) !== null) { input.value = hashDay; }
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var wanted = input.value;
        if (parseDay(wanted) === null) { message.textContent = "Type a date such as 2021-06-28."; return; }
        var chosen = null;
        for (var i = 0; i < dates.length && dates[i] <= wanted; i++) { chosen = dates[i]; }
        if (chosen === null) {
          message.textContent = "No track had started by " + humanDay(wanted) + ".";
          return;
        }
        location.href = form.getAttribute("data-base") + chosen + ".html#on=" + wanted;
      });
    });
  }
  function initSnapshot() {
    var note = document.querySelector("[data-window]");
    if (!note) { return; }
    function update() {
      var wanted = fragment().on;
      var bounds = note.getAttribute("data-window").split(" ");
      var day = parseDay(wanted);
      if (day === null || wanted < bounds[0] || (bounds[1] && wanted >= bounds[1])) { return; }
      Array.prototype.forEach.call(document.querySelectorAll("[data-asof]"), function (node) {
        node.textContent = humanDay(wanted);
      });
      Array.prototype.forEach.call(document.querySelectorAll(".days[data-ref]"), function (node) {
        var ref = parseDay(node.getAttribute("data-ref"));
        var diff = Math.round((day - ref) / 86400000);
        var mode = node.getAttribute("data-mode");
        node.textContent = mode === "day" ? String(diff + 1) : days(mode === "until" ? -diff : diff);
      });
      document.title = document.title.replace(/\d{4}-\d{2}-\d{2}/, wanted);
    }
    update();
    window.addEventListener("hashchange", update);
  }

  // ---- timeline filters ------------------------------------------------
  function initTimeline() {
    var form = document.getElementById("timeline-filters");
    if (!form) { return; }
    form.hidden = false;
    var items = document.querySelectorAll("ol.events > li, svg .ev");
    var listItems = document.querySelectorAll("ol.events > li");
    var count = document.getElementById("timeline-count");
    function checked(name) {
      return Array.prototype.filter.call(form.elements[name] ? form.querySelectorAll("input[name=" + name + "]") : [],
        function (box) { return box.checked; }).map(function (box) { return box.value; });
    }
    function state() {
      return {
        track: checked("track").join(","), kind: checked("kind").join(","),
        party: form.elements.party.value, from: form.elements.from.value, to: form.elements.to.value
      };
    }
    function restore() {
      var params = fragment();
      ["track", "kind"].forEach(function (name) {
        var wanted = (params[name] || "").split(",");
        Array.prototype.forEach.call(form.querySelectorAll("input[name=" + name + "]"), function (box) {
          box.checked = wanted.indexOf(box.value) >= 0;
        });
      });
      ["party", "from", "to"].forEach(function (name) { form.elements[name].value = params[name] || ""; });
    }
    function apply() {
      var s = state();
      var tracks = s.track ? s.track.split(",") : [];
      var kinds = s.kind ? s.kind.split(",") : [];
      var shown = 0;
      Array.prototype.forEach.call(items, function (node) {
        var own = (node.getAttribute("data-track") || "").split(" ");
        var kindsOf = (node.getAttribute("data-kind") || "").split(" ");
        var parties = (node.getAttribute("data-parties") || "").split(" ");
        var visible = (!tracks.length || tracks.some(function (t) { return own.indexOf(t) >= 0; })) &&
          (!kinds.length || kinds.some(function (k) { return kindsOf.indexOf(k) >= 0; })) &&
          (!s.party || parties.indexOf(s.party) >= 0) &&
          (!s.from || +node.getAttribute("data-end-year") >= +s.from) &&
          (!s.to || +node.getAttribute("data-year") <= +s.to);
        if (node.tagName.toLowerCase() === "li") {
          node.hidden = !visible;
          if (visible) { shown += 1; }
        } else {
          node.style.display = visible ? "" : "none";
        }
      });
      count.textContent = shown + " of " + listItems.length + " events shown";
    }
    restore();
    apply();
    form.addEventListener("change", function () { setFragment(state()); apply(); });
    form.addEventListener("reset", function () {
      setTimeout(function () { setFragment({}); apply(); }, 0);
    });
    window.addEventListener("hashchange", function () { restore(); apply(); });
  }

  // ---- search ------------------------------------------------------------
  function initSearch() {
    var form = document.getElementById("search-form");
    if (!form) { return; }
    var input = document.getElementById("q");
    var status = document.getElementById("search-status");
    var list = document.getElementById("results");
    var more = document.getElementById("more");
    var holder = document.getElementById("search-scripts");
    var base = holder.getAttribute("data-base");
    var years = form.getAttribute("data-years").split(" ").filter(Boolean);
    var found = [], shown = 0, PAGE = 50;

    function show(next) {
      var speakers = index.meta.speakers;
      for (var i = shown; i < Math.min(next, found.length); i++) {
        var doc = found[i];
        var item = element("li", "result");
        var quote = element("blockquote");
        quote.appendChild(element("p", "", doc[5]));
        item.appendChild(quote);
        var meta = element("p", "meta");
        var link = element("a", "", speakers[doc[4]][1] + ", " + doc[3]);
        link.href = "statement/" + doc[1] + ".html";
        meta.appendChild(link);
        if (doc[11] & 1) { meta.appendChild(document.createTextNode(" ")); meta.appendChild(element("span", "flag", "wording unverified")); }
        if (doc[11] & 2) { meta.appendChild(document.createTextNode(" ")); meta.appendChild(element("span", "flag", "low confidence")); }
        item.appendChild(meta);
        item.setAttribute("data-id", doc[0]);
        list.appendChild(item);
      }
      shown = Math.min(next, found.length);
      more.hidden = shown >= found.length;
    }
    function run() {
      var text = input.value.trim();
      list.textContent = "";
      found = []; shown = 0; more.hidden = true;
      if (!text) { status.textContent = index.docs.length + " statements; type a query."; return; }
      try {
        found = search(text);
      } catch (problem) {
        if (!(problem instanceof SyntaxProblem)) { throw problem; }
        status.textContent = "Query: " + problem.message;
        return;
      }
      status.textContent = found.length === 1 ? "1 statement matches, newest first." :
        found.length + " statements match" + (found.length ? ", newest first." : ".");
      show(PAGE);
    }
    function ready() {
      buildPostings();
      form.setAttribute("data-ready", "true");
      input.value = fragment().q || input.value;
      run();
    }
    function load(name, then) {
      var script = document.createElement("script");
      script.src = base + name + ".js";
      script.onload = then;
      script.onerror = function () { status.textContent = "The search index could not be read (" + name + ".js)."; };
      holder.appendChild(script);
    }
    status.textContent = "Loading the search index…";
    load("meta", function () {
      index.pending = years.length;
      if (!years.length) { ready(); return; }
      years.forEach(function (year) {
        load(year, function () { if (index.pending === 0) { ready(); } });
      });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      setFragment({ q: input.value.trim() });
      if (index.postings) { run(); }
    });
    more.addEventListener("click", function () { show(shown + PAGE); });
    window.addEventListener("hashchange", function () {
      if (index.postings) { input.value = fragment().q || ""; run(); }
    });
  }

  // ---- copy a citation ---------------------------------------------------
  function initCopy() {
    Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      var status = button.parentNode.querySelector(".copy-status");
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = source.textContent;
        var done = function () { status.textContent = "Citation copied."; };
        var fallback = function () {
          var range = document.createRange();
          range.selectNodeContents(source);
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          var copied = false;
          try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
          status.textContent = copied ? "Citation copied." : "Citation selected: press Ctrl+C or Cmd+C to copy.";
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done, fallback);
        } else {
          fallback();
        }
      });
    });
  }

  // ---- embeds: tell the parent page our height ---------------------------
  function initEmbed() {
    if (document.body.getAttribute("data-page") !== "embed" || window.parent === window) { return; }
    var child = (/[?&]childId=([^&]*)/.exec(location.search) || [])[1] || "";
    var last = -1;
    function post() {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) { return; }
      last = height;
      window.parent.postMessage("pymxPYMx" + decodeURIComponent(child) + "xPYMxheightxPYMx" + height, "*");
      window.parent.postMessage({ sentinel: "amp", type: "embed-size", height: height }, "*");
    }
    post();
    window.addEventListener("resize", post);
    if (window.ResizeObserver) { new ResizeObserver(post).observe(document.body); }
  }

  function init() {
    initDateControl();
    initSnapshot();
    initTimeline();
    initSearch();
    initCopy();
    initEmbed();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
