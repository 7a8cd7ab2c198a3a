/**
 * The chart colours against GitHub's light and dark backgrounds: WCAG 2.1 contrast
 * ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio) of at least 3:1, the
 * minimum for graphical objects (success criterion 1.4.11).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DISTRIBUTION_COLOURS,
  GITHUB_BACKGROUNDS,
  SEVERITY_COLOURS,
} from '../../src/report/mermaid-charts.ts';
import { contrastRatio } from '../helpers/contrast.ts';

test('contrastRatio gives 21:1 for black on white and 1:1 for a colour on itself', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#1f6feb', '#1f6feb'), 1);
  // Mermaid's default reference bars, which the issue measured at 1.17:1 on white.
  assert.ok(Math.abs(contrastRatio('#ECECFF', '#ffffff') - 1.17) < 0.01);
});

const palettes = { distribution: DISTRIBUTION_COLOURS, severity: SEVERITY_COLOURS };
for (const [paletteName, palette] of Object.entries(palettes)) {
  for (const [series, colour] of Object.entries(palette)) {
    for (const [theme, background] of Object.entries(GITHUB_BACKGROUNDS)) {
      test(`the ${paletteName} chart's ${series} colour ${colour} has at least 3:1 contrast on GitHub ${theme} (${background})`, () => {
        const ratio = contrastRatio(colour, background);
        assert.ok(ratio >= 3, `${ratio.toFixed(2)}:1`);
      });
    }
  }
}
