// What every component story shares: its controls, read from the Custom Elements Manifest (so
// every attribute a webmaster can type is a control that works, with its description), the
// element built from the args, and the frame around it (width, host page's look, tokens).
import type { ArgTypes } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../packages/components/custom-elements.json';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
  members?: { name: string; kind: string; static?: boolean; privacy?: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
  events?: { name: string }[];
}

export type Args = Record<string, unknown>;

function declarationOf(tag: string): Declaration {
  const declarations = manifest.modules.flatMap((m) => m.declarations as Declaration[]);
  const found = declarations.find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json: run pnpm analyze`);
  return found;
}

const colourToken = /accent|surface|border|muted|focus|background|color|skeleton|cancelled|grid/;

/**
 * The controls of an element: a text field per attribute (a switch for a boolean one), a colour
 * picker or a text field per `--inne-*` token, applied to the frame so the element inherits it.
 * Parts, events and the property twin of each attribute (`headingLevel` for `heading-level`)
 * stay in the docs table but get no control: setting them would change nothing.
 */
export function controlsOf(tag: string): Partial<ArgTypes<Args>> {
  const d = declarationOf(tag);
  const types: Partial<ArgTypes<Args>> = {};
  for (const a of d.attributes ?? []) {
    types[a.name] = { control: a.type?.text === 'boolean' ? 'boolean' : 'text' };
    if (a.fieldName && a.fieldName !== a.name) types[a.fieldName] = { table: { disable: true } };
  }
  types.lang = {
    control: 'inline-radio',
    options: ['fr', 'en'],
    description:
      '`fr` or `en`. Unset: the nearest ancestor’s `lang`, here the Langue toolbar (globe icon).',
  };
  for (const p of d.cssProperties ?? []) {
    types[p.name] = { control: colourToken.test(p.name) ? 'color' : 'text' };
  }
  for (const p of d.cssParts ?? []) types[`::part(${p.name})`] = { control: false };
  for (const e of d.events ?? []) types[e.name] = { control: false };
  return types;
}

/**
 * The element with the args as a webmaster would write them: each attribute arg set on the tag
 * (`true` as an empty boolean attribute, `false`, `''` and unset left out), each other field of
 * the element (`feed`, `now`, `project`…) and any object value (a grid) set as a property.
 */
export function element(tag: string, args: Args): HTMLElement {
  const d = declarationOf(tag);
  const el = document.createElement(tag);
  const attributeFields = new Set<string>();
  for (const a of d.attributes ?? []) {
    attributeFields.add(a.fieldName ?? a.name);
    const value = args[a.name];
    if (value === undefined || value === null || value === false || value === '') continue;
    if (typeof value === 'object') Object.assign(el, { [a.fieldName ?? a.name]: value });
    else el.setAttribute(a.name, value === true ? '' : String(value));
  }
  for (const m of d.members ?? []) {
    if (m.kind !== 'field' || m.static || attributeFields.has(m.name)) continue;
    if (args[m.name] !== undefined) Object.assign(el, { [m.name]: args[m.name] });
  }
  return el;
}

/** A dark host page: components take its text colour and font. */
const dark = {
  background: '#15191d',
  color: '#ece8e1',
  fontFamily: 'Georgia, "Times New Roman", serif',
  padding: '1.5rem',
};

/** The frame args: the width of the column the element sits in, and the host page's look. */
export const frameControls: Partial<ArgTypes<Args>> = {
  width: { description: 'Width of the column the element sits in (story only).' },
  theme: {
    control: 'inline-radio',
    options: ['page', 'dark'],
    description: '`page`: the Storybook page; `dark`: a dark host page (story only).',
  },
};

/**
 * The element in a column of `widths[args.width]`, in the host page's look (`args.theme`), with
 * the `--inne-*` args set on the column: they inherit into the shadow DOM like a page's own.
 */
export function framed(tag: string, args: Args, widths: Record<string, string>) {
  const tokens = Object.fromEntries(
    Object.entries(args).filter(([k, v]) => k.startsWith('--inne-') && v),
  ) as Record<string, string>;
  const look =
    args.theme === 'dark' ? dark : Object.keys(tokens).length ? { padding: '1.5rem' } : {};
  return html`<div
    style=${styleMap({ maxWidth: widths[String(args.width)] ?? null, ...look, ...tokens })}
  >
    ${element(tag, args)}
  </div>`;
}
