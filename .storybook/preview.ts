import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../packages/components/custom-elements.json';
import '../packages/components/src/define.js';

// Controls and the API tables of the docs pages come from the Custom Elements Manifest,
// which the analyzer generates from each component's JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
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
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'fr';
      return story();
    },
  ],
};

export default preview;
