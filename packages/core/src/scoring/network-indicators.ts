import type { Actor } from '../schema/actor.js';
import type { Link } from '../schema/link.js';
import type { ActorKind } from '../vocabulary/vocabulary.js';

/**
 * The cooperation network of a feed, as social network analysis reads it. A ratio whose
 * denominator is zero (no actor, no pair, one kind) is `null`, never `NaN`.
 */
export interface NetworkIndicators {
  actors: number;
  /** How many actors of each kind. */
  kinds: Partial<Record<ActorKind, number>>;
  /** How many kinds are present (K). */
  actorKinds: number;
  /** Pielou evenness J = −Σ p·ln p / ln K, 0–1; `null` below two kinds. */
  evenness: number | null;
  /** Pairs of actors with at least one link (several links between two actors count once). */
  links: number;
  /** D = 2m / (n(n−1)); `null` below two actors. */
  density: number | null;
  /** The same with each pair weighted by its strongest link's intensity ÷ 4. */
  weightedDensity: number | null;
  /** Share of linked pairs whose actors are of different kinds (désilotage). */
  crossTypeRatio: number | null;
  /** Freeman degree centralisation, 0 (all alike) to 1 (a star); `null` below three actors. */
  centralisation: number | null;
  /** The one best-connected actor, when centralisation reaches the grid's threshold. */
  pivot: { actor: string; degree: number } | null;
}

/**
 * Network indicators of actors and links, unrounded (`scoreEcosystem` rounds them for
 * display and gates on these). Links to unknown actors and self-links are ignored.
 *
 * @example
 * networkIndicators(feed.actors, feed.links, 0.5).weightedDensity;
 */
export function networkIndicators(
  actors: readonly Actor[],
  links: readonly Link[],
  pivotCentralisation: number,
): NetworkIndicators {
  const kindOf = new Map(actors.map((a) => [a.id, a.kind]));
  const n = kindOf.size;
  const kinds: Partial<Record<ActorKind, number>> = {};
  for (const kind of kindOf.values()) kinds[kind] = (kinds[kind] ?? 0) + 1;
  const counts = Object.values(kinds) as number[];
  const K = counts.length;
  const H = -counts.reduce((h, c) => h + (c / n) * Math.log(c / n), 0);

  const pairs = new Map<string, { a: string; b: string; intensity: number }>();
  for (const link of links) {
    if (link.from === link.to || !kindOf.has(link.from) || !kindOf.has(link.to)) continue;
    const [a, b] = link.from < link.to ? [link.from, link.to] : [link.to, link.from];
    const key = `${a} ${b}`;
    const pair = pairs.get(key);
    if (!pair) pairs.set(key, { a, b, intensity: link.intensity });
    else pair.intensity = Math.max(pair.intensity, link.intensity);
  }
  const degree = new Map<string, number>();
  let weight = 0;
  let cross = 0;
  for (const { a, b, intensity } of pairs.values()) {
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
    weight += intensity / 4;
    if (kindOf.get(a) !== kindOf.get(b)) cross++;
  }
  const possible = (n * (n - 1)) / 2;
  const m = pairs.size;

  let centralisation: number | null = null;
  let pivot: NetworkIndicators['pivot'] = null;
  if (n >= 3) {
    let max = 0;
    let top: string[] = [];
    for (const id of kindOf.keys()) {
      const d = degree.get(id) ?? 0;
      if (d > max) [max, top] = [d, [id]];
      else if (d === max) top.push(id);
    }
    let spread = 0;
    for (const id of kindOf.keys()) spread += max - (degree.get(id) ?? 0);
    centralisation = spread / ((n - 1) * (n - 2));
    if (max > 0 && top.length === 1 && centralisation >= pivotCentralisation) {
      pivot = { actor: top[0]!, degree: max };
    }
  }

  return {
    actors: n,
    kinds,
    actorKinds: K,
    evenness: K >= 2 ? H / Math.log(K) : null,
    links: m,
    density: possible > 0 ? m / possible : null,
    weightedDensity: possible > 0 ? weight / possible : null,
    crossTypeRatio: m > 0 ? cross / m : null,
    centralisation,
    pivot,
  };
}
