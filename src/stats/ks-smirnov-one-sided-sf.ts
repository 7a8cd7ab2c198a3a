/**
 * Survival function of the one-sided one-sample Kolmogorov-Smirnov statistic
 * `D+_n = sup_x (F_n(x) - F(x))`, by the Smirnov / Birnbaum-Tingey sum
 *
 *     Pr(D+_n >= x) = x Σ_{v=0}^{⌊n(1-x)⌋} C(n, v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v).
 *
 * Mirrors SciPy's `scipy.special.smirnov` (cephes `kolmogorov.c`, van Mulbregt 2018):
 * same special cases, same early termination, same large-n approximation
 * `exp(-(6nx+1)^2 / 18n)` above n = 10^6. SciPy sums in double-double; here each term is
 * formed in the log domain, with `1 - x - v/n` carried to double-double precision so the
 * power `(n - v)` does not amplify its rounding. Every term is positive, so the sum keeps
 * full relative precision down to the smallest normal double.
 *
 * Only the lower sum is implemented: SciPy switches to an alternating upper sum only for
 * `n x^2 <= 1/4`, a region `kolmogorovSmirnovTwoSidedSf` never sends here.
 *
 * References: Smirnov NV (1944) Usp. Mat. Nauk; Birnbaum ZW, Tingey FH (1951) Ann. Math.
 * Statist. 22, 592-596; van Mulbregt P (2018) https://arxiv.org/abs/1802.06966.
 *
 * @param n sample size, a positive integer
 * @param x statistic value in [0, 1]
 * @returns `Pr(D+_n >= x)`, NaN outside the domain
 * @example
 * smirnovOneSidedSf(5, 0.5); // 0.055999999999999994 (SciPy, in double-double: 0.056)
 */
export function smirnovOneSidedSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  // floor(n x) and its fractional part, exactly, as SciPy's modNX does.
  const [nxHi, nxLo] = twoProduct(n, x);
  let nxfl = Math.floor(nxHi);
  let alpha: number;
  if (nxfl === nxHi) {
    if (nxLo < 0) {
      nxfl -= 1;
      alpha = 1 + nxLo;
    } else {
      alpha = nxLo;
    }
  } else {
    alpha = nxHi - nxfl + nxLo;
  }
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  if (alpha === 0) n1mxfl -= 1;

  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    const cdf = x * Math.exp((n - 1) * Math.log1p(x));
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) {
    // x >= (n-1)/n >= 1/2 here, so 1 - x is exact.
    return clip01((1 - x) ** n);
  }
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }

  const nTerms = n1mxfl + 1;
  const vmid = Math.floor(n / 2);
  let sum = Math.exp(n * Math.log1p(-x) - Math.log(x));
  // C(n, v) = (binHi + binLo) 2^binExp. The sum has up to n terms of similar size, so a
  // running log of C(n, v) would drift by n half-ulps of a number near n log 2; the
  // double-double mantissa with a separate exponent (as SciPy keeps it) does not.
  let binHi = n;
  let binLo = 0;
  let binExp = 0;
  for (let v = 1; v < nTerms; v++) {
    // q = (v + n x) / n in double-double: the base x + v/n, and 1 - q the other base.
    const [s, sErr] = twoSum(v, nxHi);
    const sLo = sErr + nxLo;
    const q = s / n;
    const [pHi, pLo] = twoProduct(q, n);
    const qLo = (s - pHi - pLo + sLo) / n;
    const logOneMinusQ = Math.log1p(-q) - qLo / (1 - q);
    const logQ = Math.log(q) + qLo / q;
    const logTerm =
      binExp * LN2_HI +
      ((n - v) * logOneMinusQ + (v - 1) * logQ) +
      (binExp * LN2_LO + Math.log(binHi) + binLo / binHi);
    const term = Math.exp(logTerm);
    if (Number.isFinite(term) && term !== 0) sum += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vmid) {
      break;
    }
    // C(n, v + 1) = C(n, v) (n - v) / (v + 1), the ratio and product in double-double.
    const r = (n - v) / (v + 1);
    const [rp, rpErr] = twoProduct(r, v + 1);
    const rLo = (n - v - rp - rpErr) / (v + 1);
    const [mHi, mErr] = twoProduct(binHi, r);
    const mLo = mErr + binHi * rLo + binLo * r;
    binHi = mHi + mLo;
    binLo = mLo - (binHi - mHi);
    if (binHi > RESCALE_ABOVE) {
      binHi *= RESCALE_BY;
      binLo *= RESCALE_BY;
      binExp += RESCALE_EXPONENT;
    } else if (binHi < RESCALE_BELOW) {
      binHi *= RESCALE_ABOVE;
      binLo *= RESCALE_ABOVE;
      binExp -= RESCALE_EXPONENT;
    }
  }
  return clip01(x * sum);
}

/** cephes MINLOG with denormals: log(2^-1075). */
const MINLOG = -745.1332191019412;
/** ln 2 split so that `k * LN2_HI` is exact for |k| < 2^21 (fdlibm's constants). */
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
/** C(n, v) spans 2^±n; rescaling by an exact power of two keeps the mantissa normal. */
const RESCALE_EXPONENT = 512;
const RESCALE_ABOVE = 2 ** RESCALE_EXPONENT;
const RESCALE_BELOW = 2 ** -RESCALE_EXPONENT;
const RESCALE_BY = 2 ** -RESCALE_EXPONENT;
/** Above this n, SciPy uses the closed-form approximation instead of the sum. */
const SMIRNOV_MAX_COMPUTE_N = 1000000;

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/** Exact sum `a + b = s + e` (Knuth's TwoSum). */
function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  const e = a - (s - bb) + (b - bb);
  return [s, e];
}

const SPLITTER = 134217729; // 2^27 + 1, Dekker's split for 53-bit doubles

/** Exact product `a * b = p + e` (Dekker's TwoProduct; JavaScript has no fma). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  const e = aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
  return [p, e];
}
