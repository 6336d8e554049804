import type { LoadFailure } from '../shared/feed-loader.js';
import { formatDateTime, formatNumber, plural } from './format.js';
import { maturityEn } from './maturity-en.js';
import type { Messages } from './fr.js';

const p = (n: number, one: string, other: string) => plural('en', n, one, other);

/** Every text of `fr.ts`, in English. */
export const en: Messages = {
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
        'bad-url': 'The src attribute is not a valid http(s) address.',
      })[f.code],
    attribute: (name: string, value: string, expected: string, fallback: string) =>
      `${name}="${value}" is not recognised (expected: ${expected}): ${fallback ? `"${fallback}" is used instead` : 'value ignored'}.`,
    jsonLdBlocked:
      'JSON-LD not written: the page refuses the Trusted Types policy "inne" (add "inne" to the trusted-types directive).',
    debugTitle: (n: number) => p(n, 'Debug: # thing to check', 'Debug: # things to check'),
    none: 'No problem.',
    oneOf: (values: readonly string[]) => values.join(', '),
    actorId: 'an actor id of the feed',
    projectId: 'a project id of the feed',
  },
  projects: {
    count: (n: number) => p(n, '# project', '# projects'),
    empty: 'No project matches this selection.',
    noProject: 'This project is not available.',
    more: 'Show more',
    moreLabel: (n: number) => `Show ${p(n, '# more project', '# more projects')}`,
    added: (n: number, shown: number, total: number) =>
      `${p(n, '# project added', '# projects added')}, ${formatNumber('en', shown)} of ${formatNumber('en', total)}.`,
    shownOf: (shown: number, total: number) =>
      `${formatNumber('en', shown)} of ${p(total, '# project', '# projects')}`,
    list: 'Projects',
    filters: 'Filter projects',
    sphere: 'Area of life',
    territory: 'Territory',
    phase: 'Phase',
    all: (n: number) => `All (${formatNumber('en', n)})`,
    option: (label: string, n: number) => `${label} (${formatNumber('en', n)})`,
    reset: 'Show all',
    found: (n: number) => (n ? p(n, '# project found', '# projects found') : 'No project found'),
    phaseOf: (label: string, i: number, of: number) => `Phase: ${label} (${i} of ${of})`,
    actors: 'Actors',
    programme: 'Programme',
    stage: 'EFC stage',
    spheres: 'Areas of life',
    example: 'Example',
    exampleHint: 'Project given as an illustration',
  },
  events: {
    list: 'Events',
    empty: {
      upcoming: 'No upcoming events at the moment.',
      past: 'No past events.',
      all: 'No events at the moment.',
    },
    register: 'Register',
    joinOnline: 'Join online',
    addToCalendar: 'Add to my calendar',
    downloadAll: (n: number) =>
      p(n, 'Add this event to my calendar (.ics)', 'Add these # events to my calendar (.ics)'),
    by: (names: string) => `Organised by ${names}`,
    free: 'Free',
    example: 'Example',
    exampleHint: 'Date and details given as an example',
    calendarName: (publisher: string) => `${publisher} events`,
  },
  membership: {
    title: (year: number) => `Membership ${year}`,
    lastDays: 'Last days!',
    opensOn: (date: string) => `Membership opens on ${date}.`,
    until: (date: string) => `Open until ${date} inclusive.`,
    closed: (year: number) => `Membership for ${year} is closed.`,
    next: (title: string, date?: string) =>
      `Next campaign: ${title}${date ? `, from ${date}` : ''}.`,
    contact: 'Contact us',
    join: 'Join',
    tiers: 'Membership options',
    for: (who: string) => `For: ${who}`,
    none: 'No membership campaign at the moment.',
    payWhatYouWant: 'Pay what you want',
    from: (amount: string) => `from ${amount}`,
    benefits: 'What membership brings',
    reminder: 'Remind me (.ics)',
    example: 'Example',
    exampleHint: 'Dates and amounts given as an example',
    campaignId: 'a campaign id of the feed',
  },
  maturity: maturityEn,
};
