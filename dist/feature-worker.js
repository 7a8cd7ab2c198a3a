import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);

// src/detect/feature-worker.ts
import { parentPort } from "node:worker_threads";

// src/stats/neumaier-sum.ts
var NeumaierSum = class {
  #sum = 0;
  #compensation = 0;
  /** Adds one term. */
  add(x) {
    const next = this.#sum + x;
    this.#compensation += Math.abs(this.#sum) >= Math.abs(x) ? this.#sum - next + x : x - next + this.#sum;
    this.#sum = next;
  }
  /** The compensated sum of the terms added so far. */
  get value() {
    return this.#sum + this.#compensation;
  }
};

// src/stats/mean-and-standard-deviation.ts
function meanAndStandardDeviation(values) {
  let count = 0;
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) {
      count++;
      const magnitude = Math.abs(x);
      if (magnitude > largest) largest = magnitude;
    }
  }
  if (count === 0) return { mean: NaN, standardDeviation: NaN, count };
  const scale = largest >= SCALE_ABOVE && largest !== Infinity ? 2 ** -Math.ceil(Math.log2(largest)) : 1;
  const sum = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) sum.add(x * scale);
  }
  const scaledMean = sum.value / count;
  const squares = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] * scale - scaledMean;
    if (deviation === deviation) squares.add(deviation * deviation);
  }
  return {
    mean: scaledMean / scale,
    standardDeviation: Math.sqrt(squares.value / count) / scale,
    count
  };
}
var SCALE_ABOVE = 2 ** 500;

// src/stats/sorted-without-nan.ts
function sortedWithoutNaN(values, workspace2) {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) count++;
  const out = take(workspace2, "output", count);
  if (count === values.length) {
    if (out.buffer !== values.buffer || out.byteOffset !== values.byteOffset) out.set(values);
  } else {
    let j = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === v) out[j++] = v;
    }
  }
  if (count < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return out.sort();
  return radixSortInPlace(out, take(workspace2, "scratch", count));
}
function take(workspace2, key, length) {
  if (!workspace2) return new Float64Array(length);
  let buffer = workspace2[key];
  if (!buffer || buffer.length < length) {
    buffer = new Float64Array(length);
    workspace2[key] = buffer;
  }
  return buffer.subarray(0, length);
}
var RADIX_MIN_LENGTH = 4096;
var LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
function radixSortInPlace(values, scratch) {
  const n = values.length;
  let src = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let dst = new Uint32Array(scratch.buffer, scratch.byteOffset, 2 * n);
  let srcFloats = values;
  let dstFloats = scratch;
  const highWordOnly = highWordRunsAreShort(src, n);
  const histograms = HISTOGRAMS.fill(0);
  if (highWordOnly) transformCountingHighWord(src, n, histograms);
  else transformCountingBothWords(src, n, histograms);
  for (let pass = highWordOnly ? 2 : 0; pass < 4; pass++) {
    const base = pass * 65536;
    let trivial = false;
    for (let k = 0; k < 65536; k++) {
      const c = histograms[base + k];
      if (c !== 0) {
        trivial = c === n;
        break;
      }
    }
    if (trivial) continue;
    let sum = 0;
    for (let k = 0; k < 65536; k++) {
      const c = histograms[base + k];
      histograms[base + k] = sum;
      sum += c;
    }
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    for (let i = 0; i < n; i++) {
      const lo = src[2 * i];
      const hi = src[2 * i + 1];
      const digit = (word === 0 ? lo : hi) >>> shift & 65535;
      const p = histograms[base + digit]++;
      dst[2 * p] = lo;
      dst[2 * p + 1] = hi;
    }
    [src, dst] = [dst, src];
    [srcFloats, dstFloats] = [dstFloats, srcFloats];
  }
  if (highWordOnly) sortRunsByLowWord(src, n);
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    if (hi & 2147483648) {
      src[2 * i + 1] = hi & 2147483647;
    } else {
      src[2 * i + 1] = ~hi;
      src[2 * i] = ~src[2 * i];
    }
  }
  return srcFloats;
}
var HISTOGRAMS = new Uint32Array(4 * 65536);
function transformCountingBothWords(keys, n, histograms) {
  for (let i = 0; i < n; i++) {
    let lo = keys[2 * i];
    let hi = keys[2 * i + 1];
    if (hi & 2147483648) {
      hi = ~hi;
      lo = ~lo;
    } else {
      hi |= 2147483648;
    }
    keys[2 * i] = lo;
    keys[2 * i + 1] = hi;
    histograms[lo & 65535]++;
    histograms[65536 + (lo >>> 16)]++;
    histograms[131072 + (hi & 65535)]++;
    histograms[196608 + (hi >>> 16)]++;
  }
}
function transformCountingHighWord(keys, n, histograms) {
  for (let i = 0; i < n; i++) {
    let hi = keys[2 * i + 1];
    if (hi & 2147483648) {
      hi = ~hi;
      keys[2 * i] = ~keys[2 * i];
    } else {
      hi |= 2147483648;
    }
    keys[2 * i + 1] = hi;
    histograms[131072 + (hi & 65535)]++;
    histograms[196608 + (hi >>> 16)]++;
  }
}
var SAMPLE = 4096;
var MAX_MEAN_RUN = 8;
var INSERTION_MAX = 48;
function highWordRunsAreShort(keys, n) {
  const sample = new Uint32Array(SAMPLE);
  const step = n / SAMPLE;
  for (let i = 0; i < SAMPLE; i++) sample[i] = keys[2 * Math.floor(i * step) + 1];
  sample.sort();
  let equal = 0;
  for (let i = 1; i < SAMPLE; i++) if (sample[i] === sample[i - 1]) equal++;
  return 1 + 2 * equal * n / (SAMPLE * SAMPLE) <= MAX_MEAN_RUN;
}
function sortRunsByLowWord(keys, n) {
  let i = 0;
  while (i < n) {
    const high = keys[2 * i + 1];
    let end = i + 1;
    while (end < n && keys[2 * end + 1] === high) end++;
    if (end - i > INSERTION_MAX) {
      const lows = new Uint32Array(end - i);
      for (let a = i; a < end; a++) lows[a - i] = keys[2 * a];
      lows.sort();
      for (let a = i; a < end; a++) keys[2 * a] = lows[a - i];
    } else {
      for (let a = i + 1; a < end; a++) {
        const low = keys[2 * a];
        let b = a - 1;
        while (b >= i && keys[2 * b] > low) {
          keys[2 * b + 2] = keys[2 * b];
          b--;
        }
        keys[2 * b + 2] = low;
      }
    }
    i = end;
  }
}

// src/profile/profile-column.ts
function profileNumericColumn(column, workspace2) {
  const order = valueOrder(column.values);
  const sorted = sortedWithoutNaN(column.values, workspace2);
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  let distinct = 0;
  let integerValued = true;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
    if (integerValued && !Number.isInteger(sorted[i])) integerValued = false;
  }
  return {
    kind: "numeric",
    name: column.name,
    rowCount: column.values.length,
    missing: column.missing,
    count: sorted.length,
    sorted,
    mean,
    standardDeviation,
    distinct,
    integerValued,
    order,
    ...column.invalid ? { invalid: column.invalid } : {}
  };
}
function valueOrder(values) {
  let increasing = true;
  let decreasing = true;
  let previous = Number.NaN;
  for (let i = 0; i < values.length && (increasing || decreasing); i++) {
    const v = values[i];
    if (v !== v) continue;
    if (previous === previous) {
      if (v < previous) increasing = false;
      if (v > previous) decreasing = false;
    }
    previous = v;
  }
  return increasing ? "increasing" : decreasing ? "decreasing" : "none";
}
function profileCategoricalColumn(column) {
  const byCode = new Float64Array(column.categories.length);
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i];
    if (code >= 0) byCode[code]++;
  }
  const byLabel = /* @__PURE__ */ new Map();
  column.categories.forEach((label, i) => {
    if (byCode[i] > 0) byLabel.set(label, (byLabel.get(label) ?? 0) + byCode[i]);
  });
  const counts = Float64Array.from(byLabel.values());
  return {
    kind: "categorical",
    name: column.name,
    rowCount: column.codes.length,
    missing: column.missing,
    count: counts.reduce((sum, c) => sum + c, 0),
    categories: [...byLabel.keys()],
    counts
  };
}
function profileColumn(column, workspace2) {
  return column.kind === "numeric" ? profileNumericColumn(column, workspace2) : profileCategoricalColumn(column);
}

