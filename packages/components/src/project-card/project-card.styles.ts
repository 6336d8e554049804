import { css } from 'lit';

/** The look of one project card, shared by `<inne-projects>` and `<inne-project-card>`. */
export const cardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    background: var(--inne-surface, transparent);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--inne-shadow, none);
  }
  .card:hover {
    border-color: var(--_accent);
  }
  /* The link's overlay covers the card: its outline rings the whole card (no :has()), inside
     the card's edge, since the card clips what overflows it. */
  .title a:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: -3px;
    border-radius: var(--_radius);
  }
  .image {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    padding: var(--inne-card-padding, 1rem 1.1rem 1.15rem);
    flex: 1;
  }
  .title {
    order: -1;
    margin: 0;
    font-family: var(--inne-heading-font, inherit);
    font-size: var(--inne-title-size, 1.15em);
    font-weight: var(--inne-title-weight, 650);
    line-height: 1.3;
    color: var(--inne-title-color, inherit);
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a[href]:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .title a:focus-visible {
    outline: none;
  }
  .summary {
    margin: 0;
  }
  /* On screen, the title's link covers the card. The summary is clamped only when the title
     links to the project's page, where the whole text is: without a link, the end of the
     summary would be lost for good, and more of it at 200 % text size or with wider text
     spacing (WCAG 1.4.4, 1.4.12). Printed, the link cannot be followed: the whole summary, and
     the link's address after the title (base styles). */
  @media screen {
    .title a[href]::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .linked .summary {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--inne-summary-lines, 4);
      overflow: hidden;
    }
  }
  /* As wide as its word in a flex body and in the compact list's grid one alike. */
  .badge {
    align-self: flex-start;
    justify-self: start;
    order: -2;
    padding: 0.1em 0.55em;
    border: 1px dashed currentColor;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.04em !important;
    text-transform: uppercase !important;
  }
  .phase {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
  }
  .steps {
    --n: 0;
    flex: none;
    width: 3.25rem;
    height: 0.4rem;
    border-radius: 999px;
    background: linear-gradient(90deg, var(--_accent) calc(var(--n) * 25%), var(--_border) 0);
    mask: repeating-linear-gradient(90deg, #000 0 calc(25% - 2px), transparent 0 25%);
  }
  /* Contrast themes drop gradients: the steps are drawn in the theme's own colours. */
  @media (forced-colors: active) {
    .steps {
      forced-color-adjust: none;
      background: linear-gradient(90deg, CanvasText calc(var(--n) * 25%), GrayText 0);
    }
  }
  .s1 {
    --n: 1;
  }
  .s2 {
    --n: 2;
  }
  .s3 {
    --n: 3;
  }
  .s4 {
    --n: 4;
  }
  .meta {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta dt {
    display: inline;
    font-weight: 600;
  }
  .meta dt::after {
    content: '\u00a0: ';
  }
  :host(:lang(en)) .meta dt::after {
    content: ': ';
  }
  .meta dd {
    display: inline;
    margin: 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: auto 0 0;
    padding: 0.25rem 0 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .tags li {
    padding: 0.15em 0.65em;
    border-radius: 999px;
    background: var(--inne-tag-background, color-mix(in srgb, var(--_accent) 12%, transparent));
  }
`;
