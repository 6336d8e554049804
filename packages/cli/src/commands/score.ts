import {
  BidError,
  collectionNames,
  frameworkById,
  frameworks,
  parseAnswers,
  rankBids,
  scoreAssessment,
  validateFramework,
} from '@club-inne/core';
import type { AnswersProblem, Bid, Framework, Locale, Localized } from '@club-inne/core';
import { positionalProblem, readArgs } from '../args.js';
import { usageFailure } from '../usage.js';
import { say, warn } from '../output.js';
import { notJson, readSource, SourceError, sourceName } from '../read-source.js';
import { assessmentReport, bidReport, rankingReport } from '../score/report.js';
import type { Command } from './command.js';

const builtIns = Object.values(frameworks).map((f) => f.id);

const help = {
  fr: `Utilisation\u00a0: inne score <réponses.json | -> [options]

Note une évaluation EFC et dit où elle en est\u00a0: score par dimension, étape atteinte, ce qui
bloque l’étape suivante, les pistes de travail qui rapportent le plus. Lit des réponses
seules ({ "offer.logic": { "level": 2 } }), une évaluation d’un flux ou le fichier exporté
par <inne-maturity-assessment>. Avec une liste d’offres ([{ "id", "answers", "price" }]),
les classe avec la grille d’appel d’offres, critère par critère.
Code de sortie 1 si des réponses sont invalides (elles sont écartées), 2 si rien n’est lisible.

  --framework <id|grille.json>  grille\u00a0: ${builtIns.join(', ')} ou un fichier de grille
                                (défaut\u00a0: celle du fichier, sinon efc-ect)
  --price <n>                   prix de l’offre (grille d’appel d’offres)
  --lowest-price <n>            prix le plus bas reçu
  --json                        résultat complet en JSON (messages en français et en anglais)
  --lang fr|en                  langue du rapport`,
  en: `Usage: inne score <answers.json | -> [options]

Scores an EFC assessment and says where it stands: score per dimension, stage reached, what
blocks the next stage, the moves worth most. Reads bare answers
({ "offer.logic": { "level": 2 } }), an assessment from a feed or the file exported by
<inne-maturity-assessment>. Given a list of bids ([{ "id", "answers", "price" }]), ranks
them with the tender grid, criterion by criterion.
Exit code 1 when some answers are invalid (they are left out), 2 when nothing can be read.

  --framework <id|grid.json>    grid: ${builtIns.join(', ')} or a grid file
                                (default: the file's, else efc-ect)
  --price <n>                   the bid's price (tender grid)
  --lowest-price <n>            the lowest price received
  --json                        the whole result as JSON (messages in French and English)
  --lang fr|en                  report language`,
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A built-in grid by id, or a grid file checked with every problem listed. */
async function loadGrid(spec: string, lang: Locale): Promise<Framework | Why> {
  const builtIn = frameworkById(spec);
  if (builtIn) return builtIn;
  if (!/\.json$/i.test(spec)) {
    return {
      code: 'unknown-grid',
      error: {
        fr: `grille inconnue «\u00a0${spec}\u00a0»\u00a0: ${builtIns.join(', ')} ou un fichier .json`,
        en: `unknown grid "${spec}": ${builtIns.join(', ')} or a .json file`,
      },
    };
  }
  let definition: unknown;
  try {
    definition = readJson(spec, await readSource(spec, { feed: false }));
  } catch (error) {
    if (error instanceof SourceError) return { code: error.code, error: error.localized };
    throw error;
  }
  const result = validateFramework(definition);
  if (result.ok) return result.framework;
  const lines = result.problems.map((p) => `  ${p.path}: ${p.message[lang]}`).join('\n');
  return {
    code: 'invalid-grid',
    error: {
      fr: `${spec}\u00a0: grille invalide\n${lines}`,
      en: `${spec}: invalid grid\n${lines}`,
    },
  };
}

/** The value of a JSON text, or a SourceError that says where and why it is not JSON. */
function readJson(source: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const what = { fr: 'ce n’est pas du JSON lisible', en: 'not readable JSON' };
    const name = sourceName(source);
    throw new SourceError(
      notJson(source, text, what)?.error ?? {
        fr: `${name}\u00a0: ${what.fr}`,
        en: `${name}: ${what.en}`,
      },
      'not-json',
    );
  }
}

