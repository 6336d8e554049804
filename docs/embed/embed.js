// The embed page: one component alone, for sites that accept an iframe but no script.
//   …/embed/?component=projects&sphere=se-nourrir&limit=6&lang=en&id=projets
// Every other parameter is an attribute of the component (the same as on the tag), kept only
// if the component has it and it puts no words or data of the link's own in the frame
// (`withheld` in components.js); `--inne-*` parameters set the look, kept only if their value is
// a plain colour or length; `theme=dark`, `background` and `color` set the look of the page
// around it (`pageLook` in components.js). What is left out is said in the console. An address
// (`src`, `href`) is taken only on this page's site or on a site listed in feeds.json
// (allowlist.js says why); another one is refused with a message, never replaced by the club's
// feed. The page tells its parent its height (postMessage `{ type: 'inne-embed-height', height,
// id }`) whenever it changes:
// docs/embed/resizer.js on the parent page sets the iframe's height from it.
import { addressAttributes, allowlistFile, checkAddress, loadAllowlist } from './allowlist.js';
import {
  componentOf,
  customProperties,
  minContrast,
  pageLook,
  pageParameters,
  ratioText,
  validCustomProperty,
  withheldReason,
} from './components.js';

const params = new URLSearchParams(location.search);
const main = document.querySelector('main');
// The language as the components read theirs (`toLocale` in @club-inne/core): the part before
// any region, in any case (`en-GB`, `EN`); anything else is French. The component gets the value
// as written, so that it reports one it does not speak (`lang="de"`), as on any page.
const askedLang = params.get('lang');
const lang = (askedLang ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'fr';
const frameId = params.get('id') ?? '';
document.documentElement.lang = lang;

// What a visitor reads instead of the component; the console says more to the webmaster. A
// refused site is not named here: that would show a stranger's text under the club's address.
const texts = {
  address: {
    fr: 'Ce contenu ne peut pas être affiché\u00a0: la page qui l’intègre a une adresse erronée.',
    en: 'This content cannot be shown. The page that embeds it has a wrong address.',
  },
  src: {
    fr: 'Ce contenu ne peut pas être affiché\u00a0: ses données viendraient d’un site que le Club Inné n’a pas autorisé.',
    en: 'This content cannot be shown: its data would come from a site that Club Inné has not approved.',
  },
  href: {
    fr: 'Ce contenu ne peut pas être affiché\u00a0: son lien de paiement mène à un site que le Club Inné n’a pas autorisé.',
    en: 'This content cannot be shown: its payment link leads to a site that Club Inné has not approved.',
  },
};

// The webmaster's: a partner's page colours left out because the text would not read. In the
// page's language, as the frame it explains.
const contrastTexts = {
  fr: (left, asked, kept) =>
    `Inné embed\u00a0: ${left} laissé${left.includes(' et ') ? 's' : ''} de côté. Le texte de la page (${asked.color}) sur son fond (${asked.background}) aurait un contraste de ${asked.ratio}:1, sous les ${kept.min}:1 que les WCAG demandent pour un texte (critère 1.4.3, RGAA 3.2)\u00a0: illisible pour beaucoup de visiteurs. La page garde à la place celles de son thème\u00a0: ${kept.color} sur ${kept.background} (${kept.ratio}:1). Choisissez un texte et un fond d’un contraste d’au moins ${kept.min}:1 (le configurateur le mesure).`,
  en: (left, asked, kept) =>
    `Inné embed: left out ${left}. The page's text (${asked.color}) on its background (${asked.background}) would have a contrast of ${asked.ratio}:1, below the ${kept.min}:1 WCAG asks of text (success criterion 1.4.3, RGAA 3.2): unreadable for many visitors. The page keeps its theme's instead: ${kept.color} on ${kept.background} (${kept.ratio}:1). Choose a text and a background with a contrast of at least ${kept.min}:1 (the configurator measures it).`,
};

function fail(message, text = texts.address) {
  console.error(`Inné embed: ${message}`);
  const p = document.createElement('p');
  p.className = 'inne-embed-error';
  p.textContent = text[lang];
  main.replaceChildren(p);
}

/** The sites of feeds.json, read only when the query holds an address (fail closed). */
async function acceptedSites(listUrl) {
  const list = await loadAllowlist(listUrl);
  if (list.problem)
    console.warn(
      `Inné embed: ${listUrl} could not be read (${list.problem}): only addresses on this page's site (${location.origin}) are accepted.`,
    );
  if (list.ignored.length)
    console.warn(
      `Inné embed: ignored ${list.ignored.length} entr${list.ignored.length > 1 ? 'ies' : 'y'} of ${listUrl}:\n- ${list.ignored.join('\n- ')}`,
    );
  return list.sites;
}

/** The console's explanation of a refused address: what is accepted, and how to be added. */
function refusal(name, value, checked, sites, listUrl) {
  const listed = sites.length ? sites.join(', ') : 'none yet';
  const how = checked.origin
    ? `To show ${checked.origin} in this frame, ask Club Inné to add it to ${listUrl}. `
    : '';
  return (
    `refused ${name}="${value}": ${checked.reason}. This page accepts addresses on its own site (${location.origin}) and on the sites of ${listUrl} (${listed}). ` +
    `${how}The script and tag, or the WordPress plugin, show any feed on your own site (docs/embed.md).`
  );
}

async function mount() {
  const component = componentOf(params.get('component') ?? 'projects');
  if (!component) {
    fail(
      `unknown component "${params.get('component')}"; one of: projects, project-card, events, membership, maturity-radar, maturity-assessment.`,
    );
    return;
  }
  document.title = component.title[lang];
  const element = document.createElement(component.tag);
  if (askedLang !== null) element.setAttribute('lang', askedLang);

  // Fetched beside the wait for the bundle, and only when there is an address to check.
  const listUrl = new URL(allowlistFile, import.meta.url).href;
  const hasAddress = addressAttributes.some((name) => params.getAll(name).some((v) => v.trim()));
  const sites = hasAddress ? acceptedSites(listUrl) : Promise.resolve([]);

  // The allowlist is the component's own: the attributes its class observes.
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 10000));
  let known;
  try {
    const ElementClass = await Promise.race([customElements.whenDefined(component.tag), timeout]);
    known = new Set(ElementClass.observedAttributes ?? []);
  } catch {
    fail(`<${component.tag}> is not defined: is inne.js beside this page (../../packages/…)?`);
    return;
  }

  const ignored = [...pageIgnored];
  for (const [name, value] of params) {
    if (['component', 'id', 'lang'].includes(name) || pageParameters.includes(name)) continue;
    const withheld = withheldReason(component.name, name);
    if (withheld) {
      ignored.push(`${name} (${withheld})`);
    } else if (name.startsWith('--inne-')) {
      if (validCustomProperty(name, value)) element.style.setProperty(name, value);
      else
        ignored.push(
          `${name}=${value} (${customProperties[name] ? `not a plain ${customProperties[name]}` : 'unknown property'})`,
        );
    } else if (addressAttributes.includes(name) && known.has(name) && value.trim()) {
      const checked = checkAddress(value, location.href, await sites);
      if (!checked.href) {
        // Not the club's feed instead: the partner asked for another, and would not notice.
        fail(refusal(name, value, checked, await sites, listUrl), texts[name]);
        return;
      }
      // The address checked, absolute: the component cannot read it differently.
      element.setAttribute(name, checked.href);
    } else if (known.has(name)) {
      element.setAttribute(name, value);
    } else {
      ignored.push(`${name} (not an attribute of <${component.tag}>)`);
    }
  }
  if (ignored.length) {
    const taken = [...known].filter((name) => !withheldReason(component.name, name));
    console.warn(
      `Inné embed: ignored ${ignored.length} parameter(s):\n- ${ignored.join('\n- ')}\nAttributes of <${component.tag}> this page takes: ${taken.join(', ')}`,
    );
  }
  main.replaceChildren(element);
}

/** Tells the parent page the height of the content, each time it changes. */
function reportHeight() {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret: any parent may read it, the resizer checks who sends it.
    window.parent.postMessage({ type: 'inne-embed-height', height, id: frameId }, '*');
  };
  new ResizeObserver(send).observe(main);
  send();
}

// The page's look first, before the bundle loads: a dark site's frame never flashes white.
const look = pageLook((name) => params.get(name));
for (const [name, value] of Object.entries(look.style))
  document.documentElement.style.setProperty(name, value);
const pageIgnored = look.ignored;
if (look.unreadable) {
  const { asked, kept, left } = look.unreadable;
  const ratio = (value) => ratioText(value, lang);
  const min = ratio(minContrast);
  console.warn(
    contrastTexts[lang](
      left.map((name) => `${name}=${params.get(name)}`).join(lang === 'fr' ? ' et ' : ' and '),
      { ...asked, ratio: ratio(asked.ratio) },
      { ...kept, ratio: ratio(kept.ratio), min },
    ),
  );
}
reportHeight();
mount();
