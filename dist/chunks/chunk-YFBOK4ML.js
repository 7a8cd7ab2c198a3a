import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);
import {
  formatNumber,
  formatPValue,
  formatPercent
} from "./chunk-GZRH5NJH.js";

// src/report/render-text.ts
function renderText(report, options = {}) {
  const out = [];
  out.push(`drift-sentinel: ${report.severity}${report.triggered ? " (retraining triggered)" : ""}`);
  out.push(report.reason);
  out.push(
    `drift type ${report.driftType} \xB7 confidence ${report.confidence}/100 \xB7 reference ${report.referenceRows} rows \xB7 recent ${report.recentRows} rows`
  );
  out.push("");
  out.push("Signals");
  out.push(
    table(
      ["signal", "value", "threshold", "fired", "strength"],
      report.signals.map((s) => [
        s.name,
        s.available ? formatPercent(s.value) : "n/a",
        s.name === "data_drift" ? `p<${report.config.dataDriftThreshold}` : formatPercent(s.threshold),
        s.fired ? "YES" : "no",
        s.strength
      ])
    )
  );
  const schema = report.schemaChanges;
  if (schema.added.length + schema.removed.length + schema.typeChanged.length > 0) {
    out.push("");
    out.push("Schema changes");
    if (schema.added.length) out.push(`  added:   ${schema.added.join(", ")}`);
    if (schema.removed.length) out.push(`  removed: ${schema.removed.join(", ")}`);
    for (const c of schema.typeChanged) out.push(`  ${c.name}: ${c.reference} -> ${c.recent}`);
  }
  out.push("");
  out.push(`Features (${report.featuresDrifted} of ${report.featuresTested} drifted)`);
  const limit = options.maxFeatures ?? 50;
  out.push(
    table(
      ["feature", "type", "statistic", "p", "adj. p", "effect", "drifted"],
      report.features.slice(0, limit).map((f) => [
        f.name,
        f.type,
        formatNumber(f.statistic),
        formatPValue(f.pValue),
        formatPValue(f.adjustedPValue),
        formatNumber(f.effectSize),
        f.skipped ? `skipped: ${f.skipped}` : f.drifted ? "YES" : "no"
      ])
    )
  );
  if (report.features.length > limit) out.push(`  ... ${report.features.length - limit} more (use --format json)`);
  return out.join("\n") + "\n";
}
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => "  " + cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

export {
  renderText
};
