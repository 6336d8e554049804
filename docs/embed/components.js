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
  // #rgb, #rrggbb (with alpha too), a CSS colour keyword, or rgb()/hsl() of numbers: nothing
  // that could end a declaration or call anything.
  color:
    /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,20}|(rgb|hsl)a?\([0-9a-z.,%/ +-]{1,60}\))$/i,
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
// The light theme's own colours: embed.css's Canvas and CanvasText of a light page.
const lightColours = { background: '#ffffff', color: '#000000' };
export const pageColours = ['background', 'color'];
export const pageParameters = ['theme', ...pageColours];
/** The contrast WCAG 2.1 AA asks between text and its background (1.4.3, RGAA 3.2). */
export const minContrast = 4.5;

/**
 * The CSS declarations of the page's look that `get(name)` asks for (a query's `get`), the
 * parameters left out, each with the reason, and, when the page's text would read below
 * `minContrast` on its background, `unreadable`: the colours asked for and their contrast,
 * the ones kept instead (the theme's, always readable) and theirs. `colourOf` reads a colour as
 * the browser does (`browserColour`).
 */
export function pageLook(get, colourOf = browserColour) {
  const style = {};
  const ignored = [];
  const given = {};
  for (const name of pageColours) {
    const value = get(name);
    if (value === null || value === '') continue;
    if (patterns.color.test(value) && colourOf(value)) given[name] = value;
    else ignored.push(`${name}=${value} (not a plain colour)`);
  }
  let theme = get('theme');
  if (theme === null || theme === '') {
    const surface = get('--inne-surface');
    const base = given.background ?? (patterns.color.test(surface ?? '') ? surface : null);
    theme = base && darkColour(colourOf(base), colourOf) ? 'dark' : 'light';
  }
  if (Object.hasOwn(themes, theme)) Object.assign(style, themes[theme]);
  else ignored.push(`theme=${theme} (one of: ${Object.keys(themes).join(', ')})`);
  const own = { ...lightColours, ...(Object.hasOwn(themes, theme) ? themes[theme] : {}) };

  // The partner's colours, else the theme's text on their background, else the theme's own:
  // the first pair that reads, so that a colour is dropped only when it must be.
  const pairs = [['background', 'color'], ['background'], []].map((names) => {
    const pick = (name) => (names.includes(name) && given[name]) || own[name];
    const pair = { background: pick('background'), color: pick('color') };
    return { ...pair, ratio: textContrast(pair, colourOf) };
  });
  const kept = pairs.find((p) => p.ratio >= minContrast) ?? pairs[2];
  for (const name of pageColours)
    if (given[name] && kept[name] === given[name]) style[name] = given[name];
  const left = pageColours.filter((name) => given[name] && style[name] !== given[name]);
  const unreadable = left.length ? { asked: pairs[0], kept, left } : null;
  return { style, ignored, unreadable };
}

/** A contrast ratio as WCAG writes it, in `lang`, never rounded up to a passing one: 4.49 is 4.4. */
export const ratioText = (ratio, lang) =>
  (Math.floor(ratio * 10) / 10).toLocaleString(lang, { maximumFractionDigits: 1 });

let canvas;
/**
 * `value` read as the browser reads a CSS colour, as `[red, green, blue, alpha]` (0–255, and
 * alpha 0–1), or null when it is none: names, `rgb()`, `hsl()`, hex alike, without a table of
 * our own. A canvas keeps its fill colour when given something else: two starts that still
 * differ after `value` mean that it was refused.
 */
export function browserColour(value) {
  canvas ??= document.createElement('canvas').getContext('2d');
  const read = (start) => {
    canvas.fillStyle = start;
    canvas.fillStyle = value;
    return String(canvas.fillStyle);
  };
  const seen = read('#000000');
  if (seen !== read('#ffffff')) return null;
  // The canvas writes `#rrggbb` when opaque, `rgba(r, g, b, a)` otherwise.
  if (seen.startsWith('#'))
    return [1, 3, 5].map((i) => parseInt(seen.slice(i, i + 2), 16)).concat(1);
  const [r, g, b, a = 1] = (seen.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** `top` seen over the opaque `bottom` (both `[r, g, b, alpha]`). */
const over = (top, bottom) =>
  [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);

/** WCAG relative luminance of an opaque `[r, g, b, …]`. */
function luminance(rgb) {
  const [r, g, b] = rgb.slice(0, 3).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const ratio = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * The WCAG contrast of the text colour on the background of `pair` (CSS colours), as they show
 * in the frame: the background over a white page (a partner's translucent colour lets the
 * canvas through), the text over it.
 */
function textContrast({ background, color }, colourOf) {
  const back = over(colourOf(background), [255, 255, 255, 1]);
  return ratio(luminance(over(colourOf(color), back)), luminance(back));
}

/** Whether the dark theme's text reads better on `rgba` than black, the light page's text. */
function darkColour(rgba, colourOf) {
  if (!rgba) return false;
  const l = luminance(over(rgba, [255, 255, 255, 1]));
  return ratio(luminance(colourOf(themes.dark.color)), l) > ratio(l, 0);
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
