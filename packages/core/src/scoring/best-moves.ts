import type { Localized } from '../i18n/locale.js';
import type { Evidence } from '../vocabulary/vocabulary.js';
import { evidenceKinds } from '../vocabulary/vocabulary.js';
import { NA, UNANSWERED } from './evaluate.js';
import type { Evaluation, Level } from './evaluate.js';
import { backedWords, proveWords } from './evidence-words.js';
import { phrase, remember } from './framework-index.js';
import type { CompiledStage } from './framework-index.js';
import { EPSILON, formatPoints, roundTo } from './numbers.js';
import type { Unmet } from './stage-gates.js';

/** One answer whose rise would gain the most points or unblock the next stage. */
export interface Move {
  criterion: string;
  /** `raise`: a higher level. `evidence`: the level already declared, with the evidence it lacks. */
  kind: 'raise' | 'evidence';
  /** The level counted now. */
  from: number;
  /** The level counted after the move. */
  to: Level;
  /** The evidence the new level needs, when the one held would cap it. */
  evidence?: Evidence;
  /** Overall points gained, rounded to one decimal. */
  gain: number;
  /** How many unmet conditions of the next stage the move meets. */
  lifts: number;
  /** The stage this move alone would reach, when it meets every unmet condition. */
  unblocks: Readonly<{ index: number; label: Localized }> | null;
  message: Localized;
}

interface Candidate {
  i: number;
  kind: Move['kind'];
  to: Level;
  /** Evidence rank the move needs, or −1. */
  need: number;
  gain: number;
  lifts: number;
}

/**
 * The unmet conditions laid out by what one move could meet: each criterion's and each
 * dimension's required values (at most two each: an explicit condition and an "every…" one),
 * so that weighing a move reads two slots instead of every condition.
 */
export interface Targets {
  overall: number;
  criterionA: number[];
  criterionB: number[];
  dimensionA: number[];
  dimensionB: number[];
}

function targets(ev: Evaluation, unmet: Unmet[]): Targets {
  // Made once per grid, −1 in every slot between calls (`clear` puts back what is set here).
  const { scratch, ids, sizes } = ev.index;
  const t = (scratch.targets ??= {
    overall: -1,
    criterionA: ids.map(() => -1),
    criterionB: ids.map(() => -1),
    dimensionA: sizes.map(() => -1),
    dimensionB: sizes.map(() => -1),
  });
  t.overall = -1;
  for (const u of unmet) {
    if (u.kind === 'overall') t.overall = u.required;
    else if (u.criterion >= 0) {
      if (t.criterionA[u.criterion] === -1) t.criterionA[u.criterion] = u.required;
      else t.criterionB[u.criterion] = u.required;
    } else if (t.dimensionA[u.dimension] === -1) t.dimensionA[u.dimension] = u.required;
    else t.dimensionB[u.dimension] = u.required;
  }
  return t;
}

/**
 * Puts back the slots `targets` filled, leaving every slot −1 for the next call: cheaper than
 * clearing whole arrays with `fill` each time (a builtin call costs more than these few writes).
 */
function clear(t: Targets, unmet: Unmet[]): void {
  for (const u of unmet) {
    if (u.criterion >= 0) t.criterionA[u.criterion] = t.criterionB[u.criterion] = -1;
    else if (u.dimension >= 0) t.dimensionA[u.dimension] = t.dimensionB[u.dimension] = -1;
  }
}

/** How many of the unmet conditions a move meets (all the others stay as they are). */
function lifts(ev: Evaluation, t: Targets, i: number, to: number, gain: number): number {
  let count = 0;
  if (t.overall >= 0 && ev.overall + gain + EPSILON >= t.overall) count++;
  const a = t.criterionA[i]!;
  const b = t.criterionB[i]!;
  if (a >= 0 && to >= a) count++;
  if (b >= 0 && to >= b) count++;
  const d = ev.index.dimensionOf[i]!;
  const da = t.dimensionA[d]!;
  const db = t.dimensionB[d]!;
  if (da >= 0 || db >= 0) {
    const score = ev.dimensionScores[d]! + (100 * (to - ev.held[i]!)) / (4 * ev.applicable[d]!);
    if (da >= 0 && score + EPSILON >= da) count++;
    if (db >= 0 && score + EPSILON >= db) count++;
  }
  return count;
}

