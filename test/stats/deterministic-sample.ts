/**
 * Deterministic pseudo-random columns shared with `scripts/vectors/stats.py`
 * (`deterministic_sample`), so the tests can use 10^5-value inputs without committing
 * them. Only integer arithmetic, exact divisions by powers of two and correctly rounded
 * + - × are used, so TypeScript and Python produce bit-identical doubles.
 */

/** Parameters of a sample, as stored in the fixtures. */
export interface SampleSpec {
  readonly seed: number;
  readonly length: number;
  readonly center: number;
  readonly scale: number;
  readonly spikeShare: number;
  readonly missingShare: number;
}

/** Numerical Recipes 32-bit LCG; `uniform()` takes 53 bits from two draws. */
class Lcg {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  nextUint32(): number {
    this.#state = (Math.imul(this.#state, 1664525) + 1013904223) >>> 0;
    return this.#state;
  }

  uniform(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }
}

/**
 * A bell-shaped column (sum of four uniforms) around `center` with `scale`, a
 * `spikeShare` of values spread up to ±10 scales, and a `missingShare` of NaN.
 */
export function deterministicSample(spec: SampleSpec): Float64Array {
  const rng = new Lcg(spec.seed);
  const values = new Float64Array(spec.length);
  for (let i = 0; i < spec.length; i++) {
    const bump = rng.uniform() + rng.uniform() + rng.uniform() + rng.uniform() - 2;
    let value = spec.center + spec.scale * bump;
    const roll = rng.uniform();
    if (roll < spec.missingShare) {
      value = NaN;
    } else if (roll < spec.missingShare + spec.spikeShare) {
      value = spec.center + spec.scale * 10 * (rng.uniform() - 0.5) * 2;
    }
    values[i] = value;
  }
  return values;
}
