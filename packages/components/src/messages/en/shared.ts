import type { LoadFailure } from '../../shared/feed-loader.js';
import { formatDateTime, formatFor } from '../format.js';
import type { SharedMessages } from '../fr/shared.js';

const { p } = formatFor('en');

/** Every text of `fr/shared.ts`, in English. */
export const sharedEn: SharedMessages = {
  state: {
    loading: 'Loading…',
    error: 'This information is not available at the moment. Please try again later.',
    retry: 'Try again',
    stale: (at: Date) =>
      `Information from ${formatDateTime('en', at)}: the update did not succeed.`,
  },
  report: {
    title: (tag: string, n: number) => `<${tag}>: ${p(n, '# thing to check', '# things to check')}`,
    source: (kind: string, url?: string) =>
      `Source: ${{ property: '.feed property', inline: 'inline JSON script', src: 'src attribute', default: 'Club Inné feed' }[kind] ?? kind}${url ? ` (${url})` : ''}`,
    failure: (f: LoadFailure) =>
      ({
        network: 'The feed could not be downloaded (network, address or CORS headers).',
        timeout: 'The feed server did not answer in time.',
        http: `The feed server answered ${f.status} instead of 200.`,
        'too-large': 'The feed is too large.',
        'not-a-feed': 'The file received is not a Club Inné feed.',
        'bad-url': 'The src attribute is not a full https:// address.',
      })[f.code],
    attribute: (name: string, value: string, expected: string, fallback: string) =>
      `${name}="${value}" is not recognised (expected: ${expected}): ${fallback ? `"${fallback}" is used instead` : 'value ignored'}.`,
    missing: (name: string, expected: string) =>
      `The ${name} attribute is missing (expected: ${expected}).`,
    jsonLdBlocked:
      'JSON-LD not written: the page refuses the Trusted Types policy "inne" (add "inne" to the trusted-types directive).',
    debugTitle: (n: number) => p(n, 'Debug: # thing to check', 'Debug: # things to check'),
    none: 'No problem.',
    noIds: 'an id of the feed, which holds none',
  },
};
