import { localized as t } from '../../i18n/locale.js';
import type { Framework, FrameworkDefinition } from '../framework-schema.js';
import { builtIn } from './built-in.js';
import { efcEctEcosystem } from './efc-ect-ecosystem.js';
import { efcEctRules } from './efc-ect-rules.js';
import { withTexts } from './with-texts.js';
import type { FrameworkTexts } from './with-texts.js';

// The reference grid of shared/design/EFC-MATURITY-MODEL.md, word for word: the texts here
// (dimension and criterion labels, level descriptors, fr and en), the scoring rules (weights,
// evidence caps, stage gates) in efc-ect-rules.ts, so that showing a stage does not carry the
// texts, and the ecosystem phases in efc-ect-ecosystem.ts. Change the model document first,
// then these.

/** The texts of the `efc-ect` grid: its label, dimension and criterion labels, level descriptors. */
export const efcEctTexts: FrameworkTexts = {
  label: t(
    'Référentiel EFC – écosystèmes coopératifs territorialisés',
    'EFC reference grid – territorial cooperative ecosystems',
  ),
  description: t(
    'Autodiagnostic de maturité en économie de la fonctionnalité et de la coopération\u00a0: un outil de dialogue, pas un label.',
    'Maturity self-assessment in the economy of functionality and cooperation: a tool for dialogue, not a label.',
  ),
  dimensions: {
    offer: t('Offre &\u00a0effets utiles', 'Offer &\u00a0useful effects'),
    immaterial: t('Ressources immatérielles &\u00a0travail', 'Intangible resources &\u00a0work'),
    cooperation: t('Coopération', 'Cooperation'),
    territory: t('Externalités &\u00a0territoire', 'Externalities &\u00a0territory'),
    evaluation: t(
      'Évaluation &\u00a0révélation de\u00a0la\u00a0valeur',
      'Evaluation &\u00a0revealing value',
    ),
    governance: t('Gouvernance &\u00a0formalisation', 'Governance &\u00a0formalisation'),
  },
  criteria: {
    'offer.logic': {
      label: t('Logique d’offre', 'Offer logic'),
      levels: [
        t('vente au volume', 'volume sales'),
        t('produit + services annexes', 'product plus add-on services'),
        t('vente de l’usage (location, abonnement)', 'selling the use (rental, subscription)'),
        t(
          'engagement contractuel de performance d’usage',
          'contractual commitment to usage performance',
        ),
        t(
          'solution intégrée co-conçue dans une sphère fonctionnelle, prenant en charge des externalités',
          'integrated solution co-designed within a functional sphere, taking on externalities',
        ),
      ],
    },
    'offer.usefulEffects': {
      label: t('Effets utiles', 'Useful effects'),
      levels: [
        t('non identifiés (valeur = prix)', 'not identified (value = price)'),
        t('implicites, en interne', 'implicit, internal'),
        t('formulés avec le bénéficiaire', 'formulated with the beneficiary'),
        t(
          'co-définis avec plusieurs bénéficiaires et suivis',
          'co-defined with several beneficiaries and monitored',
        ),
        t(
          'effets utiles territoriaux révélés et reconnus',
          'territorial useful effects revealed and recognised',
        ),
      ],
    },
    'offer.decoupling': {
      label: t('Découplage', 'Decoupling'),
      levels: [
        t('chiffre d’affaires proportionnel aux volumes', 'revenue proportional to volumes'),
        t('réflexion sur la sortie du volume', 'thinking about moving away from volume'),
        t(
          'part du revenu forfaitaire ou hors volume',
          'part of the revenue flat-rate or volume-independent',
        ),
        t(
          'rémunération liée aux résultats (ex. déchet évité)',
          'pay linked to results (e.g. waste avoided)',
        ),
        t(
          'revenu en hausse avec flux de matière et d’énergie en baisse mesurée',
          'revenue rising while material and energy flows measurably fall',
        ),
      ],
    },
    'immaterial.trust': {
      label: t('Confiance et engagements', 'Trust and commitments'),
      levels: [
        t('transaction ponctuelle', 'one-off transaction'),
        t('relation fidélisée', 'repeat relationship'),
        t('engagements réciproques écrits', 'written reciprocal commitments'),
        t(
          'relation de service durable, aléas partagés',
          'lasting service relationship, shared contingencies',
        ),
        t(
          'confiance instituée entre plusieurs acteurs, risques partagés',
          'trust instituted among several actors, shared risks',
        ),
      ],
    },
    'immaterial.work': {
      label: t('Compétences et travail réel', 'Skills and real work'),
      levels: [
        t('travail prescrit, objectifs de volume', 'prescribed work, volume targets'),
        t('échanges informels', 'informal exchanges'),
        t('retours d’expérience réguliers sur le travail réel', 'regular feedback on real work'),
        t('organisation réflexive instituée', 'instituted reflexive organisation'),
        t(
          'professionnalisation croisée dans l’écosystème',
          'cross-professionalisation within the ecosystem',
        ),
      ],
    },
    'cooperation.diversity': {
      label: t('Diversité d’acteurs', 'Diversity of actors'),
      levels: [
        t('seul', 'alone'),
        t('même filière', 'same sector'),
        t('deux types d’acteurs', 'two types of actors'),
        t('trois types, dont usagers ou ESS', 'three types, including users or the social economy'),
        t(
          'quatre types ou plus (public, privé, ESS, habitants, recherche)',
          'four types or more (public, private, social economy, residents, research)',
        ),
      ],
    },
    'cooperation.intensity': {
      label: t('Intensité', 'Intensity'),
      levels: [
        t('aucune', 'none'),
        t('échange d’information', 'information exchange'),
        t('coordination', 'coordination'),
        t(
          'mutualisation de moyens, investissements immatériels communs',
          'pooled resources, shared intangible investments',
        ),
        t('coproduction, valeur et risques partagés', 'co-production, shared value and risks'),
      ],
    },
    'cooperation.desiloing': {
      label: t('Désilotage', 'Breaking silos'),
      levels: [
        t('réponse sectorielle', 'sectoral response'),
        t('reliée à une grande fonctionnalité', 'linked to a major function of life'),
        t('sphère d’enjeux cartographiée', 'sphere of issues mapped'),
        t(
          'solution transversale à plusieurs secteurs ou services',
          'solution across several sectors or services',
        ),
        t(
          'plusieurs sphères articulées (ex. bien vivre alimentaire + santé)',
          'several spheres linked together (e.g. good food + health)',
        ),
      ],
    },
    'territory.environment': {
      label: t('Externalités environnementales', 'Environmental externalities'),
      levels: [
        t('ignorées', 'ignored'),
        t('identifiées', 'identified'),
        t('réduction ciblée', 'targeted reduction'),
        t('réduction mesurée', 'measured reduction'),
        t('externalités positives mesurées', 'measured positive externalities'),
      ],
    },
    'territory.social': {
      label: t('Ancrage social et territorial', 'Social and territorial roots'),
      levels: [
        t('ignoré', 'ignored'),
        t('identifié', 'identified'),
        t('actions (insertion, lien social)', 'actions (inclusion, social ties)'),
        t(
          'effets mesurés, emplois non délocalisables',
          'measured effects, jobs that cannot be relocated',
        ),
        t(
          'valeur territoriale reconnue, le «\u00a0déjà-là\u00a0» valorisé et réinvesti',
          'territorial value recognised, what is "already there" valued and reinvested',
        ),
      ],
    },
    'evaluation.device': {
      label: t('Dispositif d’évaluation', 'Evaluation system'),
      levels: [
        t('aucun', 'none'),
        t('reporting de volumes ou de conformité', 'volume or compliance reporting'),
        t('indicateurs d’effets utiles', 'useful-effect indicators'),
        t('évaluation de révélation', 'revealing evaluation'),
        t(
          'évaluation délibérative qui réoriente la solution',
          'deliberative evaluation that reorients the solution',
        ),
      ],
    },
    'evaluation.contract': {
      label: t('Contractualisation', 'Contracting'),
      levels: [
        t('prix unitaire au volume', 'unit price per volume'),
        t('clauses qualitatives', 'qualitative clauses'),
        t('indicateurs de performance au contrat', 'performance indicators in the contract'),
        t('rémunération indexée sur la performance d’usage', 'pay indexed on usage performance'),
        t(
          'contrat multi-acteurs partageant la valeur et les économies',
          'multi-actor contract sharing value and savings',
        ),
      ],
    },
    'governance.vision': {
      label: t('Visée et pilotage', 'Shared aim and steering'),
      levels: [
        t('aucune', 'none'),
        t('réunions ad hoc', 'ad hoc meetings'),
        t('visée commune écrite, pilotage régulier', 'written shared aim, regular steering'),
        t(
          'gouvernance partagée avec animation dédiée',
          'shared governance with dedicated facilitation',
        ),
        t(
          'gouvernance multi-acteurs incluant les usagers, réflexive',
          'reflexive multi-actor governance including users',
        ),
      ],
    },
    'governance.formalisation': {
      label: t('Formalisation', 'Formalisation'),
      levels: [
        t('aucune', 'none'),
        t('intention déclarée', 'declared intention'),
        t('charte ou convention', 'charter or agreement'),
        t(
          'contrats d’engagements réciproques, groupement',
          'reciprocal-commitment contracts, consortium',
        ),
        t('structure dédiée (SCIC, GIE…)', 'dedicated structure (SCIC, GIE…)'),
      ],
    },
    'governance.economicModel': {
      label: t('Modèle économique de l’écosystème', 'Business model of the ecosystem'),
      levels: [
        t('financement ponctuel', 'one-off funding'),
        t('subvention d’amorçage', 'seed grant'),
        t('contributions de plusieurs bénéficiaires', 'contributions from several beneficiaries'),
        t(
          'mix bénéficiaires / public / privé couvrant le fonctionnement',
          'beneficiary / public / private mix covering running costs',
        ),
        t(
          'contributions pérennes des bénéficiaires d’effets utiles',
          'lasting contributions from the beneficiaries of useful effects',
        ),
      ],
    },
  },
};

/** The default grid, frozen: see `frameworks.efcEct`. */
export const efcEct: Framework = /* @__PURE__ */ builtIn({
  ...withTexts(efcEctRules, efcEctTexts),
  ecosystem: efcEctEcosystem,
});

/**
 * The `efc-ect` v1 grid, as data: the same frozen object as `frameworks.efcEct`, to start a
 * grid of your own from (`{ ...efcEctDefinition, id: 'my-grid', … }`).
 */
export const efcEctDefinition: FrameworkDefinition = efcEct;
