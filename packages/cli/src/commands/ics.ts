import { eventWhens, parseFeed, selectEvents, toICS, uidDomain } from '@club-inne/core';
import type { EventWhen, Locale } from '@club-inne/core';
import { positionalProblem, readArgs } from '../args.js';
import { usageFailure } from '../usage.js';
import { output, say, warn } from '../output.js';
import { formatIssueTable, summaryLine } from '../issue-table.js';
import { withLines } from '../locate.js';
import { readSource, SourceError, unreadableFeed } from '../read-source.js';
import type { Command } from './command.js';

const help = {
  fr: `Utilisation\u00a0: inne ics <flux.json | https://… | -> [options] > agenda.ics

Écrit les événements d’un flux en agenda iCalendar (RFC 5545) sur la sortie standard\u00a0:
fuseaux horaires, événements annulés marqués, UID stables pour que les agendas abonnés se
mettent à jour. Les événements invalides sont laissés de côté et signalés sur la sortie
d’erreur\u00a0: l’agenda garde les autres, et le code de sortie est 1. Code de sortie 2 si le flux
ne peut pas être lu (introuvable, injoignable, pas du texte UTF-8 ni du JSON).

  --when upcoming|past|all   événements gardés (défaut\u00a0: all)
  --domain <domaine>         partie droite des UID (défaut\u00a0: hôte de l’éditeur du flux)
  --name <nom>               nom de l’agenda affiché à l’import (défaut\u00a0: l’éditeur)
  --lang fr|en               langue des mots ajoutés («\u00a0Annulé\u00a0», «\u00a0Inscription\u00a0»)`,
  en: `Usage: inne ics <feed.json | https://… | -> [options] > agenda.ics

Writes a feed's events as an iCalendar (RFC 5545) calendar on standard output: time zones,
cancelled events marked, stable UIDs so that subscribed calendars update. Invalid events are
left out and reported on standard error: the calendar keeps the others, and the exit code is
1. Exit code 2 when the feed cannot be read (not found, unreachable, not UTF-8 text or not
JSON).

  --when upcoming|past|all   events kept (default: all)
  --domain <domain>          right-hand side of UIDs (default: the feed publisher's host)
  --name <name>              calendar name shown on import (default: the publisher)
  --lang fr|en               language of the words added ("Cancelled", "Registration")`,
};

/** `inne ics <feed> > agenda.ics`: the feed's events as an RFC 5545 calendar on stdout. */
export const ics: Command = {
  summary: {
    fr: 'Exporter les événements d’un flux en agenda .ics',
    en: "Export a feed's events as an .ics calendar",
  },
  async run(args: string[], lang: Locale): Promise<number> {
    const parsed = readArgs(args, {
      when: { type: 'string' },
      domain: { type: 'string' },
      name: { type: 'string' },
    });
    if ('error' in parsed) return usageFailure(parsed, args, help[lang], lang);
    const { values, positionals } = parsed;
    if (values.help) {
      say(help[lang]);
      return 0;
    }
    const when = (values.when ?? 'all') as EventWhen;
    const missing = positionalProblem(positionals, 1, {
      fr: 'le flux (fichier, URL ou -)',
      en: 'the feed (file, URL or -)',
    });
    if (missing) return usageFailure(missing, args, help[lang], lang);
    if (!eventWhens.includes(when)) {
      const allowed = eventWhens.join(', ');
      return usageFailure(
        {
          code: 'invalid-value',
          error: {
            fr: `--when\u00a0: ${allowed} (reçu «\u00a0${when}\u00a0»)`,
            en: `--when: ${allowed} (got "${when}")`,
          },
        },
        args,
        help[lang],
        lang,
      );
    }
    // A domain that core would change (`a b` to `ab`) is no host name: the UIDs would not be
    // the ones asked for.
    const domain = values.domain as string | undefined;
    if (domain !== undefined && uidDomain({ domain }) !== domain.toLowerCase()) {
      return usageFailure(
        {
          code: 'invalid-value',
          error: {
            fr: `--domain\u00a0: un nom d’hôte est attendu (lettres, chiffres, points et tirets, comme example.org), reçu «\u00a0${domain}\u00a0»`,
            en: `--domain: a host name is expected (letters, digits, dots and dashes, such as example.org), got "${domain}"`,
          },
        },
        args,
        help[lang],
        lang,
      );
    }

    const source = positionals[0]!;
    let text: string;
    try {
      text = await readSource(source);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      warn(`✗ ${error.localized[lang]}`);
      return 2;
    }
    // The events only: a broken project is `inne validate`'s to report, not the calendar's.
    const { feed, issues } = parseFeed(text, { collections: ['events'] });
    const notJson = unreadableFeed(source, text, issues);
    if (notJson) {
      warn(`✗ ${notJson.error[lang]}`);
      return 2;
    }
    // The table of `inne validate`, with each event's id and line: "$.events[17]" alone
    // leaves the publisher counting.
    if (issues.length) {
      warn(`${formatIssueTable(withLines(text, issues), lang)}\n`);
      warn(summaryLine(feed, issues, lang));
    }
    if (!feed) return 1;
    const events = selectEvents(feed.events, { when, sort: 'asc' });
    output.out(
      toICS(events, {
        publisher: feed.publisher,
        domain,
        name: (values.name as string | undefined) || feed.publisher?.name,
        locale: lang,
      }),
    );
    // Written, but without the events left out: a script must not take it for the whole agenda.
    return issues.some((i) => i.severity === 'error') ? 1 : 0;
  },
};
