// dotterel web UI: a small hash-routed page over the JSON API. No libraries, no network but our own API.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QUAD_COLOURS = { 1: "#7fbf8e", 2: "#2e8b57", 3: "#f0a35e", 4: "#c8423b" };
const PAGE_SIZE = 25;

// ---------- small helpers ----------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(describeError(body, response.status));
  return body;
}

function describeError(body, status) {
  const detail = body && body.detail;
  if (Array.isArray(detail)) return detail.map((d) => d.msg || JSON.stringify(d)).join("; ");
  return detail || `request failed (HTTP ${status})`;
}

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, queryString] = hash.split("?");
  const parts = (path || "events").split("/").map(decodeURIComponent);
  return { parts, params: Object.fromEntries(new URLSearchParams(queryString || "")) };
}

function hashFor(parts, params = {}) {
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== "" && v !== undefined && v !== null));
  const query = new URLSearchParams(clean).toString();
  return "#/" + parts.map(encodeURIComponent).join("/") + (query ? `?${query}` : "");
}

function codes(entities) {
  return (entities || []).map((e) => e.code || "?").join("+") || "—";
}

function categoryBadge(event) {
  const quad = event.quad_code || 0;
  return el("span", { class: `badge q${quad}`, title: QUAD_NAMES[quad] || "" }, event.event + (event.mode ? ` · ${event.mode}` : ""));
}

function eventWhen(event) {
  const when = event.event_date && event.event_date !== event.date ? event.event_date : event.date;
  return when || "—";
}

function outletTags(outlet) {
  if (!outlet) return [];
  const name = outlet.name || outlet.domain || "unknown outlet";
  return [
    el("span", { class: "tag", title: outlet.domain || "" }, name + (outlet.country ? ` (${outlet.country})` : "")),
    outlet.state_affiliated ? el("span", { class: "tag state", title: "state-affiliated outlet" }, "state-affiliated") : null,
  ];
}

function corroborationText(cluster) {
  if (!cluster) return "";
  const reports = `${cluster.n_reports} report${cluster.n_reports === 1 ? "" : "s"}`;
  const outlets = `${cluster.n_outlets} outlet${cluster.n_outlets === 1 ? "" : "s"}`;
  return `${reports} from ${outlets}`;
}

function corroborationLink(cluster) {
  if (!cluster) return null;
  const text = corroborationText(cluster);
  return cluster.id ? el("a", { href: hashFor(["cluster", cluster.id]), class: "cluster-link", title: "every report of this event" }, text) : text;
}

function showError(container, error) {
  container.prepend(el("div", { class: "error", role: "alert" }, String(error.message || error)));
}

function setActiveTab(name) {
  for (const link of document.querySelectorAll("#tabs a")) {
    link.classList.toggle("active", link.dataset.tab === name);
  }
}

// ---------- events list ----------

const EVENT_FILTERS = ["actor", "recipient", "category", "since", "until", "outlet", "min_outlets", "reports"];

function filterForm(params, onSubmit) {
  const input = (name, label, attrs = {}) =>
    el("label", {}, label, el("input", { name, value: params[name] || "", ...attrs }));
  const select = el("select", { name: "category" }, el("option", { value: "" }, "any category"),
    CATEGORIES.map((c) => el("option", { value: c, selected: params.category === c }, c)));
  const form = el("form", { class: "filters card", id: "event-filters" },
    input("actor", "Actor", { class: "code", placeholder: "RUS", maxlength: 3 }),
    input("recipient", "Recipient", { class: "code", placeholder: "PAK", maxlength: 3 }),
    el("label", {}, "Category", select),
    input("since", "Since", { type: "date" }),
    input("until", "Until", { type: "date" }),
    input("outlet", "Outlet", { placeholder: "sputniknews.com" }),
    input("min_outlets", "Min. outlets", { type: "number", min: 0, class: "code" }),
    el("label", { class: "check" }, el("input", { type: "checkbox", name: "reports", checked: params.reports === "1" }),
      "every report (not one row per event cluster)"),
    el("button", { type: "submit" }, "Filter"),
    el("button", { type: "button", class: "secondary", onclick: () => { location.hash = "#/events"; } }, "Clear"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const chosen = {};
    for (const name of EVENT_FILTERS) {
      const value = data.get(name);
      if (name === "reports") { if (value) chosen.reports = "1"; continue; }
      if (value) chosen[name] = name === "actor" || name === "recipient" ? String(value).toUpperCase() : value;
    }
    onSubmit(chosen);
  });
  return form;
}

