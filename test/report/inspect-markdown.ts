/**
 * Reads raw Markdown the way GitHub's renderer would decide what is markup, for the
 * injection tests: which text lies outside code (where mentions, references, links and
 * HTML are live), which lines open fences or headings, and which characters are
 * backslash-escaped.
 */

/** Template tags drift-sentinel itself writes; any other unescaped tag came from data. */
export const TEMPLATE_TAGS = new Set(['details', '/details', 'summary', '/summary', 'sub', '/sub']);

/** Whether the character at `index` is escaped by an odd run of backslashes before it. */
export function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * The Markdown with fenced blocks and inline code spans removed (CommonMark: a span
 * opens with a run of n backticks and closes at the next run of exactly n), leaving
 * the text where GitHub processes inline markup.
 */
export function textOutsideCode(markdown: string): string {
  const lines: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^ {0,3}```/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (!inFence) lines.push(withoutCodeSpans(line));
  }
  return lines.join('\n');
}

function withoutCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      out += line[i++];
      continue;
    }
    const run = /^`+/.exec(line.slice(i))![0];
    const close = findRun(line, i + run.length, run.length);
    if (close < 0) {
      out += run;
      i += run.length;
    } else {
      out += ' ';
      i = close + run.length;
    }
  }
  return out;
}

function findRun(line: string, from: number, length: number): number {
  const pattern = /`+/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    if (m[0].length === length) return m.index;
  }
  return -1;
}

/** Unescaped occurrences of `pattern` (a single-character class) in `text`. */
export function unescaped(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const global = new RegExp(pattern.source, 'g');
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (!isEscaped(text, m.index)) found.push(text.slice(m.index, m.index + 12));
  }
  return found;
}

/** Unescaped HTML tags outside code, by name (`details`, `/sub`, `img`...). */
export function htmlTags(markdown: string): string[] {
  const outside = textOutsideCode(markdown);
  const tags: string[] = [];
  const pattern = /<(\/?[A-Za-z][\w-]*|!--|!)/g;
  for (let m = pattern.exec(outside); m; m = pattern.exec(outside)) {
    if (!isEscaped(outside, m.index)) tags.push(m[1].toLowerCase());
  }
  return tags;
}

/**
 * The shape of a rendered report, which data must not change: headings, fence lines,
 * template tags, and the cell count of every table line.
 */
export function markdownShape(markdown: string) {
  const lines = markdown.split('\n');
  return {
    headings: lines.filter((line) => /^ {0,3}#{1,6}(\s|$)/.test(line)),
    fences: lines.filter((line) => /^ {0,3}(`{3,}|~{3,})/.test(line)),
    tags: htmlTags(markdown),
    tableCells: lines
      .filter((line) => line.startsWith('|'))
      .map((line) => unescaped(line, /\|/).length),
  };
}

/**
 * Markup that data could have produced and must not have, outside code: a live
 * mention, issue reference, link or image bracket, autolink, entity, or the
 * sticky-comment marker anywhere.
 */
export function liveMarkupFromData(markdown: string): string[] {
  const outside = textOutsideCode(markdown);
  const problems: string[] = [];
  for (const m of outside.matchAll(/@(?!\u200B)/g)) problems.push(`mention at ${m.index}`);
  for (const m of outside.matchAll(/#(?=[0-9A-Za-z])/g))
    problems.push(`reference at ${m.index}: ${outside.slice(m.index, m.index + 12)}`);
  for (const found of unescaped(outside, /[[\]&]/)) problems.push(`link or entity: ${found}`);
  if (/:\/\//.test(outside)) problems.push('URL autolink');
  if (/www\./i.test(outside)) problems.push('www autolink');
  if (/<!--/.test(markdown)) problems.push('HTML comment (sticky-comment marker)');
  return problems;
}
