import type { AssessmentScore, BidRanking, Framework, Locale } from '@club-inne/core';
import { number } from '../words.js';

// The text reports of `inne score`: what a project team reads after a self-diagnosis, and what
// a buyer keeps to justify a tender's ranking. The sentences come from core, in the chosen
// language; this file only lays them out.

const words = {
  fr: {
    overall: 'Score global',
    stage: 'Étape',
    byScore: 'le score seul atteindrait l’étape',
    dimensions: 'Dimensions',
    weight: 'poids',
    na: 'sans objet',
    blocks: 'Ce qui bloque l’étape',
    top: 'Étape la plus haute atteinte.',
    moves: 'Pistes de travail',
    capped: 'Niveaux plafonnés faute de preuve',
    declared: 'déclaré',
    counted: 'retenu',
    needs: 'demande',
    unanswered: 'Sans réponse (comptés 0)',
    unknown: 'Critères absents de la grille, ignorés',
    declaredShare: 'Part déclarative',
    declaredShareText: 'des points reposent sur la seule déclaration',
    criteria: 'Critères',
    total: 'Total',
    points: 'points',
    ratio: 'prix le plus bas ÷ prix de l’offre',
    noPrice: 'prix non fourni (--price)',
    ranking: 'Classement des offres',
    justification: 'Justification, critère par critère',
    tie: 'Ex aequo\u00a0: la règle de départage publiée avec le marché décide.',
  },
  en: {
    overall: 'Overall score',
    stage: 'Stage',
    byScore: 'the score alone would reach stage',
    dimensions: 'Dimensions',
    weight: 'weight',
    na: 'not applicable',
    blocks: 'What blocks stage',
    top: 'Highest stage reached.',
    moves: 'What to work on',
    capped: 'Levels capped for lack of evidence',
    declared: 'declared',
    counted: 'counted',
    needs: 'needs',
    unanswered: 'Not answered (counted 0)',
    unknown: 'Criteria the grid does not have, ignored',
    declaredShare: 'Declared share',
    declaredShareText: 'of the points rest on declaration alone',
    criteria: 'Criteria',
    total: 'Total',
    points: 'points',
    ratio: "lowest price ÷ this bid's price",
    noPrice: 'no price given (--price)',
    ranking: 'Ranking of the bids',
    justification: 'Justification, criterion by criterion',
    tie: 'Tied: the tie-break rule published with the tender decides.',
  },
} as const;

const evidenceWords = {
  fr: {
    none: 'aucune preuve',
    declared: 'une déclaration',
    document: 'un document',
    'third-party': 'une attestation tierce',
  },
  en: {
    none: 'no evidence',
    declared: 'a declaration',
    document: 'a document',
    'third-party': 'third-party evidence',
  },
} as const;

/** « Score global : 45,6 » in French, "Overall score: 45.6" in English. */
const colon = (lang: Locale) => (lang === 'fr' ? '\u00a0: ' : ': ');

const percent = (share: number, lang: Locale) =>
  `${number(share * 100, lang, 0)}${lang === 'fr' ? '\u202f%' : '%'}`;

const bar = (score: number) => {
  const full = Math.round(score / 5);
  return '█'.repeat(full) + '░'.repeat(20 - full);
};

/** Pads to a width counted in characters as people see them. */
const pad = (text: string, width: number) =>
  text + ' '.repeat(Math.max(1, width - [...text].length));
const widest = (texts: string[]) => Math.max(0, ...texts.map((t) => [...t].length)) + 3;

/** The grid's name and version, the first line of every report. */
export const gridLine = (grid: Framework, lang: Locale) =>
  `${grid.label[lang]} (${grid.id} v${grid.version})`;

