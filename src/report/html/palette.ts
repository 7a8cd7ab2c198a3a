/**
 * Colours of the HTML report, in their own module so the page can use them without
 * loading the charting library (html/chart-svg.ts is imported on demand).
 */

/**
 * Series colours, each at least 4.5:1 against the white chart background (WCAG AA for
 * text, so also for the 3:1 the issue asks of graphics), and told apart by hue and
 * lightness for the common colour-vision deficiencies (blue vs orange).
 */
export const CHART_COLORS = {
  reference: '#0550ae',
  recent: '#bc4c00',
  neutral: '#57606a',
} as const;

/** Colour of each severity level, as in the verdict badge of the page. */
export const SEVERITY_COLORS: Readonly<Record<string, string>> = {
  NONE: '#1a7f37',
  LOW: '#7d4e00',
  MEDIUM: '#bc4c00',
  HIGH: '#cf222e',
  CRITICAL: '#82071e',
};
