import { css } from 'lit';
import { buttonStyles } from '../shared/button.styles.js';

/** The membership call: a block with its tiers side by side when the component is wide. */
export const membershipStyles = [
  buttonStyles,
  css`
    .cta {
      display: grid;
      gap: 0.75rem;
      padding: var(--inne-card-padding, 1.25rem);
      background: var(--inne-surface, transparent);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .cta > *,
    .tier > * {
      margin: 0;
    }
    .cta > .title {
      font-family: var(--inne-heading-font, inherit);
      font-size: var(--inne-title-size, 1.4em);
      line-height: 1.25;
    }
    .urgent {
      color: var(--_accent);
      border-width: 2px;
    }
    .flags {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.75rem;
    }
    .days-left {
      font-weight: 650;
    }
    .dates,
    .for {
      color: var(--_muted);
    }
    .tiers {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--inne-tier-min, 14rem)), 1fr));
      gap: var(--_gap);
      padding: 0;
      list-style: none;
    }
    .tier {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .tier .title {
      font-size: 1.05em;
    }
    .price {
      font-size: 1.25em;
      font-weight: 700;
    }
    .tier .button {
      margin-top: auto;
      align-self: flex-start;
    }
    .benefits {
      padding-inline-start: 1.25rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .closed .dates {
      color: inherit;
    }
    /* On paper, the payment page's address as a reader would type it: without the partner's
       utm_… parameters (\`href\` keeps them for a click). Every tier's button leads to the
       campaign's one payment page (a tier has none of its own): it is printed once, below
       them all, not squeezed into each button. */
    @media print {
      a[data-address]::after {
        content: ' (' attr(data-address) ')';
      }
      .tier a::after {
        content: none;
      }
      .tiers::after {
        content: attr(data-address);
        grid-column: 1 / -1;
        overflow-wrap: anywhere;
      }
    }
  `,
];
