/* conflictkg HTML export: search, filters, legend, timeline and the details panel.
 *
 * Every piece of report text (names, quotes, titles, URLs) reaches the page as JSON and is put
 * into the DOM with textContent / DOM nodes only: this file never assigns HTML markup, so a
 * name that looks like an HTML tag with an event handler is shown as the characters it is.
 */
(function () {
  "use strict";

  function readJSON(id) { return JSON.parse(document.getElementById(id).textContent); }

  var data = readJSON("ckg-data");
  var page = data.page;
  var info = data.nodes;
  var einfo = data.edges;
  var claims = data.claims;     // relationship id -> each source's claim
  var nclaims = data.nclaims;   // node id -> each source's claim of a property (a date, a death toll)
  var sources = data.sources;
  var options = readJSON("ckg-vis-options");
  var nodesDS = new vis.DataSet(readJSON("ckg-vis-nodes"));
  var edgesDS = new vis.DataSet(readJSON("ckg-vis-edges"));

  var ckg = window.ckg = { ready: false, stabilisedAt: null, startedAt: performance.now(), data: data,
                           nodes: nodesDS, edges: edgesDS };

  // ---------------------------------------------------------------- small DOM helpers
  function el(tag, props, children) {
    var e = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        if (k === "text") { e.textContent = props[k]; }
        else if (k === "className") { e.className = props[k]; }
        else if (k === "onclick") { e.addEventListener("click", props[k]); }
        else { e.setAttribute(k, props[k]); }
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) { return; }
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function safeUrl(u) { return (typeof u === "string" && /^https?:\/\//i.test(u)) ? u : null; }
  function nameOf(id) { return (info[id] && info[id].name) || (sources[id] && (sources[id].title || sources[id].name)) || id; }
  function classKey(id) { var n = info[id]; return n ? (n["class"] || n.label) : null; }
  function confKey(level) { return level || "none"; }

  // ---------------------------------------------------------------- filters
  var presentClasses = {};
  page.present.forEach(function (p) { presentClasses[p["class"]] = p.label; });
  var state = { classes: {}, levels: {}, from: "", to: "", undated: true, edgeLabels: false };
  Object.keys(presentClasses).forEach(function (c) { state.classes[c] = true; });
  page.legend.confidence.forEach(function (c) { state.levels[confKey(c.level)] = true; });

  function dateVisible(n) {
    if (n.label !== "Event" || (!state.from && !state.to)) { return true; }
    var lo = n.start_date, hi = n.end_date || n.start_date;
    if (!lo) { return state.undated; }
    if (state.from && hi < state.from) { return false; }
    if (state.to && lo > state.to) { return false; }
    return true;
  }
  function nodeVisible(id) {
    var n = info[id];
    if (!n) { return true; }  // timeline axis marks
    if (!state.classes[classKey(id)]) { return false; }
    return dateVisible(n);
  }
  function edgeVisible(item) {
    var e = einfo[item.id];
    if (!e) { return true; }
    if (!state.levels[confKey(e.confidence)]) { return false; }
    if (state.from && e.hi && e.hi < state.from) { return false; }
    if (state.to && e.lo && e.lo > state.to) { return false; }
    return nodeVisible(e.from) && nodeVisible(e.to);
  }
  var nodesView = new vis.DataView(nodesDS, { filter: function (n) { return nodeVisible(n.id); } });
  var edgesView = new vis.DataView(edgesDS, { filter: edgeVisible });
  function refresh() {
    nodesView.refresh();
    edgesView.refresh();
    updateStatus();
  }

  // ---------------------------------------------------------------- the network
  var container = document.getElementById("ckg-network");
  var overlay = document.getElementById("ckg-overlay");
  var network = ckg.network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);
  var physicsOn = !!(options.physics && options.physics.enabled);

  function markReady() {
    if (ckg.ready) { return; }
    ckg.ready = true;
    ckg.stabilisedAt = performance.now();
    overlay.className = "ckg-hidden";
    document.body.setAttribute("data-ready", "true");
  }
  network.on("stabilizationProgress", function (p) {
    overlay.textContent = "Laying out the graph… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    // Physics stops here: a settled picture must not keep moving (nor keep the CPU busy).
    network.setOptions({ physics: { enabled: false } });
    physicsOn = false;
    updatePhysicsButton();
    network.once("afterDrawing", markReady);
    network.redraw();
  });
  if (!physicsOn) {
    network.once("afterDrawing", markReady);
  }

  // ---------------------------------------------------------------- status line
  var status = document.getElementById("ckg-status");
  var message = "";
  function updateStatus() {
    var txt = nodesView.length + " of " + nodesDS.length + " nodes, " + edgesView.length + " of " +
              edgesDS.length + " relationships shown";
    status.textContent = message ? message + " — " + txt : txt;
  }
  function say(text) { message = text; updateStatus(); }

  // ---------------------------------------------------------------- legend (also the class and confidence filters)
  function swatch(shape, colour) {
    var s = el("span", { className: "ckg-swatch ckg-shape-" + shape, "aria-hidden": "true" });
    s.style.background = colour;
    return s;
  }
  function lineSample(dashes, colour) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "34");
    svg.setAttribute("height", "10");
    svg.setAttribute("class", "ckg-line");
    svg.setAttribute("aria-hidden", "true");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", "33"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", colour);
    line.setAttribute("stroke-width", "2");
    if (dashes) { line.setAttribute("stroke-dasharray", dashes.join(" ")); }
    svg.appendChild(line);
    return svg;
  }
  var classCounts = {};
  Object.keys(info).forEach(function (id) { var k = classKey(id); classCounts[k] = (classCounts[k] || 0) + 1; });
  var classBoxes = {};
  (function buildLegend() {
    var ul = document.getElementById("ckg-legend-classes");
    var styles = {};
    page.legend.classes.forEach(function (c) { styles[c["class"]] = c; });
    Object.keys(presentClasses).sort(function (a, b) {
      return (presentClasses[a] + a).localeCompare(presentClasses[b] + b);
    }).forEach(function (c) {
      var st = styles[c] || page.legend.labels[presentClasses[c]] || { shape: "dot", colour: "#777" };
      var box = el("input", { type: "checkbox", "data-class": c });
      box.checked = true;
      box.addEventListener("change", function () { state.classes[c] = box.checked; refresh(); });
      classBoxes[c] = box;
      var title = (st.description || presentClasses[c]);
      ul.appendChild(el("li", null, [el("label", { title: title }, [box, swatch(st.shape, st.colour),
        el("span", { text: c === presentClasses[c] ? c : c + " (" + presentClasses[c] + ")" }),
        el("span", { className: "ckg-count", text: String(classCounts[c] || 0) })])]));
    });
    var cl = document.getElementById("ckg-legend-confidence");
    var levelCounts = {};
    Object.keys(einfo).forEach(function (id) { var k = confKey(einfo[id].confidence); levelCounts[k] = (levelCounts[k] || 0) + 1; });
    page.legend.confidence.forEach(function (c) {
      var key = confKey(c.level);
      var box = el("input", { type: "checkbox", "data-level": key });
      box.checked = true;
      box.addEventListener("change", function () { state.levels[key] = box.checked; refresh(); });
      cl.appendChild(el("li", null, [el("label", null, [box, lineSample(c.dashes, c.colour), el("span", { text: c.text }),
        el("span", { className: "ckg-count", text: String(levelCounts[key] || 0) })])]));
    });
  })();

  // ---------------------------------------------------------------- details panel
  var details = document.getElementById("ckg-details");
  var pinned = null;

  function nodeLink(id) {
    return el("button", { type: "button", className: "ckg-link", onclick: function () { selectNode(id); } }, [nameOf(id)]);
  }
  function sourceBlock(sid) {
    var s = sources[sid] || {};
    var title = s.title || s.name || sid;
    var url = safeUrl(s.url);
    var head = url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, [title]) : el("strong", { text: title });
    var meta = [s.publisher, s.author, s.published, s.reliability ? "reliability " + s.reliability : null, s.kind]
      .filter(function (x) { return x; }).join(" · ");
    var kids = [head];
    if (meta) { kids.push(el("div", { className: "ckg-muted", text: meta })); }
    if (url) { kids.push(el("div", { className: "ckg-id", text: url })); }
    else { kids.push(el("div", { className: "ckg-id", text: sid })); }
    // the other addresses the same report was ingested under, as text (never a link to follow)
    (s.urls || []).forEach(function (u) {
      if (u !== s.url) { kids.push(el("div", { className: "ckg-id", text: "also at " + u })); }
    });
    return el("div", null, kids);
  }
  function dl(pairs) {
    var d = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") { return; }
      d.appendChild(el("dt", { text: p[0] }));
      d.appendChild(el("dd", null, [typeof p[1] === "object" && p[1].nodeType ? p[1] : String(p[1])]));
    });
    return d;
  }
  function claimBlock(c) {
    var kids = [sourceBlock(c.source)];
    var facts = [];
    if (c.value !== null && c.value !== undefined) { facts.push(c.predicate + ": " + c.value); }
    if (c.confidence) { facts.push("confidence: " + c.confidence); }
    if (c.valid_from || c.valid_until) { facts.push("valid " + (c.valid_from || "…") + " – " + (c.valid_until || "…")); }
    if (facts.length) { kids.push(el("div", { text: facts.join(" · ") })); }
    if (c.quote) { kids.push(el("blockquote", { text: c.quote })); }
    return el("div", { className: "ckg-claim" }, kids);
  }
  function datesText(n) {
    if (n.start_date && n.end_date && n.start_date !== n.end_date) { return n.start_date + " – " + n.end_date; }
    return n.start_date || n.date || null;
  }
  function showNode(id) {
    var n = info[id];
    if (!n) { return; }
    clear(details);
    details.appendChild(el("h2", { text: n.name }));
    details.appendChild(el("div", { className: "ckg-id", text: id }));
    var fat = null;
    if (n.fatalities_min !== undefined || n.fatalities_max !== undefined) {
      fat = (n.fatalities_min === n.fatalities_max || n.fatalities_max === undefined) ? String(n.fatalities_min)
        : (n.fatalities_min === undefined ? "≤ " + n.fatalities_max : n.fatalities_min + "–" + n.fatalities_max);
    }
    details.appendChild(dl([
      ["class", (n["class"] || "?") + " (" + n.label + ")"],
      ["date", n.date], ["dates", datesText(n)], ["precision", n.date_precision],
      ["fatalities", fat], ["status", n.status], ["troops", n.troops],
      ["founded", n.founded], ["dissolved", n.dissolved], ["level", n.level],
      ["coordinates", (n.lat !== undefined && n.lon !== undefined) ? n.lat + ", " + n.lon : null],
      ["geo precision", n.geo_precision], ["countries", (n.countries || []).join(", ")],
      ["description", n.description], ["verified", n.verified ? "yes (region pack or curated file)" : null],
    ]));
    if (n.aliases && n.aliases.length) {
      details.appendChild(el("h3", { text: "Also known as" }));
      details.appendChild(el("div", { text: n.aliases.join(" · ") }));
    }
    if (n.disputed && n.disputed.length) {
      details.appendChild(el("h3", { text: "Sources disagree" }));
      details.appendChild(el("ul", null, n.disputed.map(function (d) { return el("li", { text: d }); })));
    }
    var rels = network.getConnectedEdges(id);
    if (rels.length) {
      details.appendChild(el("h3", { text: "Relationships (" + rels.length + ")" }));
      details.appendChild(el("ul", null, rels.slice(0, 200).map(function (rid) {
        var e = einfo[rid];
        if (!e) { return null; }
        var other = e.from === id ? e.to : e.from;
        var arrow = e.from === id ? e.type + " →" : "← " + e.type;
        return el("li", null, [el("button", { type: "button", className: "ckg-link", onclick: function () { selectEdge(rid); } }, [arrow]),
          " ", nodeLink(other), e.confidence ? " (" + e.confidence + ")" : ""]);
      })));
    }
    var own = nclaims[id] || [];
    if (own.length) {
      details.appendChild(el("h3", { text: "What each source says" }));
      own.forEach(function (c) { details.appendChild(claimBlock(c)); });
    }
    if (n.evidence && n.evidence.length) {
      details.appendChild(el("h3", { text: "Evidence" }));
      n.evidence.forEach(function (q) { details.appendChild(el("blockquote", { text: q })); });
    }
    if (n.sources && n.sources.length) {
      details.appendChild(el("h3", { text: "Sources (" + n.sources.length + ")" }));
      n.sources.forEach(function (s) { details.appendChild(el("div", { className: "ckg-claim" }, [sourceBlock(s)])); });
    }
  }
  function showEdge(rid) {
    var e = einfo[rid];
    if (!e) { return; }
    clear(details);
    details.appendChild(el("h2", null, [nodeLink(e.from), " " + e.type + " ", nodeLink(e.to)]));
    details.appendChild(el("div", { className: "ckg-id", text: rid }));
    details.appendChild(dl([
      ["relationship", e.type], ["meaning", data.types[e.type]],
      ["confidence", e.confidence || "not graded"],
      ["denied by", (e.denied_by || []).length ? e.denied_by.map(nameOf).join("; ") : null],
      ["valid", (e.valid_from || e.valid_until) ? (e.valid_from || "…") + " – " + (e.valid_until || "…") : null],
      ["sources", String(e.n)],
    ]));
    var cs = claims[rid] || [];
    if (cs.length) {
      details.appendChild(el("h3", { text: "Each source, with its own quote (" + cs.length + ")" }));
      cs.forEach(function (c) { details.appendChild(claimBlock(c)); });
    } else {
      if ((e.evidence || []).length) {
        details.appendChild(el("h3", { text: "Evidence" }));
        e.evidence.forEach(function (q) { details.appendChild(el("blockquote", { text: q })); });
      }
      details.appendChild(el("h3", { text: "Sources" }));
      (e.sources || []).forEach(function (s) { details.appendChild(el("div", { className: "ckg-claim" }, [sourceBlock(s)])); });
    }
  }

  network.on("click", function (p) {
    if (p.nodes.length) { pinned = { node: p.nodes[0] }; showNode(p.nodes[0]); }
    else if (p.edges.length) { pinned = { edge: p.edges[0] }; showEdge(p.edges[0]); }
    else { pinned = null; }
  });
  network.on("hoverNode", function (p) { if (!pinned) { showNode(p.node); } });
  network.on("hoverEdge", function (p) { if (!pinned) { showEdge(p.edge); } });

  function selectNode(id) {
    if (!info[id]) { return false; }
    if (!nodeVisible(id)) {
      say(nameOf(id) + " is hidden by the filters; use Reset filters to see it");
      pinned = { node: id };
      showNode(id);
      return false;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    pinned = { node: id };
    showNode(id);
    say("selected " + nameOf(id));
    return true;
  }
  function selectEdge(rid) {
    if (!einfo[rid]) { return; }
    if (edgesView.get(rid)) { network.selectEdges([rid]); }
    pinned = { edge: rid };
    showEdge(rid);
  }
  ckg.selectNode = selectNode;
  ckg.selectEdge = selectEdge;

  // ---------------------------------------------------------------- search
  function norm(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[’'`´ʼ]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  var degree = {};
  edgesDS.forEach(function (e) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; });
  var index = Object.keys(info).map(function (id) {
    var n = info[id];
    return { id: id, keys: [n.name].concat(n.aliases || []).map(norm).concat([id.toLowerCase()]) };
  });
  function search(text) {
    var q = norm(text);
    if (!q) { return []; }
    var hits = [];
    index.forEach(function (entry) {
      var best = 9;
      entry.keys.forEach(function (k) {
        var r = k === q ? 0 : (k.indexOf(q) === 0 ? 1 : ((" " + k).indexOf(" " + q) >= 0 ? 2 : (k.indexOf(q) >= 0 ? 3 : 9)));
        if (r < best) { best = r; }
      });
      if (best < 9) { hits.push({ id: entry.id, rank: best }); }
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || (degree[b.id] || 0) - (degree[a.id] || 0) || nameOf(a.id).localeCompare(nameOf(b.id));
    });
    return hits.map(function (h) { return h.id; });
  }
  ckg.search = search;
  var names = document.getElementById("ckg-names");
  Object.keys(info).map(function (id) { return info[id].name; }).sort().forEach(function (nm, i, all) {
    if (i === 0 || all[i - 1] !== nm) { names.appendChild(el("option", { value: nm })); }
  });
  var results = document.getElementById("ckg-results");
  document.getElementById("ckg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = document.getElementById("ckg-search").value;
    var hits = search(text);
    clear(results);
    if (!hits.length) { say("no node named like " + JSON.stringify(text)); return; }
    selectNode(hits[0]);
    if (hits.length > 1) {
      hits.slice(0, 20).forEach(function (id) {
        results.appendChild(el("li", null, [nodeLink(id), el("span", { className: "ckg-muted", text: " " + (info[id]["class"] || info[id].label) })]));
      });
    }
  });

  // ---------------------------------------------------------------- dates
  document.getElementById("ckg-from").addEventListener("change", function (ev) { state.from = ev.target.value; refresh(); });
  document.getElementById("ckg-to").addEventListener("change", function (ev) { state.to = ev.target.value; refresh(); });
  document.getElementById("ckg-undated").addEventListener("change", function (ev) { state.undated = ev.target.checked; refresh(); });

  // ---------------------------------------------------------------- timeline: list, and events arranged by date
  var events = Object.keys(info).filter(function (id) { return info[id].label === "Event"; });
  events.sort(function (a, b) {
    var da = info[a].start_date || "9999", db = info[b].start_date || "9999";
    return da < db ? -1 : da > db ? 1 : nameOf(a).localeCompare(nameOf(b));
  });
  (function buildTimeline() {
    var ol = document.getElementById("ckg-timeline");
    if (!events.length) { ol.appendChild(el("li", { className: "ckg-muted", text: "no events in this graph" })); return; }
    events.forEach(function (id) {
      ol.appendChild(el("li", null, [el("span", { className: "ckg-date", text: datesText(info[id]) || "undated" }), nodeLink(id)]));
    });
  })();
  ckg.timelineOrder = function () { return events.slice(); };

  var saved = null;
  var axisIds = [];
  function dayNumber(iso) { return Date.parse(iso + "T00:00:00Z") / 86400000; }
  function arrangeByDate() {
    var dated = events.filter(function (id) { return info[id].start_date; });
    if (!dated.length) { say("no dated events to arrange"); return false; }
    saved = network.getPositions();
    var lo = dayNumber(info[dated[0]].start_date), hi = lo;
    dated.forEach(function (id) { var d = dayNumber(info[id].start_date); if (d < lo) { lo = d; } if (d > hi) { hi = d; } });
    var width = Math.max(1200, dated.length * 40);
    var ys = [];
    Object.keys(saved).forEach(function (id) { ys.push(saved[id].y); });
    var top = Math.min.apply(null, ys.length ? ys : [0]) - 300;
    var lanes = {};
    var updates = dated.map(function (id) {
      var x = hi === lo ? 0 : (dayNumber(info[id].start_date) - lo) / (hi - lo) * width - width / 2;
      var slot = Math.round(x / 30);
      lanes[slot] = (lanes[slot] || 0) + 1;
      return { id: id, x: x, y: top - (lanes[slot] - 1) * 40 };
    });
    // ticks: the first day of each year over long spans, of each month over short ones
    var first = new Date(lo * 86400000);
    var monthly = hi - lo < 3 * 366;
    var y = first.getUTCFullYear(), m = monthly ? first.getUTCMonth() : 0;
    var marks = [];
    while (marks.length < 80) {
      var d = Date.UTC(y, m, 1) / 86400000;
      if (d > hi) { break; }
      if (d >= lo) {
        var label = monthly ? y + "-" + (m < 9 ? "0" : "") + (m + 1) : String(y);
        var x = hi === lo ? 0 : (d - lo) / (hi - lo) * width - width / 2;
        marks.push({ id: "ckg-axis-" + label, label: label, shape: "text", x: x, y: top + 60, fixed: true,
                     physics: false, font: { size: 18, color: "#555" } });
      }
      if (monthly) { m += 1; if (m > 11) { m = 0; y += 1; } } else { y += 1; }
    }
    axisIds = marks.map(function (m) { return m.id; });
    nodesDS.add(marks);
    nodesDS.update(updates);
    network.fit({ animation: false });
    return true;
  }
  function restoreLayout() {
    if (axisIds.length) { nodesDS.remove(axisIds); axisIds = []; }
    if (saved) {
      nodesDS.update(Object.keys(saved).filter(function (id) { return info[id]; })
        .map(function (id) { return { id: id, x: saved[id].x, y: saved[id].y }; }));
      saved = null;
    }
    network.fit({ animation: false });
  }
  var timelineBtn = document.getElementById("ckg-timeline-toggle");
  timelineBtn.setAttribute("aria-pressed", "false");
  timelineBtn.addEventListener("click", function () {
    if (saved) { restoreLayout(); timelineBtn.setAttribute("aria-pressed", "false"); timelineBtn.textContent = "Arrange events by date"; }
    else if (arrangeByDate()) { timelineBtn.setAttribute("aria-pressed", "true"); timelineBtn.textContent = "Back to the network layout"; }
  });

  // ---------------------------------------------------------------- view buttons
  var physicsBtn = document.getElementById("ckg-physics-toggle");
  function updatePhysicsButton() {
    physicsBtn.textContent = physicsOn ? "Physics: on (click to stop)" : "Physics: off (click to relax)";
    physicsBtn.setAttribute("aria-pressed", physicsOn ? "true" : "false");
  }
  physicsBtn.addEventListener("click", function () {
    physicsOn = !physicsOn;
    network.setOptions({ physics: { enabled: physicsOn, stabilization: { enabled: false } } });
    updatePhysicsButton();
  });
  updatePhysicsButton();
  document.getElementById("ckg-fit").addEventListener("click", function () { network.fit(); });
  document.getElementById("ckg-reset").addEventListener("click", function () {
    Object.keys(classBoxes).forEach(function (c) { classBoxes[c].checked = true; state.classes[c] = true; });
    Array.prototype.forEach.call(document.querySelectorAll("#ckg-legend-confidence input"), function (b) {
      b.checked = true; state.levels[b.getAttribute("data-level")] = true;
    });
    state.from = state.to = "";
    document.getElementById("ckg-from").value = "";
    document.getElementById("ckg-to").value = "";
    document.getElementById("ckg-undated").checked = true;
    state.undated = true;
    say("");
    refresh();
  });
  document.getElementById("ckg-edge-labels").addEventListener("change", function (ev) {
    state.edgeLabels = ev.target.checked;
    edgesDS.update(Object.keys(einfo).map(function (rid) {
      var e = einfo[rid];
      var nd = (e.denied_by || []).length;
      var mark = e.confidence === "denied" ? "⊘ denied" : (nd ? "⊘ denied by " + nd : "");
      var label = state.edgeLabels ? (mark ? e.type + " " + mark : e.type) : mark;
      return { id: rid, label: label || undefined, font: { size: 10, strokeWidth: 3, color: mark ? "#cc0000" : "#444" } };
    }));
  });

  if (page.notes && page.notes.length) { say(page.notes.join("; ")); } else { updateStatus(); }
  if (page.focus && info[page.focus]) { network.selectNodes([page.focus]); showNode(page.focus); pinned = { node: page.focus }; }
})();
