// The baseline: the DOM that <inne-projects> renders (same markup, same style sheets), built by
// hand with createElement and textContent, with no validation, no framework and no JSON-LD.
// What the component costs beyond it is the price of its features and of Lit.
import { InneProjects } from '/packages/components/dist/cdn/inne-projects.js';
import { count, loadFeed, painted, report, time, withOneTitleChanged } from './timing.mjs';

const phases = ['emergence', 'structuration', 'formalisation', 'consolidation'];
const phaseLabels = {
  emergence: 'Émergence',
  structuration: 'Structuration',
  formalisation: 'Formalisation',
  consolidation: 'Consolidation',
};
const sphereLabels = {
  'se-nourrir': 'Se nourrir',
  'se-deplacer': 'Se déplacer',
  habiter: 'Habiter',
  'se-soigner': 'Se soigner',
  'se-former': 'Se former',
  travailler: 'Travailler',
  'se-cultiver': 'Se cultiver',
  energie: 'Énergie',
};
const roles = ['porteur', 'partenaire', 'financeur', 'accompagnateur'];

function node(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const k in attrs) if (attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
  for (const c of children) e.append(c);
  return e;
}

function text(tag, attrs, content) {
  const e = node(tag, attrs);
  e.textContent = content;
  return e;
}

function meta(label, value) {
  const row = node(
    'div',
    { hidden: value ? undefined : '' },
    text('dt', {}, label),
    text('dd', {}, value ?? ''),
  );
  return row;
}

function card(p, actorsById) {
  const step = p.phase ? phases.indexOf(p.phase) + 1 : 0;
  const actors = (p.actors ?? [])
    .filter((a) => actorsById.has(a.actor))
    .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role))
    .map((a) => `${actorsById.get(a.actor).name} (${a.role})`)
    .join(', ');
  const link = text(
    'a',
    { part: 'link', href: p.url, rel: p.url ? 'noopener noreferrer' : undefined },
    p.title,
  );
  const body = node(
    'div',
    { class: 'body' },
    node('h3', { class: 'title', tabindex: '-1', part: 'title' }, link),
    text(
      'p',
      { class: 'summary', part: 'summary', hidden: p.summary ? undefined : '' },
      p.summary ?? '',
    ),
    node(
      'p',
      { class: 'phase', part: 'phase', hidden: p.phase ? undefined : '' },
      node('span', { 'aria-hidden': 'true', class: `steps s${step}` }),
      text('span', { 'aria-hidden': 'true' }, p.phase ? phaseLabels[p.phase] : ''),
      text(
        'span',
        { class: 'visually-hidden' },
        p.phase ? `Phase : ${phaseLabels[p.phase]} (${step} sur 4)` : '',
      ),
    ),
    node(
      'dl',
      { class: 'meta', part: 'meta' },
      meta('Territoire', p.territory),
      meta('Acteurs', actors),
      meta('Programme', p.programme),
      meta('Stade EFC', undefined),
    ),
  );
  if (p.spheres?.length)
    body.append(
      node(
        'ul',
        { class: 'tags', part: 'tags', 'aria-label': 'Domaines de vie' },
        ...p.spheres.map((s) => text('li', {}, sphereLabels[s])),
      ),
    );
  return node('li', { class: 'item' }, node('article', { class: 'card', part: 'card' }, body));
}

function items(feed) {
  const actorsById = new Map(feed.actors.map((a) => [a.id, a]));
  return feed.projects.map((p) => card(p, actorsById));
}

const feed = await loadFeed();
await painted();

const host = document.createElement('div');
const root = host.attachShadow({ mode: 'open' });
root.adoptedStyleSheets = InneProjects.elementStyles.map((s) => s.styleSheet);
let list;
const render = await time(async () => {
  list = node('ul', { part: 'list', class: 'list grid' }, ...items(feed));
  root.append(
    node(
      'div',
      { class: 'root', part: 'base' },
      node('p', { class: 'visually-hidden', role: 'status' }),
      list,
    ),
  );
  document.querySelector('main').append(host);
});
await painted();

const changed = withOneTitleChanged(feed);
const update = await time(async () => list.replaceChildren(...items(changed)));
const cards = root.querySelectorAll('.card').length;
report({ render, update, cards, ok: cards === count });