// src/stats/ks-durbin-matrix-cdf.ts
function kolmogorovDurbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let Hpwr = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let scratch = new Float64Array(m * m);
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  const kk = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2) {
      multiplySquare(Hpwr, H, scratch, m);
      [Hpwr, scratch] = [scratch, Hpwr];
      expnt += Hexpnt;
    }
    multiplySquare(H, H, scratch, m);
    [H, scratch] = [scratch, H];
    Hexpnt *= 2;
    if (Math.abs(H[kk]) > TWO_POW_128) {
      for (let i = 0; i < m * m; i++) H[i] /= TWO_POW_128;
      Hexpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hpwr[kk];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < TWO_POW_MINUS_128) {
      p *= TWO_POW_128;
      expnt -= 128;
    }
  }
  if (expnt !== 0) p = scaleByPowerOfTwo(p, expnt);
  return Math.min(Math.max(p, 0), 1);
}
var TWO_POW_128 = 2 ** 128;
var TWO_POW_MINUS_128 = 2 ** -128;
function multiplySquare(a, b, out, m) {
  out.fill(0);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let l = 0; l < m; l++) {
      const ail = a[row + l];
      if (ail === 0) continue;
      const brow = l * m;
      for (let j = 0; j < m; j++) out[row + j] += ail * b[brow + j];
    }
  }
}
function scaleByPowerOfTwo(x, e) {
  let y = x;
  let rest = e;
  while (rest > 1e3) {
    y *= 2 ** 1e3;
    rest -= 1e3;
  }
  while (rest < -1e3) {
    y *= 2 ** -1e3;
    rest += 1e3;
  }
  return y * 2 ** rest;
}

// src/stats/ks-pelz-good-cdf.ts
function kolmogorovPelzGoodCdf(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z2 = Math.sqrt(n) * x;
  const zsquared = z2 ** 2;
  const zthree = z2 ** 3;
  const zfour = z2 ** 4;
  const zsix = z2 ** 6;
  const qlog = -PI_SQUARED / 8 / zsquared;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -zsquared;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * zsix + 2 * zfour;
  const k2b = (2 * zfour - 5 * zsquared) * PI_SQUARED / 4;
  const k2c = PI_FOUR * (1 - 2 * zsquared) / 16;
  const k3d = PI_SIX * (5 - 30 * zsquared) / 64;
  const k3c = PI_FOUR * (-60 * zsquared + 212 * zfour) / 16;
  const k3b = PI_SQUARED * (135 * zfour - 96 * zsix) / 4;
  const k3a = -30 * zsix - 90 * z2 ** 8;
  let K0 = 0;
  let K1 = 0;
  let K2 = 0;
  let K3 = 0;
  const maxk = Math.ceil(16 * z2 / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const msquared = m ** 2;
    const mfour = m ** 4;
    const msix = m ** 6;
    const qpower = q ** (8 * k);
    K0 = K0 * qpower + 1;
    K1 = K1 * qpower + (k1a + k1b * msquared);
    K2 = K2 * qpower + (k2a + k2b * msquared + k2c * mfour);
    K3 = K3 * qpower + (k3a + k3b * msquared + k3c * mfour + k3d * msix);
  }
  K0 = K0 * q * SQRT_2PI / z2;
  K1 = K1 * q * SQRT_2PI / (6 * zfour);
  K2 = K2 * q * SQRT_2PI / (72 * z2 ** 7);
  K3 = K3 * q * SQRT_2PI / (6480 * z2 ** 10);
  q = Math.exp(-PI_SQUARED / 2 / zsquared);
  const sqrt3z = SQRT3 * z2;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const ksquared = k ** 2;
    const qpwer = q ** ksquared;
    const kspi = Math.PI * k;
    k2extra += ksquared * qpwer;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qpwer;
  }
  K2 += k2extra * PI_SQUARED * SQRT_2PI / (-36 * zthree);
  K3 += k3extra * PI_SQUARED * SQRT_2PI / (216 * zsix);
  return K0 + K1 / n ** 0.5 + K2 / n + K3 / n ** 1.5;
}
var PI_SQUARED = Math.PI ** 2;
var PI_FOUR = Math.PI ** 4;
var PI_SIX = Math.PI ** 6;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var SQRT3 = Math.sqrt(3);
var MIN_LOG = -708;

