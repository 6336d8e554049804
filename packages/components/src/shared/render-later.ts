import { feedsSettled } from './feed-loader.js';

const idle = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in globalThis
      ? requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve, 1),
  );

/**
 * Resolves when `el` enters the viewport, or once the feeds the page is loading have arrived
 * and the browser is idle (3 s at most), whichever comes first. An element that is costly to
 * render and needs no data (a long form) waits for it, so that it does not hold up the content
 * the page shows first; keyboard and screen-reader users still find it rendered, at the
 * latest, right after that content.
 */
export async function renderWorthwhile(el: Element): Promise<void> {
  let seen!: () => void;
  const inView = new Promise<void>((resolve) => (seen = resolve));
  const observer = new IntersectionObserver(
    (entries) => entries.some((e) => e.isIntersecting) && seen(),
  );
  observer.observe(el);
  // Idle first: an element met earlier in the page may not have asked for its feed yet. A
  // slow feed holds it back for a few seconds at most.
  const settled = idle().then(feedsSettled).then(idle);
  const atMost = new Promise<void>((resolve) => setTimeout(resolve, 3000));
  await Promise.race([inView, settled, atMost]);
  observer.disconnect();
}
