/**
 * Maximum sizes, so that a hostile or broken feed cannot exhaust a page. Chosen well above
 * what the network publishes (tens of items) and what a page can show (thousands).
 */
export const limits = {
  id: 80,
  name: 200,
  short: 120,
  text: 4000,
  url: 2048,
  tags: 20,
  tag: 60,
  spheres: 8,
  roles: 50,
  tiers: 20,
  benefits: 20,
  /** Items per collection; beyond it the first ones are kept and the rest reported. */
  items: 20000,
  /** Bytes of a feed given as text or fetched. */
  feedBytes: 5_000_000,
} as const;
