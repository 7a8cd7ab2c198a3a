/**
 * The one escaping layer between data and every output drift-sentinel writes.
 *
 * Column names and category values come from data files, and on a pull request from a
 * fork the author of those files is anyone. Every data-derived string passes one of
 * the functions below before it reaches Markdown (job summary, PR comment), a Mermaid
 * label, the terminal or HTML. Each function also cuts long strings ({@link truncate}),
 * so a 50 MB cell cannot blow up a report.
 *
 * What each output must not let data do:
 * - Markdown: ping people (`@octocat`, `@org/team`), link issues (`#1`), load images or
 *   links (`![x](https://…)`, autolinks), inject HTML (`<img>`, `<details>`), break a
 *   table (`|`, newlines), open or close a code fence, or spell the sticky-comment
 *   marker `<!-- drift-sentinel:KEY -->` that the action looks for in comment bodies.
 * - Mermaid: close the label's quotes, the code fence, or add a `%%{init}%%` directive.
 * - Terminal: move the cursor, recolour or clear the screen (ANSI escapes, C1 CSI), or
 *   start a GitHub workflow command (`::error::`), which the runner honours at the
 *   start of any line of a step's output.
 * - HTML: start a tag, an entity or leave an attribute.
 */

/** Longest column name shown in full in Markdown, text and HTML tables. */
export const MAX_NAME_LENGTH = 64;
/** Longest category value shown in full in lists of new or vanished categories. */
export const MAX_VALUE_LENGTH = 40;
/** Longest Mermaid axis label: longer ones overprint their neighbours in the chart. */
export const MAX_CHART_LABEL_LENGTH = 24;
/** Longest free-text sentence (a reason, a signal's detail) shown in full. */
export const MAX_SENTENCE_LENGTH = 400;
/** Categories listed before the rest are summarised as "and N more". */
export const MAX_LISTED_CATEGORIES = 5;

/** Zero-width space: invisible, but it ends a mention, a reference or an autolink. */
const ZWSP = '\u200B';

const countFormat = new Intl.NumberFormat('en-US');

/**
 * Cuts `text` to at most `max` characters (UTF-16 code units, never splitting a
 * surrogate pair) and appends an ellipsis and the original length, so a reader knows
 * something was cut and how much. Text within the limit is returned unchanged.
 *
 * @example
 * truncate('a'.repeat(1500000), 8); // => 'aaaaaaaa… (1,500,000 characters)'
 */
export function truncate(text: string, max: number): string {
  const { kept, cut } = cutText(text, max);
  return cut ? `${kept}… (${countFormat.format(text.length)} characters)` : kept;
}

/**
 * Cuts like {@link truncate} but returns the kept part and whether anything was cut,
 * so an escaper can escape the data and append its own suffix.
 */
function cutText(text: string, max: number): { kept: string; cut: boolean } {
  if (text.length <= max) return { kept: text, cut: false };
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { kept: text.slice(0, end), cut: true };
}

function lengthNote(text: string): string {
  return `… (${countFormat.format(text.length)} characters)`;
}

/**
 * Makes control characters visible and harmless: C0 controls (newline, carriage
 * return, tab, ESC...) become their Unicode control pictures (`␊`, `␍`, `␉`, `␛`),
 * DEL becomes `␡`, and C1 controls (0x9B is a one-byte CSI), bidirectional overrides
 * ("Trojan Source") and the Unicode line/paragraph separators become U+FFFD.
 */
export function visibleControls(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      if (code === 0x7f) return '\u2421';
      return '\uFFFD';
    },
  );
}

/**
 * Inline Markdown text: safe inside a paragraph, a list item or a GFM table cell.
 * Backslash-escapes the ASCII punctuation that starts inline markup (emphasis, code,
 * links, images, autolinks, HTML, entities, strikethrough, math, table pipes), and
 * puts a zero-width space after `@` and `#` and inside `://` and `www.`: GitHub
 * links mentions, issue references and bare URLs in rendered text, after backslash
 * escapes are resolved, so an escape alone does not stop them.
 *
 * @example
 * markdownText('@octocat | #1'); // => '@\u200Boctocat \\| #\u200B1'
 */
