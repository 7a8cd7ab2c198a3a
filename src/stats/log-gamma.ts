/**
 * Natural logarithm of the gamma function, `ln Γ(x)`, for `x > 0`.
 *
 * A port of Cephes `lgam` (S. L. Moshier), the routine behind `scipy.special.gammaln`:
 * below 13 the argument is shifted into [2, 3) by the recurrence Γ(x + 1) = xΓ(x) and a
 * degree 5/6 rational function is used; from 13 on, Stirling's series. It keeps a small
 * absolute error near the zeros of ln Γ at 1 and 2, which the regularized incomplete
 * gamma needs (its prefactor is `exp(a ln x - x - ln Γ(a))`, so an absolute error in
 * ln Γ becomes a relative error in every chi-square p-value). simple-statistics'
 * `gammaln` (Lanczos) is off by up to ~1e-15 absolute there and does not return exactly
 * 0 at 1 and 2, hence this file.
 *
 * Source: https://github.com/scipy/scipy/blob/v1.10.1/scipy/special/cephes/gamma.c
 *
 * @param x - a positive, finite or infinite number.
 * @returns ln Γ(x).
 * @throws RangeError when `x` is not a positive number.
 * @example
 * logGamma(0.5); // => 0.5723649429247 (ln √π)
 */
export function logGamma(x: number): number {
  if (!(x > 0)) {
    throw new RangeError(`logGamma: x must be a positive number, got ${x}.`);
  }
  if (x === Infinity) return Infinity;
  if (x < 13) {
    let z = 1;
    let p = 0;
    let u = x;
    while (u >= 3) {
      p -= 1;
      u = x + p;
      z *= u;
    }
    while (u < 2) {
      z /= u;
      p += 1;
      u = x + p;
    }
    if (u === 2) return Math.log(z);
    p -= 2;
    const shifted = x + p;
    return (
      Math.log(z) +
      (shifted * polynomial(shifted, RATIONAL_NUM)) / monicPolynomial(shifted, RATIONAL_DEN)
    );
  }
  if (x > MAX_LOG_GAMMA_ARGUMENT) return Infinity;
  let q = (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI;
  if (x > 1e8) return q;
  const p = 1 / (x * x);
  if (x >= 1000) {
    q += ((0.0007936507936507937 * p - 0.002777777777777778) * p + 0.08333333333333333) / x;
  } else {
    q += polynomial(p, STIRLING) / x;
  }
  return q;
}

const LOG_SQRT_2PI = 0.9189385332046728;
const MAX_LOG_GAMMA_ARGUMENT = 2.556348e305;

const STIRLING = [
  0.0008116141674705085, -0.0005950619042843014, 0.0007936503404577169, -0.002777777777300997,
  0.08333333333333319,
];
const RATIONAL_NUM = [
  -1378.2515256912086, -38801.631513463784, -331612.9927388712, -1162370.974927623,
  -1721737.0082083966, -853555.6642457654,
];
// Leading coefficient 1 is implicit (Cephes p1evl).
const RATIONAL_DEN = [
  -351.81570143652345, -17064.210665188115, -220528.59055385445, -1139334.4436798252,
  -2532523.0717758294, -2018891.4143353277,
];

/** Horner evaluation with coefficients from the highest power down (Cephes `polevl`). */
function polynomial(x: number, coefficients: readonly number[]): number {
  let result = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) result = result * x + coefficients[i];
  return result;
}

/** As {@link polynomial} with an implicit leading coefficient 1 (Cephes `p1evl`). */
function monicPolynomial(x: number, coefficients: readonly number[]): number {
  let result = x + coefficients[0];
  for (let i = 1; i < coefficients.length; i++) result = result * x + coefficients[i];
  return result;
}
