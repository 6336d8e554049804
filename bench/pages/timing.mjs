// What both bench pages share: the feed of the run, the moment the page is idle, the change
// of one title, and how a render is timed (to a laid-out page).

const params = new URLSearchParams(location.search);
export const count = Number(params.get('n'));

export async function loadFeed() {
  return (await fetch(`/bench/feeds/${count}.json`)).json();
}

/** After the current frame is painted. */
export const painted = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** A copy of `feed` where only the title of the project in the middle differs. */
export function withOneTitleChanged(feed) {
  const mid = feed.projects.length >> 1;
  return {
    ...feed,
    projects: feed.projects.map((p, i) =>
      i === mid ? { ...p, title: `${p.title} (modifié)` } : p,
    ),
  };
}

/**
 * Times `work` up to a laid-out page: `work` builds or updates the DOM (and resolves when it
 * has), then reading a box forces style and layout of the whole document, shadow trees included.
 */
export async function time(work) {
  const start = performance.now();
  await work();
  document.body.getBoundingClientRect();
  return performance.now() - start;
}

/** Hands the figures to the runner (render.browser.mjs reads `window.benchResult`). */
export function report(result) {
  window.benchResult = result;
}
