import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { compareAssessments, frameworks, scoreAssessment } from '@club-inne/core';
import type { Answers } from '@club-inne/core';
import { formatNumber } from '../messages/format.js';
import { feed } from '../test/feeds.js';
import './define.js';
import type { InneMaturityRadar } from './inne-maturity-radar.js';
import { axisPoint, seriesPoints } from './radar-geometry.js';

const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, s: string) => root(el).querySelector(s);
const $$ = (el: Element, s: string) => [...root(el).querySelectorAll(s)];
const texts = (el: Element, s: string) =>
  $$(el, s).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const fr = (n: number) => formatNumber('fr', n);

// Stage 2 ("Offre d'usage"), with the evaluation dimension not applicable.
const answers: Answers = {
  'offer.logic': { level: 2, evidence: 'document' },
  'offer.usefulEffects': { level: 3, evidence: 'document' },
  'offer.decoupling': { level: 1 },
  'immaterial.trust': { level: 2 },
  'immaterial.work': { level: 1 },
  'cooperation.diversity': { level: 3, evidence: 'document' },
  'cooperation.intensity': { level: 2 },
  'cooperation.desiloing': { level: 1 },
  'territory.environment': { level: 2 },
  'territory.social': { level: 2 },
  'evaluation.device': { level: 'na' },
  'evaluation.contract': { level: 'na' },
  'governance.vision': { level: 2 },
  'governance.formalisation': { level: 2 },
  'governance.economicModel': { level: 1 },
};
const median = {
  label: 'Médiane du territoire',
  dimensions: frameworks.efcEct.dimensions.map((d) => ({ id: d.id, score: 40 })),
};

afterEach(() => {
  document.documentElement.lang = 'en';
});

