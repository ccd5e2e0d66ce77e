// The style and the script every HTML page carries inline (no network, works from file://): a
// colour-blind-safe palette (Okabe & Ito) where each kind of name also has its own underline
// (solid, double, dashed, dotted, wavy), so colour is never the only cue; a clean print style; and a
// small script that makes the name lists choose which mentions stand out. The page reads fully with
// the script off: the lists are links to a name's first mention, tooltips show on hover and focus.

/** The palette: a fill for highlights and swatches, a darker ink for text on white. */
export const PALETTE = {
  person: { fill: "#E69F00", ink: "#7a5200", line: "solid" },
  organization: { fill: "#0072B2", ink: "#005080", line: "double" },
  country: { fill: "#009E73", ink: "#00664a", line: "dashed" },
  place: { fill: "#56B4E9", ink: "#1d6d99", line: "dotted" },
  other: { fill: "#CC79A7", ink: "#8c3d6a", line: "wavy" },
  quote: { fill: "#F0E442", ink: "#5c5500", line: "solid" },
  figure: { fill: "#D55E00", ink: "#a34700", line: "solid" },
} as const;

export type Kind = keyof typeof PALETTE;

const tint = (hex: string, alpha: number) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
};

const ENTITY_KINDS = ["person", "organization", "country", "place", "other"] as const;

export const CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d8d8d8; --paper: #fff; --panel: #f6f5f2;
  --serif: Georgia, "DejaVu Serif", "Times New Roman", serif; --sans: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); font: 16px/1.55 var(--sans); }
