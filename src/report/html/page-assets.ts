/**
 * The HTML report's one stylesheet and one script, inlined into the page. The script
 * only filters and sorts the feature list; every chart is already static SVG. The
 * page's Content-Security-Policy allows this script by its SHA-256 hash and nothing
 * else, so text that slipped past the escaping still could not run.
 */

export const PAGE_CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 1.6em; margin: 0.2em 0; }
h2 { font-size: 1.25em; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 2em; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
.verdict { border-left: 8px solid var(--sev); padding: 8px 16px; background: var(--soft); border-radius: 6px; }
.verdict .reason { font-size: 1.1em; font-weight: 600; margin: 0.4em 0; }
.facts { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0.5em 0 0; padding: 0; list-style: none; color: var(--muted); }
.facts b { color: var(--fg); }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-weight: 600; font-size: 0.9em; }
nav { margin: 12px 0; display: flex; flex-wrap: wrap; gap: 12px; }
nav a { color: #0550ae; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th { background: var(--soft); }
figure.chart { margin: 8px 0; max-width: 760px; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart figcaption { color: var(--muted); font-size: 0.9em; }
.note { color: var(--muted); }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; position: sticky; top: 0; background: var(--bg); padding: 6px 0; z-index: 1; }
.toolbar input { font: inherit; padding: 4px 8px; min-width: 260px; border: 1px solid var(--muted); border-radius: 6px; }
.toolbar button { font: inherit; padding: 3px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); cursor: pointer; }
.toolbar button[aria-pressed="true"] { border-color: #0550ae; color: #0550ae; font-weight: 600; }
.feature { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; }
.feature > summary { cursor: pointer; padding: 6px 10px; display: grid; grid-template-columns: minmax(160px, 2fr) repeat(4, minmax(90px, 1fr)); gap: 8px; align-items: baseline; }
.feature > summary .name { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; overflow-wrap: anywhere; }
.feature[open] > summary { border-bottom: 1px solid var(--line); }
.feature .body { padding: 6px 12px 12px; }
.drifted { color: #cf222e; font-weight: 600; }
.cm td { text-align: right; font-variant-numeric: tabular-nums; min-width: 3.5em; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--soft); padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
`;

/** Filters the feature list by the search box, sorts it by the pressed button. */
export const PAGE_SCRIPT = `(() => {
  const list = document.getElementById('feature-list');
  if (!list) return;
  const items = Array.from(list.children);
  const search = document.getElementById('feature-search');
  const count = document.getElementById('feature-count');
  const buttons = Array.from(document.querySelectorAll('[data-sort]'));
  let key = 'effect';
  let direction = -1;
  function value(item, k) {
    const raw = item.dataset[k];
    if (k === 'name') return raw;
    return raw === '' ? null : Number(raw);
  }
  function compare(a, b) {
    const x = value(a, key);
    const y = value(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const c = key === 'name' ? x.localeCompare(y) : x - y;
      if (c !== 0) return direction * c;
    }
    return Number(a.dataset.order) - Number(b.dataset.order);
  }
  function sort() {
    items.sort(compare);
    list.append(...items);
    for (const button of buttons) {
      const pressed = button.dataset.sort === key;
      button.setAttribute('aria-pressed', String(pressed));
      const arrow = button.querySelector('.arrow');
      if (arrow) arrow.textContent = pressed ? (direction > 0 ? '▲' : '▼') : '';
    }
  }
  function filter() {
    const query = search.value.trim().toLowerCase();
    let shown = 0;
    for (const item of items) {
      const hit = query === '' || item.dataset.search.includes(query);
      item.hidden = !hit;
      if (hit) shown += 1;
    }
    count.textContent = shown + ' of ' + items.length + ' features shown';
  }
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const k = button.dataset.sort;
      direction = k === key ? -direction : Number(button.dataset.direction);
      key = k;
      sort();
    });
  }
  search.addEventListener('input', filter);
  filter();
  sort();
})();`;
