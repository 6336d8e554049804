import type { Actor } from '../schema/actor.js';
import type { Publisher } from '../schema/feed.js';
import type { ActorKind } from '../vocabulary/vocabulary.js';
import { safeUrl } from '../url/safe-url.js';
import { node, nodeId } from './context.js';
import type { JsonLdContext, JsonLdNode } from './types.js';

// The most precise schema.org type that is still an Organization: public bodies are
// GovernmentOrganization, associations NGO; the rest stay Organization.
const typeOf: Partial<Record<ActorKind, string>> = {
  commune: 'GovernmentOrganization',
  epci: 'GovernmentOrganization',
  metropole: 'GovernmentOrganization',
  departement: 'GovernmentOrganization',
  region: 'GovernmentOrganization',
  etat: 'GovernmentOrganization',
  association: 'NGO',
};

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `mailto:` and `tel:` contacts as `email` and `telephone`; a contact page is not either. */
function contact(value: string | undefined): { email?: string; telephone?: string } {
  const url = safeUrl(value, 'contact');
  const address = url?.replace(/^[a-z]+:/, '').split('?')[0] ?? '';
  if (url?.startsWith('mailto:')) return { email: decode(address) };
  if (url?.startsWith('tel:')) return { telephone: decode(address) };
  return {};
}

/** An actor as a schema.org Organization (or one of its subtypes). */
export function actorNode(actor: Actor, ctx: JsonLdContext): JsonLdNode {
  const logo = safeUrl(actor.logo?.src);
  return node(typeOf[actor.kind] ?? 'Organization', {
    '@id': nodeId(ctx, 'actor', actor.id),
    name: actor.name,
    description: actor.description,
    url: safeUrl(actor.url),
    logo,
    areaServed: actor.territory,
    ...contact(actor.contact),
    memberOf: actor.member ? publisherRef(ctx) : undefined,
  });
}

/** A short reference to an actor by id (type, id, name, url), or nothing if it is unknown. */
export function actorRef(id: string, ctx: JsonLdContext): JsonLdNode | undefined {
  const actor = ctx.actors.get(id);
  if (!actor) return undefined;
  return node(typeOf[actor.kind] ?? 'Organization', {
    '@id': nodeId(ctx, 'actor', actor.id),
    name: actor.name,
    url: safeUrl(actor.url),
  });
}

/** The feed's publisher (the club) as an Organization. */
export function publisherNode(publisher: Publisher, ctx: JsonLdContext): JsonLdNode {
  return node('Organization', {
    '@id': ctx.base ? `${ctx.base}#publisher` : '_:publisher',
    name: publisher.name,
    url: safeUrl(publisher.url),
    ...contact(publisher.contact),
  });
}

export function publisherRef(ctx: JsonLdContext): JsonLdNode | undefined {
  const p = ctx.publisher;
  if (!p) return undefined;
  return node('Organization', {
    '@id': ctx.base ? `${ctx.base}#publisher` : '_:publisher',
    name: p.name,
    url: safeUrl(p.url),
  });
}