function eventsTable(items) {
  if (!items.length) return el("p", { class: "hint", id: "no-events" }, "No events match these filters.");
  const rows = items.map((event) => el("tr", { "data-event-id": event.id },
    el("td", {}, eventWhen(event), event.aux ? el("span", { class: "tag aux" }, event.aux) : null),
    el("td", {}, categoryBadge(event)),
    el("td", { class: "code" }, codes(event.actor)),
    el("td", { class: "code" }, codes(event.recipient)),
    el("td", { class: "evidence" }, event.text || event.event_text || ""),
    el("td", {}, ...outletTags(event.outlet),
      event.cluster ? el("div", { class: "hint" }, corroborationLink(event.cluster)) : null),
    el("td", {}, el("a", { href: hashFor(["article", event.doc_id], { event: event.id }), class: "article-link" }, "article →"))));
  return el("table", { class: "events", id: "events-table" },
    el("thead", {}, el("tr", {}, ["When", "Event", "Actor", "Recipient", "Evidence", "Outlet", ""].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows));
}

function pager(page, onPage) {
  const start = page.total ? page.offset + 1 : 0;
  const end = page.offset + page.items.length;
  return el("div", { class: "pager" },
    el("button", { class: "secondary", disabled: page.offset <= 0, onclick: () => onPage(Math.max(0, page.offset - page.limit)) }, "← previous"),
    el("span", { class: "hint", id: "events-count" }, `${start}–${end} of ${page.total} ${page.unit || "events"}`),
    el("button", { class: "secondary", disabled: end >= page.total, onclick: () => onPage(page.offset + page.limit) }, "next →"));
}

async function renderEvents(view, params) {
  setActiveTab("events");
  const go = (chosen) => { location.hash = hashFor(["events"], chosen); };
  view.replaceChildren(el("h1", {}, "Events"), filterForm(params, go));
  const query = { limit: PAGE_SIZE, offset: params.offset || 0, clusters: params.reports === "1" ? "false" : "true" };
  for (const name of ["actor", "recipient", "category", "since", "until", "outlet", "min_outlets"]) query[name] = params[name];
  try {
    const page = await getJSON("/api/events", query);
    view.append(eventsTable(page.items), pager(page, (offset) => go({ ...params, offset })));
  } catch (error) {
    showError(view, error);
  }
}

// ---------- dyad timeline ----------

function periodTime(period) {
  return Date.parse(period.length === 4 ? `${period}-01-01` : period.length === 7 ? `${period}-01` : period);
}

function dyadChart(series, freq) {
  const width = 900, height = 340, margin = { left: 48, right: 48, top: 20, bottom: 36 };
  const chart = svg("svg", { class: "chart", id: "dyad-chart", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "cooperation and conflict over time" });
  if (!series.length) {
    chart.append(svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle" }, "no events for this dyad"));
    return chart;
  }
  const times = series.map((p) => periodTime(p.period));
  const span = { lo: Math.min(...times), hi: Math.max(...times) };
  const pad = Math.max((span.hi - span.lo) * 0.04, 1000 * 3600 * 24 * 20);
  span.lo -= pad; span.hi += pad;
  const plotW = width - margin.left - margin.right, plotH = height - margin.top - margin.bottom;
  const x = (t) => margin.left + ((t - span.lo) / (span.hi - span.lo)) * plotW;
  const coop = (p) => (p.quad["1"] || 0) + (p.quad["2"] || 0);
  const conf = (p) => (p.quad["3"] || 0) + (p.quad["4"] || 0);
  const maxCount = Math.max(1, ...series.map((p) => Math.max(coop(p), conf(p))));
  const mid = margin.top + plotH / 2;
  const y = (count) => (count / maxCount) * (plotH / 2);
  const yScore = (score) => mid - (score / 10) * (plotH / 2);

  chart.append(svg("line", { class: "grid", x1: margin.left, x2: width - margin.right, y1: margin.top, y2: margin.top }));
  chart.append(svg("line", { class: "grid", x1: margin.left, x2: width - margin.right, y1: height - margin.bottom, y2: height - margin.bottom }));
  // Year ticks along the time axis.
  const firstYear = new Date(span.lo).getUTCFullYear(), lastYear = new Date(span.hi).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
  for (let year = firstYear; year <= lastYear + 1; year += step) {
    const t = Date.UTC(year, 0, 1);
    if (t < span.lo || t > span.hi) continue;
    chart.append(svg("line", { class: "grid", x1: x(t), x2: x(t), y1: margin.top, y2: height - margin.bottom }));
    chart.append(svg("text", { x: x(t), y: height - margin.bottom + 16, "text-anchor": "middle" }, year));
  }
  chart.append(svg("line", { class: "axis", x1: margin.left, x2: width - margin.right, y1: mid, y2: mid }));
  chart.append(svg("text", { x: margin.left - 6, y: margin.top + 10, "text-anchor": "end" }, maxCount));
  chart.append(svg("text", { x: margin.left - 6, y: mid + 4, "text-anchor": "end" }, 0));
  chart.append(svg("text", { x: margin.left - 6, y: height - margin.bottom, "text-anchor": "end" }, maxCount));
  chart.append(svg("text", { x: 4, y: margin.top + 30 }, "coop."));
  chart.append(svg("text", { x: 4, y: height - margin.bottom - 20 }, "conflict"));
  chart.append(svg("text", { x: width - margin.right + 6, y: margin.top + 10 }, "+10"));
  chart.append(svg("text", { x: width - margin.right + 6, y: height - margin.bottom }, "−10"));

  const barW = Math.max(4, Math.min(28, plotW / (series.length * 2.5)));
  const scorePoints = [];
  for (const point of series) {
    const cx = x(periodTime(point.period));
    const group = svg("g", { class: "period", "data-period": point.period, "data-events": point.events });
    group.append(svg("title", {}, `${point.period}: ${point.events} event(s); ` +
      Object.entries(point.quad).filter(([, n]) => n).map(([q, n]) => `${QUAD_NAMES[q]} ${n}`).join(", ") +
      (point.mean_score !== null && point.mean_score !== undefined ? `; mean score ${point.mean_score.toFixed(1)}` : "")));
    let top = mid;
    for (const quad of ["1", "2"]) {  // cooperation stacks upwards
      const h = y(point.quad[quad] || 0);
      if (!h) continue;
      top -= h;
      group.append(svg("rect", { class: `bar q${quad}`, x: cx - barW / 2, y: top, width: barW, height: h, fill: QUAD_COLOURS[quad] }));
    }
    let bottom = mid;
    for (const quad of ["3", "4"]) {  // conflict stacks downwards
      const h = y(point.quad[quad] || 0);
      if (!h) continue;
      group.append(svg("rect", { class: `bar q${quad}`, x: cx - barW / 2, y: bottom, width: barW, height: h, fill: QUAD_COLOURS[quad] }));
      bottom += h;
    }
    chart.append(group);
    if (point.mean_score !== null && point.mean_score !== undefined) scorePoints.push([cx, yScore(point.mean_score)]);
  }
  if (scorePoints.length > 1) {
    chart.append(svg("polyline", { class: "score", points: scorePoints.map((p) => p.join(",")).join(" ") }));
  }
  for (const [cx, cy] of scorePoints) chart.append(svg("circle", { class: "score-dot", cx, cy, r: 3 }));
  chart.append(svg("text", { x: width - margin.right, y: 12, "text-anchor": "end" }, `per ${freq}`));
  return chart;
}

function chartLegend() {
  const item = (colour, label) => el("span", { style: `--swatch:${colour}` }, label);
  return el("div", { class: "legend" }, item(QUAD_COLOURS[1], "verbal cooperation"), item(QUAD_COLOURS[2], "material cooperation"),
    item(QUAD_COLOURS[3], "verbal conflict"), item(QUAD_COLOURS[4], "material conflict"), item("#1d2430", "mean PLOVER score (right axis)"));
}

async function renderDyad(view, parts, params) {
  setActiveTab("dyad");
  const a = (parts[1] || "RUS").toUpperCase(), b = (parts[2] || "PAK").toUpperCase();
  const freq = params.freq || "month";
  const form = el("form", { class: "filters card", id: "dyad-form" },
    el("label", {}, "Country / actor A", el("input", { name: "a", value: a, class: "code", maxlength: 3 })),
    el("label", {}, "Country / actor B", el("input", { name: "b", value: b, class: "code", maxlength: 3 })),
    el("label", {}, "Per", el("select", { name: "freq" }, ["day", "week", "month", "quarter", "year"].map((f) => el("option", { value: f, selected: f === freq }, f)))),
    el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    location.hash = hashFor(["dyad", String(data.get("a")).toUpperCase(), String(data.get("b")).toUpperCase()], { freq: data.get("freq") });
  });
  view.replaceChildren(el("h1", {}, `${a} – ${b}: cooperation and conflict over time`), form);
  try {
    const dyad = await getJSON(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { freq, limit: 100 });
    view.append(el("div", { class: "card" }, dyadChart(dyad.series, freq), chartLegend(),
      el("p", { class: "hint" }, "Bars count events between the two parties in either direction or acting together " +
        "(cooperation above the line, conflict below); historical mentions sit at the date of the event they report.")));
    view.append(el("h2", {}, `Events between ${a} and ${b} (${dyad.events.total})`), eventsTable(dyad.events.items));
  } catch (error) {
    showError(view, error);
  }
}

// ---------- actor network ----------

function networkChart(actors, dyads) {
  const size = 640, centre = size / 2, radius = size / 2 - 70;
  const chart = svg("svg", { class: "network", id: "network-chart", viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": "actor network" });
  if (!actors.length) {
    chart.append(svg("text", { x: centre, y: centre, "text-anchor": "middle" }, "no actors yet"));
    return chart;
  }
  const position = new Map();
  actors.forEach((actor, i) => {
    const angle = (2 * Math.PI * i) / actors.length - Math.PI / 2;
    position.set(actor.code, [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)]);
  });
  const maxEdge = Math.max(1, ...dyads.map((d) => d.events));
  for (const dyad of dyads) {
    const from = position.get(dyad.actor), to = position.get(dyad.recipient);
    if (!from || !to || dyad.actor === dyad.recipient) continue;
    const score = dyad.mean_score || 0;
    const colour = score >= 0 ? QUAD_COLOURS[2] : QUAD_COLOURS[4];
    const line = svg("line", { x1: from[0], y1: from[1], x2: to[0], y2: to[1], stroke: colour,
      "stroke-opacity": 0.55, "stroke-width": 1 + (6 * dyad.events) / maxEdge, class: "edge" },
    svg("title", {}, `${dyad.actor} → ${dyad.recipient}: ${dyad.events} event(s), mean score ${score.toFixed(1)}`));
    chart.append(line);
  }
  const maxNode = Math.max(1, ...actors.map((a) => a.events));
  for (const actor of actors) {
    const [cx, cy] = position.get(actor.code);
    const r = 8 + 18 * Math.sqrt(actor.events / maxNode);
    const node = svg("g", { class: "node", "data-code": actor.code },
      svg("circle", { cx, cy, r, fill: "#2b5d8c" }, svg("title", {}, `${actor.code}: ${actor.events} event(s)`)),
      svg("text", { x: cx, y: cy - r - 5, "text-anchor": "middle" }, actor.code));
    node.addEventListener("click", () => { location.hash = hashFor(["events"], { actor: actor.code }); });
    chart.append(node);
  }
  return chart;
}

async function renderNetwork(view) {
  setActiveTab("network");
  view.replaceChildren(el("h1", {}, "Actor network"));
  try {
    const [actors, dyads] = await Promise.all([getJSON("/api/actors", { limit: 30 }), getJSON("/api/dyads", { limit: 200 })]);
    view.append(el("div", { class: "card" }, networkChart(actors.items, dyads.items),
      el("p", { class: "hint" }, "The most active actors, placed on a circle; a line joins two actors that acted on each other, " +
        "thicker for more events, green when cooperative on average and red when conflictual. Click an actor to list its events.")));
  } catch (error) {
    showError(view, error);
  }
}

// ---------- search ----------

async function renderSearch(view, params) {
  setActiveTab("search");
  const form = el("form", { class: "filters card", id: "search-form" },
    el("label", {}, "Words in the evidence", el("input", { name: "q", value: params.q || "", placeholder: "joint drills", size: 40 })),
    el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = hashFor(["search"], { q: new FormData(form).get("q") });
  });
  view.replaceChildren(el("h1", {}, "Search the evidence"), form);
  if (!params.q) return;
  try {
    const result = await getJSON("/api/search", { q: params.q, limit: 100 });
    view.append(el("p", { class: "hint" }, `${result.total} event report(s) mention “${params.q}”.`), eventsTable(result.items));
  } catch (error) {
    showError(view, error);
  }
}

// ---------- article view with highlighted evidence ----------

function evidenceSpans(events) {
  // One span per (kind, start, end); the same entity can be the actor of several events.
  const spans = new Map();
  const add = (kind, start, end, event) => {
    if (start === null || start === undefined || end === null || end === undefined || end <= start) return;
    const key = `${kind}:${start}:${end}`;
    if (!spans.has(key)) spans.set(key, { kind, start, end, events: [], labels: [] });
    spans.get(key).events.push(event.id);
    spans.get(key).labels.push(event.event);
  };
  for (const event of events) {
    const evidence = event.evidence || {};
    if (evidence.trigger) add("trigger", evidence.trigger.start, evidence.trigger.end, event);
    for (const actor of evidence.actors || []) add("actor", actor.start, actor.end, event);
    for (const recipient of evidence.recipients || []) add("recipient", recipient.start, recipient.end, event);
  }
  // Outer spans first, so that nested spans become nested marks.
  return [...spans.values()].sort((p, q) => p.start - q.start || q.end - p.end);
}

function highlightedText(text, spans) {
  const root = el("div", { class: "article-text", id: "article-text" });
  const stack = [{ node: root, end: text.length }];
  let cursor = 0;
  const top = () => stack[stack.length - 1];
  const write = (position) => {
    if (position > cursor) { top().node.append(text.slice(cursor, position)); cursor = position; }
  };
  const closeUpTo = (position) => {
    while (stack.length > 1 && top().end <= position) { write(top().end); stack.pop(); }
  };
  for (const span of spans) {
    if (span.start < cursor) continue;
    closeUpTo(span.start);
    write(span.start);
    const end = Math.min(span.end, top().end);  // a span crossing its parent's end is clipped to it
    if (end <= span.start) continue;
    const mark = el("mark", { class: span.kind, "data-events": span.events.join(" "), title: `${span.kind} of ${span.labels.join(", ")}` });
    top().node.append(mark);
    stack.push({ node: mark, end });
  }
  closeUpTo(text.length);
  write(text.length);
  return root;
}

function focusEvent(eventId) {
  for (const mark of document.querySelectorAll("#article-text mark")) {
    mark.classList.toggle("focus", mark.dataset.events.split(" ").includes(eventId));
  }
  for (const card of document.querySelectorAll(".event-card")) {
    card.classList.toggle("selected", card.dataset.eventId === eventId);
  }
  const first = document.querySelector("#article-text mark.focus");
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

function eventCard(event) {
  const cluster = event.cluster;
  const card = el("div", { class: `event-card q${event.quad_code || 0}`, "data-event-id": event.id },
    el("div", {}, categoryBadge(event), event.aux ? el("span", { class: "tag aux" }, event.aux) : null,
      el("span", { class: "tag" }, eventWhen(event))),
    el("div", { class: "parties code" }, `${codes(event.actor)} → ${codes(event.recipient)}`),
    el("div", { class: "hint" }, "trigger: ", el("strong", {}, event.event_text || "—")),
    cluster ? el("div", { class: "corroboration" }, "Corroboration: ", corroborationLink(cluster),
      cluster.state_affiliated_only ? el("span", { class: "tag state" }, "state-affiliated only") : null) : null);
  card.addEventListener("click", () => focusEvent(event.id));
  return card;
}

async function renderArticle(view, parts, params) {
  setActiveTab("");
  const docId = parts.slice(1).join("/");
  view.replaceChildren(el("h1", {}, "Article"));
  try {
    const article = await getJSON(`/api/articles/${encodeURIComponent(docId)}`);
    const outlet = article.outlet;
    view.replaceChildren(
      el("h1", { id: "article-title" }, article.title || article.doc_id),
      el("div", { class: "article-meta" },
        article.published || "", " · ", ...outletTags(outlet), " ",
        article.url ? el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank" }, "original") : null,
        el("span", { class: "tag" }, `${article.events.length} event(s)`)),
      el("div", { class: "article-layout" },
        el("div", { class: "card" },
          el("div", { class: "key" }, el("mark", { class: "trigger" }, "trigger"), el("mark", { class: "actor" }, "actor"),
            el("mark", { class: "recipient" }, "recipient")),
          highlightedText(article.text, evidenceSpans(article.events))),
        el("div", { id: "article-events" }, el("h2", {}, "Events coded from this article"), article.events.map(eventCard))));
    if (params.event) focusEvent(params.event);
  } catch (error) {
    showError(view, error);
  }
}

// ---------- one event cluster: every report of one real-world event ----------

async function renderCluster(view, parts) {
  setActiveTab("");
  const clusterId = parts.slice(1).join("/");
  view.replaceChildren(el("h1", {}, "Event cluster"));
  try {
    const cluster = await getJSON(`/api/clusters/${encodeURIComponent(clusterId)}`);
    const parties = `${(cluster.actor_codes || []).join("+") || "?"} → ${(cluster.recipient_codes || []).join("+") || "—"}`;
    const when = cluster.first_date === cluster.last_date ? cluster.first_date : `${cluster.first_date} – ${cluster.last_date}`;
    const rows = cluster.reports.map((report) => el("tr", { "data-event-id": report.id },
      el("td", {}, report.effective_date || report.date || "—"),
      el("td", {}, el("span", { class: "tag" }, report.outlet_name || report.outlet || "unknown outlet"),
        report.outlet_state_affiliated ? el("span", { class: "tag state" }, "state-affiliated") : null),
      el("td", { class: "evidence" }, report.text || ""),
      el("td", {}, el("a", { href: hashFor(["article", report.doc_id], { event: report.id }), class: "article-link" }, "article →"))));
    view.replaceChildren(
      el("h1", { id: "cluster-title" }, el("span", { class: `badge q${cluster.quad_code || 0}` }, cluster.event || "event"), " ", parties),
      el("div", { class: "card", id: "cluster-summary" },
        el("p", {}, `${when}: ${cluster.n_reports} report(s) in ${cluster.n_articles} article(s) from ${cluster.n_outlets} outlet(s), ` +
          `${cluster.n_independent_outlets} of them not state-affiliated.`),
        cluster.state_affiliated_only ? el("p", { class: "error" }, "Only state-affiliated outlets report this event.") : null),
      el("table", { class: "events", id: "reports-table" },
        el("thead", {}, el("tr", {}, ["When", "Outlet", "Evidence", ""].map((h) => el("th", {}, h)))),
        el("tbody", {}, rows)));
  } catch (error) {
    showError(view, error);
  }
}

async function showSummary() {
  try {
    const counts = await getJSON("/api/summary");
    document.getElementById("store-summary").textContent =
      `${counts.articles} articles · ${counts.events} event reports · ${counts.clusters} event clusters`;
  } catch (error) {
    document.getElementById("store-summary").textContent = "";
  }
}

// ---------- router ----------

async function route() {
  const view = document.getElementById("view");
  const { parts, params } = parseHash();
  const page = parts[0];
  document.body.dataset.ready = "false";
  if (page === "dyad") await renderDyad(view, parts, params);
  else if (page === "network") await renderNetwork(view);
  else if (page === "search") await renderSearch(view, params);
  else if (page === "article") await renderArticle(view, parts, params);
  else if (page === "cluster") await renderCluster(view, parts);
  else await renderEvents(view, params);
  document.body.dataset.ready = "true";  // lets tests and scripts wait for a view to finish
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", () => { showSummary(); route(); });
