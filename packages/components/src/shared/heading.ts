import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * A real `<h2>`…`<h6>` at the level the webmaster chose (`heading-level`), so that the page
 * outline stays right. Written out case by case: tag names cannot be bound without static
 * templates, which the security rules forbid.
 */
export function heading(level: number, content: unknown, part = 'title'): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} class="title" tabindex="-1">${content}</h2>`;
    case 4:
      return html`<h4 part=${part} class="title" tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class="title" tabindex="-1">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class="title" tabindex="-1">${content}</h6>`;
    default:
      return html`<h3 part=${part} class="title" tabindex="-1">${content}</h3>`;
  }
}
