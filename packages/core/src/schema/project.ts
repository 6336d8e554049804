import * as z from 'zod/mini';
import { phases, roles, spheres } from '../vocabulary/vocabulary.js';
import { limits } from './limits.js';
import { date, example, httpsUrl, id, image, tags, text } from './primitives.js';

/** An actor's part in a project, by reference to the actor's id. */
export const projectActorSchema = z.object({
  actor: id(),
  role: z.enum(roles),
});

/** A cooperative project, study or programme of the network. */
export const projectSchema = z.object({
  id: id(),
  title: text(limits.name),
  summary: z.optional(text(limits.text)),
  phase: z.optional(z.enum(phases)),
  spheres: z.optional(z.array(z.enum(spheres)).check(z.maxLength(limits.spheres))),
  territory: z.optional(text(limits.short)),
  actors: z.optional(z.array(projectActorSchema).check(z.maxLength(limits.roles))),
  /** The programme it belongs to, e.g. "COOP'TER (ADEME)". */
  programme: z.optional(text(limits.short)),
  started: z.optional(date()),
  url: z.optional(httpsUrl()),
  image: z.optional(image()),
  tags: z.optional(tags()),
  example: example(),
});
/** A cooperative project, study or programme, as `parseFeed` keeps it. */
export type Project = z.infer<typeof projectSchema>;
/** An actor's part in a project: the actor's id and its role (`porteur`, `partenaire`…). */
export type ProjectActor = z.infer<typeof projectActorSchema>;
