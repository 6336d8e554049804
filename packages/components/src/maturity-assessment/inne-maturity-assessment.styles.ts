import { css } from 'lit';

/**
 * One column on a phone or in a sidebar; from 46rem of the element's own width (a content
 * column), the result sits beside the form and stays in view while the visitor answers. Choices are whole
 * rows (a 44 px target) whose label wraps, so nothing scrolls sideways at 320 px.
 */
export const assessmentStyles = css`
  .layout {
    display: grid;
    gap: calc(var(--_gap) * 2);
  }
  @container inne (min-width: 46rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(17rem, 2fr);
      align-items: start;
    }
    /* The radar stays in view while the visitor answers; the rest of the panel scrolls. */
    .aside {
      position: sticky;
      top: 1rem;
      max-height: calc(100dvh - 2rem);
      overflow-y: auto;
      overscroll-behavior: contain;
      padding: 0.25rem;
    }
  }
  .form,
  .dimension,
  .aside,
  .result,
  .tools {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  .aside {
    gap: calc(var(--_gap) * 1.5);
  }
  .dimension,
  .result,
  .tools {
    gap: 0.75rem;
  }
  p {
    margin: 0;
  }
  .title {
    margin: 0.5rem 0 0;
    font-family: var(--inne-heading-font, inherit);
    font-size: 1.15em;
    line-height: 1.3;
  }
  .weight,
  .hint,
  .note {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .progress {
    display: grid;
    gap: 0.35rem;
    font-weight: 650;
  }
  progress {
    width: 100%;
    height: 0.6rem;
    accent-color: var(--_accent);
  }
  fieldset {
    margin: 0;
    min-width: 0;
    padding: 0.5rem 0.75rem 0.85rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 0.35rem;
    font-weight: 650;
  }
  .choices {
    display: grid;
    gap: 0.125rem;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.6rem;
    align-items: start;
    min-height: 2.75rem;
    padding: 0.5rem;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .choice:hover {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .choice:has(:checked) {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
  }
  /* A radio takes the page's text colour, as every other control does, so that its focus ring
     (currentColor unless --inne-focus or --inne-accent) shows on a dark page too; its dot keeps
     the colour of the browser's own disc, on which it is drawn, unless the page sets an accent. */
  .choice input {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0.2em 0 0;
    color: inherit;
    accent-color: var(--inne-accent, FieldText);
  }
  .evidence,
  .number {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.75rem;
    margin-top: 0.75rem;
  }
  select,
  input[type='number'],
  textarea {
    font: inherit;
    color: inherit;
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--inne-field-background, transparent);
  }
  select option {
    color: initial;
  }
  select:disabled {
    opacity: 0.6;
  }
  .field-error {
    margin-top: 0.5rem;
    font-weight: 650;
  }
  .field-error::before {
    content: '⚠ ';
  }
  .result ul,
  .result ol {
    display: grid;
    gap: 0.35rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .status {
    min-height: 1.5em;
  }
  .copy-text {
    display: grid;
    gap: 0.35rem;
  }
  textarea {
    width: 100%;
  }
  @media print {
    .tools {
      display: none;
    }
    .aside {
      position: static;
      max-height: none;
      overflow: visible;
    }
    fieldset,
    .result {
      break-inside: avoid;
    }
  }
`;