export function markdownText(text: string, max: number = MAX_SENTENCE_LENGTH): string {
  const { kept, cut } = cutText(text, max);
  const escaped = visibleControls(kept)
    .replace(/[\\`*_[\]<>&~|$!]/g, '\\$&')
    .replace(/[@#]/g, `$&${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/(w)(ww\.)/gi, `$1${ZWSP}$2`);
  return cut ? `${escaped}${lengthNote(text)}` : escaped;
}

/**
 * A name shown verbatim in an inline code span, where GitHub processes no mention,
 * reference, link or HTML. The delimiter is one backtick longer than the longest run
 * of backticks in the name (CommonMark), padded with spaces when the name begins or
 * ends with a backtick or a space. The raw text must still never spell the sticky
 * comment marker, so `<!--` gets a zero-width space. In a GFM table a `|` ends the
 * cell even inside a code span and its escape `\|` cannot be told apart from a name
 * holding `\|`, so there such names are shown as escaped text instead. An empty name
 * reads `(empty name)`.
 *
 * @example
 * markdownCode('a`b'); // => '``a`b``'
 */
export function markdownCode(
  name: string,
  options: { readonly inTable?: boolean; readonly max?: number } = {},
): string {
  if (name.length === 0) return '_(empty name)_';
  const max = options.max ?? MAX_NAME_LENGTH;
  if (options.inTable && name.slice(0, max).includes('|')) return markdownText(name, max);
  const { kept, cut } = cutText(name, max);
  const content = visibleControls(kept).replace(/<!--/g, `<!${ZWSP}--`);
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad =
    /^`|`$/.test(content) || (content.startsWith(' ') && content.endsWith(' ') && content.trim())
      ? ' '
      : '';
  const span = `${fence}${pad}${content}${pad}${fence}`;
  return cut ? `${span}${lengthNote(name)}` : span;
}

/**
 * A list of data values for Markdown, each in a code span, capped at `max` items with
 * a count of the rest: `` `a`, `b` and 12 more ``.
 */
export function markdownCodeList(
  values: readonly string[],
  options: { readonly inTable?: boolean; readonly max?: number; readonly total?: number } = {},
): string {
  return capList(
    values,
    options.max ?? MAX_LISTED_CATEGORIES,
    (value) => markdownCode(value, { inTable: options.inTable, max: MAX_VALUE_LENGTH }),
    options.total,
  );
}

/**
 * Joins the first `max` items rendered by `render`, then says how many were left out
 * of `total` (default: all the items; more when the list given was already cut).
 *
 * @example
 * capList(['a', 'b', 'c'], 2, (x) => x); // => 'a, b and 1 more'
 */
export function capList(
  items: readonly string[],
  max: number,
  render: (item: string) => string,
  total = items.length,
): string {
  const shown = items.slice(0, max).map(render);
  const rest = Math.max(total, items.length) - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${countFormat.format(rest)} more` : shown.join(', ');
}

/**
 * Text inside a double-quoted Mermaid label or title. Quotes and backticks become `'`,
 * angle brackets `‹ ›` (Mermaid renders labels as HTML), `#word;` entity codes lose
 * their `#` (Mermaid decodes them), `%%` (a directive or comment anywhere in the
 * block) gets a zero-width space, and controls become visible. Cut with a bare
 * ellipsis: an axis has no room for a length.
 */
export function mermaidLabel(text: string, max: number = MAX_CHART_LABEL_LENGTH): string {
  const { kept, cut } = cutText(text, max);
  const label = visibleControls(kept)
    .replace(/["`]/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/\\/g, '∖')
    .replace(/#(?=[\w]+;)/g, '＃')
    .replace(/%(?=%)/g, `%${ZWSP}`);
  return cut ? `${label}…` : label;
}

/**
 * Text for a terminal or a CI log: controls visible (no ANSI escape can recolour,
 * move the cursor or clear the screen), and `::` broken by a zero-width space,
 * because the Actions runner treats any output line whose first non-blank
 * characters are `::` as a workflow command, and a wrapped table can start a line
 * with a name.
 *
 * @example
 * terminalText('x\n::error::owned'); // => 'x␊:\u200B:error:\u200B:owned'
 */
export function terminalText(text: string, max: number = MAX_NAME_LENGTH): string {
  const { kept, cut } = cutText(text, max);
  const safe = visibleControls(kept).replace(/:(?=:)/g, `:${ZWSP}`);
  return cut ? `${safe}${lengthNote(text)}` : safe;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text for HTML element content or a quoted attribute value: `& < > " '` as entities,
 * controls visible, cut at `max`. The sticky-comment marker cannot survive: `<`
 * becomes `&lt;`.
 *
 * @example
 * htmlText('<img src=x>'); // => '&lt;img src=x&gt;'
 */
export function htmlText(text: string, max: number = MAX_NAME_LENGTH): string {
  const { kept, cut } = cutText(text, max);
  const safe = visibleControls(kept).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
  return cut ? `${safe}${lengthNote(text)}` : safe;
}

/**
 * A data label drawn inside an SVG chart of the HTML report (an axis category): controls
 * visible and cut with a bare ellipsis, as an axis has no room for a length. The chart
 * library's SVG serializer then encodes `& < > " '` in the text node, so this must not
 * encode them too (they would show as `&amp;lt;`).
 *
 * @example
 * chartText('a\nb'); // => 'a␊b'
 */
export function chartText(text: string, max: number = MAX_CHART_LABEL_LENGTH): string {
  const { kept, cut } = cutText(text, max);
  const label = visibleControls(kept);
  return cut ? `${label}…` : label;
}

/** Longest line drift-sentinel writes to a CI log; a 50 MB cell in a message is cut. */
export const MAX_LOG_LINE_LENGTH = 4000;

/**
 * One line for a CI log (the action's `core.info`, the CLI's stderr) that may carry
 * data: {@link terminalText} with a log line's length. Newlines in the data become
 * `␊`, so the line stays one line, and `::` is broken, so no part of it can start a
 * workflow command (`::error::`, `::add-mask::`, `::stop-commands::`) on a runner.
 * `core.warning`, `core.error` and `core.setFailed` escape their message themselves
 * (`%0A`), but the log line they print is still cut to a readable length here.
 *
 * @example
 * logLine('x\n::add-mask::CRITICAL'); // => 'x␊:\u200B:add-mask:\u200B:CRITICAL'
 */
export function logLine(text: string, max: number = MAX_LOG_LINE_LENGTH): string {
  return terminalText(text, max);
}
