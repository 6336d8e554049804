import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { AssessmentTexts } from './assessment-texts.js';
import { heading } from '../shared/heading.js';
import type { AssessmentActions } from './assessment-actions.js';

/** Copy, export, import and clear: every action a native button, every outcome a status. */
export function assessmentTools(
  a: AssessmentActions,
  t: AssessmentTexts,
  level: number,
  persist: boolean,
): TemplateResult {
  const m = t.maturity.tools;
  // The file input stays hidden: the button names the action, and opens the file picker.
  const pick = (e: Event) =>
    ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click();
  return html`<section class="tools" part="tools">
    ${heading(level, m.title, 'subtitle')}
    <div class="buttons">
      <button type="button" part="button copy" @click=${a.copy}>${m.copy}</button>
      <button type="button" part="button export" @click=${a.exportFile}>${m.export}</button>
      <button type="button" part="button import" @click=${pick}>${m.import}</button>
      <input type="file" accept=".json,application/json" hidden @change=${a.importFile} />
      <button type="button" part="button reset" @click=${a.reset}>${m.reset}</button>
    </div>
    ${persist ? html`<p class="note">${m.saved}</p>` : nothing}
    <p class="status" role="status">${keyed(a.said, a.status)}</p>
    ${
      a.copyText
        ? html`<label class="copy-text">
            <span>${m.copyText}</span>
            <textarea readonly rows="10" .value=${a.copyText}></textarea>
          </label>`
        : nothing
    }
  </section>`;
}
