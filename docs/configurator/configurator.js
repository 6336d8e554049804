// The snippet configurator: a webmaster picks a component, its filters, language and colours,
// sees it live, and copies it as script + tag, WordPress shortcode or iframe. The vocabulary
// (spheres, phases, event kinds) and its labels come from the published vocabulary.json, the
// choices of actors, territories, projects and campaigns from the feed itself; a field is
// offered only if the component has that attribute (its class's observedAttributes), so nothing
// here can drift from the components. Every choice shows the value that goes into the code
// beside its label. The interface speaks French, or English with `?lang=en` (texts.js); the
// code is the same in both: the component's language is a choice of the form. The iframe
// snippet is checked against the feeds.json of its embed page, which refuses feeds from sites
// it does not list, and leaves out what the embed page does not forward (free text, a made-up
// campaign).
import { allowlistFile, checkAddress, loadAllowlist } from '../embed/allowlist.js';
import {
  components,
  customProperties,
  minContrast,
  pageColours,
  pageLook,
  ratioText,
  validCustomProperty,
  withheldReason,
} from '../embed/components.js';
import { shortcode } from './shortcode.js';
import { interfaceLanguage, texts } from './texts.js';

const cdn = new URL('../../packages/components/dist/cdn/', import.meta.url);
// `@0`, as in docs/webmasters.md: the fixes of version 0, never a breaking version by itself.
const defaultScriptUrl = 'https://cdn.jsdelivr.net/npm/@club-inne/components@0/dist/cdn/inne.js';
const form = document.getElementById('config');
const fieldsBox = document.getElementById('filter-fields');
const preview = document.getElementById('preview');
const status = document.getElementById('status');
// The interface's language, not the component's: `?lang=en`, or French.
const ui = interfaceLanguage(location.search);
const t = texts[ui];

const colourLabels = t.colours;
const colourDefaults = {
  '--inne-accent': '#005a9c',
  '--inne-surface': '#ffffff',
  '--inne-border': '#d0d0d0',
  '--inne-muted': '#555555',
  '--inne-focus': '#005a9c',
  // The iframe page's own: those of its light theme.
  background: '#ffffff',
  color: '#000000',
};

/** Fields per attribute: how to ask for it and where its choices come from. */
function fieldSpecs(vocab) {
  const headings = ['2', '3', '4', '5', '6'];
  const kinds = {
    sphere: { kind: 'checks', values: vocab.spheres },
    phase: { kind: 'checks', values: vocab.phases },
    kind: { kind: 'checks', values: vocab.eventKinds },
    territory: { kind: 'checks', values: vocab.territories, join: ', ' },
    actor: { kind: 'select', options: vocab.actors },
    'project-id': { kind: 'select', options: vocab.projects },
    campaign: { kind: 'select', options: vocab.campaigns },
    assessment: { kind: 'select', options: vocab.assessments },
    when: { kind: 'select', options: labelled(t.choices.when) },
    limit: { kind: 'number', min: 1, max: 1000 },
    sort: { kind: 'select', options: labelled(t.choices.sort) },
    layout: { kind: 'select', options: labelled(t.choices.layout) },
    'group-by': { kind: 'select', options: labelled(t.choices['group-by']) },
    framework: { kind: 'select', options: labelled(t.choices.framework) },
    table: { kind: 'select', options: labelled(t.choices.table) },
    'heading-level': { kind: 'select', options: headings.map((h) => [h, `h${h}`]) },
    filters: { kind: 'bool' },
    persist: { kind: 'bool' },
    label: { kind: 'text' },
    'utm-source': { kind: 'text' },
    'utm-medium': { kind: 'text' },
    'utm-campaign': { kind: 'text' },
  };
  return Object.fromEntries(
    Object.entries(kinds).map(([attr, spec]) => [attr, { label: t.fields[attr], ...spec }]),
  );
}

/** `[value, "Label (value)"]` pairs: the label to choose by, the value the code will hold. */
function labelled(labels) {
  return Object.entries(labels).map(([value, label]) => [value, `${label} (${value})`]);
}

