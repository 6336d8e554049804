import { stat } from 'node:fs/promises';
import { collectionNames, parseFeed, withNearId } from '@club-inne/core';
import type { Feed, Locale } from '@club-inne/core';
import { positionalProblem, readArgs } from '../args.js';
import { usageFailure } from '../usage.js';
import { output, say, warn } from '../output.js';
import { writeOutputFile } from '../write-file.js';
import { assemble } from '../build/assemble.js';
import { readFolder } from '../build/read-folder.js';
import { withFirstOfId } from '../first-of-id.js';
import { formatIssueTable, summaryLine } from '../issue-table.js';
import type { Command } from './command.js';

const help = {
  fr: `Utilisation\u00a0: inne build-feed <dossier> [-o feed.json]

Assemble un flux à partir d’un dossier\u00a0: un fichier YAML ou JSON par élément, rangé dans un
sous-dossier au nom de sa collection, et un feed.yaml facultatif pour l’éditeur\u00a0:

  mon-flux/
    feed.yaml                 publisher, updatedAt
    actors/malaunay.yaml      un acteur (sans "id", il prend le nom du fichier)
    projects/autopartage.yaml
    events/  links/  membership/  assessments/

Chaque problème est signalé avec son fichier et sa ligne. S’il y a des erreurs, rien n’est
écrit et le code de sortie est 1.

  -o, --output <fichier>   écrire le flux dans ce fichier (défaut\u00a0: sortie standard)
  --lang fr|en             langue du rapport`,
  en: `Usage: inne build-feed <folder> [-o feed.json]

Assembles a feed from a folder: one YAML or JSON file per item, in a subfolder named after
its collection, and an optional feed.yaml for the publisher:

  my-feed/
    feed.yaml                 publisher, updatedAt
    actors/malaunay.yaml      one actor (without "id", it takes the file's name)
    projects/autopartage.yaml
    events/  links/  membership/  assessments/

Every problem is reported with its file and line. When there are errors nothing is written
and the exit code is 1.

  -o, --output <file>   write the feed to this file (default: standard output)
  --lang fr|en          report language`,
};

/** The feed as published: envelope first, empty collections left out. */
function serialize(feed: Feed): string {
  const out: Record<string, unknown> = { version: feed.version };
  if (feed.publisher) out.publisher = feed.publisher;
  if (feed.updatedAt) out.updatedAt = feed.updatedAt;
  for (const name of collectionNames) if (feed[name].length) out[name] = feed[name];
  return JSON.stringify(out, null, 2) + '\n';
}

/** `inne build-feed <folder>`: a folder of item files in, one checked feed out. */
export const buildFeed: Command = {
  summary: {
    fr: 'Assembler un flux depuis un dossier de fichiers YAML/JSON',
    en: 'Assemble a feed from a folder of YAML/JSON files',
  },
  async run(args: string[], lang: Locale): Promise<number> {
    const parsed = readArgs(args, { output: { type: 'string', short: 'o' } });
    if (!('error' in parsed) && parsed.values.help) {
      say(help[lang]);
      return 0;
    }
    if ('error' in parsed) return usageFailure(parsed, args, help[lang], lang);
    const problem = positionalProblem(parsed.positionals, 1, {
      fr: 'le dossier à assembler',
      en: 'the folder to assemble',
    });
    if (problem) return usageFailure(problem, args, help[lang], lang);
    const folder = parsed.positionals[0]!;
    const target = parsed.values.output as string | undefined;
    const info = await stat(folder).catch(() => undefined);
    if (!info?.isDirectory()) {
      // A feed file given here most likely wanted `inne validate`.
      const why = info
        ? {
            fr: `${folder} est un fichier, pas un dossier (pour vérifier un flux\u00a0: inne validate ${folder})`,
            en: `${folder} is a file, not a folder (to check a feed: inne validate ${folder})`,
          }
        : { fr: `dossier introuvable\u00a0: ${folder}`, en: `folder not found: ${folder}` };
      warn(`✗ ${why[lang]}`);
      return 2;
    }

    const { input, problems, locateIssue } = assemble(folder, await readFolder(folder));
    const { feed, issues } = parseFeed(input);
    const all = [
      ...problems,
      // A reference to an id the feed lacks gets the id it likely meant (a typo).
      ...issues.map((issue) =>
        withFirstOfId(locateIssue(withNearId(issue, input, feed)), input, (path) =>
          locateIssue({ ...issue, path }),
        ),
      ),
    ];
    const errors = all.filter((i) => i.severity === 'error').length;

    // The report goes to stderr: stdout may be the feed itself.
    if (all.length) warn(`${formatIssueTable(all, lang)}\n`);
    warn(summaryLine(feed, all, lang));
    if (!feed || errors > 0) {
      warn(
        lang === 'fr'
          ? '✗ flux non écrit\u00a0: corrigez les erreurs ci-dessus'
          : '✗ feed not written: fix the errors above',
      );
      return 1;
    }
    if (target) {
      if (!(await writeOutputFile(target, serialize(feed), lang))) return 1;
    } else {
      output.out(serialize(feed));
    }
    return 0;
  },
};
