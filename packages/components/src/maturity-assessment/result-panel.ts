import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AssessmentScore, Locale } from '@club-inne/core';
import type { AssessmentTexts } from './assessment-texts.js';
import { heading } from '../shared/heading.js';

export interface PanelContext {
  t: AssessmentTexts;
  locale: Locale;
  level: number;
  result: AssessmentScore;
}

const list = (items: string[]) =>
  html`<ul>
    ${items.map((i) => html`<li>${i}</li>`)}
  </ul>`;

/**
 * Why the result is what it is, in the order a reader asks: where do I stand (the radar, with
 * the overall score and the stage), what holds me at this stage, what to work on next, which
 * levels did not count for lack of evidence. Every sentence about the grid is core's.
 */
export function resultPanel(ctx: PanelContext): TemplateResult {
  const { t, locale, result } = ctx;
  const m = t.maturity.result;
  const sub = Math.min(ctx.level + 1, 6);
  const label = (id: string) => result.criteria.find((c) => c.id === id)?.label[locale] ?? id;
  const { stage, scoreStage, nextStage } = result;
  return html`<section class="result" part="result">
    ${heading(ctx.level, m.title, 'result-title')}
    <inne-maturity-radar part="radar" .result=${result}></inne-maturity-radar>
    ${
      stage && scoreStage && scoreStage.index > stage.index
        ? html`<p>${m.byScore(scoreStage.index, scoreStage.label[locale])}</p>`
        : nothing
    }
    ${
      stage && nextStage
        ? html`${heading(sub, m.blocking(nextStage.index, nextStage.label[locale]), 'subtitle')}
          ${list(result.blocking.map((b) => b.message[locale]))}`
        : stage
          ? html`<p>${m.top}</p>`
          : html`${heading(sub, m.points, 'subtitle')}
            ${list(result.dimensions.map((d) => m.dimensionPoints(d.label[locale], d.points, d.weight)))}`
    }
    ${
      result.nextMoves.length
        ? html`${heading(sub, m.moves, 'subtitle')}
            <ol>
              ${result.nextMoves.map((move) => html`<li>${move.message[locale]}</li>`)}
            </ol>`
        : nothing
    }
    ${
      result.capped.length
        ? html`${heading(sub, m.capped, 'subtitle')}
          ${list(result.capped.map((c) => m.cappedItem(label(c.criterion), c.declared, c.level, m.needs[c.requires])))}`
        : nothing
    }
    ${
      result.declaredShare > 0
        ? html`<p>${m.declaredShare(Math.round(result.declaredShare * 100))}</p>`
        : nothing
    }
    ${result.unanswered.length ? html`<p class="note">${m.unanswered(result.unanswered.length)}</p>` : nothing}
  </section>`;
}
