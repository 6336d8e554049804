import { defineFramework } from '../define-framework.js';
import type { FrameworkDefinition } from '../framework-schema.js';

// The tender profile of the model ("Custom grids"): EFC quality 70 %, price 30 %, the share a
// municipality used in a waste-collection tender. Every criterion judges the offer, never the
// bidder (public procurement code R2152-7); the weights are published with the tender.

const t = (fr: string, en: string) => ({ fr, en });
const offer = 'offer' as const;

/** The `efc-tender` v1 grid, as data (see `frameworks.efcTender` for the checked version). */
export const efcTenderDefinition: FrameworkDefinition = {
  id: 'efc-tender',
  version: '1',
  label: t(
    "Analyse des offres d'un marché public EFC (70 % valeur EFC, 30 % prix)",
    'EFC public tender bid evaluation (70% EFC quality, 30% price)',
  ),
  description: t(
    "Critères d'attribution liés à l'objet du marché, pondérés à l'avance ; le prix est noté par le ratio prix le plus bas / prix de l'offre.",
    "Award criteria linked to the subject of the contract, weighted in advance; price is scored by the ratio lowest price / the bid's price.",
  ),
  purpose: 'award',
  dimensions: [
    {
      id: 'usage',
      label: t(
        "Performance d'usage et engagement sur les résultats",
        'Usage performance and commitment to results',
      ),
      weight: 25,
      criteria: [
        {
          id: 'usage.performance',
          label: t(
            "Performance d'usage et engagement sur les résultats",
            'Usage performance and commitment to results',
          ),
          about: offer,
          levels: [
            t(
              'prix au volume, aucun engagement sur les résultats',
              'volume pricing, no commitment to results',
            ),
            t('engagement de moyens seulement', 'commitment to means only'),
            t(
              "indicateurs de performance d'usage proposés",
              'usage-performance indicators proposed',
            ),
            t(
              'engagement chiffré sur les résultats, avec bonus-malus',
              'quantified commitment to results, with bonus-malus',
            ),
            t(
              "rémunération indexée sur la performance d'usage, gains partagés avec l'acheteur",
              'pay indexed on usage performance, gains shared with the buyer',
            ),
          ],
        },
      ],
    },
    {
      id: 'effects',
      label: t('Effets utiles et externalités', 'Useful effects and externalities'),
      weight: 20,
      criteria: [
        {
          id: 'effects.usefulEffects',
          label: t('Effets utiles et externalités', 'Useful effects and externalities'),
          about: offer,
          levels: [
            t('non traités', 'not addressed'),
            t('évoqués sans lien avec le besoin', 'mentioned without a link to the need'),
            t(
              "effets utiles identifiés pour l'acheteur et les usagers",
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
        },
      ],
    },
    {
      id: 'evaluation',
      label: t("Plan d'évaluation et de reporting", 'Evaluation and reporting plan'),
      weight: 15,
      criteria: [
        {
          id: 'evaluation.plan',
          label: t("Plan d'évaluation et de reporting", 'Evaluation and reporting plan'),
          about: offer,
          levels: [
            t('aucun', 'none'),
            t('reporting de volumes ou de conformité', 'volume or compliance reporting'),
            t(
              "indicateurs d'effets utiles et calendrier de suivi",
              'useful-effect indicators and a monitoring schedule',
            ),
            t(
              "évaluation partagée avec l'acheteur et les usagers",
              'evaluation shared with the buyer and users',
            ),
            t(
              'évaluation délibérative qui peut réorienter la prestation',
              'deliberative evaluation that can reorient the service',
            ),
          ],
        },
      ],
    },
    {
      id: 'coConstruction',
      label: t(
        'Co-construction avec les acteurs du territoire',
        'Co-construction with local actors',
      ),
      weight: 10,
      criteria: [
        {
          id: 'coConstruction.territory',
          label: t(
            'Co-construction avec les acteurs du territoire',
            'Co-construction with local actors',
          ),
          about: offer,
          levels: [
            t('aucune', 'none'),
            t('sous-traitance classique', 'conventional subcontracting'),
            t('partenaires locaux identifiés', 'local partners identified'),
            t(
              'co-construction prévue avec des acteurs du territoire (ESS, usagers)',
              'co-construction planned with local actors (social economy, users)',
            ),
            t(
              "coopération engagée avec plusieurs types d'acteurs, engagements réciproques",
              'cooperation under way with several types of actors, reciprocal commitments',
            ),
          ],
        },
      ],
    },
    {
      id: 'price',
      label: t('Prix', 'Price'),
      weight: 30,
      criteria: [
        {
          id: 'price.amount',
          label: t('Prix', 'Price'),
          about: offer,
          scoring: 'lowest-price-ratio',
        },
      ],
    },
  ],
};

/** The tender grid, checked: see `frameworks.efcTender`. */
export const efcTender = /* @__PURE__ */ defineFramework(efcTenderDefinition);