/** Vocabulary from vocabulary.json, choices from the feed (or nothing if they cannot load). */
async function loadVocabulary(src) {
  const get = async (url) => {
    try {
      const response = await fetch(url, { credentials: 'omit' });
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    }
  };
  const [labels, feed] = await Promise.all([
    get(new URL('vocabulary.json', cdn)),
    get(src || new URL('club-inne.feed.json', cdn)),
  ]);
  // `[id, label in the interface's language]` in the vocabulary's order.
  const words = (name) =>
    Object.entries(labels?.[name] ?? {}).map(([id, label]) => [id, String(label?.[ui] ?? id)]);
  const list = (name) => (Array.isArray(feed?.[name]) ? feed[name] : []);
  const territories = [
    ...new Set(
      list('projects')
        .map((p) => p.territory)
        .filter((t) => typeof t === 'string'),
    ),
  ].sort((a, b) => a.localeCompare(b, 'fr'));
  return {
    spheres: words('spheres'),
    phases: words('phases'),
    eventKinds: words('eventKinds'),
    territories: territories.map((t) => [t, t]),
    actors: list('actors').map((a) => [a.id, `${a.name} (${a.id})`]),
    projects: list('projects').map((p) => [p.id, p.title]),
    campaigns: list('membership').map((c) => [c.id, c.title]),
    assessments: list('assessments').map((a) => [a.id, a.id]),
  };
}

let vocabulary;
let specs;

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (value !== undefined && value !== false)
      node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

function buildComponentChoice() {
  const box = document.getElementById('component-choice');
  const wrap = el('div', { class: 'choices' });
  for (const [name, c] of Object.entries(components)) {
    wrap.append(
      el('label', {}, [
        el('input', {
          type: 'radio',
          name: 'component',
          value: name,
          checked: name === 'projects',
        }),
        ` ${c.title[ui]} `,
        el('code', { text: `<${c.tag}>` }),
      ]),
    );
  }
  box.append(wrap);
}

/** A colour to tick and pick: the form field `field` (and `${field}-on`), the colour `name`. */
function colourRow(id, field, name, label, describedBy) {
  return el('div', { class: 'colour' }, [
    el('input', { type: 'checkbox', id: `${id}-on`, name: `${field}-on` }),
    el('label', { for: `${id}-on`, text: label }),
    el('input', {
      type: 'color',
      id,
      name: field,
      value: colourDefaults[name],
      'aria-label': t.colourPicker(label),
      'aria-describedby': describedBy,
    }),
  ]);
}

function buildColours() {
  const box = document.getElementById('colours');
  for (const name of Object.keys(customProperties).filter((n) => colourLabels[n])) {
    box.append(colourRow(`colour${name.replace(/^--inne/, '')}`, name, name, colourLabels[name]));
  }
  // The iframe page's background and text colour, beside its theme.
  const page = document.getElementById('page-look');
  for (const name of pageColours) {
    page.append(
      colourRow(`page-${name}`, `page-${name}`, name, t.pageColours[name], 'iframe-contrast'),
    );
  }
}

/** What the fields hold now, by attribute: a text, a checkbox's state, or the checked values. */
function fieldValues() {
  const values = new Map();
  for (const node of fieldsBox.querySelectorAll('[data-attr]')) {
    if (node.tagName === 'FIELDSET') {
      const checked = [...node.querySelectorAll('input:checked')].map((i) => i.value);
      values.set(node.dataset.attr, new Set(checked));
    } else values.set(node.dataset.attr, node.type === 'checkbox' ? node.checked : node.value);
  }
  return values;
}

/** Puts back what the fields held, where the new fields still offer it. */
function restoreFields(values) {
  for (const node of fieldsBox.querySelectorAll('[data-attr]')) {
    const value = values.get(node.dataset.attr);
    if (value === undefined) continue;
    if (node.tagName === 'FIELDSET') {
      for (const box of node.querySelectorAll('input')) box.checked = value.has(box.value);
    } else if (node.type === 'checkbox') node.checked = value === true;
    // A select keeps a value only if the new feed still offers it.
    else if (node.tagName !== 'SELECT' || [...node.options].some((o) => o.value === value))
      node.value = value;
  }
}

