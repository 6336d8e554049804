import { css } from 'lit';

/** The message shown instead of a diagnosis when the grid is broken (`gridError`). */
export const gridErrorStyles = css`
  .grid-error p {
    margin: 0;
    flex-basis: 100%;
  }
  .grid-error ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;
