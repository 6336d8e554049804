import { css } from 'lit';
import { buttonStyles } from '../shared/button.styles.js';

/**
 * The list of events. Sizes follow the component's own width (container queries): in a
 * sidebar an event is a stack; in a wide column its actions sit beside its text.
 */
export const eventsStyles = [
  buttonStyles,
  css`
    .list {
      display: grid;
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .month + .month {
      margin-top: calc(var(--_gap) * 1.5);
    }
    .month > .title {
      margin: 0 0 0.75rem;
      font-family: var(--inne-heading-font, inherit);
      font-size: 1.05em;
      text-transform: capitalize !important;
    }
    .event {
      display: grid;
      gap: 0.45rem;
      padding: var(--inne-card-padding, 1rem 1.1rem);
      background: var(--inne-surface, transparent);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .event > * {
      margin: 0;
    }
    .when {
      font-weight: 650;
      color: var(--_accent);
    }
    .event .title {
      font-family: var(--inne-heading-font, inherit);
      font-size: var(--inne-title-size, 1.15em);
      line-height: 1.3;
    }
    .title a {
      color: inherit;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
    }
    .meta,
    .by {
      font-size: 0.9375em;
      color: var(--_muted);
    }
    .status.cancelled {
      color: var(--inne-cancelled, inherit);
    }
    .cancelled .title,
    .cancelled .when {
      text-decoration: line-through;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.25rem;
    }
    .all {
      margin: var(--_gap) 0 0;
    }
    /* Actions beside the text on a wide screen; on paper they go below it, where the
       addresses printed after them do not squeeze the text into a narrow column. */
    @media screen {
      @container inne (min-width: 40rem) {
        .event {
          grid-template-columns: 1fr auto;
          column-gap: 1.5rem;
        }
        .event > * {
          grid-column: 1;
        }
        .event > .actions {
          grid-column: 2;
          grid-row: 1 / span 6;
          align-self: center;
          flex-direction: column;
          align-items: stretch;
        }
      }
    }
  `,
];