/**
 * Fields for the chosen component: only the attributes its class knows. What was typed stays
 * when the fields are built again (another feed brings other territories and actors, another
 * component shares some attributes): a partner who adds a feed address last loses nothing.
 */
async function buildFields(name) {
  const component = components[name];
  const values = fieldValues();
  fieldsBox.replaceChildren();
  const ElementClass = await Promise.race([
    customElements.whenDefined(component.tag),
    new Promise((resolve) => setTimeout(resolve, 5000)),
  ]);
  if (!ElementClass) {
    fieldsBox.append(el('p', { class: 'hint', text: t.notInScript(component.tag) }));
    return;
  }
  const known = new Set(ElementClass.observedAttributes ?? []);
  for (const [attr, spec] of Object.entries(specs)) {
    if (!known.has(attr)) continue;
    const id = `attr-${attr}`;
    if (spec.kind === 'checks') {
      if (!spec.values.length) continue;
      const group = el(
        'fieldset',
        { class: 'checks', 'data-attr': attr, 'data-join': spec.join ?? ' ' },
        [el('legend', { text: spec.label })],
      );
      spec.values.forEach(([value, label], i) => {
        // The label to choose by; the value the code will hold beside it, when it differs.
        group.append(
          el('label', {}, [
            el('input', { type: 'checkbox', id: `${id}-${i}`, value }),
            ` ${label} `,
            ...(label === value ? [] : [el('code', { text: value })]),
          ]),
        );
      });
      fieldsBox.append(group);
      continue;
    }
    let input;
    if (spec.kind === 'select') {
      if (!spec.options.length) continue;
      input = el('select', { id, 'data-attr': attr }, [el('option', { value: '', text: '—' })]);
      for (const [value, text] of spec.options) input.append(el('option', { value, text }));
    } else if (spec.kind === 'bool') {
      fieldsBox.append(
        el('div', { class: 'field check' }, [
          el('input', { type: 'checkbox', id, 'data-attr': attr }),
          el('label', { for: id, text: spec.label }),
        ]),
      );
      continue;
    } else {
      input = el('input', {
        id,
        'data-attr': attr,
        type: spec.kind === 'number' ? 'number' : 'text',
        min: spec.min,
        max: spec.max,
        // The note beside the iframe snippet, when it leaves this field out.
        'aria-describedby': withheldReason(name, attr) ? 'iframe-withheld' : undefined,
      });
    }
    fieldsBox.append(
      el('div', { class: 'field' }, [el('label', { for: id, text: spec.label }), input]),
    );
  }
  restoreFields(values);
}

/** What the form says: the component, its attributes in order, and the colours. */
function readState() {
  const data = new FormData(form);
  const component = components[data.get('component')] ?? components.projects;
  const attrs = [];
  for (const node of fieldsBox.querySelectorAll('[data-attr]')) {
    const attr = node.dataset.attr;
    if (node.tagName === 'FIELDSET') {
      const values = [...node.querySelectorAll('input:checked')].map((i) => i.value);
      if (values.length) attrs.push([attr, values.join(node.dataset.join)]);
    } else if (node.type === 'checkbox') {
      if (node.checked) attrs.push([attr, true]);
    } else if (node.value.trim()) {
      attrs.push([attr, node.value.trim()]);
    }
  }
  const lang = data.get('lang');
  if (lang) attrs.push(['lang', lang]);
  const src = String(data.get('src') ?? '').trim();
  if (/^https:\/\/\S+$/.test(src)) attrs.push(['src', src]);
  const colours = [];
  for (const name of Object.keys(colourLabels)) {
    const value = String(data.get(name) ?? '');
    if (data.get(`${name}-on`) && validCustomProperty(name, value)) colours.push([name, value]);
  }
  // The iframe page's look, as its query says it: `theme`, `background`, `color`.
  const page = new URLSearchParams();
  if (data.get('theme')) page.set('theme', String(data.get('theme')));
  for (const name of pageColours) {
    if (data.get(`page-${name}-on`)) page.set(name, String(data.get(`page-${name}`)));
  }
  return {
    name: String(data.get('component') ?? 'projects'),
    component,
    attrs,
    colours,
    page,
    lang: lang || 'fr',
    scriptUrl: String(data.get('script-url') || defaultScriptUrl),
    embedUrl: embedPageUrl(String(data.get('embed-url') || new URL('../embed/', location.href))),
    height: Math.min(5000, Math.max(100, Number(data.get('frame-height')) || 600)),
  };
}

