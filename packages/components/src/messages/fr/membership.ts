/** The texts of `<inne-membership-cta>`. */
export const membershipFr = {
  title: (year: number) => `Adhésions ${year}`,
  lastDays: 'Derniers jours\u202f!',
  opensOn: (date: string) => `Ouverture des adhésions le ${date}.`,
  until: (date: string) => `Adhésions ouvertes jusqu’au ${date} inclus.`,
  closed: (year: number) => `Les adhésions ${year} sont closes.`,
  next: (title: string, date?: string) =>
    `Prochaine campagne\u00a0: ${title}${date ? `, à partir du ${date}` : ''}.`,
  contact: 'Nous contacter',
  join: 'Adhérer',
  /** On paper, once below the tiers: the payment page they all lead to. */
  joinAt: (address: string) => `Pour adhérer\u00a0: ${address}`,
  tiers: 'Formules d’adhésion',
  for: (who: string) => `Pour\u00a0: ${who}`,
  none: 'Aucune campagne d’adhésion pour le moment.',
  payWhatYouWant: 'Prix libre',
  from: (amount: string) => `à partir de ${amount}`,
  benefits: 'Ce que l’adhésion apporte',
  reminder: 'Me le rappeler (.ics)',
  example: 'Exemple',
  exampleHint: 'Dates et montants donnés à titre d’exemple',
  httpsHref: 'une adresse complète en https://',
};

export type MembershipMessages = typeof membershipFr;
