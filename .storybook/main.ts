import type { StorybookConfig } from '@storybook/web-components-vite';

// Stories live in stories/ at the root; components are imported from their TypeScript source
// through the `@club-inne/source` export condition, so Storybook needs no prior build.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      conditions: ['@club-inne/source', 'browser', 'module', 'import', 'default'],
    },
  }),
};

export default config;
