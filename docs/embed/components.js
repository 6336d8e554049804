// The components a page can embed, by the short name used in `?component=` (the embed page),
// in `[inne_…]` (the WordPress plugin) and in the configurator, with the title an iframe
// carries (RGAA criterion 2.1: every iframe has a title) and the fixed height it keeps where
// the page refuses resizer.js (docs/embed.md suggests the same).
export const components = {
  projects: {
    tag: 'inne-projects',
    shortcode: 'inne_projects',
    title: { fr: 'Projets coopératifs du Club Inné', en: 'Club Inné cooperative projects' },
    height: 600,
  },
  'project-card': {
    tag: 'inne-project-card',
    shortcode: 'inne_project_card',
    title: { fr: 'Un projet du Club Inné', en: 'A Club Inné project' },
    height: 350,
  },
  events: {
    tag: 'inne-events',
    shortcode: 'inne_events',
    title: { fr: 'Événements du Club Inné', en: 'Club Inné events' },
    height: 600,
  },
  membership: {
    tag: 'inne-membership-cta',
    shortcode: 'inne_membership',
    title: { fr: 'Adhérer au Club Inné', en: 'Join Club Inné' },
    height: 450,
  },
  'maturity-radar': {
    tag: 'inne-maturity-radar',
    shortcode: 'inne_maturity_radar',
    title: { fr: 'Radar de maturité EFC', en: 'EFC maturity radar' },
    height: 500,
  },
  'maturity-assessment': {
    tag: 'inne-maturity-assessment',
    shortcode: 'inne_maturity_assessment',
    title: { fr: 'Autodiagnostic de maturité EFC', en: 'EFC maturity self-assessment' },
    height: 1400,
  },
};

/** The custom properties a page may set, each with the only values it accepts. */
export const customProperties = {
  '--inne-accent': 'color',
  '--inne-surface': 'color',
  '--inne-border': 'color',
  '--inne-muted': 'color',
  '--inne-focus': 'color',
  '--inne-radius': 'length',
  '--inne-gap': 'length',
};

// The embed page shows only what a feed it accepts says: anyone can write a link to it, and the
// frame speaks under the club's address. So it does not forward an attribute that would put the
// link's own words or data in the frame (the console says why, the configurator leaves it out of
// the iframe snippet); the script and tag show it on a partner's own site, under their address.
const madeUpCampaign =
  "the frame shows the feed's campaign, not one made up in a link; use the script and tag on your own site";

/** The attributes the embed page does not forward, by component (`*`: every one), and why. */
export const withheld = {
  '*': {
    debug:
      "its panel would show the other parameters, as written, on the club's page; this console lists the same problems",
  },
  membership: { year: madeUpCampaign, opens: madeUpCampaign, deadline: madeUpCampaign },
  'maturity-radar': {
    label: "free text is not shown on the club's page; use the script and tag on your own site",
  },
};

/** Why the embed page leaves out `attribute` of the component `name`, or '' if it forwards it. */
export function withheldReason(name, attribute) {
  for (const key of [name, '*'])
    if (Object.hasOwn(withheld, key) && Object.hasOwn(withheld[key], attribute))
      return withheld[key][attribute];
  return '';
}

const patterns = {
  // #rgb, #rrggbb (with alpha too) or a CSS colour keyword: nothing that could end a declaration.
  color: /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,20})$/i,
  length: /^(0|\d{1,3}(\.\d{1,2})?(px|rem|em))$/,
};

/**
 * The look of the embed page itself, around the component, which takes its text colour (its
 * default accent, borders and secondary text derive from it): `theme=dark` for a dark site,
 * then the page's `background` and text `color`, plain colours, over the theme's. Without
 * `theme`, a dark `background` (or, without it, a dark `--inne-surface`) asks for the dark
 * theme: a partner who gives their dark site's colour expects light text on it. The dark
 * theme is Storybook's dark host page; every component passes WCAG AA contrast on it
 * (scripts/test-embed.mjs). The configurator's preview shows the same look.
 */
export const themes = {
  light: {},
  dark: { 'color-scheme': 'dark', background: '#15191d', color: '#ece8e1' },
};
export const pageColours = ['background', 'color'];
export const pageParameters = ['theme', ...pageColours];

/**
 * The CSS declarations of the page's look that `get(name)` asks for (a query's `get`), and the
 * parameters left out, each with the reason.
 */
export function pageLook(get) {
  const style = {};
  const ignored = [];
  let theme = get('theme');
  if (theme === null || theme === '') {
    theme = darkColour(get('background') || get('--inne-surface')) ? 'dark' : 'light';
  }
  if (Object.hasOwn(themes, theme)) Object.assign(style, themes[theme]);
  else ignored.push(`theme=${theme} (one of: ${Object.keys(themes).join(', ')})`);
  for (const name of pageColours) {
    const value = get(name);
    if (value === null || value === '') continue;
    if (patterns.color.test(value)) style[name] = value;
    else ignored.push(`${name}=${value} (not a plain colour)`);
  }
  return { style, ignored };
}

/** WCAG relative luminance of a `#rgb` or `#rrggbb` colour (alpha left aside), or null. */
function luminance(value) {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value ?? '')?.[1];
  if (!hex) return null;
  const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Whether the dark theme's text reads better on `value` than black, the light page's text. Only
 * hex colours are measured: a colour name never turns the theme.
 */
function darkColour(value) {
  const l = luminance(value);
  if (l === null) return false;
  return (luminance(themes.dark.color) + 0.05) / (l + 0.05) > (l + 0.05) / 0.05;
}

/** Whether `value` is safe for the custom property `name`. */
export function validCustomProperty(name, value) {
  const kind = Object.hasOwn(customProperties, name) ? customProperties[name] : undefined;
  return !!kind && patterns[kind].test(value);
}

/** The component of a `?component=` value: a short name, or a tag. */
export function componentOf(name) {
  const key = String(name ?? '')
    .trim()
    .toLowerCase()
    .replace(/^inne-/, '');
  // Own keys only: `constructor` or `__proto__` is no component.
  if (Object.hasOwn(components, key)) return { name: key, ...components[key] };
  const byTag = Object.entries(components).find(([, c]) => c.tag === `inne-${key}`);
  return byTag ? { name: byTag[0], ...byTag[1] } : undefined;
}
