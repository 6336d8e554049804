import { css } from 'lit';

/**
 * Links that act as buttons (register, pay) look like the base `button`, and a primary one
 * stands out with a tint of the accent: a tint reads on light and dark themes alike, where a
 * solid accent background would need a text colour the kit cannot guess.
 */
export const buttonStyles = css`
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    color: inherit;
    text-decoration: none;
  }
  a.button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .primary {
    font-weight: 650;
    background: var(--inne-primary-background, color-mix(in srgb, var(--_accent) 16%, transparent));
  }
  .primary:hover {
    background: var(--inne-primary-background, color-mix(in srgb, var(--_accent) 26%, transparent));
  }
  .badge {
    display: inline-block;
    justify-self: start;
    margin: 0;
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 650;
  }
  .badge.example {
    border-style: dashed;
  }
  /* What "Exemple" means, in words beside it: a title tooltip reaches neither touch nor
     keyboard users. */
  .example-hint {
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* On paper a link is followed by its address (base styles): as an item of the flex box
     beside its label, a long one squeezed the label to a letter a line. */
  @media print {
    a.button {
      display: inline-block;
    }
  }
`;
