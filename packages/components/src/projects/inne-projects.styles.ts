import { css } from 'lit';

/**
 * The list's layouts. Sizes follow the component's own width (container queries), not the
 * window's: the same element fits a 280 px sidebar and a 1200 px column.
 */
export const projectsStyles = css`
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list.grid,
  .skeleton {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--inne-card-min, 16rem)), 1fr));
  }
  .item {
    min-width: 0;
  }
  /* Placeholders about as tall as a card, so the page moves little when the cards come. */
  .skeleton > span {
    min-height: 16rem;
  }
  .list.compact {
    gap: 0.5rem;
  }
  .compact .card {
    border-width: 0 0 1px;
    border-radius: 0;
  }
  .compact .body {
    padding: 0.5rem 0 0.75rem;
    gap: 0.25rem;
  }
  .compact .title {
    font-size: 1em;
  }
  /* The list layout's class is "list list": a .list.list selector would match every layout
     and put the image beside the text in a grid's narrow cards too. */
  @container inne (min-width: 36rem) {
    .list:not(.grid, .compact) .with-image {
      display: grid;
      grid-template-columns: minmax(10rem, 1fr) 2fr;
    }
    .list:not(.grid, .compact) .image {
      height: 100%;
    }
    .compact .body {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: baseline;
      column-gap: 1rem;
    }
    /* The phase on the right of the first row; all else in the left column, even where a
       project has no phase (auto-placement would put its territory on the right). */
    .compact .body > * {
      grid-column: 1;
    }
    .compact .body > .phase {
      grid-column: 2;
      grid-row: 1;
    }
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1rem;
    margin-bottom: var(--_gap);
  }
  /* A filter is as wide as its select's longest option, but never wider than the bar: a long
     territory name or a reader's text spacing would push it past a phone's edge. A column
     flex box stretches the select to that width (a grid track would not go below the option),
     and the open list still shows every option whole. */
  .filter {
    display: flex;
    flex-direction: column;
    max-width: 100%;
    gap: 0.25rem;
    flex: 1 1 12rem;
    font-size: 0.875em;
    font-weight: 600;
  }
  select {
    font: inherit;
    font-weight: normal;
    color: inherit;
    min-height: 2.75rem;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--inne-field-background, transparent);
  }
  select option {
    color: initial;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5rem 1rem;
    margin-top: var(--_gap);
    font-size: 0.9375em;
  }
`;