describe('<inne-maturity-radar>', () => {
  it('is accessible, with a comparison series and its table shown', async function (this: MochaContext) {
    this.timeout(30000); // the first axe run loads axe, slow on a busy machine
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar
        lang="fr"
        table="visible"
        .answers=${answers}
        .compare=${median}
      ></inne-maturity-radar>`,
    );
    await expect(el).to.be.accessible();
  });

  it('shows the library’s numbers: key, caption and table match scoreAssessment', async () => {
    const result = scoreAssessment(answers);
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar lang="fr" .result=${result}></inne-maturity-radar>`,
    );
    const shown = result.dimensions.map((d) => (d.score === null ? 'n. a.' : fr(d.score)));
    expect(texts(el, '.key .value')).to.deep.equal(shown);
    expect(texts(el, 'figcaption span')).to.deep.equal([
      `Score global : ${fr(result.overall)} sur 100`,
      `Étape ${result.stage!.index} sur 5 : ${result.stage!.label.fr}`,
    ]);
    const cells = $$(el, 'tbody tr').map((tr) => tr.querySelector('td')!.textContent!.trim());
    expect(cells).to.deep.equal(shown.map((s) => (s === 'n. a.' ? 'non applicable' : s)));
    expect($(el, 'tfoot td')!.textContent!.trim()).to.equal(fr(result.overall));
  });

  it('scores .answers with core, and gives the SVG a name with every value', async () => {
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar lang="fr" .answers=${answers}></inne-maturity-radar>`,
    );
    const result = scoreAssessment(answers);
    const svg = $(el, 'svg[role="img"]')!;
    // Read as a screen reader reads it: no-break spaces as spaces.
    const name = root(el)
      .getElementById(svg.getAttribute('aria-labelledby')!)!
      .textContent!.replace(/\s+/g, ' ');
    for (const d of result.dimensions) {
      expect(name).to.contain(
        `${d.label.fr.replace(/\s+/g, ' ')} : ${d.score === null ? 'non applicable' : `${fr(d.score)} sur 100`}`,
      );
    }
    expect($(el, '.key')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws one vertex per applicable dimension, where the geometry puts it', async () => {
    const result = scoreAssessment(answers);
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar .result=${result}></inne-maturity-radar>`,
    );
    const scores = result.dimensions.map((d) => d.score);
    const dots = $$(el, '.series.main circle').map((c) => [
      Number(c.getAttribute('cx')),
      Number(c.getAttribute('cy')),
    ]);
    expect(dots).to.deep.equal(seriesPoints(scores).map((p) => [...p]));
    expect(dots).to.have.length(5);
    expect($$(el, '.axis.na')).to.have.length(1);
    expect($$(el, '.key li.na')).to.have.length(1);
  });

  it('keeps each score of the key near its name in a wide column, all in one column', async () => {
    const wrap = await fixture(
      html`<div style="width: 1200px">
        <inne-maturity-radar lang="fr" .answers=${answers}></inne-maturity-radar>
      </div>`,
    );
    const el = wrap.querySelector('inne-maturity-radar')!;
    const textEnd = (n: Element) => {
      const range = document.createRange();
      range.selectNodeContents(n);
      return range.getBoundingClientRect().right;
    };
    const names = $$(el, '.key .name').map(textEnd);
    const values = $$(el, '.key .value').map((v) => v.getBoundingClientRect());
    expect(new Set(values.map((v) => Math.round(v.right))).size, 'scores end in line').to.equal(1);
    const gap = Math.min(...values.map((v) => v.left)) - Math.max(...names);
    expect(gap, 'px from the longest name to the scores').to.be.within(0, 32);
  });

  it('puts the key below the drawing in a side panel, each name on one line with its « & »', async () => {
    // 34rem: the assessment's side panel on a 1,300–1,400 px screen.
    const lines = async (width: string) => {
      const wrap = await fixture(
        html`<div style="width: ${width}; font: 16px sans-serif">
          <inne-maturity-radar lang="fr" .answers=${answers}></inne-maturity-radar>
        </div>`,
      );
      const el = wrap.querySelector('inne-maturity-radar')!;
      const key = $(el, '.key')!.getBoundingClientRect();
      const below = key.top >= $(el, 'svg')!.getBoundingClientRect().bottom;
      const rows = $$(el, '.key .name').map((n) => {
        const range = document.createRange();
        range.selectNodeContents(n);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      return { below, rows };
    };
    const panel = await lines('34rem');
    expect(panel.below, 'key below the drawing').to.equal(true);
    expect(panel.rows, 'lines of each name').to.deep.equal([1, 1, 1, 1, 1, 1]);
    const column = await lines('40rem');
    expect(column.below, 'key beside the drawing in a wide column').to.equal(false);
  });

  it('shows the table on demand with a toggle button that says its state', async () => {
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar lang="en" .answers=${answers}></inne-maturity-radar>`,
    );
    const button = $(el, 'button.toggle') as HTMLButtonElement;
    const table = $(el, '#radar-table') as HTMLElement;
    expect(button.getAttribute('aria-controls')).to.equal('radar-table');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(table.hidden).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Hide the table');
    expect(table.hidden).to.equal(false);
    expect($(el, 'caption')!.textContent!.trim()).to.equal('Scores by dimension, out of 100');
  });

  it('draws a comparison series dashed, with squares and a legend, and its column', async () => {
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar
        lang="fr"
        table="visible"
        label="Notre projet"
        .answers=${answers}
        .compare=${median}
      ></inne-maturity-radar>`,
    );
    expect($$(el, '[part~="chart"] .series.other rect')).to.have.length(6);
    expect($$(el, '[part~="chart"] .series.main circle')).to.have.length(5);
    expect(texts(el, '.legend li')).to.deep.equal(['Notre projet', 'Médiane du territoire']);
    expect(texts(el, 'thead th')).to.deep.equal([
      'Dimension',
      'Notre projet',
      'Médiane du territoire',
    ]);
    expect(texts(el, 'tbody tr td:nth-of-type(2)')).to.deep.equal(Array(6).fill('40'));
    expect(texts(el, 'tfoot td')).to.deep.equal([
      fr(scoreAssessment(answers).overall),
      'non renseigné',
    ]);
  });

  it('draws before and after from compareAssessments, with core’s deltas', async () => {
    const before = {
      date: '2025-03-01',
      answers: { ...answers, 'offer.logic': { level: 1 as const } },
    };
    const after = { date: '2025-11-01', answers };
    const c = compareAssessments(before, after);
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar lang="fr" table="visible" .compare=${c}></inne-maturity-radar>`,
    );
    expect(texts(el, '.legend li')).to.deep.equal([
      'Après (1er novembre 2025)',
      'Avant (1er mars 2025)',
    ]);
    const deltas = texts(el, 'tbody tr td:nth-of-type(3)');
    expect(deltas).to.deep.equal(
      c.dimensions.map((d) =>
        d.delta === null ? 'non applicable' : `${d.delta > 0 ? '+' : ''}${fr(d.delta)}`,
      ),
    );
    expect($(el, 'tfoot td:nth-of-type(3)')!.textContent!.trim()).to.equal(
      `+${fr(c.overall.delta)}`,
    );
    expect(texts(el, 'figcaption span')[1]).to.equal(
      `Étape ${c.after.stage!.index} sur 5 : ${c.after.stage!.label.fr}`,
    );
  });

  it('shows a tender grid’s total in points, without a stage', async () => {
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar
        lang="en"
        framework="efc-tender"
        .answers=${{ 'usage.performance': { level: 3 } }}
      ></inne-maturity-radar>`,
    );
    const result = scoreAssessment({ 'usage.performance': { level: 3 } }, frameworks.efcTender);
    expect(texts(el, 'figcaption span')).to.deep.equal([
      `Total: ${formatNumber('en', result.overall)} points out of 100`,
    ]);
    expect($$(el, '.key li')).to.have.length(5);
  });

  it('shows a clear error, not a crash, for a broken grid', async () => {
    const broken = {
      ...frameworks.efcEct,
      dimensions: [{ ...frameworks.efcEct.dimensions[0], weight: 7 }],
    };
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar
        lang="fr"
        .answers=${answers}
        .framework=${broken}
      ></inne-maturity-radar>`,
    );
    expect($(el, '[part~="error"]')!.textContent).to.contain(
      'La grille d’évaluation fournie contient des erreurs',
    );
    expect($$(el, '.grid-error li').length).to.be.greaterThan(0);
    expect($(el, 'svg')).to.equal(null);
  });

  it('reports a mistyped framework id and a bad .compare, and draws with the default grid', async () => {
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar
        debug
        lang="en"
        framework="efc-tendre"
        .answers=${answers}
        .compare=${{ label: 3 }}
      ></inne-maturity-radar>`,
    );
    const debug = $(el, '[part~="debug"]')!.textContent!;
    expect(debug).to.contain('framework="efc-tendre"');
    expect(debug).to.contain('.compare is ignored');
    expect($$(el, '.key li')).to.have.length(6);
  });

  it('says which of .answers it could not use, in the page’s language, and draws the rest', async () => {
    const typos: Answers = {
      ...answers,
      'offer.logic': { level: 7 as never },
      'offer.decoupling': { level: 1, evidence: 'audited' as never },
    };
    for (const [lang, level, evidence] of [
      ['fr', 'niveau attendu : 0, 1, 2, 3, 4 ou "na"', 'valeur inconnue'],
      ['en', 'level expected: 0, 1, 2, 3, 4 or "na"', 'unknown value'],
    ] as const) {
      const el = await fixture<InneMaturityRadar>(
        html`<inne-maturity-radar debug lang=${lang} .answers=${typos}></inne-maturity-radar>`,
      );
      const debug = $(el, '[part~="debug"]')!.textContent!.replace(/\s+/g, ' ');
      expect(debug).to.contain('.answers["offer.logic"].level');
      expect(debug).to.contain(level);
      expect(debug).to.contain('.answers["offer.decoupling"].evidence');
      expect(debug).to.contain(evidence);
      expect($$(el, '.key li')).to.have.length(6);
    }
  });

  it('says that .answers given as a list are no answers, instead of drawing nothing answered', async () => {
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar
        debug
        lang="fr"
        .answers=${[answers] as never}
      ></inne-maturity-radar>`,
    );
    const debug = $(el, '[part~="debug"]')!.textContent!.replace(/\s+/g, ' ');
    expect(debug).to.contain('.answers');
    expect(debug).to.contain('des réponses sont attendues');
    expect($(el, 'svg')).to.equal(null);
  });

  /** The radar of the feed's assessment `a1`, drawn. */
  async function radarOfFeed(extra: Record<string, unknown> = {}) {
    const assessment = {
      id: 'a1',
      subject: { type: 'project', id: 'champ-des-possibles' },
      date: '2025-11-01',
      answers,
      ...extra,
    };
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar
        lang="fr"
        assessment="a1"
        .feed=${feed({ assessments: [assessment] })}
      ></inne-maturity-radar>`,
    );
    await waitUntil(() => $(el, 'svg'));
    return el;
  }

  it('draws an assessment of the feed, by id', async () => {
    const el = await radarOfFeed();
    expect(texts(el, 'figcaption span')[0]).to.equal(
      `Score global : ${fr(scoreAssessment(answers).overall)} sur 100`,
    );
    expect($$(el, '[part~="example"]')).to.have.length(0);
  });

  it('names the assessments of the feed when the id given is not one of them', async () => {
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar
        lang="en"
        debug
        assessment="a2"
        .feed=${feed({
          assessments: [
            {
              id: 'a1',
              subject: { type: 'project', id: 'champ-des-possibles' },
              date: '2025-11-01',
              answers,
            },
          ],
        })}
      ></inne-maturity-radar>`,
    );
    expect($(el, '[part~="debug"]')!.textContent).to.contain(
      'assessment="a2" is not recognised (expected: a1): value ignored.',
    );
    // A feed with none says what is expected in words.
    el.feed = feed();
    await el.updateComplete;
    expect($(el, '[part~="debug"]')!.textContent).to.contain(
      'assessment="a2" is not recognised (expected: an id of the feed, which holds none): value ignored.',
    );
  });

  it('says in words that an example assessment of the feed is one', async () => {
    const el = await radarOfFeed({ example: true });
    await expect(el).to.be.accessible();
    expect(texts(el, '[part~="example"]')).to.deep.equal(['Exemple']);
    expect(texts(el, '[part~="example-hint"]')).to.deep.equal([
      'Réponses données à titre d’exemple',
    ]);
  });

  it('says when there is nothing to draw', async () => {
    const el = await fixture<InneMaturityRadar>(
      html`<inne-maturity-radar lang="en"></inne-maturity-radar>`,
    );
    expect($(el, '[part~="empty"]')!.textContent).to.equal('No result to show yet.');
  });

  it('puts the first axis up and goes clockwise', () => {
    expect(axisPoint(0, 4, 100)).to.deep.equal([0, -100]);
    expect(axisPoint(1, 4, 50)).to.deep.equal([50, 0]);
    expect(seriesPoints([100, null, 100, null])).to.deep.equal([
      [0, -100],
      [0, 100],
    ]);
  });
});
