// The Inné elements of a page, for the page checks: waiting until they have rendered, and
// what each one shows.

/**
 * Waits until every defined Inné element under `within` (a selector) shows its content: its
 * `base` part is there and no `loading` part is left. Elements that load data show
 * placeholders first; the assessment renders a frame after it enters the viewport.
 */
export function elementsRendered(page, { within = 'body', timeout = 20_000 } = {}) {
  return page.waitForFunction(
    (root) =>
      [...document.querySelectorAll(`${root} *`)]
        .filter((e) => e.localName.startsWith('inne-') && customElements.get(e.localName))
        .every(
          (e) =>
            e.shadowRoot?.querySelector('[part~="base"]') &&
            !e.shadowRoot.querySelector('[part~="loading"]'),
        ),
    within,
    { timeout },
  );
}

/** What each Inné element shows: tag, defined, error state, text, styles adopted. */
export function renderedElements(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('inne-'))
      .map((e) => ({
        tag: e.localName,
        defined: Boolean(customElements.get(e.localName)),
        error: Boolean(e.shadowRoot?.querySelector('[part~="error"]')),
        text: (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        styled: e.shadowRoot ? e.shadowRoot.adoptedStyleSheets.length > 0 : false,
      })),
  );
}