// src/stats/ks-pomeranz-cdf.ts
function kolmogorovPomeranzCdf(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g2 = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gOverN = g2 / n;
  const twoGOverN = 2 * g2 / n;
  const oneMinusTwoGOverN = (1 - 2 * g2) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * gOverN / m;
    twogpower[m] = twogpower[m - 1] * twoGOverN / m;
    onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
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
      if (maxV1 > 0 && maxV1 < TWO_POW_MINUS_1282) {
        for (let c = 0; c < npwrs; c++) V1[c] *= TWO_POW_1282;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > TWO_POW_1282) {
      ans *= TWO_POW_MINUS_1282;
      expnt += 128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = scaleByPowerOfTwo(ans, expnt);
  return Math.min(Math.max(ans, 0), 1);
}
var TWO_POW_1282 = 2 ** 128;
var TWO_POW_MINUS_1282 = 2 ** -128;
function pomeranzRowBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
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

// src/stats/ks-smirnov-one-sided-sf.ts
function smirnovOneSidedSf(n, x) {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const [nxHi, nxLo] = twoProduct(n, x);
  let nxfl = Math.floor(nxHi);
  let alpha;
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
  if (nxfl === 0 || nxfl === 1 && alpha === 0) {
    const cdf = x * Math.exp((n - 1) * Math.log1p(x));
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) {
    return clip01((1 - x) ** n);
  }
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }
  const nTerms = n1mxfl + 1;
  const vmid = Math.floor(n / 2);
  let sum = Math.exp(n * Math.log1p(-x) - Math.log(x));
  let binHi = n;
  let binLo = 0;
  let binExp = 0;
  for (let v = 1; v < nTerms; v++) {
    const [s, sErr] = twoSum(v, nxHi);
    const sLo = sErr + nxLo;
    const q = s / n;
    const [pHi, pLo] = twoProduct(q, n);
    const qLo = (s - pHi - pLo + sLo) / n;
    const logOneMinusQ = Math.log1p(-q) - qLo / (1 - q);
    const logQ = Math.log(q) + qLo / q;
    const logTerm = binExp * LN2_HI + ((n - v) * logOneMinusQ + (v - 1) * logQ) + (binExp * LN2_LO + Math.log(binHi) + binLo / binHi);
    const term = Math.exp(logTerm);
    if (Number.isFinite(term) && term !== 0) sum += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vmid) {
      break;
    }
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
var MINLOG = -745.1332191019412;
var LN2_HI = 0.6931471803691238;
var LN2_LO = 19082149292705877e-26;
var RESCALE_EXPONENT = 512;
var RESCALE_ABOVE = 2 ** RESCALE_EXPONENT;
var RESCALE_BELOW = 2 ** -RESCALE_EXPONENT;
var RESCALE_BY = 2 ** -RESCALE_EXPONENT;
var SMIRNOV_MAX_COMPUTE_N = 1e6;
function clip01(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
function twoSum(a, b) {
  const s = a + b;
  const bb = s - a;
  const e = a - (s - bb) + (b - bb);
  return [s, e];
}
var SPLITTER = 134217729;
function twoProduct(a, b) {
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

// src/stats/kolmogorov-smirnov-two-sided-sf.ts
function kolmogorovSmirnovTwoSidedSf(d, n) {
  if (Number.isNaN(d) || !(n >= 1) || !Number.isFinite(n) || n !== Math.round(n)) return NaN;
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  const t = n * d;
  if (t <= 1) {
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i++) cdf2 *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf2 = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip012(1 - cdf2);
  }
  if (t >= n - 1) return clip012(2 * (1 - d) ** n);
  if (d >= 0.5) return clip012(2 * smirnovOneSidedSf(n, d));
  const nxsquared = t * d;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip012(1 - kolmogorovDurbinMatrixCdf(n, d));
    if (nxsquared <= 4) return clip012(1 - kolmogorovPomeranzCdf(n, d));
    return clip012(2 * smirnovOneSidedSf(n, d));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip012(2 * smirnovOneSidedSf(n, d));
  const cdf = n <= 1e5 && n * d ** 1.5 <= 1.4 ? kolmogorovDurbinMatrixCdf(n, d) : kolmogorovPelzGoodCdf(n, d);
  return clip012(1 - cdf);
}
function logFactorialOverPower(n) {
  const rn = 1 / n;
  const u = rn / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * u + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
var STIRLING_COEFFS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
var LOG_2PI = Math.log(2 * Math.PI);
function clip012(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

// src/stats/ks-exact-p-value.ts
function ksExactTwoSidedPValue(n1, n2, h) {
  if (h === 0) return 1;
  if (n1 === n2) return probabilityOutsideSquare(n1, h);
  return probabilityOutsideInsideMethod(n1, n2, greatestCommonDivisor(n1, n2), h);
}
function greatestCommonDivisor(a, b) {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function probabilityOutsideSquare(n, h) {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}
function probabilityOutsideInsideMethod(m0, n0, g2, h) {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = Math.floor(m / g2);
  const ng = Math.floor(n / g2);
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

// src/stats/ks-test.ts
var MAX_AUTO_N = 1e4;
var INT32_MAX = 2147483647;
function ksTestSorted(aSorted, bSorted, options = {}) {
  const n1 = aSorted.length;
  const n2 = bSorted.length;
  if (n1 === 0 || n2 === 0) {
    throw new Error(
      `ksTestSorted: sample '${n1 === 0 ? "a" : "b"}' is empty; expected at least one value.`
    );
  }
  let d = ksStatisticSorted(aSorted, bSorted);
  const g2 = greatestCommonDivisor(n1, n2);
  const n1g = n1 / g2;
  const n2g = n2 / g2;
  let method = options.method ?? "auto";
  let warning;
  if (method === "auto") {
    method = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  } else if (method === "exact" && n1g >= INT32_MAX / n2g) {
    method = "asymp";
    warning = `Exact ks_2samp calculation not possible with samples sizes ${n1} and ${n2}. Switching to 'asymp'.`;
  }
  let pValue = NaN;
  if (method === "exact") {
    const lcm = n1g * n2;
    const h = roundHalfToEven(d * lcm);
    d = h / lcm;
    pValue = ksExactTwoSidedPValue(n1, n2, h);
    if (!(pValue >= 0 && pValue <= 1)) {
      method = "asymp";
      warning = "ks_2samp: Exact calculation unsuccessful. Switching to method=asymp.";
    }
  }
  if (method === "asymp") {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = m * n / (m + n);
    pValue = kolmogorovSmirnovTwoSidedSf(d, roundHalfToEven(en));
  }
  pValue = pValue < 0 ? 0 : pValue > 1 ? 1 : pValue;
  return warning === void 0 ? { statistic: d, pValue, method } : { statistic: d, pValue, method, warning };
}
function ksStatisticSorted(a, b) {
  const [inner, outer] = a.length >= b.length ? [a, b] : [b, a];
  const nInner = inner.length;
  const nOuter = outer.length;
  let i = 0;
  let j = 0;
  let maxDiff = 0;
  let minDiff = 0;
  while (j < nOuter) {
    const v = outer[j];
    while (i < nInner && inner[i] < v) i++;
    const before = i / nInner - j / nOuter;
    if (before > maxDiff) maxDiff = before;
    else if (before < minDiff) minDiff = before;
    while (i < nInner && inner[i] === v) i++;
    j++;
    while (j < nOuter && outer[j] === v) j++;
    const after = i / nInner - j / nOuter;
    if (after > maxDiff) maxDiff = after;
    else if (after < minDiff) minDiff = after;
    if (i === nInner) break;
  }
  return -minDiff > maxDiff ? -minDiff : maxDiff;
}
function roundHalfToEven(x) {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// src/stats/log-gamma.ts
function logGamma(x) {
  if (!(x > 0)) {
    throw new RangeError(`logGamma: x must be a positive number, got ${x}.`);
  }
  if (x === Infinity) return Infinity;
  if (x < 13) {
    let z2 = 1;
    let p2 = 0;
    let u = x;
    while (u >= 3) {
      p2 -= 1;
      u = x + p2;
      z2 *= u;
    }
    while (u < 2) {
      z2 /= u;
      p2 += 1;
      u = x + p2;
    }
    if (u === 2) return Math.log(z2);
    p2 -= 2;
    const shifted = x + p2;
    return Math.log(z2) + shifted * polynomial(shifted, RATIONAL_NUM) / monicPolynomial(shifted, RATIONAL_DEN);
  }
  if (x > MAX_LOG_GAMMA_ARGUMENT) return Infinity;
  let q = (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI;
  if (x > 1e8) return q;
  const p = 1 / (x * x);
  if (x >= 1e3) {
    q += ((7936507936507937e-19 * p - 0.002777777777777778) * p + 0.08333333333333333) / x;
  } else {
    q += polynomial(p, STIRLING) / x;
  }
  return q;
}
var LOG_SQRT_2PI = 0.9189385332046728;
var MAX_LOG_GAMMA_ARGUMENT = 2556348e299;
var STIRLING = [
  8116141674705085e-19,
  -5950619042843014e-19,
  7936503404577169e-19,
  -0.002777777777300997,
  0.08333333333333319
];
var RATIONAL_NUM = [
  -1378.2515256912086,
  -38801.631513463784,
  -331612.9927388712,
  -1162370974927623e-9,
  -1.7217370082083966e6,
  -853555.6642457654
];
var RATIONAL_DEN = [
  -351.81570143652345,
  -17064.210665188115,
  -220528.59055385445,
  -1.1393344436798252e6,
  -2.5325230717758294e6,
  -2.0188914143353277e6
];
function polynomial(x, coefficients) {
  let result = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) result = result * x + coefficients[i];
  return result;
}
function monicPolynomial(x, coefficients) {
  let result = x + coefficients[0];
  for (let i = 1; i < coefficients.length; i++) result = result * x + coefficients[i];
  return result;
}

// src/stats/regularized-gamma.ts
function regularizedGammaQ(a, x) {
  checkArguments("regularizedGammaQ", a, x);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x > 1.1) {
    return x < a ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
  }
  if (x <= 0.5) {
    return -0.4 / Math.log(x) < a ? 1 - lowerSeries(a, x) : upperSeries(a, x);
  }
  return x * 1.1 < a ? 1 - lowerSeries(a, x) : upperSeries(a, x);
}
var MACHINE_EPSILON = 11102230246251565e-32;
var MAX_LOG = 709.782712893384;
var MAX_ITERATIONS = 2e3;
var BIG = 4503599627370496;
var BIG_INVERSE = 2220446049250313e-31;
function checkArguments(name, a, x) {
  if (!(a > 0) || a === Infinity) {
    throw new RangeError(`${name}: a must be a positive finite number, got ${a}.`);
  }
  if (!(x >= 0)) {
    throw new RangeError(`${name}: x must be a number >= 0, got ${x}.`);
  }
}
function prefactor(a, x) {
  if (Math.abs(a - x) > 0.4 * Math.abs(a)) {
    const logPrefactor = a * Math.log(x) - x - logGamma(a);
    return logPrefactor < -MAX_LOG ? 0 : Math.exp(logPrefactor);
  }
  const fac = a + LANCZOS_G - 0.5;
  let result = Math.sqrt(fac / Math.E) / lanczosSumExpGScaled(a);
  if (a < 200 && x < 200) {
    result *= Math.exp(a - x) * Math.pow(x / fac, a);
  } else {
    const num = x - a - LANCZOS_G + 0.5;
    result *= Math.exp(a * log1pMinusX(num / fac) + x * (0.5 - LANCZOS_G) / fac);
  }
  return result;
}
function lowerSeries(a, x) {
  const factor = prefactor(a, x);
  if (factor === 0) return 0;
  let r = a;
  let c = 1;
  let sum = 1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    r += 1;
    c *= x / r;
    sum += c;
    if (c <= MACHINE_EPSILON * sum) break;
  }
  return sum * factor / a;
}
function upperContinuedFraction(a, x) {
  const factor = prefactor(a, x);
  if (factor === 0) return 0;
  let y = 1 - a;
  let z2 = x + y + 1;
  let c = 0;
  let pkm2 = 1;
  let qkm2 = x;
  let pkm1 = x + 1;
  let qkm1 = z2 * x;
  let ans = pkm1 / qkm1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    c += 1;
    y += 1;
    z2 += 2;
    const yc = y * c;
    const pk = pkm1 * z2 - pkm2 * yc;
    const qk = qkm1 * z2 - qkm2 * yc;
    let change = 1;
    if (qk !== 0) {
      const r = pk / qk;
      change = Math.abs((ans - r) / r);
      ans = r;
    }
    pkm2 = pkm1;
    pkm1 = pk;
    qkm2 = qkm1;
    qkm1 = qk;
    if (Math.abs(pk) > BIG) {
      pkm2 *= BIG_INVERSE;
      pkm1 *= BIG_INVERSE;
      qkm2 *= BIG_INVERSE;
      qkm1 *= BIG_INVERSE;
    }
    if (change <= MACHINE_EPSILON) break;
  }
  return ans * factor;
}
function upperSeries(a, x) {
  let fac = 1;
  let sum = 0;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    fac *= -x / n;
    const term2 = fac / (a + n);
    sum += term2;
    if (Math.abs(term2) <= MACHINE_EPSILON * Math.abs(sum)) break;
  }
  const logX = Math.log(x);
  const term = -Math.expm1(a * logX - logGamma(1 + a));
  return term - Math.exp(a * logX - logGamma(a)) * sum;
}
function log1pMinusX(x) {
  if (Math.abs(x) < 0.5) {
    let xfac = x;
    let result = 0;
    for (let n = 2; n < MAX_ITERATIONS; n++) {
      xfac *= -x;
      const term = xfac / n;
      result += term;
      if (Math.abs(term) < MACHINE_EPSILON * Math.abs(result)) break;
    }
    return result;
  }
  return Math.log1p(x) - x;
}
var LANCZOS_G = 6.02468004077673;
var LANCZOS_SUM_EXPG_SCALED_NUM = [
  0.006061842346248907,
  0.5098416655656676,
  19.519927882476175,
  449.9445569063168,
  6955.999602515376,
  75999.29304014542,
  601859.6171681099,
  3481712154980646e-9,
  14605578087685067e-9,
  4333888932467614e-8,
  863631312881386e-7,
  10379404311634454e-8,
  56906521913471565e-9
];
var LANCZOS_SUM_EXPG_SCALED_DENOM = [
  1,
  66,
  1925,
  32670,
  357423,
  2637558,
  13339535,
  45995730,
  105258076,
  150917976,
  120543840,
  39916800,
  0
];
function lanczosSumExpGScaled(x) {
  const num = LANCZOS_SUM_EXPG_SCALED_NUM;
  const den = LANCZOS_SUM_EXPG_SCALED_DENOM;
  const degree = num.length - 1;
  let numerator;
  let denominator;
  if (Math.abs(x) > 1) {
    const y = 1 / x;
    numerator = num[degree];
    denominator = den[degree];
    for (let i = degree - 1; i >= 0; i--) {
      numerator = numerator * y + num[i];
      denominator = denominator * y + den[i];
    }
  } else {
    numerator = num[0];
    denominator = den[0];
    for (let i = 1; i <= degree; i++) {
      numerator = numerator * x + num[i];
      denominator = denominator * x + den[i];
    }
  }
  return numerator / denominator;
}

// src/stats/chi-square-survival.ts
function chiSquareSurvival(x, k) {
  if (Number.isNaN(x)) {
    throw new RangeError("chiSquareSurvival: x must be a number, got NaN.");
  }
  if (!(k > 0) || k === Infinity) {
    throw new RangeError(
      `chiSquareSurvival: degrees of freedom k must be a positive finite number, got ${k}.`
    );
  }
  if (x < 0) return 1;
  return regularizedGammaQ(k / 2, x / 2);
}

// src/stats/contingency-table.ts
function reduceContingencyTable(table, caller) {
  if (table.length === 0 || table[0].length === 0) {
    throw new Error(
      `${caller}: the table must have at least one row and one column, got an empty table.`
    );
  }
  const columns = table[0].length;
  const rowSums = new Array(table.length).fill(0);
  const columnSums = new Array(columns).fill(0);
  for (let i = 0; i < table.length; i++) {
    const row = table[i];
    if (row.length !== columns) {
      throw new Error(
        `${caller}: row ${i} has ${row.length} counts, expected ${columns} as in row 0.`
      );
    }
    for (let j = 0; j < columns; j++) {
      const count = row[j];
      if (!(count >= 0) || count === Infinity) {
        throw new Error(
          `${caller}: count at row ${i}, column ${j} is ${count}, expected a finite number >= 0.`
        );
      }
      rowSums[i] += count;
      columnSums[j] += count;
    }
  }
  const rowIndices = rowSums.flatMap((sum, i) => sum > 0 ? [i] : []);
  const columnIndices = columnSums.flatMap((sum, j) => sum > 0 ? [j] : []);
  if (rowIndices.length === 0) {
    throw new Error(
      `${caller}: every count in the table is 0, expected at least one positive count.`
    );
  }
  const observed = rowIndices.map((i) => columnIndices.map((j) => table[i][j]));
  const rowTotals = rowIndices.map((i) => rowSums[i]);
  const columnTotals = columnIndices.map((j) => columnSums[j]);
  let total = 0;
  for (const sum of rowTotals) total += sum;
  return { observed, rowIndices, columnIndices, rowTotals, columnTotals, total };
}
function pearsonChiSquare(reduced, yatesCorrection) {
  const { observed, rowTotals, columnTotals, total } = reduced;
  let statistic = 0;
  const expected = rowTotals.map(
    (rowTotal, i) => columnTotals.map((columnTotal, j) => {
      const e = rowTotal * columnTotal / total;
      let o = observed[i][j];
      if (yatesCorrection) {
        const difference = e - o;
        o += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
      }
      statistic += (o - e) * (o - e) / e;
      return e;
    })
  );
  return { statistic, expected };
}

// src/stats/chi-square-contingency.ts
function chiSquareContingency(table) {
  const reduced = reduceContingencyTable(table, "chiSquareContingency");
  const degreesOfFreedom = (reduced.rowTotals.length - 1) * (reduced.columnTotals.length - 1);
  const { statistic, expected: reducedExpected } = pearsonChiSquare(
    reduced,
    degreesOfFreedom === 1
  );
  const expected = table.map((row) => new Array(row.length).fill(0));
  reduced.rowIndices.forEach((i, reducedRow) => {
    reduced.columnIndices.forEach((j, reducedColumn) => {
      expected[i][j] = reducedExpected[reducedRow][reducedColumn];
    });
  });
  if (degreesOfFreedom === 0) {
    return { statistic: 0, pValue: 1, degreesOfFreedom, expected };
  }
  return {
    statistic,
    pValue: chiSquareSurvival(statistic, degreesOfFreedom),
    degreesOfFreedom,
    expected
  };
}

// src/stats/cramers-v.ts
function cramersV(table) {
  const reduced = reduceContingencyTable(table, "cramersV");
  const smallerDimension = Math.min(reduced.rowTotals.length, reduced.columnTotals.length);
  if (smallerDimension < 2) return 0;
  const { statistic } = pearsonChiSquare(reduced, false);
  return Math.sqrt(statistic / reduced.total / (smallerDimension - 1));
}

// src/stats/total-variation-distance.ts
function totalVariationDistance(countsA, countsB) {
  if (countsA.length !== countsB.length) {
    throw new Error(
      `totalVariationDistance: countsA has ${countsA.length} categories and countsB has ${countsB.length}, expected the same categories in both.`
    );
  }
  const totalA = countTotal(countsA, "countsA");
  const totalB = countTotal(countsB, "countsB");
  let sum = 0;
  for (let i = 0; i < countsA.length; i++) {
    sum += Math.abs(countsA[i] / totalA - countsB[i] / totalB);
  }
  return 0.5 * sum;
}
function countTotal(counts, name) {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    if (!(count >= 0) || count === Infinity) {
      throw new Error(
        `totalVariationDistance: ${name}[${i}] is ${count}, expected a finite count >= 0.`
      );
    }
    total += count;
  }
  if (!(total > 0)) {
    throw new Error(
      `totalVariationDistance: ${name} sums to 0 over ${counts.length} categories, expected at least one positive count.`
    );
  }
  return total;
}

// src/stats/z-score-outlier-share.ts
function zScoreOutlierShare(referenceMean, referenceStd, recent, threshold = 3) {
  if (!Number.isFinite(referenceMean)) {
    throw new RangeError(
      `zScoreOutlierShare: referenceMean is ${referenceMean}, expected a finite number.`
    );
  }
  if (!(referenceStd >= 0) || referenceStd === Infinity) {
    throw new RangeError(
      `zScoreOutlierShare: referenceStd is ${referenceStd}, expected a finite number >= 0.`
    );
  }
  if (!(threshold >= 0) || threshold === Infinity) {
    throw new RangeError(
      `zScoreOutlierShare: threshold is ${threshold}, expected a finite number >= 0.`
    );
  }
  let count = 0;
  let observed = 0;
  for (let i = 0; i < recent.length; i++) {
    const x = recent[i];
    if (x !== x) continue;
    observed++;
    if (Math.abs(x - referenceMean) / referenceStd > threshold) count++;
  }
  return { count, share: observed === 0 ? 0 : count / observed, observed };
}

// src/stats/pool-rare-categories.ts
var MIN_EXPECTED_COUNT = 5;
function poolRareCategories(a, b, minExpected = MIN_EXPECTED_COUNT) {
  if (a.length !== b.length) {
    throw new Error(
      `poolRareCategories: the rows have ${a.length} and ${b.length} categories, expected the same categories in both.`
    );
  }
  let totalA = 0;
  let totalB = 0;
  for (let j = 0; j < a.length; j++) {
    totalA += a[j];
    totalB += b[j];
  }
  const total = totalA + totalB;
  const smallerRow = Math.min(totalA, totalB);
  const kept = [];
  const rare = [];
  for (let j = 0; j < a.length; j++) {
    const columnTotal = a[j] + b[j];
    if (columnTotal === 0) continue;
    if (columnTotal * smallerRow / total < minExpected) rare.push(j);
    else kept.push(j);
  }
  const members = kept.map((j) => [j]);
  if (rare.length > 0) {
    const rareTotal = rare.reduce((s, j) => s + a[j] + b[j], 0);
    if (rareTotal * smallerRow / total >= minExpected || members.length === 0) {
      members.push(rare);
    } else {
      let smallest = 0;
      for (let m = 1; m < members.length; m++) {
        const t = (x) => x.reduce((s, j) => s + a[j] + b[j], 0);
        if (t(members[m]) < t(members[smallest])) smallest = m;
      }
      members[smallest] = [...members[smallest], ...rare].sort((x, y) => x - y);
      members.push(...members.splice(smallest, 1));
    }
  }
  return {
    a: members.map((m) => m.reduce((s, j) => s + a[j], 0)),
    b: members.map((m) => m.reduce((s, j) => s + b[j], 0)),
    members,
    pooled: rare
  };
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI2 = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/profile/quantile-sketch.ts
function countAtMostBounds(sketch, x) {
  const { values } = sketch;
  const k = values.length;
  if (k === 0 || x < values[0]) return { low: 0, high: 0 };
  if (x >= values[k - 1]) return { low: sketch.count, high: sketch.count };
  let lo = 0;
  let hi = k - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (values[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  if (values[lo] === x) return { low: sketch.atMostLow[lo], high: sketch.atMostHigh[lo] };
  return { low: sketch.atMostLow[lo], high: sketch.lessThanHigh[lo + 1] };
}
function estimatedCdf(sketch, x) {
  const { low, high } = countAtMostBounds(sketch, x);
  return (low + high) / 2 / sketch.count;
}
function estimatedQuantile(sketch, p) {
  const { values } = sketch;
  for (let i = 0; i < values.length; i++) {
    if ((sketch.atMostLow[i] + sketch.atMostHigh[i]) / 2 >= p * sketch.count) return values[i];
  }
  return values[values.length - 1];
}

// src/profile/ks-test-against-sketch.ts
function ksTestAgainstSketch(sketch, recentSorted) {
  const n1 = sketch.count;
  const n2 = recentSorted.length;
  if (n1 === 0 || n2 === 0) {
    throw new Error(
      `ksTestAgainstSketch: the ${n1 === 0 ? "reference sketch" : "recent sample"} is empty; expected at least one value.`
    );
  }
  const { values, atMostLow, atMostHigh, lessThanHigh } = sketch;
  const k = values.length;
  let j = 0;
  let d = 0;
  const consider = (refCount, recentCount) => {
    const diff = Math.abs(refCount / n1 - recentCount / n2);
    if (diff > d) d = diff;
  };
  for (let i = 0; i < k; i++) {
    const v = values[i];
    while (j < n2 && recentSorted[j] < v) j++;
    const below = i === 0 ? 0 : (atMostLow[i - 1] + lessThanHigh[i]) / 2;
    consider(below, j);
    while (j < n2 && recentSorted[j] === v) j++;
    consider((atMostLow[i] + atMostHigh[i]) / 2, j);
    if (i + 1 < k) consider((atMostLow[i] + lessThanHigh[i + 1]) / 2, j);
  }
  const exactEn = n1 * n2 / (n1 + n2);
  let en = Math.round(exactEn);
  if (en - exactEn === 0.5 && en % 2 !== 0) en -= 1;
  const pValue = kolmogorovSmirnovTwoSidedSf(d, en);
  return {
    statistic: d,
    pValue: Math.min(1, Math.max(0, pValue)),
    method: "asymp",
    rankErrorBound: sketch.rankErrorBound
  };
}

// src/detect/overlay-histogram.ts
var TARGET_BINS = 10;
var RANGE_QUANTILES = [0.01, 0.99];
function overlayHistogram(reference, recent, targetBins = TARGET_BINS) {
  const lo = Math.min(reference.quantile(RANGE_QUANTILES[0]), recent.quantile(RANGE_QUANTILES[0]));
  const hi = Math.max(reference.quantile(RANGE_QUANTILES[1]), recent.quantile(RANGE_QUANTILES[1]));
  if (!(hi > lo) || !Number.isFinite(hi - lo)) {
    return { labels: [formatEdge(lo)], reference: [1], recent: [1], edges: [lo, lo] };
  }
  const step = niceStep((hi - lo) / targetBins);
  const start = Math.floor(lo / step) * step;
  const count = Math.max(1, Math.ceil((hi - start) / step - 1e-9));
  const edges = Array.from({ length: count + 1 }, (_, i) => roundToStep(start + i * step, step));
  const labels = [];
  const ref = [];
  const rec = [];
  const below = [reference.shareBelow(edges[0]), recent.shareBelow(edges[0])];
  if (below[0] > 0 || below[1] > 0) {
    labels.push(`< ${formatEdge(edges[0], step)}`);
    ref.push(below[0]);
    rec.push(below[1]);
  }
  let prev = below;
  for (let i = 0; i < count; i++) {
    const upTo = [reference.shareAtMost(edges[i + 1]), recent.shareAtMost(edges[i + 1])];
    labels.push(`${formatEdge(edges[i], step)}\u2013${formatEdge(edges[i + 1], step)}`);
    ref.push(upTo[0] - prev[0]);
    rec.push(upTo[1] - prev[1]);
    prev = upTo;
  }
  if (prev[0] < 1 || prev[1] < 1) {
    labels.push(`> ${formatEdge(edges[count], step)}`);
    ref.push(1 - prev[0]);
    rec.push(1 - prev[1]);
  }
  return {
    labels,
    reference: ref.map(clampShare),
    recent: rec.map(clampShare),
    edges
  };
}
function sortedSide(sorted, quantileSorted2) {
  const n = sorted.length;
  return {
    quantile: quantileSorted2,
    shareBelow: (x) => lowerBound(sorted, x) / n,
    shareAtMost: (x) => upperBound(sorted, x) / n
  };
}
function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw * (1 - 1e-12)) return m * power;
  return 10 * power;
}
function roundToStep(value, step) {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(Math.min(decimals, 20)));
}
function clampShare(share) {
  return Math.min(1, Math.max(0, share));
}
function formatEdge(value, step) {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const abs = Math.abs(value);
  const needed = step === void 0 ? 3 : Math.floor(Math.log10(abs)) - Math.floor(Math.log10(step)) + 2;
  const digits = Math.min(15, Math.max(3, needed));
  if (abs < 1e-3 || abs >= 1e15)
    return Number(value.toPrecision(digits)).toExponential().replace(/e\+?/, "e");
  if (abs >= 1e4 && digits <= 4)
    return new Intl.NumberFormat("en-US", {
      notation: "compact",
      maximumSignificantDigits: digits
    }).format(value).replace("K", "k");
  return Number(value.toPrecision(digits)).toString();
}
function lowerBound(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/detect/sketch-feature-test.ts
function compareNumericAgainstSketch(ref, rec, config) {
  const sketch = ref.sketch;
  const b = rec.sorted;
  const common = {
    name: ref.name,
    type: "numeric",
    test: "ks",
    effectSizeName: "ks_d",
    referenceCount: sketch.count,
    recentCount: b.length,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    approximate: { rankErrorBound: sketch.rankErrorBound }
  };
  if (sketch.count === 0 || b.length === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${sketch.count === 0 ? "reference" : "recent"} data`
    };
  }
  const ks = ksTestAgainstSketch(sketch, b);
  const { mean, standardDeviation: std } = ref;
  const z2 = config.outlierZScore;
  return {
    ...common,
    statistic: ks.statistic,
    pValue: ks.pValue,
    method: ks.method,
    effectSize: ks.statistic,
    referenceMean: mean,
    referenceStd: std,
    recentMean: rec.mean,
    referenceMedian: estimatedQuantile(sketch, 0.5),
    recentMedian: quantileSorted(b, 0.5),
    ...Number.isFinite(mean) && Number.isFinite(std) ? {
      outlierShare: zScoreOutlierShare(mean, std, b, z2).share,
      referenceOutlierShare: sketchOutlierShare(sketch, mean, std, z2)
    } : {},
    distribution: sketchDistribution(sketch, b)
  };
}
function sketchOutlierShare(sketch, mean, std, z2) {
  if (std === 0) return 0;
  const below = estimatedCdf(sketch, mean - z2 * std);
  const above = 1 - estimatedCdf(sketch, mean + z2 * std);
  return Math.min(1, Math.max(0, below + above));
}
function sketchDistribution(sketch, b) {
  const reference = {
    quantile: (p) => estimatedQuantile(sketch, p),
    // A sketch estimates F(x) = share at or below x; the mass at exactly x is within
    // its rank error, so "below" and "at most" are the same estimate.
    shareBelow: (x) => estimatedCdf(sketch, x),
    shareAtMost: (x) => estimatedCdf(sketch, x)
  };
  return overlayHistogram(
    reference,
    sortedSide(b, (p) => quantileSorted(b, p))
  );
}

// src/detect/column-roles.ts
var MIN_VALUES_FOR_UNIQUENESS = 50;
var UNIQUE_SHARE = 0.95;
var PATTERN_SHARE = 0.95;
var EPOCH_SECONDS = [946684800, 4102444800];
var EPOCH_MILLISECONDS = [EPOCH_SECONDS[0] * 1e3, EPOCH_SECONDS[1] * 1e3];
var UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
var HEX_HASH = /^(0x)?[0-9a-f]{16,}$/i;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z| ?([+-])(\d{2})(?::?(\d{2}))?| UTC| GMT)?)?$/;
var SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}( \d{1,2}:\d{2}(:\d{2})?)?$/;
var TIME_OF_DAY = String.raw`(?<time>(?:[ T]|, )\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp][Mm])?(?:Z| ?[+-]\d{2}:?\d{2}| UTC| GMT)?)?`;
var YEAR_FIRST_DATE = new RegExp(String.raw`^(\d{4})([/.])(\d{1,2})\2(\d{1,2})${TIME_OF_DAY}$`);
var YEAR_LAST_DATE = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME_OF_DAY}$`);
var MONTH_NAME_FIRST_DATE = new RegExp(
  String.raw`^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})${TIME_OF_DAY}$`
);
var DAY_MONTH_NAME_DATE = new RegExp(
  String.raw`^(\d{1,2})([ -])([A-Za-z]{3,9})\.?\2(\d{4})${TIME_OF_DAY}$`
);
var MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
];
var DAY_MS = 864e5;
var EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
var EXCEL_SERIAL_DAYS = [32874, 73051];
var YEAR_MONTH = /^(\d{4})[-/](\d{1,2})$/;
var MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/;
var MONTH_NAME_YEAR = /^([A-Za-z]{3,9})\.?[ -](\d{4})$/;
var YEAR_QUARTER = /^(\d{4}) ?-?[Qq]([1-4])$/;
var QUARTER_YEAR = /^[Qq]([1-4])[ -]?(\d{4})$/;
var ISO_WEEK = /^(\d{4})-?W(\d{2})$/;
var YYYYMMDD = [19000101, 21001231];
var IDENTIFIER_NAME_CAMEL = /[a-z](Id|ID|Uuid|UUID|Key)$/;
var IDENTIFIER_NAME_PLAIN = /^(id|uuid|guid|key|index|idx|row|rownum|row_?number)$|[_\-. ](id|uuid|guid|key)$/i;
var TIME_NAME_PLAIN = /^(date|time|timestamp|datetime|ts|event_?time|event_?date|year)$|[_\-. ](date|time|timestamp|datetime|ts|at|year)$/i;
var NUMBER_AS_TEXT = /^[-+]?[\d.,' ]*\d[\d.,' ]*\s*[^\d\s]{0,5}$/;
var TIME_NAME_CAMEL = /[a-z](Date|Time|Timestamp|At|Ts|Year)$/;
function isIdentifierName(name) {
  return IDENTIFIER_NAME_PLAIN.test(name) || IDENTIFIER_NAME_CAMEL.test(name);
}
function isTimeName(name) {
  return TIME_NAME_PLAIN.test(name) || TIME_NAME_CAMEL.test(name);
}
function detectColumnRole(reference, recent, options) {
  const name = reference.name;
  let found;
  if (options.timeColumn === name) {
    found = { name, role: "time", source: "declared", reason: "time: declared in time-column" };
  } else if (options.identifierColumns.includes(name)) {
    found = {
      name,
      role: "identifier",
      source: "declared",
      reason: "identifier: declared in identifier-columns"
    };
  } else if (options.detectRoles) {
    const why = roleFromContentAndName(reference);
    if (why) found = { name, source: "detected", ...why };
  }
  if (!found) return void 0;
  if (found.role !== "time") return found;
  const range = (p) => timeRangeOf(p);
  const referenceRange = range(reference);
  const recentRange = range(typeof recent === "function" ? recent() : recent);
  return {
    ...found,
    timeRange: {
      ...referenceRange ? { reference: referenceRange } : {},
      ...recentRange ? { recent: recentRange } : {}
    }
  };
}
function roleFromContentAndName(profile) {
  return profile.kind === "numeric" ? numericRole(profile) : categoricalRole(profile);
}
function percent(share) {
  return `${Math.floor(share * 100)}%`;
}
function numericRange(p) {
  const values = p.sketch ? p.sketch.values : p.sorted;
  if (values.length === 0) return void 0;
  return [values[0], values[values.length - 1]];
}
function numericRole(p) {
  const range = numericRange(p);
  if (!range || p.count === 0) return void 0;
  const [min, max] = range;
  const distinctShare = p.distinct / p.count;
  if (isYyyymmddColumn(p, min, max)) {
    return { role: "time", reason: "time: yyyymmdd date numbers" };
  }
  if (isYyyymmColumn(p, min, max)) {
    return { role: "time", reason: "time: yyyymm month numbers" };
  }
  const epoch = epochUnit(min, max);
  if (epoch && (distinctShare >= 0.5 || isTimeName(p.name))) {
    return { role: "time", reason: `time: epoch ${epoch} values` };
  }
  if (isExcelSerialDateColumn(p, min, max)) {
    return { role: "time", reason: `time: name '${p.name}' and spreadsheet serial dates` };
  }
  const ordered = p.order !== "none" && p.count >= 2;
  if (isTimeName(p.name) && ordered) {
    return { role: "time", reason: `time: name '${p.name}' and values in row order` };
  }
  if (p.integerValued && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= UNIQUE_SHARE) {
    if (ordered) {
      return {
        role: "identifier",
        reason: `identifier: ${p.order} sequence of ${percent(distinctShare)} unique whole numbers`
      };
    }
    if (max - min + 1 <= 2 * p.count) {
      return {
        role: "identifier",
        reason: `identifier: ${percent(distinctShare)} unique whole numbers in a dense range`
      };
    }
  }
  if (isIdentifierName(p.name) && p.integerValued && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= 0.5) {
    return {
      role: "identifier",
      reason: `identifier: name '${p.name}' and ${percent(distinctShare)} distinct values`
    };
  }
  return void 0;
}
function isYyyymmddColumn(p, min, max) {
  if (!p.integerValued || min < YYYYMMDD[0] || max > YYYYMMDD[1]) return false;
  return everyDistinctValue(p, (v) => Number.isFinite(yyyymmddTime(v)));
}
function everyDistinctValue(p, test) {
  const values = p.sketch ? p.sketch.values : p.sorted;
  let previous = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === previous) continue;
    previous = v;
    if (!test(v)) return false;
  }
  return true;
}
function isExcelSerialDateColumn(p, min, max) {
  return (DATE_NAME_PLAIN.test(p.name) || DATE_NAME_CAMEL.test(p.name)) && min >= EXCEL_SERIAL_DAYS[0] && max < EXCEL_SERIAL_DAYS[1];
}
var DATE_NAME_PLAIN = /^(date|datetime|timestamp)$|[_\-. ](date|datetime|timestamp|at)$/i;
var DATE_NAME_CAMEL = /[a-z](Date|DateTime|Datetime|Timestamp|At)$/;
function excelSerialText(serial) {
  const iso = new Date(EXCEL_DAY_ZERO + serial * DAY_MS).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso;
}
function isYyyymmColumn(p, min, max) {
  if (!p.integerValued || min < YYYYMM[0] || max > YYYYMM[1]) return false;
  if (p.distinct < 6 && !MONTH_NAME.test(p.name)) return false;
  return everyDistinctValue(p, (v) => v % 100 >= 1 && v % 100 <= 12);
}
var YYYYMM = [190001, 209912];
var MONTH_NAME = /month|period|yyyymm|(^|[_\-. ])ym$/i;
function yyyymmddTime(value) {
  return calendarTime(Math.floor(value / 1e4), Math.floor(value / 100) % 100, value % 100);
}
function calendarTime(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const time = Date.UTC(year, month - 1, day);
  return new Date(time).getUTCDate() === day ? time : Number.NaN;
}
function monthOfName(name) {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex(
    (m) => lower === m || lower.length >= 3 && m.startsWith(lower) && lower.length <= 4
  );
  return index < 0 ? Number.NaN : index + 1;
}
function writtenDateTime(text, dayFirst) {
  const iso = ISO_DATE.exec(text);
  if (iso) return isoDateTime(iso);
  let day = Number.NaN;
  let m = YEAR_FIRST_DATE.exec(text);
  if (m) day = calendarTime(+m[1], +m[3], +m[4]);
  else if (m = YEAR_LAST_DATE.exec(text)) {
    const [a, b] = [+m[1], +m[3]];
    day = calendarTime(+m[4], dayFirst ? b : a, dayFirst ? a : b);
  } else if (m = MONTH_NAME_FIRST_DATE.exec(text)) {
    day = calendarTime(+m[3], monthOfName(m[1]), +m[2]);
  } else if (m = DAY_MONTH_NAME_DATE.exec(text)) {
    day = calendarTime(+m[4], monthOfName(m[3]), +m[1]);
  }
  return m ? day + timeOfDayMilliseconds(m.groups?.time ?? "") : periodStart(text);
}
function periodStart(text) {
  const last = text.charCodeAt(text.length - 1);
  if (text.length > 14 || text.length < 6 || last < 48 || last > 57) return Number.NaN;
  const start = periodStartAnyYear(text);
  const year = new Date(start).getUTCFullYear();
  return year >= 1900 && year <= 2099 ? start : Number.NaN;
}
function periodStartAnyYear(text) {
  let m = YEAR_MONTH.exec(text);
  if (m) return calendarTime(+m[1], +m[2], 1);
  if (m = MONTH_YEAR.exec(text)) return calendarTime(+m[2], +m[1], 1);
  if (m = MONTH_NAME_YEAR.exec(text)) return calendarTime(+m[2], monthOfName(m[1]), 1);
  if (m = YEAR_QUARTER.exec(text)) return calendarTime(+m[1], 3 * +m[2] - 2, 1);
  if (m = QUARTER_YEAR.exec(text)) return calendarTime(+m[2], 3 * +m[1] - 2, 1);
  if ((m = ISO_WEEK.exec(text)) && +m[2] >= 1 && +m[2] <= 53) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - (new Date(jan4).getUTCDay() + 6) % 7 * DAY_MS;
    return monday + (+m[2] - 1) * 7 * DAY_MS;
  }
  return Number.NaN;
}
function isoDateTime(m) {
  const [
    ,
    year,
    month,
    day,
    hours = "0",
    minutes = "0",
    seconds = "0",
    sign,
    zoneHours,
    zoneMinutes
  ] = m;
  const offset = sign ? (sign === "-" ? -1 : 1) * (+zoneHours * 60 + Number(zoneMinutes ?? 0)) : 0;
  return calendarTime(+year, +month, +day) + ((+hours * 60 + +minutes - offset) * 60 + Number(seconds)) * 1e3;
}
function timeOfDayMilliseconds(text) {
  const m = /(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?: ?([AaPp])[Mm])?/.exec(text);
  if (!m) return 0;
  let hours = +m[1] % (m[4] ? 12 : 24);
  if (m[4] && m[4].toLowerCase() === "p") hours += 12;
  return ((hours * 60 + +m[2]) * 60 + Number(m[3] ?? 0)) * 1e3;
}
function isWrittenDate(label) {
  return Number.isFinite(writtenDateTime(label, true)) || YEAR_LAST_DATE.test(label) && Number.isFinite(writtenDateTime(label, false));
}
function epochUnit(min, max) {
  if (min >= EPOCH_SECONDS[0] && max <= EPOCH_SECONDS[1]) return "second";
  if (min >= EPOCH_MILLISECONDS[0] && max <= EPOCH_MILLISECONDS[1]) return "millisecond";
  return void 0;
}
function rowShare(p, test) {
  let rows = 0;
  p.categories.forEach((label, i) => {
    if (test(label)) rows += p.counts[i];
  });
  return p.count === 0 ? 0 : rows / p.count;
}
function categoricalRole(p) {
  if (p.count === 0) return void 0;
  const trimmed = (label) => label.trim();
  if (rowShare(p, (l) => ISO_DATE.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: "time", reason: "time: ISO-8601 date or datetime values" };
  }
  if (rowShare(p, (l) => SLASH_DATE.test(trimmed(l))) >= PATTERN_SHARE) {
    const order = isDayFirst(p.categories) ? "d/m/yyyy" : "m/d/yyyy";
    return { role: "time", reason: `time: slash-separated date values (${order})` };
  }
  if (rowShare(p, (l) => isWrittenDate(trimmed(l))) >= PATTERN_SHARE) {
    const example = p.categories.find((l) => isWrittenDate(trimmed(l))) ?? "";
    const period = Number.isFinite(periodStart(example.trim()));
    return {
      role: "time",
      reason: `time: ${period ? "period" : "written date"} values such as '${example.trim()}'`
    };
  }
  if (rowShare(p, (l) => UUID.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: "identifier", reason: "identifier: UUID values" };
  }
  if (rowShare(p, (l) => HEX_HASH.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: "identifier", reason: "identifier: hash-like hexadecimal values" };
  }
  const distinctShare = p.categories.length / p.count;
  const numbersAsText = rowShare(p, (l) => NUMBER_AS_TEXT.test(trimmed(l))) >= PATTERN_SHARE;
  if (!numbersAsText && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= UNIQUE_SHARE) {
    return { role: "identifier", reason: `identifier: ${percent(distinctShare)} unique values` };
  }
  if (isIdentifierName(p.name) && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= 0.5) {
    return {
      role: "identifier",
      reason: `identifier: name '${p.name}' and ${percent(distinctShare)} distinct values`
    };
  }
  return void 0;
}
function timeRangeOf(p) {
  if (p.kind === "numeric") {
    const range = numericRange(p);
    if (!range) return void 0;
    if (isYyyymmddColumn(p, range[0], range[1])) {
      const show2 = (v) => new Date(yyyymmddTime(v)).toISOString().slice(0, 10);
      return { first: show2(range[0]), last: show2(range[1]) };
    }
    if (isYyyymmColumn(p, range[0], range[1])) {
      const show2 = (v) => `${Math.floor(v / 100)}-${String(v % 100).padStart(2, "0")}`;
      return { first: show2(range[0]), last: show2(range[1]) };
    }
    if (isExcelSerialDateColumn(p, range[0], range[1])) {
      return { first: excelSerialText(range[0]), last: excelSerialText(range[1]) };
    }
    const unit = epochUnit(range[0], range[1]);
    const show = (v) => unit === "second" ? new Date(v * 1e3).toISOString() : unit === "millisecond" ? new Date(v).toISOString() : String(v);
    return { first: show(range[0]), last: show(range[1]) };
  }
  let first;
  let last;
  const dayFirst = isDayFirst(p.categories);
  for (const label of p.categories) {
    const text = label.trim();
    const time = writtenDateTime(text, dayFirst);
    if (!Number.isFinite(time)) continue;
    if (!first || time < first.time) first = { label: text, time };
    if (!last || time > last.time) last = { label: text, time };
  }
  return first && last ? { first: first.label, last: last.label } : void 0;
}
function isDayFirst(labels) {
  for (const label of labels) {
    const m = YEAR_LAST_DATE.exec(label.trim());
    if (!m) continue;
    if (+m[1] > 12) return true;
    if (+m[3] > 12) return false;
  }
  return true;
}

