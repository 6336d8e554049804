/**
 * The club's own feed, published beside every bundle (the build copies it into `dist/` and
 * `dist/cdn/`). Resolved against this module's URL so that it works from a CDN, a static
 * host, a bundler (which emits the file as an asset) and the test server alike.
 */
export function defaultFeedUrl(): string {
  return new URL('./club-inne.feed.json', import.meta.url).href;
}
