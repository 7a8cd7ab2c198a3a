import { kolmogorovDurbinMatrixCdf } from './ks-durbin-matrix-cdf.ts';
import { kolmogorovPelzGoodCdf } from './ks-pelz-good-cdf.ts';
import { kolmogorovPomeranzCdf } from './ks-pomeranz-cdf.ts';
import { smirnovOneSidedSf } from './ks-smirnov-one-sided-sf.ts';

/**
 * Survival function `Pr(D_n >= d)` of the two-sided one-sample Kolmogorov-Smirnov
 * statistic `D_n = sup_x |F_n(x) - F(x)|` for a sample of size `n` (SciPy's
 * `scipy.stats.kstwo.sf(d, n)`).
 *
 * No single method is both fast and accurate everywhere, so, like SciPy, this follows
 * Simard & L'Ecuyer's selection by `n` and `n d^2`:
 * - `n d <= 1` and `n d >= n - 1`: Ruben-Gambino closed forms;
 * - `d >= 1/2`, or `n d^2` large: twice the one-sided Smirnov tail (exact there, because
 *   `D+ >= d` and `D- >= d` cannot both happen when `d >= 1/2`, and the overlap is
 *   negligible for large `n d^2`); `0` once `n > 140` and `n d^2 >= 370`;
 * - otherwise `1 - CDF`, the CDF from Durbin's matrix (small `n d`), Pomeranz's recursion
 *   (`n <= 140`) or the Pelz-Good expansion (large `n`).
 *
 * `ksTest` uses it for the asymptotic two-sample p-value with `n = round(n1 n2 / (n1 + n2))`.
 *
 * References: Simard R, L'Ecuyer P (2011) "Computing the Two-Sided Kolmogorov-Smirnov
 * Distribution", J. Stat. Softw. 39(11) (https://doi.org/10.18637/jss.v039.i11);
 * SciPy `scipy/stats/_ksstats.py` (`_kolmogn`).
 *
 * @param d statistic value
 * @param n sample size, a positive integer (NaN otherwise, as in SciPy)
 * @returns `Pr(D_n >= d)` in [0, 1]
 * @example
 * kolmogorovSmirnovTwoSidedSf(0.1, 100); // 0.2526927570063875
 */
export function kolmogorovSmirnovTwoSidedSf(d: number, n: number): number {
  if (Number.isNaN(d) || !(n >= 1) || !Number.isFinite(n) || n !== Math.round(n)) return NaN;
  // The distribution's support is [1/(2n), 1]: rv_continuous.sf answers 1 and 0 outside.
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;

  const t = n * d;
  if (t <= 1) {
    // Ruben-Gambino: Pr(D_n <= d) = n!/n^n (2t - 1)^n for 1/(2n) <= d <= 1/n.
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - cdf);
  }
  if (t >= n - 1) return clip01(2 * (1 - d) ** n);
  if (d >= 0.5) return clip01(2 * smirnovOneSidedSf(n, d));

  const nxsquared = t * d;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip01(1 - kolmogorovDurbinMatrixCdf(n, d));
    if (nxsquared <= 4) return clip01(1 - kolmogorovPomeranzCdf(n, d));
    return clip01(2 * smirnovOneSidedSf(n, d));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip01(2 * smirnovOneSidedSf(n, d));
  const cdf =
    n <= 100000 && n * d ** 1.5 <= 1.4
      ? kolmogorovDurbinMatrixCdf(n, d)
      : kolmogorovPelzGoodCdf(n, d);
  return clip01(1 - cdf);
}

/** log(n!/n^n) by Stirling's series with n log n removed up front (no cancellation). */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  const u = rn / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * u + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/** B_{2j} / (2j (2j - 1)) for j = 8 .. 1, highest power first (SciPy's table). */
const STIRLING_COEFFS = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];
const LOG_2PI = Math.log(2 * Math.PI);

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
