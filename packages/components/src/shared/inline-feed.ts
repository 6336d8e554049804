/**
 * The feed written inside a tag: its first `<script type="application/json">`, also when an
 * editor wrapped it (in a `<p>`): no element shows its children, so no other tag's feed is there.
 */
export function inlineFeedScript(host: Element): HTMLScriptElement | null {
  return host.querySelector<HTMLScriptElement>('script[type="application/json"]');
}

/**
 * The `type` of each other script inside the tag that holds JSON (`text/json`, or '' when it has
 * none): a feed the webmaster wrote that is not read, so the club's would be shown instead
 * without a word. JSON-LD (the element's own, or the page's) and scripts from a file are no
 * feeds.
 */
export const unreadFeedTypes = (host: Element): string[] =>
  [
    ...host.querySelectorAll<HTMLScriptElement>(
      'script:not([src],[type="application/json" i],[type$="ld+json" i])',
    ),
  ]
    .filter((s) => /^\s*{/.test(s.text))
    .map((s) => s.type);
