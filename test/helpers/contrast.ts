/**
 * WCAG 2.1 contrast ratio of two sRGB colours given as `#rrggbb`:
 * (L1 + 0.05) / (L2 + 0.05) with L the relative luminance, L1 the lighter.
 * https://www.w3.org/TR/WCAG21/#dfn-relative-luminance
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Relative luminance of `#rrggbb` (or `rgb(r, g, b)`), 0 for black to 1 for white. */
export function relativeLuminance(colour: string): number {
  const channels = parseColour(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

function parseColour(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i], 16)) as [number, number, number];
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`Colour '${colour}' is not #rrggbb or rgb(r, g, b).`);
}