body { margin: 0; }
a { color: #005080; }
a:focus-visible, button:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .4em .8em; z-index: 10; }
.skip:focus { left: .5em; }
header.top { padding: 1.4rem 2rem 1rem; border-bottom: 1px solid var(--rule); background: var(--panel); }
.kicker { margin: 0 0 .3rem; font-size: .8rem; color: var(--muted); }
.kicker span { letter-spacing: .05em; text-transform: uppercase; }
h1 { font: 700 1.75rem/1.25 var(--serif); margin: 0 0 .5rem; max-width: 48rem; }
h2 { font-size: 1.05rem; margin: 1.6rem 0 .5rem; }
.meta, .counts { margin: .15rem 0; color: var(--muted); font-size: .92rem; }
.counts strong { color: var(--ink); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; gap: 2.5rem; padding: 1rem 2rem 3rem; max-width: 86rem; }
main, aside { min-width: 0; }
@media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); padding: 1rem; } header.top { padding: 1rem; } }
.scroll { overflow-x: auto; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; font-size: .85rem; color: var(--muted); margin: .4rem 0 1rem; padding: 0; list-style: none; }
.legend li { white-space: nowrap; }
.status { min-height: 1.6em; font-size: .9rem; margin: 0 0 .6rem; }
.status button { font: inherit; font-size: .85rem; margin-left: .5em; padding: .1em .6em; border: 1px solid var(--rule); background: #fff; border-radius: 3px; cursor: pointer; }
/* the text as analysed, line breaks and all (offsets index it): wide enough for an 80-column hard wrap */
.text { font: 1rem/1.8 var(--serif); white-space: pre-wrap; overflow-wrap: anywhere; max-width: 56rem; margin: 0; }
.m { border-radius: 2px; text-decoration-thickness: 2px; text-underline-offset: .22em; text-decoration-line: underline; }
${ENTITY_KINDS.map((k) => `.m.${k} { background: ${tint(PALETTE[k].fill, 0.16)}; text-decoration-color: ${PALETTE[k].fill}; text-decoration-style: ${PALETTE[k].line}; }\n.sw.${k} { background: ${tint(PALETTE[k].fill, 0.3)}; border-bottom: 3px ${PALETTE[k].line === "wavy" ? "ridge" : PALETTE[k].line} ${PALETTE[k].fill}; }`).join("\n")}
.q { background: ${tint(PALETTE.quote.fill, 0.33)}; box-shadow: 0 2px 0 ${tint(PALETTE.quote.fill, 0.9)}; }
.f { outline: 1.5px solid ${PALETTE.figure.fill}; outline-offset: 1px; border-radius: 2px; }
.tag { font: 600 .68rem/1 var(--sans); color: ${PALETTE.figure.ink}; letter-spacing: .02em; margin-left: .25em; vertical-align: .35em; white-space: nowrap; }
.who { font: 600 .78rem/1 var(--sans); color: ${PALETTE.quote.ink}; text-decoration: none; margin-left: .3em; white-space: nowrap; border-bottom: 1px dotted currentColor; }
.tipbox { position: relative; display: inline; }
.tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 5; width: max-content; max-width: 22rem; white-space: normal; background: #1b1b1b; color: #fff;
  font: .8rem/1.4 var(--sans); padding: .45em .6em; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.who:hover + .tip, .who:focus + .tip { display: block; }
.extra { color: var(--muted); }
.extra-label { font: 600 .7rem/1 var(--sans); text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border: 1px solid var(--rule); border-radius: 3px; padding: .1em .35em; margin-right: .4em; }
.choosing .text .m:not(.on) { background: none; text-decoration-color: transparent; }
.m.on { outline: 2px solid var(--ink); outline-offset: 1px; }
${ENTITY_KINDS.map((k) => `.m.${k}.on { background: ${tint(PALETTE[k].fill, 0.45)}; }`).join("\n")}
aside.names { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding-bottom: 1rem; }
@media (max-width: 60rem) { aside.names { position: static; max-height: none; } }
aside.names h2 { font-size: .95rem; margin: 1.2rem 0 .35rem; display: flex; align-items: center; gap: .45em; }
aside.names ul { list-style: none; margin: 0; padding: 0; }
aside.names li { margin: 0 0 .15rem; }
a.ent { display: flex; justify-content: space-between; gap: .6em; padding: .2em .45em; border-radius: 3px; color: var(--ink); text-decoration: none; font-size: .93rem; }
a.ent:hover { background: #eeece6; }
a.ent[aria-current="true"] { background: #1b1b1b; color: #fff; }
a.ent .c { font-variant-numeric: tabular-nums; color: var(--muted); }
a.ent[aria-current="true"] .c { color: #ddd; }
.ent-note { display: block; font-size: .78rem; color: var(--muted); padding: 0 .45em .25em; }
.sw { display: inline-block; width: 1.4em; height: .9em; vertical-align: -.05em; border-radius: 2px 2px 0 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35em .6em .35em 0; border-bottom: 1px solid #ecebe7; }
th { font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 1px solid var(--rule); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.quote { font-family: var(--serif); }
td.nowrap { white-space: nowrap; }
.none { color: var(--muted); font-style: italic; }
footer { padding: 1rem 2rem 2rem; color: var(--muted); font-size: .8rem; }
.chart { max-width: 100%; height: auto; }
.chart text { font: 12px var(--sans); fill: #1b1b1b; }
.chart .lab { fill: #5a5a5a; }
.cards { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
.card { background: var(--panel); border-radius: 6px; padding: .7rem 1rem; min-width: 8rem; }
.card b { display: block; font-size: 1.5rem; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); gap: 1rem 2.5rem; }
nav.toc { font-size: .9rem; margin: .6rem 0 0; }
nav.toc a { margin-right: 1em; }
@media print {
  html { font-size: 11pt; }
  header.top { background: none; padding: 0 0 .5rem; }
  .layout { display: block; padding: 0; }
  .skip, .status, nav.toc, .tip { display: none !important; }
  .text { max-width: none; }
  .m { background: none !important; }
  .q { background: none; box-shadow: none; border-bottom: 1.5px solid #777; }
  a { color: inherit; text-decoration: none; }
  a.ent { display: inline; padding: 0; }
  aside.names li { display: inline; margin-right: 1em; }
  aside.names { break-before: page; }
  tr, .card, svg { break-inside: avoid; }
  footer { padding: .5rem 0; }
}
`;

/**
 * Choosing a name in the side lists marks exactly its mentions (and dims the others); choosing it
 * again, "Clear" or Escape undoes it; "Next" steps through the mentions. Links keep working without it.
 */
export const SCRIPT = `
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  var status = document.getElementById("status");
  var chosen = null, at = -1;
  function pieces(id) { return Array.prototype.slice.call(document.querySelectorAll('.m[data-e="' + id + '"]')); }
  function firsts(id) { return pieces(id).filter(function (el) { return el.hasAttribute("id"); }); }
  function clear() {
    if (!chosen) return;
    pieces(chosen.getAttribute("data-e")).forEach(function (el) { el.classList.remove("on"); });
    chosen.removeAttribute("aria-current");
    chosen = null; at = -1;
    document.body.classList.remove("choosing");
    status.textContent = "";
  }
  function show(i) {
    var list = firsts(chosen.getAttribute("data-e"));
    if (!list.length) return;
    at = (i + list.length) % list.length;
    list[at].scrollIntoView({ block: "center" });
  }
  function choose(link) {
    var same = chosen === link;
    clear();
    if (same) return;
    chosen = link;
    var id = link.getAttribute("data-e");
    pieces(id).forEach(function (el) { el.classList.add("on"); });
    link.setAttribute("aria-current", "true");
    document.body.classList.add("choosing");
    var n = firsts(id).length;
    status.textContent = "";
    var say = document.createElement("span");
    say.textContent = n + (n === 1 ? " mention" : " mentions") + " of " + link.getAttribute("data-name") + " marked. ";
    var next = document.createElement("button");
    next.type = "button"; next.textContent = "Next mention"; next.setAttribute("data-act", "next");
    var off = document.createElement("button");
    off.type = "button"; off.textContent = "Clear"; off.setAttribute("data-act", "clear");
    status.appendChild(say); status.appendChild(next); status.appendChild(off);
    show(0);
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var link = t.closest && t.closest("a.ent");
    if (link) { ev.preventDefault(); choose(link); return; }
    var act = t.closest && t.closest("button[data-act]");
    if (act && act.getAttribute("data-act") === "next") show(at + 1);
    else if (act) { var back = chosen; clear(); if (back) back.focus(); }
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") clear(); });
})();
`;