// src/detect/feature-tests.ts
var MAX_KEPT_CATEGORIES = 1e3;
function cappedList() {
  const list = {
    values: [],
    count: 0,
    add(value) {
      if (list.values.length < MAX_KEPT_CATEGORIES) list.values.push(value);
      list.count++;
    }
  };
  return list;
}
var MAX_CHART_CATEGORIES = 10;
var KS_TEST = {
  id: "ks",
  label: "Kolmogorov-Smirnov",
  symbol: "KS",
  appliesTo: "numeric",
  effectSize: { id: "ks_d", label: "KS statistic D", symbol: "KS D", range: [0, 1] },
  compare: compareNumeric
};
var CHI_SQUARE_TEST = {
  id: "chi2",
  label: "chi-square",
  symbol: "\u03C7\xB2",
  appliesTo: "categorical",
  effectSize: {
    id: "total_variation_distance",
    label: "total variation distance",
    symbol: "TVD",
    range: [0, 1]
  },
  compare: compareCategorical
};
var FEATURE_TESTS = [KS_TEST, CHI_SQUARE_TEST];
function featureTestFor(kind) {
  const found = FEATURE_TESTS.find((t) => t.appliesTo === kind);
  if (!found) throw new Error(`No feature test applies to ${kind} columns.`);
  return found;
}
function examineProfiles(reference, recent, config) {
  let recentProfile = typeof recent === "function" ? void 0 : recent;
  const getRecent = () => recentProfile ??= recent();
  const setAside = detectColumnRole(reference, getRecent, roleOptions(config));
  if (setAside) return { name: reference.name, setAside };
  const other = getRecent();
  checkSameKind(reference, other);
  return featureTestFor(reference.kind).compare(reference, other, config);
}
function roleOptions(config) {
  return {
    identifierColumns: config.identifierColumns,
    timeColumn: config.timeColumn,
    detectRoles: !config.noRoleDetection
  };
}
function checkSameKind(reference, recent) {
  if (reference.kind !== recent.kind) {
    throw new Error(
      `Column '${reference.name}' is ${reference.kind} in the reference and ${recent.kind} in the recent data. Expected one kind on both sides.`
    );
  }
}
function compareNumeric(ref, rec, config) {
  if (ref.sketch) return compareNumericAgainstSketch({ ...ref, sketch: ref.sketch }, rec, config);
  const a = ref.sorted;
  const b = rec.sorted;
  const common = {
    name: ref.name,
    type: "numeric",
    test: KS_TEST.id,
    effectSizeName: KS_TEST.effectSize.id,
    referenceCount: a.length,
    recentCount: b.length,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    ...ref.invalid ? { referenceInvalid: ref.invalid } : {},
    ...rec.invalid ? { recentInvalid: rec.invalid } : {}
  };
  if (a.length === 0 || b.length === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${a.length === 0 ? "reference" : "recent"} data`
    };
  }
  const ks = ksTestSorted(a, b, { method: config.ksMethod });
  if (Number.isNaN(ks.pValue)) {
    return {
      ...common,
      statistic: ks.statistic,
      pValue: Number.NaN,
      method: ks.method,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: "the asymptotic KS p-value is undefined with one value per sample (use the exact method)"
    };
  }
  const mean = ref.mean;
  const std = ref.standardDeviation;
  return {
    ...common,
    statistic: ks.statistic,
    pValue: ks.pValue,
    method: ks.method,
    effectSize: ks.statistic,
    referenceMean: mean,
    referenceStd: std,
    recentMean: rec.mean,
    referenceMedian: quantileOf(a)(0.5),
    recentMedian: quantileOf(b)(0.5),
    // An infinite reference value leaves no finite mean to measure z-scores against.
    ...Number.isFinite(mean) && Number.isFinite(std) ? {
      outlierShare: zScoreOutlierShare(mean, std, b, config.outlierZScore).share,
      referenceOutlierShare: zScoreOutlierShare(mean, std, a, config.outlierZScore).share,
      ...commonOutlier(b, mean, std, config.outlierZScore)
    } : {},
    distribution: numericDistribution(a, b)
  };
}
function commonOutlier(sorted, mean, std, threshold) {
  let best;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    if (!(Math.abs(v - mean) / std > threshold)) {
      run = 0;
      continue;
    }
    run = i > 0 && sorted[i - 1] === v ? run + 1 : 1;
    if (run > 1 && (!best || run > best.count)) best = { value: v, count: run };
  }
  return best ? { recentOutlierValue: best } : {};
}
function numericDistribution(a, b) {
  return overlayHistogram(sortedSide(a, quantileOf(a)), sortedSide(b, quantileOf(b)));
}
function quantileOf(sorted) {
  return (p) => quantileSorted(sorted, p);
}
function compareCategorical(ref, rec) {
  const refCounts = new Map(ref.categories.map((label, i) => [label, ref.counts[i]]));
  const recCounts = new Map(rec.categories.map((label, i) => [label, rec.counts[i]]));
  const labels = [...ref.categories];
  const newList = cappedList();
  for (const label of rec.categories) {
    if (refCounts.has(label)) continue;
    labels.push(label);
    newList.add(label);
  }
  const vanishedList = cappedList();
  for (const label of ref.categories) if (!recCounts.has(label)) vanishedList.add(label);
  const a = labels.map((l) => refCounts.get(l) ?? 0);
  const b = labels.map((l) => recCounts.get(l) ?? 0);
  const referenceCount = a.reduce((s, x) => s + x, 0);
  const recentCount = b.reduce((s, x) => s + x, 0);
  const common = {
    name: ref.name,
    type: "categorical",
    test: CHI_SQUARE_TEST.id,
    effectSizeName: CHI_SQUARE_TEST.effectSize.id,
    referenceCount,
    recentCount,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    newCategories: newList.values,
    vanishedCategories: vanishedList.values,
    ...newList.count > newList.values.length ? { newCategoryCount: newList.count } : {},
    ...vanishedList.count > vanishedList.values.length ? { vanishedCategoryCount: vanishedList.count } : {}
  };
  if (referenceCount === 0 || recentCount === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${referenceCount === 0 ? "reference" : "recent"} data`
    };
  }
  const pooled = poolRareCategories(a, b);
  const chi = chiSquareContingency([pooled.a, pooled.b]);
  return {
    ...common,
    statistic: chi.statistic,
    pValue: chi.pValue,
    effectSize: totalVariationDistance(pooled.a, pooled.b),
    cramersV: pooled.a.length > 1 ? cramersV([pooled.a, pooled.b]) : 0,
    ...pooled.pooled.length > 0 ? { pooledCategories: pooled.pooled.length } : {},
    distribution: categoricalDistribution(labels, a, b, referenceCount, recentCount)
  };
}
function categoricalDistribution(labels, a, b, totalA, totalB) {
  const order = labels.map((_, i) => i).sort((i, j) => a[i] / totalA + b[i] / totalB - (a[j] / totalA + b[j] / totalB));
  order.reverse();
  const shown = order.slice(0, MAX_CHART_CATEGORIES);
  const rest = order.slice(MAX_CHART_CATEGORIES);
  const distribution = {
    labels: shown.map((i) => labels[i]),
    reference: shown.map((i) => a[i] / totalA),
    recent: shown.map((i) => b[i] / totalB)
  };
  if (rest.length > 0) {
    distribution.labels.push(`(${rest.length} other)`);
    distribution.reference.push(rest.reduce((s, i) => s + a[i], 0) / totalA);
    distribution.recent.push(rest.reduce((s, i) => s + b[i], 0) / totalB);
  }
  return distribution;
}

// src/detect/examine-column-pair.ts
function examineColumnPair(reference, recent, config, workspace2) {
  return examineProfiles(
    profileColumn(reference, workspace2?.reference),
    () => profileColumn(recent, workspace2?.recent),
    config
  );
}

// src/detect/feature-worker.ts
var workspace = { reference: {}, recent: {} };
parentPort?.on("message", (job) => {
  try {
    const result = examineColumnPair(job.reference, job.recent, job.config, workspace);
    parentPort?.postMessage({ index: job.index, result });
  } catch (error) {
    parentPort?.postMessage({ index: job.index, error: error.message });
  }
});