/**
 * The embed page's address, as a folder when typed without its last `/`: `…/embed` is the page
 * `…/embed/`, and the files beside it (resizer.js, feeds.json) are `…/embed/resizer.js`, not
 * `…/resizer.js`. An address that names a file (`…/embed/index.html`) stays as it is.
 */
function embedPageUrl(value) {
  let url;
  try {
    url = new URL(value, location.href);
  } catch {
    return value;
  }
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  return url.href;
}

const escapeHtml = (value) =>
  String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

function tagSnippet(s) {
  const attrs = s.attrs
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
    .join('');
  const lines = [`<script type="module" src="${escapeHtml(s.scriptUrl)}"></script>`];
  if (s.colours.length) lines.push(`<style>\n${cssRule(s)}\n</style>`);
  lines.push(`<${s.component.tag}${attrs}></${s.component.tag}>`);
  return lines.join('\n');
}

function cssRule(s) {
  return `${s.component.tag} {\n${s.colours.map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}`;
}

function iframeSnippet(s) {
  const url = new URL(s.embedUrl, location.href);
  url.search = '';
  url.searchParams.set('component', s.name);
  for (const [k, v] of s.attrs)
    if (!withheldReason(s.name, k)) url.searchParams.set(k, v === true ? '' : v);
  for (const [k, v] of s.colours) url.searchParams.set(k, v);
  for (const [k, v] of s.page) url.searchParams.set(k, v);
  url.searchParams.set('id', `inne-${s.name}`);
  const resizer = new URL('resizer.js', url);
  return [
    `<iframe src="${escapeHtml(url.href)}" title="${escapeHtml(s.component.title[s.lang])}" width="100%" height="${s.height}" style="border: 0" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(resizer.href)}" defer></script>`,
  ].join('\n');
}

// The feeds.json of each embed page address, read once.
const allowlists = new Map();
let lastCheck = 0;

/** What the iframe will show instead of the component, if its embed page refuses the feed. */
async function refusedFeed(src, embedUrl) {
  let page;
  try {
    page = new URL(embedUrl, location.href);
  } catch {
    return '';
  }
  const listUrl = new URL(allowlistFile, page).href;
  if (!allowlists.has(listUrl)) allowlists.set(listUrl, loadAllowlist(listUrl));
  const list = await allowlists.get(listUrl);
  const checked = checkAddress(src, page.href, list.sites);
  if (checked.href) return '';
  const site = checked.origin ?? src;
  if (list.problem) return t.feedUnchecked(site, listUrl);
  return t.feedRefused(site, listUrl, page.origin, list.sites);
}

/** Shows (and announces) the warning beside the iframe snippet, for the latest state only. */
async function checkIframeFeed(s) {
  const check = ++lastCheck;
  const src = s.attrs.find(([k]) => k === 'src')?.[1];
  const text = src ? await refusedFeed(src, s.embedUrl) : '';
  if (check === lastCheck) warn('iframe-warning', text);
}

/** What the iframe snippet leaves out of the chosen fields, since the embed page would. */
function withheldNote(s) {
  const left = s.attrs
    .filter(([k]) => withheldReason(s.name, k))
    .map(([k]) => [specs[k]?.label ?? k, k]);
  return left.length ? t.withheld(left) : '';
}

/** What the embed page will do with page colours whose text would not read, or ''. */
function contrastNote(unreadable) {
  if (!unreadable) return '';
  const { asked, kept, left } = unreadable;
  const ratio = (value) => ratioText(value, ui);
  return t.contrast(
    left.map((name) => [t.pageColours[name], name]),
    { ...asked, ratio: ratio(asked.ratio) },
    { ...kept, ratio: ratio(kept.ratio), min: ratio(minContrast) },
  );
}

