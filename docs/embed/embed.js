// The embed page: one component alone, for sites that accept an iframe but no script.
//   …/embed/?component=projects&sphere=se-nourrir&limit=6&lang=en&id=projets
// Every other parameter is an attribute of the component (the same as on the tag), kept only
// if the component has it; `--inne-*` parameters set the look, kept only if their value is a
// plain colour or length. What is left out is said in the console. The page tells its parent
// its height (postMessage `{ type: 'inne-embed-height', height, id }`) whenever it changes:
// docs/embed/resizer.js on the parent page sets the iframe's height from it.
import { componentOf, customProperties, validCustomProperty } from './components.js';

const params = new URLSearchParams(location.search);
const main = document.querySelector('main');
const lang = params.get('lang') === 'en' ? 'en' : 'fr';
const frameId = params.get('id') ?? '';
document.documentElement.lang = lang;

function fail(message) {
  console.error(`Inné embed: ${message}`);
  const p = document.createElement('p');
  p.className = 'inne-embed-error';
  p.textContent =
    lang === 'en'
      ? 'This content cannot be shown. The page that embeds it has a wrong address.'
      : 'Ce contenu ne peut pas être affiché : la page qui l’intègre a une adresse erronée.';
  main.replaceChildren(p);
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
  if (params.has('lang')) element.setAttribute('lang', lang);

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

  const ignored = [];
  for (const [name, value] of params) {
    if (name === 'component' || name === 'id' || name === 'lang') continue;
    if (name.startsWith('--inne-')) {
      if (validCustomProperty(name, value)) element.style.setProperty(name, value);
      else
        ignored.push(
          `${name}=${value} (${customProperties[name] ? `not a plain ${customProperties[name]}` : 'unknown property'})`,
        );
    } else if (known.has(name)) {
      element.setAttribute(name, value);
    } else {
      ignored.push(`${name} (not an attribute of <${component.tag}>)`);
    }
  }
  if (ignored.length) {
    console.warn(
      `Inné embed: ignored ${ignored.length} parameter(s):\n- ${ignored.join('\n- ')}\nAttributes of <${component.tag}>: ${[...known].join(', ')}`,
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

reportHeight();
mount();
