import { readFile } from 'node:fs/promises';
import { eventWhens, parseFeed, selectEvents, toICS } from '@club-inne/core';
import type { EventWhen, Locale } from '@club-inne/core';
import type { Command } from './command.js';

const help = {
  fr: `Utilisation : inne ics <flux.json | https://… | -> [options] > agenda.ics

  --when upcoming|past|all   événements gardés (défaut : all)
  --domain <domaine>         partie droite des UID (défaut : hôte de l'éditeur du flux)
  --name <nom>               nom de l'agenda affiché à l'import`,
  en: `Usage: inne ics <feed.json | https://… | -> [options] > agenda.ics

  --when upcoming|past|all   events kept (default: all)
  --domain <domain>          right-hand side of UIDs (default: the feed publisher's host)
  --name <name>              calendar name shown on import`,
};

/** `--flag value` pairs and positional arguments; `--lang` is read by inne.ts. */
function parseArgs(args: string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--') && arg.length > 2) flags.set(arg.slice(2), args[++i] ?? '');
    else positional.push(arg);
  }
  return { positional, flags };
}

async function readInput(source: string): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  if (/^https:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return response.text();
  }
  return readFile(source, 'utf8');
}

/** `inne ics <feed> > agenda.ics`: the feed's events as an RFC 5545 calendar on stdout. */
export const ics: Command = {
  summary: {
    fr: "Exporter les événements d'un flux en agenda .ics",
    en: "Export a feed's events as an .ics calendar",
  },
  async run(args: string[], lang: Locale): Promise<number> {
    const { positional, flags } = parseArgs(args);
    const when = (flags.get('when') ?? 'all') as EventWhen;
    const [source] = positional;
    if (!source || flags.has('help') || !eventWhens.includes(when)) {
      console.error(help[lang]);
      return 2;
    }
    const { feed, issues } = parseFeed(await readInput(source));
    for (const issue of issues) {
      console.error(
        `${issue.severity === 'error' ? '✗' : '!'} ${issue.path} ${issue.message[lang]}`,
      );
    }
    if (!feed) return 1;
    const events = selectEvents(feed.events, { when, sort: 'asc' });
    process.stdout.write(
      toICS(events, {
        publisher: feed.publisher,
        domain: flags.get('domain') || undefined,
        name: flags.get('name') || feed.publisher?.name,
        locale: lang,
      }),
    );
    return 0;
  },
};