/** Shows the warning `id` beside the iframe snippet, announced when it changes; '' hides it. */
function warn(id, text) {
  const warning = document.getElementById(id);
  if (text === warning.textContent) return;
  warning.textContent = text;
  warning.hidden = !text;
  if (text) announce(text);
}

function render() {
  const s = readState();
  const element = document.createElement(s.component.tag);
  for (const [k, v] of s.attrs) element.setAttribute(k, v === true ? '' : v);
  for (const [k, v] of s.colours) element.style.setProperty(k, v);
  // The preview on the iframe page's look, as the embed page draws it.
  for (const name of ['color-scheme', ...pageColours]) preview.style.removeProperty(name);
  const query = new URLSearchParams([...s.page, ...s.colours]);
  const look = pageLook((name) => query.get(name));
  for (const [k, v] of Object.entries(look.style)) preview.style.setProperty(k, v);
  preview.replaceChildren(element);

  document.querySelector('#snippet-tag code').textContent = tagSnippet(s);
  document.querySelector('#snippet-shortcode code').textContent = shortcode(
    s.component.shortcode,
    s.attrs,
  );
  for (const note of document.querySelectorAll('#snippet-shortcode .css-note')) {
    note.hidden = !s.colours.length;
  }
  document.querySelector('#snippet-shortcode code.css').textContent = s.colours.length
    ? cssRule(s)
    : '';
  document.querySelector('#snippet-iframe code').textContent = iframeSnippet(s);
  warn('iframe-withheld', withheldNote(s));
  warn('iframe-contrast', contrastNote(look.unreadable));
  checkIframeFeed(s);
}

function announce(message) {
  status.textContent = '';
  // A fresh text node each time, so that the same message is announced again.
  setTimeout(() => (status.textContent = message), 50);
}

async function copy(button) {
  const box = document.getElementById(button.dataset.copy);
  const code = [...box.querySelectorAll('pre:not([hidden]) code')]
    .map((c) => c.textContent)
    .join('\n\n');
  const name = box.querySelector('h3').textContent;
  try {
    await navigator.clipboard.writeText(code);
    announce(t.copied(name));
  } catch {
    const range = document.createRange();
    range.selectNodeContents(box.querySelector('pre code'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    announce(t.copyFailed(name));
  }
}

/**
 * The page in the interface's language: `<html lang>`, the title, the static text (its
 * `data-text`), and the switch to the other language, a link to this page with `?lang=`.
 */
function translatePage() {
  document.documentElement.lang = ui;
  document.title = t.title;
  for (const node of document.querySelectorAll('[data-text]')) {
    node.textContent = t.page[node.dataset.text];
  }
  const other = document.getElementById('lang-switch');
  const url = new URL(location.href);
  url.searchParams.set('lang', t.other.lang);
  other.href = url.search;
  other.lang = t.other.lang;
  other.hreflang = t.other.lang;
  other.textContent = t.other.name;
}

async function start() {
  translatePage();
  buildComponentChoice();
  buildColours();
  form.elements['script-url'].value = defaultScriptUrl;
  form.elements['embed-url'].value = new URL('../embed/', location.href).href;
  vocabulary = await loadVocabulary('');
  specs = fieldSpecs(vocabulary);
  await buildFields('projects');
  render();

  form.addEventListener('change', async (event) => {
    if (event.target.name === 'component') {
      // The frame keeps this height where the page refuses resizer.js: one that fits.
      form.elements['frame-height'].value = String(components[event.target.value].height);
      await buildFields(event.target.value);
    } else if (event.target.name === 'src') {
      vocabulary = await loadVocabulary(readState().attrs.find(([k]) => k === 'src')?.[1] ?? '');
      specs = fieldSpecs(vocabulary);
      await buildFields(readState().name);
    }
    render();
  });
  form.addEventListener('input', (event) => {
    if (event.target.type === 'text' || event.target.type === 'number') render();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', () => copy(button));
  }
  document.body.dataset.ready = 'true';
}

start();