/** Whether a move (given by its numbers) is worth more than candidate b. */
function beats(ev: Evaluation, lifts: number, gain: number, step: number, i: number, b: Candidate) {
  if (lifts !== b.lifts) return lifts > b.lifts;
  if (gain !== b.gain) return gain > b.gain;
  const stepB = b.to - ev.held[b.i]!;
  return step !== stepB ? step < stepB : i < b.i;
}

/**
 * The few moves worth most: first those that unblock the next stage, then those that meet
 * more of its conditions, then the largest gain; ties keep the grid's order, so the advice is
 * the same on every run. A move raises one criterion by one level (or straight to the level a
 * gate requires), or backs an already declared level with the evidence it lacks.
 */
export function bestMoves(
  ev: Evaluation,
  next: CompiledStage | undefined,
  unmet: Unmet[],
  limit = 3,
): Move[] {
  const { index, held, declared } = ev;
  if (index.award) return [];
  const evidenceFor = index.caps.evidenceFor;
  const t = unmet.length > 0 ? targets(ev, unmet) : null;
  // The best `limit` candidates, kept in order as they come (no sort of every criterion).
  const top: Candidate[] = [];
  for (let i = 0; i < held.length; i++) {
    const h = held[i]!;
    if (h === NA || h >= 4 || i === index.price) continue;
    const said = declared[i]!;
    let kind: Move['kind'] = 'raise';
    let to = h + 1;
    if (said > h) {
      kind = 'evidence';
      to = said;
    } else if (t) {
      to = Math.max(to, t.criterionA[i]!, t.criterionB[i]!);
    }
    const gain = (to - h) * ev.levelPoints[index.dimensionOf[i]!]!;
    const met = t ? lifts(ev, t, i, to, gain) : 0;
    if (gain <= 0 && met === 0) continue;
    const step = to - h;
    // Most criteria do not make the top: compare before allocating anything.
    if (top.length === limit && !beats(ev, met, gain, step, i, top[limit - 1]!)) continue;
    let k = Math.min(top.length, limit - 1);
    while (k > 0 && beats(ev, met, gain, step, i, top[k - 1]!)) {
      top[k] = top[k - 1]!;
      k--;
    }
    const need = evidenceFor[to]! > ev.evidence[i]! ? evidenceFor[to]! : -1;
    top[k] = { i, kind, to: to as Level, need, gain, lifts: met };
  }
  if (t) clear(t, unmet);
  const moves: Move[] = [];
  for (const c of top) moves.push(describe(c, ev, next, unmet.length));
  return moves;
}

/** A level descriptor in parentheses, or in quotes when it has parentheses of its own. */
function aside(text: string | undefined, open: string, close: string): string {
  if (!text) return '';
  return text.includes('(') ? ` ${open}${text}${close}` : ` (${text})`;
}

function describe(
  c: Candidate,
  ev: Evaluation,
  next: CompiledStage | undefined,
  total: number,
): Move {
  const from = ev.held[c.i]!;
  const gain = roundTo(c.gain, 1);
  const unblocks = next && total > 0 && c.lifts === total ? next : undefined;
  const head = headWords(c, ev, from);
  const points = pointWords(ev, gain);
  const tail = tailWords(ev, c.lifts, unblocks, next, total);
  const move: Move = {
    criterion: ev.index.ids[c.i]!,
    kind: c.kind,
    from,
    to: c.to,
    gain,
    lifts: c.lifts,
    unblocks: unblocks ? unblocks.ref : null,
    message: {
      fr: head.fr + '\u00a0: ' + points.fr + tail.fr,
      en: head.en + ': ' + points.en + tail.en,
    },
  };
  if (c.need >= 0) move.evidence = evidenceKinds[c.need]!;
  return move;
}

