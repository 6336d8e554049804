import type { Evidence } from '../vocabulary/vocabulary.js';
import type { EvidenceCap } from './framework-schema.js';

/** none 0, declared 1, document 2, third-party 3: the order evidence grows in; −1 if unknown. */
export function evidenceRank(e: Evidence): number {
  // A switch, not evidenceKinds.indexOf: it runs for every answer of every assessment.
  switch (e) {
    case 'none':
      return 0;
    case 'declared':
      return 1;
    case 'document':
      return 2;
    case 'third-party':
      return 3;
    default:
      return -1;
  }
}

/** A missing evidence counts as `declared` (model, "Precise rules"). */
export const assumedEvidence: Evidence = 'declared';

export interface CapTable {
  /** Counted level by `level * 4 + evidence rank`. */
  counted: Uint8Array;
  /** Least evidence rank for each level 0–4 to count in full. */
  evidenceFor: number[];
}

/**
 * The evidence caps of a grid as a lookup table. A cap `{ from: 3, requires: 'document' }`
 * makes any level ≥ 3 count as 2 unless the evidence is at least a document; caps combine
 * (declared 4 in efc-ect counts as 2). Capping at `from − 1` is what keeps the score
 * monotonic: more evidence, or a higher level, never counts for less.
 */
export function capTable(caps: readonly EvidenceCap[]): CapTable {
  const counted = new Uint8Array(5 * 4);
  const evidenceFor = [0, 0, 0, 0, 0];
  for (let level = 0; level <= 4; level++) {
    for (const cap of caps) {
      if (cap.from <= level) {
        evidenceFor[level] = Math.max(evidenceFor[level]!, evidenceRank(cap.requires));
      }
    }
    for (let rank = 0; rank < 4; rank++) {
      let held = level;
      for (const cap of caps) {
        if (cap.from <= level && rank < evidenceRank(cap.requires)) {
          held = Math.min(held, cap.from - 1);
        }
      }
      counted[level * 4 + rank] = held;
    }
  }
  return { counted, evidenceFor };
}
