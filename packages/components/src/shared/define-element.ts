/**
 * Registers a tag unless it is already registered, so that two copies of the bundle on one page
 * (a plugin and a theme each adding it) never throw. The first definition wins.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
