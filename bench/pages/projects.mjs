// <inne-projects> from the CDN bundle, as a partner page has it, given a feed with `.feed`.
import '/packages/components/dist/cdn/inne-projects.js';
import { count, loadFeed, painted, report, time, withOneTitleChanged } from './timing.mjs';

const feed = await loadFeed();
await customElements.whenDefined('inne-projects');
await painted();

const el = document.createElement('inne-projects');
const render = await time(async () => {
  el.feed = feed;
  document.querySelector('main').append(el);
  await el.updateComplete;
});
await painted();

const changed = withOneTitleChanged(feed);
const update = await time(async () => {
  el.feed = changed;
  await el.updateComplete;
});
const cards = el.shadowRoot.querySelectorAll('.card').length;
const title = changed.projects[count >> 1].title;
const updated = [...el.shadowRoot.querySelectorAll('.title')].some(
  (h) => h.textContent.trim() === title,
);
report({ render, update, cards, ok: cards === count && updated });
