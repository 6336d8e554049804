import { localized as t } from '../../i18n/locale.js';
import type { Framework, FrameworkDefinition } from '../framework-schema.js';
import { builtIn } from './built-in.js';

// The tender profile of the model ("Custom grids"): EFC quality 70 %, price 30 %, the share a
// municipality used in a waste-collection tender. Every criterion judges the offer, never the
// bidder (public procurement code R2152-7); the weights are published with the tender.

const offer = 'offer' as const;

// Each dimension holds one criterion, named as the dimension.
const usage = t(
  'Performance d’usage et engagement sur les résultats',
  'Usage performance and commitment to results',
);
const effects = t('Effets utiles et externalités', 'Useful effects and externalities');
const evaluation = t('Plan d’évaluation et de reporting', 'Evaluation and reporting plan');
const coConstruction = t(
  'Co-construction avec les acteurs du territoire',
  'Co-construction with local actors',
);
const price = t('Prix', 'Price');

/** The tender grid, frozen: see `frameworks.efcTender`. */
export const efcTender: Framework = /* @__PURE__ */ builtIn({
  id: 'efc-tender',
  version: '1',
  label: t(
    'Analyse des offres d’un marché public EFC (70 % valeur EFC, 30 % prix)',
    'EFC public tender bid evaluation (70% EFC quality, 30% price)',
  ),
  description: t(
    'Critères d’attribution liés à l’objet du marché, pondérés à l’avance\u202f; le prix est noté par le ratio prix le plus bas / prix de l’offre.',
    'Award criteria linked to the subject of the contract, weighted in advance; price is scored by the ratio lowest price / the bid’s price.',
  ),
  purpose: 'award',
  dimensions: [
    {
      id: 'usage',
      label: usage,
      weight: 25,
      criteria: [
        {
          id: 'usage.performance',
          label: usage,
          levels: [
            t(
              'prix au volume, aucun engagement sur les résultats',
              'volume pricing, no commitment to results',
            ),
            t('engagement de moyens seulement', 'commitment to means only'),
            t(
              'indicateurs de performance d’usage proposés',
              'usage-performance indicators proposed',
            ),
            t(
              'engagement chiffré sur les résultats, avec bonus-malus',
              'quantified commitment to results, with bonus-malus',
            ),
            t(
              'rémunération indexée sur la performance d’usage, gains partagés avec l’acheteur',
              'pay indexed on usage performance, gains shared with the buyer',
            ),
          ],
          about: offer,
        },
      ],
    },
    {
      id: 'effects',
      label: effects,
      weight: 20,
      criteria: [
        {
          id: 'effects.usefulEffects',
          label: effects,
          levels: [
            t('non traités', 'not addressed'),
            t('évoqués sans lien avec le besoin', 'mentioned without a link to the need'),
            t(
              'effets utiles identifiés pour l’acheteur et les usagers',
              'useful effects identified for the buyer and users',
            ),
            t(
              'effets utiles et externalités quantifiés, avec des objectifs',
              'useful effects and externalities quantified, with targets',
            ),
            t(
              'externalités du territoire prises en charge, avec des objectifs mesurés et engagés',
              'externalities of the territory taken on, with measured and committed targets',
            ),
          ],
          about: offer,
        },
      ],
    },
    {
      id: 'evaluation',
      label: evaluation,
      weight: 15,
      criteria: [
        {
          id: 'evaluation.plan',
          label: evaluation,
          levels: [
            t('aucun', 'none'),
            t('reporting de volumes ou de conformité', 'volume or compliance reporting'),
            t(
              'indicateurs d’effets utiles et calendrier de suivi',
              'useful-effect indicators and a monitoring schedule',
            ),
            t(
              'évaluation partagée avec l’acheteur et les usagers',
              'evaluation shared with the buyer and users',
            ),
            t(
              'évaluation délibérative qui peut réorienter la prestation',
              'deliberative evaluation that can reorient the service',
            ),
          ],
          about: offer,
        },
      ],
    },
    {
      id: 'coConstruction',
      label: coConstruction,
      weight: 10,
      criteria: [
        {
          id: 'coConstruction.territory',
          label: coConstruction,
          levels: [
            t('aucune', 'none'),
            t('sous-traitance classique', 'conventional subcontracting'),
            t('partenaires locaux identifiés', 'local partners identified'),
            t(
              'co-construction prévue avec des acteurs du territoire (ESS, usagers)',
              'co-construction planned with local actors (social economy, users)',
            ),
            t(
              'coopération engagée avec plusieurs types d’acteurs, engagements réciproques',
              'cooperation under way with several types of actors, reciprocal commitments',
            ),
          ],
          about: offer,
        },
      ],
    },
    {
      id: 'price',
      label: price,
      weight: 30,
      criteria: [
        {
          id: 'price.amount',
          label: price,
          scoring: 'lowest-price-ratio',
          about: offer,
        },
      ],
    },
  ],
});

/** The `efc-tender` v1 grid, as data: the same frozen object as `frameworks.efcTender`. */
export const efcTenderDefinition: FrameworkDefinition = efcTender;
