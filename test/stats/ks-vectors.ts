/**
 * Loader for test/fixtures/vectors/ks.json (written by scripts/vectors/ks.py) and the
 * sample generator both sides share, so large samples need not be stored.
 */
import { readFileSync } from 'node:fs';

/** A generated sample: Park-Miller minstd LCG then a shape, or an even grid. */
export interface SampleSpec {
  seed: number;
  n: number;
  kind: 'uniform' | 'bell' | 'int' | 'grid';
  lo?: number;
  hi?: number;
  loc?: number;
  scale?: number;
  k?: number;
  offset?: number;
}

/** Stored value: a number, or 'Infinity' / '-Infinity' (JSON has no infinities). */
export type StoredValue = number | 'Infinity' | '-Infinity';

export interface KsVector {
  name: string;
  method: 'auto' | 'exact' | 'asymp';
  statistic: number;
  /** null where SciPy answers NaN. */
  pValue: number | null;
  methodUsed: 'exact' | 'asymp';
  warned: boolean;
  a: StoredValue[] | SampleSpec;
  b: StoredValue[] | SampleSpec;
}

export interface KsVectorFile {
  scipy: string;
  ks2samp: KsVector[];
  /** [x, n, kstwo.sf(x, n)] */
  kstwoSf: [number, number, number][];
}

export function loadKsVectors(): KsVectorFile {
  const url = new URL('../fixtures/vectors/ks.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as KsVectorFile;
}

const MINSTD_MODULUS = 2147483647;
const MINSTD_MULTIPLIER = 48271;

/** Same operations, same order as `generate` in scripts/vectors/ks.py. */
export function generateSample(spec: SampleSpec): Float64Array {
  let state = spec.seed;
  const nextU = (): number => {
    // state * 48271 < 2^47: exact in a double, like Python's integers.
    state = (state * MINSTD_MULTIPLIER) % MINSTD_MODULUS;
    return state / MINSTD_MODULUS;
  };
  const out = new Float64Array(spec.n);
  for (let i = 0; i < spec.n; i++) {
    if (spec.kind === 'grid') {
      out[i] = spec.lo! + (spec.hi! - spec.lo!) * ((i + spec.offset!) / spec.n);
    } else if (spec.kind === 'uniform') {
      const u = nextU();
      out[i] = spec.lo! + (spec.hi! - spec.lo!) * u;
    } else if (spec.kind === 'bell') {
      let s = nextU();
      s = s + nextU();
      s = s + nextU();
      s = s + nextU();
      out[i] = spec.loc! + spec.scale! * (s - 2);
    } else {
      const u = nextU();
      out[i] = Math.floor(u * spec.k!) + spec.lo!;
    }
  }
  return out;
}

export function materialize(values: StoredValue[] | SampleSpec): Float64Array {
  if (!Array.isArray(values)) return generateSample(values);
  return Float64Array.from(values, (v) =>
    v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v,
  );
}

/** |got - want| <= 1e-9 |want|, or <= 1e-300 for p-values that underflow; NaN matches null. */
export function closeToReference(got: number, want: number | null): boolean {
  if (want === null) return Number.isNaN(got);
  const err = Math.abs(got - want);
  return err <= 1e-9 * Math.abs(want) || err <= 1e-300;
}
