import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/components/custom-elements.json';
import '../packages/components/src/define.js';

// Controls and the API tables of the docs pages come from the Custom Elements Manifest,
// which the analyzer generates from each component's JSDoc. Storybook keys those tables by
// name, so a part named like an attribute (`debug`, `phase`, `filters`) would hide the
// attribute: parts are listed as `::part(name)`, which is also how a page styles them.
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((m) => ({
    ...m,
    declarations: m.declarations.map((d) =>
      'cssParts' in d
        ? { ...d, cssParts: d.cssParts.map((p) => ({ ...p, name: `::part(${p.name})` })) }
        : d,
    ),
  })),
});

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // A story's play function brings it to its state (a refresh that fails, prices typed):
    // docs pages run it too, or they would show the state before it.
    docs: { story: { autoplay: true } },
    layout: 'padded',
  },
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Langue des composants',
      toolbar: { title: 'Langue', icon: 'globe', items: ['fr', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'fr' },
  decorators: [
    // The page's language, and the story's own: docs pages put each story under
    // `lang="en"`, which an element without `lang` would follow whatever the toolbar says.
    (story, context) => {
      const lang = (context.globals.lang as string | undefined) ?? 'fr';
      document.documentElement.lang = lang;
      return html`<div lang=${lang}>${story()}</div>`;
    },
  ],
};

export default preview;