// A move's sentence is made of three parts, each worded once per grid and then looked up by
// a small whole number (arrays and small keys: the fastest lookups there are).

/** `Passer « Effets utiles » de 0 à 1 (implicites, en interne)`, by criterion and move. */
function headWords(c: Candidate, ev: Evaluation, from: number): Localized {
  const unanswered = ev.declared[c.i] === UNANSWERED;
  const kind = c.kind === 'raise' ? 0 : 1;
  const at = (((kind * 5 + from) * 5 + c.to) * 5 + c.need + 1) * 2 + (unanswered ? 1 : 0);
  const heads = ((ev.index.moveHeads ??= [])[c.i] ??= new Array<Localized | undefined>(500));
  const cached = heads[at];
  if (cached) return cached;
  const criterion = ev.index.criteria[c.i]!;
  let head: Localized;
  if (c.kind === 'evidence') {
    const prove = proveWords(c.need, criterion.label);
    head = {
      fr: `${prove.fr} (${c.to} déclaré, ${from} retenu)`,
      en: `${prove.en} (${c.to} declared, ${from} counted)`,
    };
  } else {
    const was = unanswered ? { fr: ' (sans réponse)', en: ' (not answered)' } : { fr: '', en: '' };
    const level = criterion.levels?.[c.to];
    const backed = c.need >= 0 ? backedWords(c.need) : null;
    head = {
      fr: `Passer «\u00a0${criterion.label.fr}\u00a0» de ${from}${was.fr} à ${c.to}${aside(level?.fr, '«\u00a0', '\u00a0»')}${backed ? `, ${backed.fr}` : ''}`,
      en: `Raise “${criterion.label.en}” from ${from}${was.en} to ${c.to}${aside(level?.en, '“', '”')}${backed ? `, ${backed.en}` : ''}`,
    };
  }
  heads[at] = head;
  return head;
}

/** « +1,7 point », by tenths of a point (0 to 100 points). */
function pointWords(ev: Evaluation, gain: number): Localized {
  const at = Math.round(gain * 10);
  const words = (ev.index.movePoints ??= new Array<Localized | undefined>(1001));
  const cached = words[at];
  if (cached) return cached;
  const points = { fr: formatPoints(gain, 'fr', true), en: formatPoints(gain, 'en', true) };
  words[at] = points;
  return points;
}

const noTail: Localized = Object.freeze({ fr: '', en: '' });

/** « ; débloque l’étape 2, « Offre d’usage » » or « ; remplit 1 des 3 conditions… ». */
function tailWords(
  ev: Evaluation,
  lifts: number,
  unblocks: CompiledStage | undefined,
  next: CompiledStage | undefined,
  total: number,
): Localized {
  if (unblocks) {
    return (
      phrase(ev.index, 1 + unblocks.index) ??
      remember(ev.index, 1 + unblocks.index, {
        fr: `\u202f; débloque l’étape ${unblocks.index}, «\u00a0${unblocks.ref.label.fr}\u00a0»`,
        en: `; unlocks stage ${unblocks.index}, “${unblocks.ref.label.en}”`,
      })
    );
  }
  if (!next || lifts === 0) return noTail;
  // A move meets at most 5 conditions (overall, its dimension's two, its criterion's two).
  const key = total < 4096 ? 64 + (next.index * 8 + lifts) * 4096 + total : null;
  return (
    phrase(ev.index, key) ??
    remember(ev.index, key, {
      fr: `\u202f; remplit ${lifts} des ${total} conditions de l’étape ${next.index}`,
      en: `; meets ${lifts} of the ${total} conditions for stage ${next.index}`,
    })
  );
}
