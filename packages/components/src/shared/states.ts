import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { SharedMessages } from '../messages/messages.js';
import type { Problem } from './report.js';

/**
 * Placeholders the size of the content to come, so the page does not jump when it arrives;
 * the text is for screen readers.
 */
export function renderLoading(t: SharedMessages, blocks = 3): TemplateResult {
  return html`<div class="skeleton" part="loading" aria-busy="true">
    <span class="visually-hidden">${t.state.loading}</span>
    ${Array.from({ length: blocks }, () => html`<span aria-hidden="true"></span>`)}
  </div>`;
}

/**
 * A calm message for visitors; the details go to the console and the debug panel. Shown in
 * the element's live region (`InneElement`), where the loading placeholder was.
 */
export function renderError(t: SharedMessages, retry: () => void): TemplateResult {
  return html`<div class="message" part="error">
    <span>${t.state.error}</span>
    <button type="button" part="button" @click=${retry}>${t.state.retry}</button>
  </div>`;
}

/** Shown above older data when a refresh failed. */
export function renderStale(
  t: SharedMessages,
  at: Date | undefined,
): TemplateResult | typeof nothing {
  return at ? html`<p class="stale" part="stale">${t.state.stale(at)}</p>` : nothing;
}

/** The webmaster's view of what is wrong (with the `debug` attribute). */
export function renderDebug(
  t: SharedMessages,
  lines: string[],
  problems: Problem[],
): TemplateResult {
  return html`<details class="debug" part="debug" open>
    <summary>${t.report.debugTitle(problems.length)}</summary>
    ${lines.map((line) => html`<p>${line}</p>`)}
    ${
      problems.length
        ? html`<ol>
            ${problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code> ` : nothing}${p.message}</li>`)}
          </ol>`
        : html`<p>${t.report.none}</p>`
    }
  </details>`;
}
