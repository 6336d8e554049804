import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { frameworks, scoreAssessment } from '@club-inne/core';
import type { Answers } from '@club-inne/core';
import { formatNumber } from '../messages/format.js';
import { stubDownloads } from '../test/download-stub.js';
import { json, stubFetch } from '../test/fetch-stub.js';
import './define.js';
import type { InneMaturityRadar } from '../maturity-radar/inne-maturity-radar.js';
import type { InneMaturityAssessment } from './inne-maturity-assessment.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => root(el).querySelector<T>(s);
const $$ = (el: Element, s: string) => [...root(el).querySelectorAll<HTMLElement>(s)];
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();
const radar = (el: Element) => $<InneMaturityRadar>(el, 'inne-maturity-radar')!;
const caption = (el: Element) =>
  [...radar(el).shadowRoot!.querySelectorAll('figcaption span')].map(text);
const radio = (el: Element, id: string, value: string) =>
  $<HTMLInputElement>(el, `input[name="${id}"][value="${value}"]`)!;
const status = (el: Element) => text($(el, '.tools [role="status"]'));

async function choose(el: InneMaturityAssessment, id: string, value: string) {
  radio(el, id, value).click();
  await el.updateComplete;
}

function pickFile(el: Element, content: string) {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([content], 'reponses.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const ids = frameworks.efcEct.dimensions.flatMap((d) => d.criteria.map((c) => c.id));

/** The WCAG contrast ratio of two `rgb()` colours as getComputedStyle gives them. */
function contrast(a: string, b: string): number {
  const luminance = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .map(Number)
      .map((v) => v / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

afterEach(() => {
  document.documentElement.lang = 'en';
  for (const key of Object.keys(localStorage))
    if (key.startsWith('inne-assessment:')) localStorage.removeItem(key);
});

describe('<inne-maturity-assessment>', () => {
  it('is accessible, half filled, with its result and tools', async function (this: MochaContext) {
    this.timeout(30000); // the first axe run loads axe, slow on a busy machine
    const answers: Answers = Object.fromEntries(ids.slice(0, 8).map((id) => [id, { level: 2 }]));
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment lang="fr" .answers=${answers}></inne-maturity-assessment>`,
    );
    await expect(el).to.be.accessible();
  });

  // It reads no feed, so its docs list no `refresh()` nor `inne-load`: a script that calls the
  // method every element of a page has must not download a feed for nothing or announce one.
  it('downloads no feed and fires no inne-load when refresh() is called', async () => {
    const fetchStub = stubFetch(() => json({}));
    try {
      const el = await fixture<InneMaturityAssessment>(
        html`<inne-maturity-assessment lang="fr"></inne-maturity-assessment>`,
      );
      await expect(el).to.be.accessible();
      let loads = 0;
      el.addEventListener('inne-load', () => loads++);
      el.refresh();
      await el.updateComplete;
      await aTimeout(50);
      await el.updateComplete;
      expect(fetchStub.calls.map((c) => c.url)).to.deep.equal([]);
      expect(loads).to.equal(0);
      expect($$(el, 'fieldset').length).to.be.greaterThan(0);
    } finally {
      fetchStub.restore();
    }
  });

  it('groups the criteria by dimension: a fieldset of six native radios each', async () => {
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment lang="fr"></inne-maturity-assessment>`,
    );
    expect($$(el, 'h3[part~="dimension-title"]').map(text)[0]).to.equal(
      'Offre & effets utiles (poids 20 sur 100)',
    );
    const sets = $$(el, 'fieldset.criterion');
    expect(sets.map((f) => text(f.querySelector('legend')))).to.deep.equal(
      frameworks.efcEct.dimensions.flatMap((d) => d.criteria.map((c) => c.label.fr)),
    );
    for (const f of sets) expect(f.querySelectorAll('input[type="radio"]')).to.have.length(6);
    expect(text(radio(el, 'offer.logic', '0').parentElement)).to.equal('0 – vente au volume');
    expect(text(radio(el, 'offer.logic', 'na').parentElement)).to.equal('Non applicable');
    expect(text($(el, '.progress'))).to.equal('0 critère renseigné sur 15');
  });

  it('is filled in with the keyboard alone, and shows the library’s result', async function (this: MochaContext) {
    this.timeout(30000);
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment lang="fr"></inne-maturity-assessment>`,
    );
    radio(el, 'offer.logic', '0').focus();
    for (let i = 0; i < ids.length; i++) {
      await sendKeys({ press: 'ArrowDown' }); // level 1…
      await sendKeys({ press: 'ArrowDown' }); // …then 2
      await sendKeys({ press: 'Tab' }); // the evidence of this criterion
      if (i === 0) await sendKeys({ press: 'ArrowDown' }); // "Document à l’appui"
      await sendKeys({ press: 'Tab' }); // the next criterion
    }
    await el.updateComplete;
    const expected: Answers = Object.fromEntries(ids.map((id) => [id, { level: 2 }]));
    expected['offer.logic'] = { level: 2, evidence: 'document' };
    expect(el.answers).to.deep.equal(expected);
    expect(text($(el, '.progress'))).to.equal('15 critères renseignés sur 15');
    const result = scoreAssessment(expected);
    await radar(el).updateComplete;
    expect(caption(el)).to.deep.equal([
      `Score global : ${formatNumber('fr', result.overall)} sur 100`,
      `Étape ${result.stage!.index} sur 5 : ${result.stage!.label.fr}`,
    ]);
    const lists = $$(el, '.result ul, .result ol').map((l) =>
      [...l.querySelectorAll('li')].map(text),
    );
    // Read as `text` reads the page: no-break spaces (inside « ») as spaces.
    const words = (s: string) => s.replace(/\s+/g, ' ');
    expect(lists[0]).to.deep.equal(result.blocking.map((b) => words(b.message.fr)));
    expect(lists[1]).to.deep.equal(result.nextMoves.map((m) => words(m.message.fr)));
  });

  it('rings a focused answer in the page’s colour, on a dark page too', async () => {
    // A dark host page: the kit takes its text colour. A radio keeps the browser's own field
    // colours (a white disc in a light scheme), so its dot must stay dark on it.
    const page = await fixture<HTMLElement>(
      html`<div style="background: #15191d; color: #ece8e1">
        <button>before</button>
        <inne-maturity-assessment lang="fr"></inne-maturity-assessment>
      </div>`,
    );
    const el = page.querySelector<InneMaturityAssessment>('inne-maturity-assessment')!;
    await el.updateComplete;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = radio(el, 'offer.logic', '0');
    expect(root(el).activeElement).to.equal(first);
    const ring = getComputedStyle(first);
    expect(ring.outlineStyle, 'a ring under :focus-visible').to.equal('solid');
    expect(contrast(ring.outlineColor, 'rgb(21, 25, 29)'), 'ring on the page').to.be.at.least(3);
    await sendKeys({ press: 'ArrowDown' });
    const dot = getComputedStyle(radio(el, 'offer.logic', '1')).accentColor;
    expect(contrast(dot, 'rgb(255, 255, 255)'), 'checked dot on its disc').to.be.at.least(3);
  });

  it('fires inne-assessment-change with core’s result, then announces it once, politely', async () => {
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment lang="en"></inne-maturity-assessment>`,
    );
    const event = oneEvent(document, 'inne-assessment-change');
    radio(el, 'offer.logic', '3').click();
    const e = await event;
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail.framework).to.equal('efc-ect');
    expect(e.detail.answers).to.deep.equal({ 'offer.logic': { level: 3 } });
    expect(e.detail.result).to.deep.equal(scoreAssessment({ 'offer.logic': { level: 3 } }));
    await choose(el, 'offer.usefulEffects', '1');
    const live = $(el, '.root > [role="status"]')!;
    expect(text(live)).to.equal('');
    await waitUntil(() => text(live) !== '', 'no announcement', { timeout: 3000 });
    const { overall, stage } = scoreAssessment(el.answers);
    expect(text(live)).to.equal(
      `Overall score: ${formatNumber('en', overall)} out of 100. Stage ${stage!.index} of 5: ${stage!.label.en}. 2 criteria answered out of 15.`,
    );
  });

  it('lists capped levels and asks for evidence only once a level is chosen', async () => {
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment lang="fr"></inne-maturity-assessment>`,
    );
    const select = () => $<HTMLSelectElement>(el, 'select[data-criterion="offer.logic"]')!;
    expect(select().disabled).to.equal(true);
    await choose(el, 'offer.logic', '4');
    expect(select().disabled).to.equal(false);
    expect(text($(el, '.result'))).to.contain(
      'Logique d’offre : 4 déclaré, 2 retenu (il faut l’attestation d’un tiers)',
    );
  });

  it('starts blank, not broken, from .answers that are a list', async () => {
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment
        lang="fr"
        .answers=${[{ 'offer.logic': { level: 2 } }] as never}
      ></inne-maturity-assessment>`,
    );
    expect($(el, 'form')).not.to.equal(null);
    expect($$(el, 'input[type="radio"]:checked')).to.have.length(0);
  });

  it('shows a clear error, not a crash, for a grid that fails validation', async () => {
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment
        lang="en"
        .framework=${{ id: 'mine', dimensions: [] }}
      ></inne-maturity-assessment>`,
    );
    expect(text($(el, '[part~="error"] p'))).to.equal(
      'The scoring grid given has errors: the assessment cannot be shown.',
    );
    expect($$(el, '[part~="error"] li').length).to.be.greaterThan(1);
    expect($(el, 'form')).to.equal(null);
    el.framework = frameworks.efcEct;
    await el.updateComplete;
    expect($(el, 'form')).not.to.equal(null);
  });

  it('scores a tender grid in points, with its price, and no stage', async () => {
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment lang="fr" framework="efc-tender"></inne-maturity-assessment>`,
    );
    await choose(el, 'usage.performance', '3');
    const [price, lowest] = $$(el, 'input[type="number"]') as HTMLInputElement[];
    price!.value = '100';
    price!.dispatchEvent(new Event('change', { bubbles: true }));
    lowest!.value = '80';
    lowest!.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await radar(el).updateComplete;
    const result = scoreAssessment({ 'usage.performance': { level: 3 } }, frameworks.efcTender, {
      price: 100,
      lowestPrice: 80,
    });
    expect(caption(el)).to.deep.equal([
      `Total : ${formatNumber('fr', result.overall)} points sur 100`,
    ]);
    expect(text($(el, '.result'))).to.contain('Prix : 24 sur 30 points');
    expect(text(el.shadowRoot!.firstElementChild)).not.to.match(/Étape/);
    expect($(el, 'select')).to.equal(null); // no evidence rules on this grid
    lowest!.value = '120';
    lowest!.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(text($(el, '.field-error[role="alert"]'))).to.contain('Prix non pris en compte');
  });

  it('marks both prices in error, and says why on each, while they cannot be scored', async () => {
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment lang="fr" framework="efc-tender"></inne-maturity-assessment>`,
    );
    const prices = $$(el, 'input[type="number"]') as HTMLInputElement[];
    /** What a screen reader says on a price field: in error or not, and its description. */
    const heard = () =>
      prices.map((input) => ({
        invalid: input.getAttribute('aria-invalid') === 'true',
        described: (input.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .map((id) => text(root(el).getElementById(id)) || `#${id} missing`),
      }));
    const type = async (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    const hint = text($(el, '#price-hint'));
    await type(prices[0]!, '100');
    await type(prices[1]!, '120'); // the lowest price above this bid's
    const error = text($(el, '.field-error[role="alert"]'));
    expect(error).to.contain('Prix non pris en compte');
    expect(heard()).to.deep.equal([
      { invalid: true, described: [hint, error] },
      { invalid: true, described: [hint, error] },
    ]);
    await type(prices[1]!, '80');
    expect($(el, '.field-error')).to.equal(null);
    expect(heard()).to.deep.equal([
      { invalid: false, described: [hint] },
      { invalid: false, described: [hint] },
    ]);
  });

  it('keeps a draft with persist, under its own key, and nothing without', async () => {
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment id="diag" persist lang="fr"></inne-maturity-assessment>`,
    );
    await choose(el, 'offer.logic', '3');
    const saved = JSON.parse(localStorage.getItem('inne-assessment:diag')!);
    expect(saved).to.include({ framework: 'efc-ect' });
    expect(saved.answers).to.deep.equal({ 'offer.logic': { level: 3 } });
    el.remove();
    const again = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment id="diag" persist lang="fr"></inne-maturity-assessment>`,
    );
    expect(radio(again, 'offer.logic', '3').checked).to.equal(true);
    expect(status(again)).to.equal('Brouillon repris là où vous l’aviez laissé.');
    const other = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment></inne-maturity-assessment>`,
    );
    await choose(other, 'offer.logic', '1');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('inne-assessment:'))).to.deep.equal(
      ['inne-assessment:diag'],
    );
  });

  it('exports the answers as JSON, and imports them back', async () => {
    const downloads = stubDownloads();
    try {
      const el = await fixture<InneMaturityAssessment>(
        html`<inne-maturity-assessment lang="fr"></inne-maturity-assessment>`,
      );
      await choose(el, 'cooperation.intensity', '2');
      $(el, 'button[part~="export"]')!.click();
      expect(downloads.files[0]!.name).to.equal('diagnostic-efc-efc-ect.json');
      expect(downloads.files[0]!.inShadowRoot).to.equal(true);
      const file = JSON.parse(await downloads.files[0]!.blob.text());
      expect(file.answers).to.deep.equal({ 'cooperation.intensity': { level: 2 } });
      const fresh = await fixture<InneMaturityAssessment>(
        html`<inne-maturity-assessment lang="fr"></inne-maturity-assessment>`,
      );
      pickFile(
        fresh,
        JSON.stringify({ ...file, answers: { ...file.answers, 'old.criterion': { level: 1 } } }),
      );
      await waitUntil(() => status(fresh) !== '');
      expect(fresh.answers).to.deep.equal(file.answers);
      expect(status(fresh)).to.equal(
        '1 réponse importée. 1 réponse ignorée : elle ne correspond à aucun critère de cette grille.',
      );
      expect(radio(fresh, 'cooperation.intensity', '2').checked).to.equal(true);
    } finally {
      downloads.restore();
    }
  });

  it('refuses a file that is not answers of this grid, with core’s reason', async () => {
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment lang="en"></inne-maturity-assessment>`,
    );
    const cases: [string, string][] = [
      ['{ not json', 'This file is not imported: this is not readable JSON ('],
      [
        JSON.stringify({ framework: 'efc-tender', answers: {} }),
        'This file was filled in with another grid (“efc-tender”): it is not imported.',
      ],
      [
        JSON.stringify({ 'offer.logic': { level: 7 }, 'offer.decoupling': { level: 2 } }),
        'This file is not imported: $["offer.logic"].level: level expected: 0, 1, 2, 3, 4 or "na".',
      ],
      ['x'.repeat(300_000), 'This file is too large to be a file of answers.'],
    ];
    for (const [content, message] of cases) {
      pickFile(el, content);
      await waitUntil(
        () => status(el).startsWith(message),
        `expected: ${message}, got: ${status(el)}`,
      );
    }
    expect(el.answers).to.deep.equal({});
  });

  it('refuses a file that is not JSON in French words only', async () => {
    const el = await fixture<InneMaturityAssessment>(
      html`<inne-maturity-assessment lang="fr"></inne-maturity-assessment>`,
    );
    pickFile(el, '{ not json');
    await waitUntil(() => status(el) !== '');
    expect(status(el)).to.equal('Ce fichier n’est pas importé : ce n’est pas du JSON lisible.');
  });

  it('copies the result as text, or shows it selected when the clipboard refuses', async () => {
    let copied = '';
    const clipboard = { writeText: async (t: string) => void (copied = t) };
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    try {
      const el = await fixture<InneMaturityAssessment>(
        html`<inne-maturity-assessment
          lang="fr"
          .answers=${{ 'offer.logic': { level: 2 } }}
        ></inne-maturity-assessment>`,
      );
      $(el, 'button[part~="copy"]')!.click();
      await waitUntil(() => status(el) === 'Résultat copié dans le presse-papiers.');
      const result = scoreAssessment({ 'offer.logic': { level: 2 } });
      // The copied text keeps the no-break space before « : ».
      expect(copied).to.contain(
        `Score global\u00a0: ${formatNumber('fr', result.overall)} sur 100`,
      );
      expect(copied).to.contain(result.nextMoves[0]!.message.fr);
      clipboard.writeText = () => Promise.reject(new Error('denied'));
      $(el, 'button[part~="copy"]')!.click();
      await waitUntil(() => $(el, 'textarea'));
      await aTimeout(0);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal(copied);
      expect(root(el).activeElement).to.equal($(el, 'textarea'));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('announces each copy, even the same outcome twice in a row', async () => {
    const clipboard = { writeText: async () => undefined };
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    try {
      const el = await fixture<InneMaturityAssessment>(
        html`<inne-maturity-assessment
          lang="en"
          .answers=${{ 'offer.logic': { level: 2 } }}
        ></inne-maturity-assessment>`,
      );
      const live = $(el, '.tools [role="status"]')!;
      const said: string[] = [];
      // A screen reader reads what is added to a live region: an unchanged text says nothing.
      const observer = new MutationObserver((records) =>
        records.forEach((r) => r.addedNodes.forEach((n) => said.push(n.textContent!.trim()))),
      );
      observer.observe(live, { childList: true, subtree: true, characterData: true });
      for (const n of [1, 2]) {
        $(el, 'button[part~="copy"]')!.click();
        await waitUntil(() => said.filter(Boolean).length === n, 'copy not announced');
      }
      observer.disconnect();
      expect(said.filter(Boolean)).to.deep.equal([
        'Result copied to the clipboard.',
        'Result copied to the clipboard.',
      ]);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('clears the answers after a confirmation', async () => {
    const confirm = window.confirm;
    window.confirm = () => true;
    try {
      const el = await fixture<InneMaturityAssessment>(
        html`<inne-maturity-assessment
          lang="en"
          .answers=${{ 'offer.logic': { level: 2 } }}
        ></inne-maturity-assessment>`,
      );
      $(el, 'button[part~="reset"]')!.click();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
      expect(status(el)).to.equal('Answers cleared.');
    } finally {
      window.confirm = confirm;
    }
  });

  it('asks in French with no line break before the question mark', async () => {
    const confirm = window.confirm;
    let asked = '';
    window.confirm = (question?: string) => ((asked = question ?? ''), false);
    try {
      const el = await fixture<InneMaturityAssessment>(
        html`<inne-maturity-assessment
          lang="fr"
          .answers=${{ 'offer.logic': { level: 2 } }}
        ></inne-maturity-assessment>`,
      );
      $(el, 'button[part~="reset"]')!.click();
      await el.updateComplete;
      expect(asked).to.equal('Effacer toutes les réponses de ce diagnostic\u202f?');
      expect(el.answers).to.deep.equal({ 'offer.logic': { level: 2 } });
    } finally {
      window.confirm = confirm;
    }
  });
});
