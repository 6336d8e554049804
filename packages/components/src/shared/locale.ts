import { toLocale } from '@club-inne/core';
import type { Locale } from '@club-inne/core';

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots, so a component inside another one follows the page), else `<html lang>`, else French.
 */
export function resolveLocale(element: HTMLElement): Locale {
  // The property first: when set from script, the attribute is only reflected after render.
  if (element.lang) return toLocale(element.lang);
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return toLocale(found.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return toLocale(document.documentElement.lang);
}