/** One diagnostic: scores, stage, what blocks the next one, what to work on. */
export function assessmentReport(r: AssessmentScore, grid: Framework, lang: Locale): string {
  const w = words[lang];
  const c = colon(lang);
  const lines = [gridLine(grid, lang), '', `${w.overall}${c}${number(r.overall, lang)} / 100`];
  if (r.stage) {
    const byScore =
      r.scoreStage && r.scoreStage.index !== r.stage.index
        ? ` (${w.byScore} ${r.scoreStage.index})`
        : '';
    lines.push(`${w.stage} ${r.stage.index} — ${r.stage.label[lang]}${byScore}`);
  }
  const width = widest(r.dimensions.map((d) => d.label[lang]));
  lines.push('', w.dimensions);
  for (const d of r.dimensions) {
    const score =
      d.score === null ? pad(w.na, 27) : `${number(d.score, lang).padStart(5)}  ${bar(d.score)}`;
    lines.push(`  ${pad(d.label[lang], width)}${score}  (${w.weight} ${d.weight})`);
  }
  if (r.nextStage) {
    lines.push('', `${w.blocks} ${r.nextStage.index} — ${r.nextStage.label[lang]}`);
    for (const b of r.blocking) lines.push(`  • ${b.message[lang]}`);
  } else if (r.stage) {
    lines.push('', w.top);
  }
  if (r.nextMoves.length) {
    lines.push('', w.moves);
    r.nextMoves.forEach((m, i) => lines.push(`  ${i + 1}. ${m.message[lang]}`));
  }
  if (r.capped.length) {
    lines.push('', w.capped);
    for (const x of r.capped) {
      const name = r.criteria.find((k) => k.id === x.criterion)!.label[lang];
      const label = lang === 'fr' ? `«\u00a0${name}\u00a0»` : `“${name}”`;
      const needs = evidenceWords[lang][x.requires];
      lines.push(
        `  • ${label}${c}${x.declared} ${w.declared}, ${x.level} ${w.counted} (${w.needs} ${needs})`,
      );
    }
  }
  if (r.unanswered.length) lines.push('', `${w.unanswered}${c}${r.unanswered.join(', ')}`);
  if (r.unknown.length) lines.push('', `${w.unknown}${c}${r.unknown.join(', ')}`);
  if (grid.evidence?.caps.length) {
    lines.push(
      '',
      `${w.declaredShare}${c}${percent(r.declaredShare, lang)} ${w.declaredShareText}`,
    );
  }
  return lines.join('\n');
}

/** One bid scored with an award grid: its points on each criterion, out of the criterion's. */
export function bidReport(r: AssessmentScore, grid: Framework, lang: Locale): string {
  const w = words[lang];
  const width = widest(r.criteria.map((k) => k.label[lang]));
  const lines = [gridLine(grid, lang), '', w.criteria];
  for (const k of r.criteria) {
    const dimension = grid.dimensions.find((d) => d.id === k.dimension)!;
    const max = dimension.weight / dimension.criteria.length;
    const price =
      k.ratio === undefined
        ? ''
        : `   (${r.unanswered.includes(k.id) ? w.noPrice : `${w.ratio} = ${number(k.ratio, lang, 3)}`})`;
    lines.push(
      `  ${pad(k.label[lang], width)}${number(k.points, lang, 2).padStart(6)} / ${number(max, lang, 2)}${price}`,
    );
  }
  const total = r.criteria.reduce((s, k) => s + k.points, 0);
  lines.push('', `${w.total}${colon(lang)}${number(total, lang, 2)} / 100 ${w.points}`);
  return lines.join('\n');
}

/** Several bids ranked: the ranking, then each bid's points criterion by criterion. */
export function rankingReport(r: BidRanking, grid: Framework, lang: Locale): string {
  const w = words[lang];
  const names = r.ranking.map((b) => b.label ?? b.id);
  const width = widest(names);
  const lines = [gridLine(grid, lang), '', w.ranking];
  r.ranking.forEach((b, i) => {
    lines.push(
      `  ${String(b.rank).padStart(2)}. ${pad(names[i]!, width)}${number(b.total, lang, 2).padStart(6)} ${w.points}`,
    );
  });
  if (r.ranking.some((b) => b.tiedWith.length > 0)) lines.push('', w.tie);
  lines.push('', w.justification);
  for (const b of r.ranking) lines.push(`  • ${b.justification[lang]}`);
  return lines.join('\n');
}
