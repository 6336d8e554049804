import { parseFeed, withNearId } from '@club-inne/core';
import type { Locale, Localized } from '@club-inne/core';
import { positionalProblem, readArgs } from '../args.js';
import { usageFailure } from '../usage.js';
import { say, warn } from '../output.js';
import { formatIssueTable, summaryLine } from '../issue-table.js';
import { duplicateKeys } from '../duplicate-keys.js';
import { withFirstOfId } from '../first-of-id.js';
import { locate, parseJsonPath, parseSource, withLines } from '../locate.js';
import { readSource, SourceError, unreadableFeed } from '../read-source.js';
import type { NotJson, SourceCode } from '../read-source.js';
import type { Command } from './command.js';

const help = {
  fr: `Utilisation\u00a0: inne validate <flux.json | https://… | -> [options]

Vérifie un flux Club Inné et liste ses problèmes\u00a0: gravité, emplacement (chemin JSON et
ligne), identifiant de l’élément et message. Code de sortie 1 s’il y a des erreurs (les
avertissements seuls donnent 0), 2 si le flux ne peut pas être lu (introuvable, injoignable,
pas du texte UTF-8 ni du JSON).

  --json            rapport JSON pour les machines (messages en français et en anglais)
  --timeout <s>     délai pour une URL, en secondes (défaut\u00a0: 15)
  --lang fr|en      langue du rapport`,
  en: `Usage: inne validate <feed.json | https://… | -> [options]

Checks a Club Inné feed and lists its problems: severity, location (JSON path and line),
item id and message. Exit code 1 when there are errors (warnings alone give 0), 2 when the
feed cannot be read (not found, unreachable, not UTF-8 text or not JSON).

  --json            JSON report for machines (messages in French and English)
  --timeout <s>     time allowed for a URL, in seconds (default: 15)
  --lang fr|en      report language`,
};

/** `inne validate <feed>`: is this feed right, and if not, what exactly is wrong where. */
export const validate: Command = {
  summary: { fr: 'Vérifier un flux (fichier ou URL)', en: 'Check a feed (file or URL)' },
  async run(args: string[], lang: Locale): Promise<number> {
    const parsed = readArgs(args, { json: { type: 'boolean' }, timeout: { type: 'string' } });
    if ('error' in parsed) return usageFailure(parsed, args, help[lang], lang);
    const { values, positionals } = parsed;
    if (values.help) {
      say(help[lang]);
      return 0;
    }
    const missing = positionalProblem(positionals, 1, {
      fr: 'le flux à vérifier (fichier, URL ou -)',
      en: 'the feed to check (file, URL or -)',
    });
    if (missing) return usageFailure(missing, args, help[lang], lang);
    const timeout = values.timeout === undefined ? 15 : Number(values.timeout);
    if (!(timeout > 0 && Number.isFinite(timeout))) {
      return usageFailure(
        {
          code: 'invalid-value',
          error: {
            fr: `--timeout\u00a0: un nombre de secondes positif est attendu (reçu «\u00a0${values.timeout}\u00a0»)`,
            en: `--timeout: a positive number of seconds is expected (got "${values.timeout}")`,
          },
        },
        args,
        help[lang],
        lang,
      );
    }
    const source = positionals[0]!;

    const unreadable = (code: SourceCode, error: Localized, at?: Omit<NotJson, 'error'>) => {
      if (values.json) say(JSON.stringify({ source, ok: false, code, error, ...at }, null, 2));
      else warn(`✗ ${error[lang]}`);
      return 2;
    };
    let text: string;
    try {
      text = await readSource(source, { timeoutMs: timeout * 1000 });
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      return unreadable(error.code, error.localized);
    }

    const { feed, issues: feedIssues } = parseFeed(text);
    // Text that is not JSON cannot be read at all, like a missing file (2); JSON that is not a
    // feed was read, and is wrong (1, with its issue in the report).
    const notJson = unreadableFeed(source, text, feedIssues);
    if (notJson) {
      const { error, ...at } = notJson;
      return unreadable('not-json', error, at);
    }
    const sourceDoc = parseSource(text);
    let written: unknown; // the feed as written, read again for a duplicate id or reference only
    const asWritten = () => (written ??= sourceDoc.doc.toJS());
    // First: a key written twice explains the issues of the value read in its place. A
    // reference to an id the feed lacks gets the id it likely meant (a typo).
    const issues = [
      ...duplicateKeys(text, sourceDoc),
      ...feedIssues.map((issue) =>
        issue.code === 'dangling-reference' ? withNearId(issue, asWritten(), feed) : issue,
      ),
    ];
    const located = withLines(text, issues, sourceDoc).map((issue) => {
      if (issue.code === 'duplicate-id') asWritten();
      return withFirstOfId(issue, written, (path) => ({
        ...locate(sourceDoc, parseJsonPath(path)),
      }));
    });
    const errors = issues.filter((i) => i.severity === 'error').length;
    if (values.json) {
      const counts =
        feed &&
        Object.fromEntries(
          Object.entries(feed)
            .filter(([, v]) => Array.isArray(v))
            .map(([k, v]) => [k, (v as unknown[]).length]),
        );
      say(
        JSON.stringify(
          {
            source,
            ok: errors === 0,
            errors,
            warnings: issues.length - errors,
            counts,
            issues: located,
          },
          null,
          2,
        ),
      );
    } else {
      say(source);
      if (located.length) say(`\n${formatIssueTable(located, lang)}\n`);
      say(summaryLine(feed, issues, lang));
    }
    return errors > 0 ? 1 : 0;
  },
};
