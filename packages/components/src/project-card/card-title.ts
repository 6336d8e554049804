import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * A card title at the chosen level with its link inside, as ONE template: with the shared
 * `heading()` and a link template inside it, each card would cost two template instances, and
 * a list of 1,000 cards two thousand. `url` has passed `safeUrl`; without it, no `href`.
 * `lang`: the title's language when it is not the element's (`feedLang`).
 */
export function cardTitle(
  level: number,
  title: string,
  url?: string,
  rel?: string,
  lang?: string,
): TemplateResult {
  const href = url ?? nothing;
  const r = rel ?? nothing;
  const l = lang ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 part="title" class="title" tabindex="-1" lang=${l}>
        <a part="link" href=${href} rel=${r}>${title}</a>
      </h2>`;
    case 4:
      return html`<h4 part="title" class="title" tabindex="-1" lang=${l}>
        <a part="link" href=${href} rel=${r}>${title}</a>
      </h4>`;
    case 5:
      return html`<h5 part="title" class="title" tabindex="-1" lang=${l}>
        <a part="link" href=${href} rel=${r}>${title}</a>
      </h5>`;
    case 6:
      return html`<h6 part="title" class="title" tabindex="-1" lang=${l}>
        <a part="link" href=${href} rel=${r}>${title}</a>
      </h6>`;
    default:
      return html`<h3 part="title" class="title" tabindex="-1" lang=${l}>
        <a part="link" href=${href} rel=${r}>${title}</a>
      </h3>`;
  }
}
