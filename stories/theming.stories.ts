import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { eventsStoryFeed, membershipStoryFeed, storyNow } from './fixtures/events.js';
import { assessedFeed } from './fixtures/projects.js';

/**
 * The host page's look, three ways: `--inne-*` custom properties, `::part()` rules, and a
 * hostile theme whose global `!important` rules do not reach inside the components. The
 * prose and the token tables are in theming.mdx.
 */
const meta: Meta = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const projects = assessedFeed();

/** Nothing set: the page's font and text colour, neutral borders. */
export const PageLook: Story = {
  render: () => html`<inne-projects limit="3" .feed=${projects}></inne-projects>`,
};

/** One set of tokens on a parent: every component below follows it. */
export const Tokens: Story = {
  render: () => html`
    <div
      style="display: grid; gap: 2rem; font-family: 'Trebuchet MS', Verdana, sans-serif;
        --inne-accent: #00605a; --inne-surface: #f3faf9; --inne-border: #9cc9c4;
        --inne-radius: 1rem; --inne-gap: 1.25rem; --inne-shadow: 0 2px 6px rgb(0 0 0 / 0.12);
        --inne-tag-background: #d9efec; --inne-title-size: 1.2em;"
    >
      <inne-projects limit="3" .feed=${projects}></inne-projects>
      <inne-events limit="2" .now=${storyNow} .feed=${eventsStoryFeed()}></inne-events>
      <inne-membership-cta
        .now=${'2025-06-01T12:00:00+02:00'}
        .feed=${membershipStoryFeed()}
      ></inne-membership-cta>
    </div>
  `,
};

/** `::part()` for what tokens do not cover: shadows, fonts, case. */
export const Parts: Story = {
  render: () => html`
    <style>
      .parts-demo inne-projects::part(card) {
        border-inline-start: 6px solid #7a3b00;
        box-shadow: none;
      }
      .parts-demo inne-projects::part(title) {
        font-family: Georgia, 'Times New Roman', serif;
        font-size: 1.35em;
      }
      .parts-demo inne-projects::part(tags) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
      .parts-demo inne-projects::part(button) {
        border-radius: 999px;
      }
    </style>
    <div class="parts-demo">
      <inne-projects limit="3" .feed=${projects}></inne-projects>
    </div>
  `,
};

/**
 * A theme with global `!important` rules on links, headings, lists and buttons, as many CMS
 * themes have: they stop at the shadow root, the cards keep their layout.
 */
export const HostileTheme: Story = {
  render: () => html`
    <style>
      .hostile-theme a {
        color: #b00020 !important;
        text-decoration: underline wavy !important;
      }
      .hostile-theme h3 {
        font-size: 3rem !important;
        text-transform: uppercase !important;
      }
      .hostile-theme ul,
      .hostile-theme li {
        list-style: square !important;
        margin: 2rem !important;
      }
      .hostile-theme button {
        background: #000 !important;
        color: #fff !important;
        padding: 2rem !important;
      }
    </style>
    <div class="hostile-theme">
      <h3>A heading of the theme</h3>
      <ul>
        <li><a href="#top">A link of the theme</a></li>
      </ul>
      <inne-projects limit="3" filters .feed=${projects}></inne-projects>
    </div>
  `,
};
