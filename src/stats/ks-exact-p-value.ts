/**
 * Exact two-sided p-value of the two-sample Kolmogorov-Smirnov test under the null:
 * `Pr(D_{n1,n2} >= h / lcm(n1, n2))`, the share of the `C(n1 + n2, n1)` monotone lattice
 * paths from (0, 0) to (n1, n2) that touch or cross either diagonal line
 * `|x/n1 - y/n2| = h / lcm(n1, n2)`.
 *
 * Port of SciPy's exact branch of `ks_2samp` (`_attempt_exact_2kssamp`, two-sided):
 * - `n1 = n2`: `_compute_prob_outside_square`, the alternating reflection series
 *   `2 Σ (-1)^(k+1) C(2n, n - kh) / C(2n, n)` in a Horner-like product form;
 * - otherwise `_compute_outer_prob_inside_method`: Hodges' inside method rewritten by
 *   Viehmann to carry `1 - p` directly, one sliding column at a time, so tiny p-values
 *   keep their relative precision.
 *
 * Memory is O(min(n1, n2)); time is O(max(n1, n2) · h / (lcm / min(n1, n2))), at most
 * O(n1 n2).
 *
 * References: Hodges JL (1958) "The Significance Probability of the Smirnov Two-Sample
 * Test", Ark. Mat. 3, 469-486; Viehmann T (2021) "Numerically more stable computation of
 * the p-values for the two-sample Kolmogorov-Smirnov test", https://arxiv.org/abs/2102.08037.
 *
 * @param n1 size of the first sample, a positive integer
 * @param n2 size of the second sample, a positive integer
 * @param h the statistic times `lcm(n1, n2)`, an integer in [0, lcm]
 * @returns the p-value `Pr(D >= h / lcm)`
 * @example
 * ksExactTwoSidedPValue(3, 7, 21); // 0.01666666666666667 (2 of the C(10, 3) = 120 paths)
 */
export function ksExactTwoSidedPValue(n1: number, n2: number, h: number): number {
  if (h === 0) return 1;
  if (n1 === n2) return probabilityOutsideSquare(n1, h);
  return probabilityOutsideInsideMethod(n1, n2, greatestCommonDivisor(n1, n2), h);
}

/** Greatest common divisor of two non-negative integers (Euclid). */
export function greatestCommonDivisor(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function probabilityOutsideSquare(n: number, h: number): number {
  // P = 2 A0 (1 - A1 (1 - A2 (1 - ...))), each Ak a ratio of h-term products, so no
  // binomial coefficient is ever formed and nothing cancels.
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}

function probabilityOutsideInsideMethod(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = Math.floor(m / g);
  const ng = Math.floor(n / g);
  // A(x, y) holds 1 - (share of paths to (x, y) staying strictly inside), one column x at
  // a time, over the window of rows y that lie inside the band.
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    const shift = minj - lastminj;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + shift] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}
