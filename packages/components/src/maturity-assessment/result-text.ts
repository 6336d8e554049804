import type { AssessmentScore, Framework, Locale } from '@club-inne/core';
import { formatNumber } from '../messages/format.js';
import type { AssessmentTexts } from './assessment-texts.js';
import { caption } from '../maturity-radar/radar.template.js';

/**
 * The result as plain text, for "Copier le résultat": what a person pastes into an e-mail or
 * a report, with the same figures and sentences as the page.
 */
export function resultText(
  result: AssessmentScore,
  grid: Framework,
  t: AssessmentTexts,
  locale: Locale,
  last: number | undefined,
): string {
  const r = t.maturity.radar;
  const m = t.maturity.result;
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const items = (title: string, lines: string[]) =>
    lines.length ? ['', `${title}${colon}`, ...lines.map((l) => `- ${l}`)] : [];
  const next = result.nextStage;
  const total = result.criteria.length;
  return [
    `${grid.label[locale]} (v${grid.version})`,
    ...caption(result, { t, locale, last }),
    ...items(
      r.caption,
      result.dimensions.map((d) =>
        r.part(d.label[locale], d.score === null ? r.na : formatNumber(locale, d.score)),
      ),
    ),
    ...(next
      ? items(
          m.blocking(next.index, next.label[locale]),
          result.blocking.map((b) => b.message[locale]),
        )
      : []),
    ...items(
      m.moves,
      result.nextMoves.map((move) => move.message[locale]),
    ),
    '',
    t.maturity.form.progress(total - result.unanswered.length, total),
  ].join('\n');
}
