import { scaleByPowerOfTwo } from './ks-durbin-matrix-cdf.ts';

/**
 * Kolmogorov distribution CDF `Pr(D_n <= x)` for the one-sample two-sided statistic, by
 * Pomeranz's recursion: each of `2n + 1` rows is the previous row convolved with
 * (unnormalised) Poisson probabilities, and `Pr(D_n <= x) = n! V[2n+1, n]`.
 *
 * Port of SciPy's `_kolmogn_Pomeranz` (scipy/stats/_ksstats.py), including its 2^128
 * rescaling. `kolmogorovSmirnovTwoSidedSf` uses it for `n <= 140` and
 * `0.754693 < n x^2 <= 4`, per Simard & L'Ecuyer (2011).
 *
 * Reference: Pomeranz J (1974) "Exact Cumulative Distribution of the Kolmogorov-Smirnov
 * Statistic for Small Samples (Algorithm 487)", Commun. ACM 17(12), 703-704.
 *
 * @param n sample size, a positive integer
 * @param x statistic value in (0, 1)
 * @returns `Pr(D_n <= x)` clipped to [0, 1]
 * @example
 * kolmogorovPomeranzCdf(10, 0.5); // 0.9922225900000009
 */
export function kolmogorovPomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  // (g/n)^m/m!, (2g/n)^m/m!, ((1-2g)/n)^m/m!: Poisson probabilities without the e^-λ.
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = (gpower[m - 1] * gOverN) / m;
    twogpower[m] = (twogpower[m - 1] * twoGOverN) / m;
    onem2gpower[m] = (onem2gpower[m - 1] * oneMinusTwoGOverN) / m;
  }

  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzRowBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzRowBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = k1 - V0s;
      const aLen = Math.min(ln2, npwrs - start);
      const bLen = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let maxV1 = -Infinity;
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c;
        let s = 0;
        const lo = Math.max(0, idx - bLen + 1);
        const hi = Math.min(idx, aLen - 1);
        for (let a = lo; a <= hi; a++) s += V0[start + a] * pwrs[idx - a];
        V1[c] = s;
      }
      for (let c = 0; c < npwrs; c++) if (V1[c] > maxV1) maxV1 = V1[c];
      // Rescale so the row does not underflow; the exponent is undone at the end.
      if (maxV1 > 0 && maxV1 < TWO_POW_MINUS_128) {
        for (let c = 0; c < npwrs; c++) V1[c] *= TWO_POW_128;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }

  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > TWO_POW_128) {
      ans *= TWO_POW_MINUS_128;
      expnt += 128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = scaleByPowerOfTwo(ans, expnt);
  return Math.min(Math.max(ans, 0), 1);
}

const TWO_POW_128 = 2 ** 128;
const TWO_POW_MINUS_128 = 2 ** -128;

/** Endpoints of the non-zero interval of row `i` (SciPy's `_pomeranz_compute_j1j2`). */
function pomeranzRowBounds(
  i: number,
  n: number,
  ll: number,
  ceilf: number,
  roundf: number,
): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
