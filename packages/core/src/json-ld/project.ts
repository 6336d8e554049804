import type { Project } from '../schema/project.js';
import { safeUrl } from '../url/safe-url.js';
import { phaseLabels, sphereLabels } from '../vocabulary/labels.js';
import type { Role } from '../vocabulary/vocabulary.js';
import { node, nodeId } from './context.js';
import { actorRef } from './organization.js';
import type { JsonLdContext, JsonLdNode } from './types.js';

// schema.org `Project` is an Organization: its lead and partners are members, its funders
// funders, and facilitators (who give time and know-how) sponsors.
const propertyOf: Record<Role, 'member' | 'funder' | 'sponsor'> = {
  porteur: 'member',
  partenaire: 'member',
  financeur: 'funder',
  accompagnateur: 'sponsor',
};

/** A cooperative project as a schema.org Project. */
export function projectNode(project: Project, ctx: JsonLdContext): JsonLdNode {
  const people: Record<'member' | 'funder' | 'sponsor', JsonLdNode[]> = {
    member: [],
    funder: [],
    sponsor: [],
  };
  for (const { actor, role } of project.actors ?? []) {
    const ref = actorRef(actor, ctx);
    if (ref) people[propertyOf[role]].push(ref);
  }
  const keywords = [
    ...(project.spheres ?? []).map((s) => sphereLabels[s]?.[ctx.locale] ?? s),
    ...(project.phase ? [phaseLabels[project.phase][ctx.locale]] : []),
    ...(project.tags ?? []),
  ];
  const image = safeUrl(project.image?.src);
  return node('Project', {
    '@id': nodeId(ctx, 'project', project.id),
    name: project.title,
    description: project.summary,
    url: safeUrl(project.url),
    image: image ? node('ImageObject', { url: image, caption: project.image?.alt }) : undefined,
    foundingDate: project.started,
    areaServed: project.territory,
    keywords: keywords.length ? keywords.join(', ') : undefined,
    ...people,
  });
}
