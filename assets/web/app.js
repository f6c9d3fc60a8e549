// mailroom web interface: live results while typing, a live Posteingang, keyboard use.
// Every page works without this script; it only saves reloads and mouse trips.
"use strict";

// How long typing must pause before the Suche asks the server (keystroke → results < 150 ms).
const TYPING_PAUSE_MS = 50;

// Replaces the element with id `id` by the same element of the page at `url`.
async function refresh(id, url) {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } });
  if (!response.ok) return false;
  const html = await response.text();
  const fresh = new DOMParser().parseFromString(html, "text/html").getElementById(id);
  const old = document.getElementById(id);
  if (fresh && old) old.replaceWith(fresh);
  return true;
}

// Suche: results follow the search words while typing, the URL follows too. A short pause
// gathers fast typing into one request; a newer keystroke cancels the request before it.
function liveSearch() {
  const form = document.getElementById("suchform");
  if (!form) return;
  let timer = null;
  let asked = 0;
  let pending = null;
  const run = () => {
    const url = "/suche?" + new URLSearchParams(new FormData(form)).toString();
    const mine = ++asked;
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" }, signal: pending.signal })
      .then((r) => (r.ok ? r.text() : null))
      .then((html) => {
        if (html === null || mine !== asked) return; // a newer keystroke is on its way
        const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("ergebnisse");
        const old = document.getElementById("ergebnisse");
        if (fresh && old) old.replaceWith(fresh);
        history.replaceState(null, "", url);
        document.body.dataset.searched = String(mine);
      })
      .catch(() => {}); // cancelled by a newer keystroke, or the network: the form still works
  };
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  });
}

// Posteingang: a new document appears without a reload (server-sent events).
function livePosteingang() {
  const list = document.getElementById("liste");
  if (!list || !window.EventSource) return;
  const source = new EventSource(list.dataset.live);
  source.addEventListener("neu", () => {
    refresh("liste", location.pathname + location.search);
  });
}

// Posteingang: j/k or arrow keys move between documents, Enter opens one.
function keyboardRows() {
  document.addEventListener("keydown", (event) => {
    if (event.target instanceof Element && event.target.closest("input, select, textarea, button")) return;
    const links = Array.from(document.querySelectorAll("table.inbox a.open"));
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement);
    let next = null;
    if (event.key === "j" || event.key === "ArrowDown") next = Math.min(at + 1, links.length - 1);
    if (event.key === "k" || event.key === "ArrowUp") next = Math.max(at - 1, 0);
    if (next !== null) {
      links[next].focus();
      event.preventDefault();
    }
  });
}

// Triage: keys 1–3 choose the model's suggestions.
function triageKeys() {
  const form = document.querySelector("form.choices");
  if (!form) return;
  document.addEventListener("keydown", (event) => {
    if (event.target instanceof Element && event.target.closest("input, select, textarea")) return;
    const button = form.querySelector(`button[data-key="${event.key}"]`);
    if (button) {
      event.preventDefault();
      button.click();
    }
  });
}

liveSearch();
triageKeys();
livePosteingang();
keyboardRows();
