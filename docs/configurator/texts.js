// The configurator's interface in French (the default) and English, one table per language of
// the same shape. `?lang=en` picks English; this language is the interface's only: the
// component's own `lang`, chosen in the form, is what goes into the code. The page's static
// text carries `data-text="key"` (filled from `page`); the rest is written by configurator.js.
// The vocabulary's words (spheres, phases, event kinds) come from vocabulary.json, and the
// components' names from docs/embed/components.js, in both languages.

/** @typedef {typeof fr} Texts */

const fr = {
  /** The other language, for the switch at the top of the page. */
  other: { lang: 'en', name: 'English' },
  title: 'Configurateur d’intégration – Inné kit',
  /** Static text of index.html, by its `data-text`. */
  page: {
    heading: 'Configurateur d’intégration',
    intro:
      'Choisissez un composant, ses filtres, sa langue et ses couleurs, vérifiez l’aperçu, puis copiez le code sous la forme que votre site accepte\u00a0: script et balise, shortcode WordPress ou iframe. Guides\u00a0:',
    guideWordpress: 'extension WordPress',
    guideEmbed: 'intégration par iframe',
    settings: 'Réglages',
    component: 'Composant',
    filters: 'Filtres et affichage',
    filtersHint: 'Laissez un champ vide pour la valeur par défaut.',
    lang: 'Langue',
    langPage: 'Celle de la page',
    colours: 'Couleurs',
    coloursHint:
      'Cochez une couleur pour la personnaliser\u202f; sinon le composant suit votre site.',
    pageLook: 'Page de l’iframe',
    pageLookHint:
      'Pour l’iframe\u00a0: le fond et le texte de la page autour du composant. Sur votre site, le script et le shortcode prennent déjà ceux de votre page.',
    theme: 'Thème',
    themeAuto: 'Selon les couleurs\u00a0: clair, ou sombre sur un fond foncé',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    hosting: 'Données et hébergement',
    src: 'Adresse d’un autre flux (facultatif)',
    srcHint:
      'Vide\u00a0: le flux du Club Inné, publié à côté du script. L’iframe n’accepte que les flux des sites autorisés par le Club Inné.',
    scriptUrl: 'Adresse du script',
    embedUrl: 'Adresse de la page d’intégration (iframe)',
    frameHeight: 'Hauteur fixe de l’iframe (pixels)',
    frameHeightHint: 'Utilisée tant que le script d’ajustement n’est pas là (ou s’il est refusé).',
    preview: 'Aperçu',
    snippets: 'Code à copier',
    tag: 'Script et balise',
    tagHint: 'Pour une page ou un bloc «\u00a0HTML personnalisé\u00a0» qui accepte les scripts.',
    copyTag: 'Copier le script et la balise',
    shortcode: 'Shortcode WordPress',
    shortcodeHint:
      'Avec l’extension Inné kit, dans n’importe quelle page, même sans le droit d’insérer des scripts.',
    shortcodeCss:
      'Couleurs\u00a0: ajoutez aussi ce CSS dans Apparence → Personnaliser → CSS additionnel.',
    copyShortcode: 'Copier le shortcode',
    iframe: 'iframe',
    iframeHint:
      'Pour les sites qui refusent les scripts mais acceptent une iframe. La seconde ligne, facultative, ajuste la hauteur au contenu.',
    copyIframe: 'Copier l’iframe',
  },
  colours: {
    '--inne-accent': 'Accent (boutons, liens, focus)',
    '--inne-surface': 'Fond des cartes',
    '--inne-border': 'Bordures',
    '--inne-muted': 'Texte secondaire',
    '--inne-focus': 'Contour de focus',
  },
  /** The iframe page's own colours (`pageColours` of docs/embed/components.js). */
  pageColours: { background: 'Fond de la page', color: 'Couleur du texte' },
  colourPicker: (label) => `${label}\u00a0: couleur`,
  /** Field labels by attribute, and the labels of the choices that are not vocabulary. */
  fields: {
    sphere: 'Sphères (grandes fonctionnalités de la vie)',
    phase: 'Phases',
    kind: 'Types d’événement',
    territory: 'Territoires',
    actor: 'Acteur',
    'project-id': 'Projet',
    campaign: 'Campagne d’adhésion',
    assessment: 'Diagnostic à afficher',
    when: 'Période',
    limit: 'Nombre par page (vide\u00a0: tous)',
    sort: 'Tri',
    layout: 'Présentation',
    'group-by': 'Regrouper par',
    framework: 'Grille',
    table: 'Tableau des valeurs',
    'heading-level': 'Niveau des titres',
    filters: 'Barre de filtres pour les visiteurs',
    persist: 'Garder un brouillon dans le navigateur',
    label: 'Nom de la série',
    'utm-source': 'utm_source du lien de paiement',
    'utm-medium': 'utm_medium',
    'utm-campaign': 'utm_campaign',
  },
  choices: {
    when: { upcoming: 'À venir', past: 'Passés', all: 'Tous' },
    sort: {
      feed: 'Ordre du flux',
      title: 'Titre',
      phase: 'Phase (émergence d’abord)',
      recent: 'Plus récents d’abord',
    },
    layout: { grid: 'Grille', list: 'Liste', compact: 'Compacte' },
    'group-by': { none: 'Aucun regroupement', month: 'Mois' },
    framework: {
      'efc-ect': 'Diagnostic EFC d’un projet ou d’un territoire',
      'efc-tender': 'Analyse d’offres (marché public)',
    },
    table: { toggle: 'Derrière un bouton', visible: 'Toujours affiché' },
  },
  notInScript: (tag) => `<${tag}> n’est pas dans ce script.`,
  feedUnchecked: (site, listUrl) =>
    `Attention\u00a0: l’iframe n’affichera ce flux que si son site, ${site}, figure dans la liste ${listUrl}, que le configurateur n’a pas pu lire\u202f; sinon, elle affichera un message d’erreur à la place du composant.`,
  feedRefused: (site, listUrl, pageOrigin, sites) => {
    const others = sites.length ? ` et des sites ${sites.join(', ')}` : '';
    return `Attention\u00a0: l’iframe refusera ce flux et affichera un message d’erreur. La page d’intégration n’accepte que les flux de son propre site (${pageOrigin})${others}. Demandez au Club Inné d’ajouter ${site} à ${listUrl}, ou copiez le script et la balise, ou le shortcode WordPress, qui acceptent n’importe quel flux.`;
  },
  /** `fields`: `[label, attribute]` of each field the iframe snippet leaves out. */
  withheld: (fields) => {
    const left = fields.map(([label, attr]) => `«\u00a0${label}\u00a0» (${attr})`);
    return `Attention\u00a0: l’iframe ne reprend pas ${left.join(', ')}. La page d’intégration s’affiche à l’adresse du Club Inné et n’importe qui peut écrire un lien vers elle\u00a0: elle ne montre que ce que disent les flux qu’elle accepte, jamais un texte ou des données écrits dans le lien. Le script et la balise, ou le shortcode WordPress, ${left.length > 1 ? 'les' : 'le'} gardent.`;
  },
  /** Page colours the embed page will leave out: `[label, parameter]`, then both pairs. */
  contrast: (fields, asked, kept) => {
    const left = fields.map(([label, name]) => `«\u00a0${label}\u00a0» (${name})`);
    return `Attention\u00a0: sur la page de l’iframe, le texte (${asked.color}) et le fond (${asked.background}) n’ont qu’un contraste de ${asked.ratio}:1, sous les ${kept.min}:1 que les WCAG demandent pour un texte (critère 1.4.3, RGAA 3.2). La page d’intégration ne reprendra pas ${left.join(' et ')} et gardera ${left.length > 1 ? 'celles' : 'celle'} de son thème\u00a0: ${kept.color} sur ${kept.background} (${kept.ratio}:1), comme l’aperçu. Choisissez des couleurs plus contrastées.`;
  },
  copied: (name) => `Code «\u00a0${name}\u00a0» copié dans le presse-papiers.`,
  copyFailed: (name) =>
    `Copie automatique impossible\u00a0: le code «\u00a0${name}\u00a0» est sélectionné, copiez-le avec Ctrl+C.`,
};

