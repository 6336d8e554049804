import type { Localized } from '../../i18n/locale.js';
import type {
  FrameworkCriterion,
  FrameworkDefinition,
  FrameworkDimension,
} from '../framework-schema.js';

/**
 * What scoring reads of a grid, without its texts: ids, weights, evidence caps, stages (with
 * their short labels), ecosystem phases. A page that only shows a stage (a project card) needs
 * this part alone; the texts, several times larger, go with it through `withTexts`.
 */
export type FrameworkRules = Omit<FrameworkDefinition, 'label' | 'description' | 'dimensions'> & {
  dimensions: (Omit<FrameworkDimension, 'label' | 'criteria'> & {
    criteria: Omit<FrameworkCriterion, 'label' | 'levels'>[];
  })[];
};

/** The texts of a grid, by dimension and criterion id. */
export interface FrameworkTexts {
  label: Localized;
  description?: Localized;
  dimensions: Record<string, Localized>;
  criteria: Record<string, { label: Localized; levels?: Localized[] }>;
}

/** A whole grid from its rules and its texts (same key order as a grid written in one piece). */
export function withTexts(rules: FrameworkRules, texts: FrameworkTexts): FrameworkDefinition {
  const { id, version, purpose, dimensions, ...rest } = rules;
  return {
    id,
    version,
    label: texts.label,
    ...(texts.description && { description: texts.description }),
    ...(purpose && { purpose }),
    dimensions: dimensions.map(({ id, weight, criteria }) => ({
      id,
      label: texts.dimensions[id]!,
      weight,
      criteria: criteria.map(({ id, ...more }) => ({ id, ...texts.criteria[id]!, ...more })),
    })),
    ...rest,
  };
}
