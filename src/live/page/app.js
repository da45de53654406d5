// The phone page: join once, then propose stakeholders and relations, vote for findings and
// comment. Every text from the server is put in with textContent, never as markup.
"use strict";

// The page's texts, in both languages, come from the app's Fluent files (put in the page by
// the server): the same words as on the screen.
const T = JSON.parse(document.getElementById("texts").textContent);

const secret = new URLSearchParams(location.search).get("s") || "";
let lang = localStorage.getItem("ecomap-lang") || ((navigator.language || "nl").slice(0, 2) === "en" ? "en" : "nl");
// Kept across closing and reopening the page: a phone is one participant with three votes.
let device = localStorage.getItem("ecomap-device-" + secret) || "";
let state = null;
const $ = id => document.getElementById(id);
const t = k => T[lang][k];

function say(text, bad) {
  const m = $("message");
  m.textContent = text;
  m.className = bad ? "bad" : "";
  m.hidden = !text;
}

function translate() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  for (const el of document.querySelectorAll("[data-t-placeholder]")) el.placeholder = t(el.dataset.tPlaceholder);
  $("lang").textContent = t("other");
}

async function call(method, path, body) {
  const r = await fetch(path + (path.includes("?") ? "&" : "?") + "lang=" + lang, {
    method,
    headers: { "x-session": secret, "x-device": device, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
    cache: "no-store",
  });
  let data = {};
  try { data = await r.json(); } catch (_) { /* an empty answer */ }
  if (!r.ok) throw new Error(data.error || r.statusText);
  return data;
}

function fill(select, items, keep) {
  const old = keep ? select.value : "";
  select.replaceChildren();
  for (const it of items) {
    const o = document.createElement("option");
    o.value = it.id;
    o.textContent = it.name;
    select.append(o);
  }
  if (old) select.value = old;
}

function searchable(inputId, selectId) {
  const input = $(inputId), select = $(selectId);
  const update = () => {
    const q = input.value.trim().toLowerCase();
    const items = (state ? state.stakeholders : []).filter(s => !q || s.name.toLowerCase().includes(q));
    fill(select, items, true);
    if (!select.value && select.options.length) select.selectedIndex = 0;
  };
  input.addEventListener("input", update);
  return update;
}

const refreshers = [];

function render() {
  if (!state) return;
  $("title").textContent = state.title || "ecomap";
  $("who").textContent = state.who_text;
  fill($("s-kind"), state.kinds, true);
  fill($("r-kind"), state.relation_kinds, true);
  for (const r of refreshers) r();
  const names = $("stakeholders");
  names.replaceChildren();
  for (const s of state.stakeholders) {
    const li = document.createElement("li");
    li.textContent = s.name;
    const k = document.createElement("span");
    k.className = "kind";
    k.textContent = s.kind_name;
    li.append(k);
    names.append(li);
  }
  $("votes-left").textContent = state.votes_left_text;
  const list = $("findings");
  list.replaceChildren();
  for (const f of state.findings) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    const mine = state.mine.includes(f.key);
    const votes = state.votes[f.key] || 0;
    b.className = mine ? "on" : "";
    b.textContent = f.sentence;
    const dots = document.createElement("span");
    dots.className = "dots";
    dots.textContent = `${"●".repeat(Math.min(votes, 12))} ${votes}`;
    b.append(dots);
    b.addEventListener("click", () => vote(f.key, mine));
    li.append(b);
    list.append(li);
  }
  const mine = $("mine");
  mine.replaceChildren();
  if (!state.proposals.length) {
    const li = document.createElement("li");
    li.textContent = t("none");
    mine.append(li);
  }
  for (const p of state.proposals.slice().reverse()) {
    const li = document.createElement("li");
    li.textContent = p.what;
    const s = document.createElement("span");
    s.className = "status " + p.status;
    s.textContent = t(p.status);
    li.append(s);
    mine.append(li);
  }
}

async function poll() {
  if (!device) return;
  try {
    state = await call("GET", "/api/state");
    render();
    if ($("message").textContent === t("offline")) say("");
  } catch (e) {
    // A network failure is a TypeError in every browser ("Failed to fetch", "Load failed").
    say(e instanceof TypeError ? t("offline") : e.message, true);
  }
}

async function send(body, done) {
  try {
    await call("POST", "/api/propose", body);
    say(t("sent"));
    done();
    await poll();
  } catch (e) {
    say(e.message, true);
  }
}

async function vote(key, mine) {
  try {
    await call("POST", "/api/vote", { finding: key });
    say(t(mine ? "unvoted" : "voted"));
    await poll();
  } catch (e) {
    say(e.message, true);
  }
}

function show() {
  $("welcome").hidden = !!device;
  $("main").hidden = !device;
}

function start() {
  translate();
  show();
  $("lang").addEventListener("click", () => {
    lang = lang === "nl" ? "en" : "nl";
    localStorage.setItem("ecomap-lang", lang);
    translate();
    poll();
  });
  $("join").addEventListener("click", async () => {
    try {
      const r = await call("POST", "/api/join", { name: $("me-name").value, organisation: $("me-org").value });
      device = r.device;
      localStorage.setItem("ecomap-device-" + secret, device);
      say("");
      show();
      await poll();
    } catch (e) {
      say(e.message, true);
    }
  });
  for (const b of document.querySelectorAll("nav button")) {
    b.addEventListener("click", () => {
      for (const o of document.querySelectorAll("nav button")) o.classList.toggle("on", o === b);
      for (const p of document.querySelectorAll("[data-panel]")) p.hidden = p.dataset.panel !== b.dataset.tab;
    });
  }
  refreshers.push(searchable("r-from-q", "r-from"), searchable("r-to-q", "r-to"), searchable("c-q", "c-on"));
  $("send-stakeholder").addEventListener("click", () => send(
    { type: "stakeholder", name: $("s-name").value, kind: $("s-kind").value, domain: $("s-domain").value },
    () => { $("s-name").value = ""; $("s-domain").value = ""; }));
  $("send-relation").addEventListener("click", () => {
    if (!$("r-from").value || !$("r-to").value) return say(t("pick_both"), true);
    send({ type: "relation", from: $("r-from").value, to: $("r-to").value, kind: $("r-kind").value, label: $("r-label").value },
      () => { $("r-label").value = ""; });
  });
  $("send-comment").addEventListener("click", () => send(
    { type: "comment", stakeholder: $("c-on").value, text: $("c-text").value },
    () => { $("c-text").value = ""; }));
  poll();
  setInterval(poll, 2000);
}

document.addEventListener("DOMContentLoaded", start);
