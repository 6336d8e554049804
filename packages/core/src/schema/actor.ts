import * as z from 'zod/mini';
import { actorKinds } from '../vocabulary/vocabulary.js';
import { limits } from './limits.js';
import { contactUrl, example, httpsUrl, id, image, text } from './primitives.js';

/** An organisation (or a collective of residents) of the network or one it works with. */
export const actorSchema = z.object({
  id: id(),
  name: text(limits.name),
  kind: z.enum(actorKinds),
  /** Where it acts, as people name it: "Pays de Falaise", "Métropole Rouen Normandie". */
  territory: z.optional(text(limits.short)),
  description: z.optional(text(limits.text)),
  /** A member of the club (a paid-up adherent). */
  member: z.optional(z.boolean()),
  url: z.optional(httpsUrl()),
  contact: z.optional(contactUrl()),
  logo: z.optional(image()),
  example: example(),
});
/** An organisation (or a collective of residents) of the network, as `parseFeed` keeps it. */
export type Actor = z.infer<typeof actorSchema>;