const positive = (v: string | boolean | undefined) => {
  const n = typeof v === 'string' ? Number(v) : NaN;
  return n > 0 && Number.isFinite(n) ? n : undefined;
};

function report(problems: AnswersProblem[], lang: Locale, json: boolean): number {
  if (!json) {
    for (const p of problems)
      warn(`${p.severity === 'error' ? '✗' : '!'} ${p.path}: ${p.message[lang]}`);
  }
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

/**
 * Says why nothing was scored and returns the exit code: on standard error, or with `--json`
 * as the one JSON document on standard output (`{ source, ok: false, code, error, problems }`, as
 * `inne validate --json` does), so that a script reading it always gets JSON.
 */
type Fail = (exit: 1 | 2, why: Why, problems?: AnswersProblem[]) => number;

/**
 * Why nothing was scored: a code that scripts can rely on, whatever the language, and the
 * message (none when the problems listed say it all).
 */
interface Why {
  code: string;
  error?: Localized;
}

function failure(source: string, lang: Locale, json: boolean): Fail {
  return (exit, { code, error }, problems = []) => {
    if (json) {
      say(JSON.stringify({ source, ok: false, code, ...(error && { error }), problems }, null, 2));
    } else {
      report(problems, lang, false);
      if (error) warn(`✗ ${error[lang]}`);
    }
    return exit;
  };
}

// The code of a BidError is its first problem's (`duplicate-bid`, `invalid-price`…).
const bidFailure = (error: BidError): Why => ({
  code: error.problems[0]?.code ?? 'bid-error',
  error: { fr: error.text('fr'), en: error.text('en') },
});

/** `inne score <answers>`: a readable EFC diagnostic, or a justified ranking of bids. */
export const score: Command = {
  summary: {
    fr: 'Noter une évaluation EFC (ou classer des offres)',
    en: 'Score an EFC assessment (or rank bids)',
  },
  async run(args: string[], lang: Locale): Promise<number> {
    const parsed = readArgs(args, {
      framework: { type: 'string' },
      price: { type: 'string' },
      'lowest-price': { type: 'string' },
      json: { type: 'boolean' },
    });
    if ('error' in parsed) return usageFailure(parsed, args, help[lang], lang);
    const { values, positionals } = parsed;
    if (values.help) {
      say(help[lang]);
      return 0;
    }
    const missing = positionalProblem(positionals, 1, {
      fr: 'le fichier de réponses (ou -)',
      en: 'the answers file (or -)',
    });
    if (missing) return usageFailure(missing, args, help[lang], lang);
    const source = positionals[0]!;
    const json = values.json === true;
    const fail = failure(source, lang, json);
    for (const option of ['price', 'lowest-price'] as const) {
      if (values[option] !== undefined && positive(values[option]) === undefined) {
        return usageFailure(
          {
            code: 'invalid-value',
            error: {
              fr: `--${option}\u00a0: un nombre positif est attendu (reçu «\u00a0${values[option]}\u00a0»)`,
              en: `--${option}: a positive number is expected (got "${values[option]}")`,
            },
          },
          args,
          help[lang],
          lang,
        );
      }
    }

    let value: unknown;
    try {
      value = readJson(source, await readSource(source, { feed: false }));
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      return fail(2, { code: error.code, error: error.localized });
    }

    // A whole feed read as answers would give one "expected an object" per collection and a
    // score of 0: say what it is and what to give instead. (Here rather than in parseAnswers,
    // which browsers load: the command line is where whole feeds get passed around.)
    if (isObject(value) && 'version' in value && collectionNames.some((n) => n in value)) {
      return fail(2, {
        code: 'feed-not-answers',
        error: {
          fr: `${sourceName(source)} est un flux, pas des réponses\u00a0: donnez une de ses évaluations (un élément de "assessments"), des réponses seules ou une liste d’offres`,
          en: `${sourceName(source)} is a feed, not answers: give one of its assessments (an item of "assessments"), bare answers or a list of bids`,
        },
      });
    }
    const bidList = Array.isArray(value)
      ? value
      : isObject(value) && Array.isArray(value.bids)
        ? value.bids
        : null;
    const stated =
      isObject(value) && typeof value.framework === 'string' ? value.framework : undefined;
    const spec =
      (values.framework as string | undefined) ?? stated ?? (bidList ? 'efc-tender' : 'efc-ect');
    const grid = await loadGrid(spec, lang);
    if (!('dimensions' in grid)) return fail(2, grid);

    const award = grid.purpose === 'award';
    // A price given where it cannot count is said, not silently dropped: each bid of a list
    // carries its own, and only a tender grid has a price criterion.
    for (const option of ['price', 'lowest-price'] as const) {
      if (values[option] === undefined || (award && !bidList)) continue;
      warn(
        bidList
          ? lang === 'fr'
            ? `! --${option} ignoré\u00a0: dans une liste d’offres, chaque offre porte son prix ("price")`
            : `! --${option} ignored: in a list of bids, each bid carries its own price ("price")`
          : lang === 'fr'
            ? `! --${option} ignoré\u00a0: la grille ${grid.id} ne note pas le prix (essayez --framework efc-tender)`
            : `! --${option} ignored: the ${grid.id} grid does not score a price (try --framework efc-tender)`,
      );
    }

    if (bidList) return rank(bidList, grid, source, lang, json, fail);

    const read = parseAnswers(value);
    if (!read.answers) return fail(2, { code: 'invalid-answers' }, read.problems);
    const price = positive(values.price) ?? read.price;
    const lowestPrice = positive(values['lowest-price']) ?? read.lowestPrice;
    let result;
    try {
      result = scoreAssessment(
        read.answers,
        grid,
        award && price !== undefined ? { price, lowestPrice } : {},
      );
    } catch (error) {
      if (!(error instanceof BidError)) throw error;
      return fail(2, bidFailure(error), read.problems);
    }
    const ok = !read.problems.some((p) => p.severity === 'error');
    if (json)
      say(
        JSON.stringify(
          { source, ok, framework: grid.id, problems: read.problems, result },
          null,
          2,
        ),
      );
    else say(award ? bidReport(result, grid, lang) : assessmentReport(result, grid, lang));
    return report(read.problems, lang, json);
  },
};

function rank(
  list: unknown[],
  grid: Framework,
  source: string,
  lang: Locale,
  json: boolean,
  fail: Fail,
): number {
  if (list.length === 0) {
    return fail(2, {
      code: 'no-bids',
      error: {
        fr: `${sourceName(source)}\u00a0: la liste d’offres est vide, il n’y a rien à classer`,
        en: `${sourceName(source)}: the list of bids is empty, there is nothing to rank`,
      },
    });
  }
  const problems: AnswersProblem[] = [];
  const bids: Bid[] = list.map((item, i) => {
    const read = parseAnswers(item);
    const at = (path: string) => `$[${i}]${path.slice(1)}`;
    problems.push(...read.problems.map((p) => ({ ...p, path: at(p.path) })));
    const bid = isObject(item) ? item : {};
    const id = typeof bid.id === 'string' && bid.id ? bid.id : `#${i + 1}`;
    return {
      id,
      ...(typeof bid.label === 'string' ? { label: bid.label } : {}),
      answers: read.answers ?? {},
      ...(read.price !== undefined ? { price: read.price } : {}),
    };
  });
  let ranking;
  try {
    ranking = rankBids(bids, grid);
  } catch (error) {
    if (!(error instanceof BidError)) throw error;
    // A grid that cannot rank bids is a wrong grid (exit 2, like an unknown one); bids that
    // cannot be ranked are problems found in the file (exit 1).
    const code = error.problems.some((p) => p.code === 'not-an-award-grid') ? 2 : 1;
    return fail(code, bidFailure(error), problems);
  }
  const ok = !problems.some((p) => p.severity === 'error');
  if (json) say(JSON.stringify({ source, ok, framework: grid.id, problems, ranking }, null, 2));
  else say(rankingReport(ranking, grid, lang));
  return report(problems, lang, json);
}
