import type { Localized } from '../i18n/locale.js';
import type { Evidence } from '../vocabulary/vocabulary.js';
import { evidenceKinds } from '../vocabulary/vocabulary.js';
import { NA } from './evaluate.js';
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

/** How many of the unmet conditions a move meets (all the others stay as they are). */
function lifts(ev: Evaluation, unmet: Unmet[], i: number, to: number, gain: number): number {
  const d = ev.index.dimensionOf[i]!;
  const step = to - ev.held[i]!;
  let count = 0;
  for (const u of unmet) {
    if (u.kind === 'overall') {
      if (ev.overall + gain + EPSILON >= u.required) count++;
    } else if (u.criterion >= 0) {
      if (u.criterion === i && to >= u.required) count++;
    } else if (u.dimension === d) {
      const score = ev.dimensionScores[d]! + (100 * step) / (4 * ev.applicable[d]!);
      if (score + EPSILON >= u.required) count++;
    }
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
  // The best `limit` candidates, kept in order as they come (no sort of every criterion).
  const top: Candidate[] = [];
  for (let i = 0; i < held.length; i++) {
    const h = held[i]!;
    if (h === NA || h >= 4 || i === index.price) continue;
    const said = declared[i];
    let kind: Move['kind'] = 'raise';
    let to = h + 1;
    if (typeof said === 'number' && said > h) {
      kind = 'evidence';
      to = said;
    } else {
      for (const u of unmet) if (u.criterion === i && u.required > to) to = u.required;
    }
    const gain = (to - h) * ev.levelPoints[index.dimensionOf[i]!]!;
    const met = unmet.length > 0 ? lifts(ev, unmet, i, to, gain) : 0;
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
  return top.map((c) => describe(c, ev, next, unmet.length));
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
  const unanswered = ev.declared[c.i] === null;
  // One number says everything the sentence depends on (a string key costs more to build).
  const after = unblocks
    ? 1 + unblocks.index
    : next && c.lifts > 0
      ? 64 + (next.index * 64 + c.lifts) * 64 + total
      : 0;
  const words = (((c.i * 2 + (c.kind === 'raise' ? 0 : 1)) * 5 + from) * 5 + c.to) * 5 + c.need + 1;
  const key = ((words * 2 + (unanswered ? 1 : 0)) * 1001 + Math.round(gain * 10)) * 2 ** 20 + after;
  const move: Move = {
    criterion: ev.index.ids[c.i]!,
    kind: c.kind,
    from,
    to: c.to,
    gain,
    lifts: c.lifts,
    unblocks: unblocks ? unblocks.ref : null,
    message:
      phrase(ev.index, key) ??
      remember(ev.index, key, sentence(c, ev, from, gain, unanswered, unblocks, next, total)),
  };
  if (c.need >= 0) move.evidence = evidenceKinds[c.need]!;
  return move;
}

function sentence(
  c: Candidate,
  ev: Evaluation,
  from: number,
  gain: number,
  unanswered: boolean,
  unblocks: CompiledStage | undefined,
  next: CompiledStage | undefined,
  total: number,
): Localized {
  const criterion = ev.index.criteria[c.i]!;
  let tail = { fr: '', en: '' };
  if (unblocks) {
    tail = {
      fr: ` ; débloque l'étape ${unblocks.index}, « ${unblocks.stage.label.fr} »`,
      en: `; unlocks stage ${unblocks.index}, “${unblocks.stage.label.en}”`,
    };
  } else if (next && c.lifts > 0) {
    tail = {
      fr: ` ; remplit ${c.lifts} des ${total} conditions de l'étape ${next.index}`,
      en: `; meets ${c.lifts} of the ${total} conditions for stage ${next.index}`,
    };
  }
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
      fr: `Passer “${criterion.label.fr}” de ${from}${was.fr} à ${c.to}${aside(level?.fr, '« ', ' »')}${backed ? `, ${backed.fr}` : ''}`,
      en: `Raise “${criterion.label.en}” from ${from}${was.en} to ${c.to}${aside(level?.en, '“', '”')}${backed ? `, ${backed.en}` : ''}`,
    };
  }
  return {
    fr: `${head.fr} : ${formatPoints(gain, 'fr', true)}${tail.fr}`,
    en: `${head.en}: ${formatPoints(gain, 'en', true)}${tail.en}`,
  };
}
