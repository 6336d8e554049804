import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A polite live region's text that follows the visitor's pace: `later()` waits until no change
 * came for `delay` ms, then takes the text once, so arrowing through six levels is announced
 * as one result, not six. Render `text` in a `role="status"` element that is always there.
 */
export class PoliteAnnouncer implements ReactiveController {
  text = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = 1200,
  ) {
    host.addController(this);
  }

  later(say: () => string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const text = say();
      if (text === this.text) return;
      this.text = text;
      this.host.requestUpdate();
    }, this.delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
