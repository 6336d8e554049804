// The `inne` command: one file per command in commands/, dispatched by name.
import { commands } from './commands/index.js';
import { detectLocale } from './i18n.js';

const [name, ...args] = process.argv.slice(2);
const lang = detectLocale(args);
const command = name ? commands[name] : undefined;

if (!command || name === '--help' || name === '-h') {
  const lines = Object.entries(commands).map(
    ([n, c]) => `  inne ${n.padEnd(11)} ${c.summary[lang]}`,
  );
  const intro =
    lang === 'fr' ? 'Utilisation : inne <commande> [options]' : 'Usage: inne <command> [options]';
  console.log([intro, '', ...lines, '', '  --lang fr|en', ''].join('\n'));
  process.exit(name && name !== '--help' && name !== '-h' ? 2 : 0);
}

try {
  process.exitCode = await command.run(args, lang);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
