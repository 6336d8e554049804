import type { MembershipMessages } from '../fr/membership.js';

/** Every text of `fr/membership.ts`, in English. */
export const membershipEn: MembershipMessages = {
  title: (year: number) => `Membership ${year}`,
  lastDays: 'Last days!',
  opensOn: (date: string) => `Membership opens on ${date}.`,
  until: (date: string) => `Open until ${date} inclusive.`,
  closed: (year: number) => `Membership for ${year} is closed.`,
  next: (title: string, date?: string) => `Next campaign: ${title}${date ? `, from ${date}` : ''}.`,
  contact: 'Contact us',
  join: 'Join',
  joinAt: (address: string) => `To join: ${address}`,
  tiers: 'Membership options',
  for: (who: string) => `For: ${who}`,
  none: 'No membership campaign at the moment.',
  payWhatYouWant: 'Pay what you want',
  from: (amount: string) => `from ${amount}`,
  benefits: 'What membership brings',
  reminder: 'Remind me (.ics)',
  example: 'Example',
  exampleHint: 'Dates and amounts given as an example',
  httpsHref: 'a full https:// address',
};
