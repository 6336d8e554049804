import { css } from 'lit';

/**
 * What every component shares: the host reset, the design tokens' defaults, `[hidden]` that
 * no display rule overrides, the states (loading, error, stale, debug) and the printed page.
 *
 * Fonts and text colour come from the page on purpose. The other inherited text properties
 * are reset with `!important`: inside a shadow root, an important `:host` rule beats the
 * page's important rules, so a theme's `* { letter-spacing: … !important }` cannot reach the
 * component, while the page keeps control of the host's box (display, margin, width).
 */
export const baseStyles = css`
  :host {
    display: block;
    line-height: var(--inne-line-height, 1.5) !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    font-style: normal !important;
    font-variant: normal !important;
    visibility: visible !important;
    overflow-wrap: anywhere;
    --_accent: var(--inne-accent, currentColor);
    --_border: var(--inne-border, color-mix(in srgb, currentColor 22%, transparent));
    --_radius: var(--inne-radius, 0.5rem);
    --_gap: var(--inne-gap, 1rem);
    --_muted: var(--inne-muted, currentColor);
    --_focus: var(--inne-focus, var(--_accent));
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    container: inne / inline-size;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    padding: 0.5em 1.1em;
    min-height: 2.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .skeleton {
    display: grid;
    gap: var(--_gap);
    min-height: var(--inne-loading-height, 12rem);
  }
  .skeleton > span {
    display: block;
    min-height: 9rem;
    border-radius: var(--_radius);
    background: var(--inne-skeleton, color-mix(in srgb, currentColor 9%, transparent));
    animation: inne-pulse 1.6s ease-in-out infinite;
  }
  /* Contrast themes paint every background with the theme's own: an outline keeps the
     placeholders visible. */
  @media (forced-colors: active) {
    .skeleton > span {
      border: 1px solid GrayText;
    }
  }
  @keyframes inne-pulse {
    50% {
      opacity: 0.45;
    }
  }
  .message {
    margin: 0;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .stale {
    margin: 0 0 var(--_gap);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .debug {
    margin-top: var(--_gap);
    padding: 0.75rem 1rem;
    border: 2px dashed #b3261e;
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .debug summary {
    cursor: pointer;
    font-weight: 600;
  }
  .debug ol {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  code {
    font-family: ui-monospace, monospace;
  }
  /* On paper, no control can be pressed: the buttons ("Voir plus", the calendar files) and the
     filter bar go (.root outweighs the bar's own display, set later). A link's address is
     printed after it, for a reader to type (every href the kit writes is a whole https or mail
     address), and no card, event or tier is cut across two pages. */
  @media print {
    button,
    .root .filters {
      display: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
    article,
    li {
      break-inside: avoid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
