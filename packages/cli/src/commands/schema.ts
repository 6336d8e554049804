import { feedJsonSchema } from '@club-inne/core';
import type { Locale } from '@club-inne/core';
import { positionalProblem, readArgs } from '../args.js';
import { usageFailure } from '../usage.js';
import { output, say } from '../output.js';
import { writeOutputFile } from '../write-file.js';
import type { Command } from './command.js';

const help = {
  fr: `Utilisation\u00a0: inne schema [-o feed.schema.json]

Affiche le JSON Schema (draft 2020-12) d’un flux Club Inné, pour valider avec tout outil
JSON Schema ou pour l’autocomplétion d’un éditeur.

  -o, --output <fichier>   écrire dans un fichier plutôt que sur la sortie standard`,
  en: `Usage: inne schema [-o feed.schema.json]

Prints the JSON Schema (draft 2020-12) of a Club Inné feed, to validate with any JSON Schema
tool or for an editor's completion.

  -o, --output <file>   write to a file instead of standard output`,
};

/** `inne schema`: the feed's JSON Schema, the same one published with the core package. */
export const schema: Command = {
  summary: { fr: 'Afficher le JSON Schema des flux', en: 'Print the JSON Schema of feeds' },
  async run(args: string[], lang: Locale): Promise<number> {
    const parsed = readArgs(args, { output: { type: 'string', short: 'o' } });
    if (!('error' in parsed) && parsed.values.help) {
      say(help[lang]);
      return 0;
    }
    if ('error' in parsed) return usageFailure(parsed, args, help[lang], lang);
    const problem = positionalProblem(parsed.positionals, 0, { fr: '', en: '' });
    if (problem) return usageFailure(problem, args, help[lang], lang);
    const text = JSON.stringify(feedJsonSchema(), null, 2) + '\n';
    const target = parsed.values.output;
    if (typeof target === 'string') {
      if (!(await writeOutputFile(target, text, lang))) return 1;
    } else {
      output.out(text);
    }
    return 0;
  },
};