/** @type {Texts} */
const en = {
  other: { lang: 'fr', name: 'Français' },
  title: 'Snippet configurator – Inné kit',
  page: {
    heading: 'Snippet configurator',
    intro:
      'Choose a component, its filters, its language and its colours, check the preview, then copy the code in the form your site accepts: script and tag, WordPress shortcode or iframe. Guides:',
    guideWordpress: 'WordPress plugin',
    guideEmbed: 'iframe embed',
    settings: 'Settings',
    component: 'Component',
    filters: 'Filters and display',
    filtersHint: 'Leave a field empty for the default value.',
    lang: 'Language',
    langPage: 'The page’s language',
    colours: 'Colours',
    coloursHint: 'Tick a colour to customise it; otherwise the component follows your site.',
    pageLook: 'The iframe’s page',
    pageLookHint:
      'For the iframe: the background and text of the page around the component. On your own site, the script and the shortcode already take your page’s.',
    theme: 'Theme',
    themeAuto: 'From the colours: light, or dark on a dark background',
    themeLight: 'Light',
    themeDark: 'Dark',
    hosting: 'Data and hosting',
    src: 'Address of another feed (optional)',
    srcHint:
      'Empty: the Club Inné feed, published beside the script. The iframe accepts only feeds from sites that Club Inné allows.',
    scriptUrl: 'Script address',
    embedUrl: 'Address of the embed page (iframe)',
    frameHeight: 'Fixed iframe height (pixels)',
    frameHeightHint: 'Used until the resizing script is there (or if it is refused).',
    preview: 'Preview',
    snippets: 'Code to copy',
    tag: 'Script and tag',
    tagHint: 'For a page or a “Custom HTML” block that accepts scripts.',
    copyTag: 'Copy the script and tag',
    shortcode: 'WordPress shortcode',
    shortcodeHint:
      'With the Inné kit plugin, in any page, even without the right to insert scripts.',
    shortcodeCss: 'Colours: also add this CSS in Appearance → Customize → Additional CSS.',
    copyShortcode: 'Copy the shortcode',
    iframe: 'iframe',
    iframeHint:
      'For sites that refuse scripts but accept an iframe. The second line, optional, fits the height to the content.',
    copyIframe: 'Copy the iframe',
  },
  colours: {
    '--inne-accent': 'Accent (buttons, links, focus)',
    '--inne-surface': 'Card background',
    '--inne-border': 'Borders',
    '--inne-muted': 'Secondary text',
    '--inne-focus': 'Focus outline',
  },
  pageColours: { background: 'Page background', color: 'Text colour' },
  colourPicker: (label) => `${label}: colour`,
  fields: {
    sphere: 'Spheres (major functions of life)',
    phase: 'Phases',
    kind: 'Event types',
    territory: 'Territories',
    actor: 'Actor',
    'project-id': 'Project',
    campaign: 'Membership campaign',
    assessment: 'Assessment to show',
    when: 'Period',
    limit: 'Number per page (empty: all)',
    sort: 'Sort',
    layout: 'Layout',
    'group-by': 'Group by',
    framework: 'Grid',
    table: 'Table of values',
    'heading-level': 'Heading level',
    filters: 'Filter bar for visitors',
    persist: 'Keep a draft in the browser',
    label: 'Series name',
    'utm-source': 'utm_source of the payment link',
    'utm-medium': 'utm_medium',
    'utm-campaign': 'utm_campaign',
  },
  choices: {
    when: { upcoming: 'Upcoming', past: 'Past', all: 'All' },
    sort: {
      feed: 'Feed order',
      title: 'Title',
      phase: 'Phase (emergence first)',
      recent: 'Most recent first',
    },
    layout: { grid: 'Grid', list: 'List', compact: 'Compact' },
    'group-by': { none: 'No grouping', month: 'Month' },
    framework: {
      'efc-ect': 'EFC assessment of a project or a territory',
      'efc-tender': 'Analysis of bids (public tender)',
    },
    table: { toggle: 'Behind a button', visible: 'Always shown' },
  },
  notInScript: (tag) => `<${tag}> is not in this script.`,
  feedUnchecked: (site, listUrl) =>
    `Warning: the iframe will show this feed only if its site, ${site}, is in the list ${listUrl}, which the configurator could not read; otherwise it will show an error message instead of the component.`,
  feedRefused: (site, listUrl, pageOrigin, sites) => {
    const others = sites.length ? ` and from the sites ${sites.join(', ')}` : '';
    return `Warning: the iframe will refuse this feed and show an error message. The embed page accepts only feeds from its own site (${pageOrigin})${others}. Ask Club Inné to add ${site} to ${listUrl}, or copy the script and tag, or the WordPress shortcode, which accept any feed.`;
  },
  withheld: (fields) => {
    const left = fields.map(([label, attr]) => `“${label}” (${attr})`);
    return `Warning: the iframe leaves out ${left.join(', ')}. The embed page is shown at Club Inné’s address and anyone can write a link to it: it shows only what the feeds it accepts say, never a text or data written in the link. The script and tag, or the WordPress shortcode, keep ${left.length > 1 ? 'them' : 'it'}.`;
  },
  contrast: (fields, asked, kept) => {
    const left = fields.map(([label, name]) => `“${label}” (${name})`);
    return `Warning: on the iframe’s page, the text (${asked.color}) and the background (${asked.background}) have a contrast of only ${asked.ratio}:1, below the ${kept.min}:1 WCAG asks of text (success criterion 1.4.3, RGAA 3.2). The embed page will leave out ${left.join(' and ')} and keep its theme’s: ${kept.color} on ${kept.background} (${kept.ratio}:1), as the preview shows. Choose colours with more contrast.`;
  },
  copied: (name) => `“${name}” code copied to the clipboard.`,
  copyFailed: (name) =>
    `Automatic copy failed: the “${name}” code is selected, copy it with Ctrl+C.`,
};

export const texts = { fr, en };

/** The interface language of `?lang=` (`fr` unless `en` is asked for). */
export function interfaceLanguage(search) {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'fr';
}
