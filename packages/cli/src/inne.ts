// The `inne` command: one file per command in commands/, dispatched by name.
import { createRequire } from 'node:module';
import { isKitLocale } from '@club-inne/core';
import { commands } from './commands/index.js';
import { detectLocale, langArgument } from './i18n.js';
import { say } from './output.js';
import { usageFailure } from './usage.js';

// A reader that stops early (`inne validate feed.json | head`) closes the pipe: what is left
// to write has nowhere to go, which is no error of the command's. Without this, Node prints
// an EPIPE stack trace; the command still ends with its own exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const argv = process.argv.slice(2);
// `--lang` may come before the command's name too (`inne --lang en`): read from every argument.
const lang = detectLocale(argv);
const leading = argv[0] === '--lang' ? 2 : argv[0]?.startsWith('--lang=') ? 1 : 0;
const [name, ...args] = argv.slice(leading);
const asked = langArgument(argv);
const command = name ? commands[name] : undefined;

function usage(): string {
  const lines = Object.entries(commands).map(
    ([n, c]) => `  inne ${n.padEnd(11)} ${c.summary[lang]}`,
  );
  const intro =
    lang === 'fr'
      ? 'Utilisation\u00a0: inne <commande> [options]'
      : 'Usage: inne <command> [options]';
  const each =
    lang === 'fr'
      ? '  inne <commande> --help   les options d’une commande'
      : "  inne <command> --help    a command's options";
  const codes =
    lang === 'fr'
      ? 'Codes de sortie\u00a0: 0 tout va bien (avertissements compris), 1 erreurs trouvées dans les\ndonnées (ou fichier -o impossible à écrire), 2 erreur d’usage ou entrée illisible\n(introuvable, injoignable, pas du JSON).'
      : 'Exit codes: 0 all good (warnings included), 1 errors found in the data (or an -o file\nthat cannot be written), 2 a usage error or input that cannot be read (not found,\nunreachable, not JSON).';
  return [intro, '', ...lines, '', each, '  inne --version', '  --lang fr|en', '', codes, ''].join(
    '\n',
  );
}

if (asked !== undefined && !isKitLocale(asked)) {
  // A language the kit does not speak is a usage error, not a silent switch to French.
  const error = {
    fr: `option invalide\u00a0: --lang ${asked} (langues\u00a0: fr, en)`,
    en: `invalid option: --lang ${asked} (languages: fr, en)`,
  };
  process.exitCode = usageFailure({ code: 'invalid-value', error }, argv, undefined, lang);
} else if (name === '--version' || name === '-v') {
  // dist/inne.js and src/inne.ts both sit one folder below the package's manifest.
  const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
  say(version);
} else if (!name || name === '--help' || name === '-h') {
  say(usage());
} else if (!command) {
  const error = { fr: `commande inconnue\u00a0: ${name}`, en: `unknown command: ${name}` };
  process.exitCode = usageFailure({ code: 'unknown-command', error }, args, usage(), lang);
} else {
  try {
    process.exitCode = await command.run(args, lang);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
