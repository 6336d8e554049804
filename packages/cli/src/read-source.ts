import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { limits, notUtf8Reason } from '@club-inne/core';
import type { FeedIssue, Localized } from '@club-inne/core';
import { jsonSyntaxError } from './json-syntax.js';
import { number } from './words.js';

/** Why a source could not be read, for scripts (`--json`): stable, whatever the language. */
export type SourceCode =
  | 'not-found'
  | 'is-a-folder'
  | 'not-utf8'
  | 'too-large'
  | 'not-json'
  | 'http-error'
  | 'timeout'
  | 'unreachable';

/** A source that could not be read, with a message for the user in both languages. */
export class SourceError extends Error {
  constructor(
    readonly localized: Localized,
    readonly code: SourceCode,
  ) {
    super(localized.en);
  }
}

/** A source as messages name it: standard input (`-`) is `stdin`. */
export const sourceName = (source: string): string => (source === '-' ? 'stdin' : source);

/** Why a source is not JSON, in both languages, and where when that is known. */
export interface NotJson {
  error: Localized;
  line?: number;
  column?: number;
}

/**
 * `feed.json:3:12 : <what> : <why>` for a text that is not JSON (`what`: "the feed is not
 * readable JSON"), with the line and column where it stops being JSON, as editors and
 * terminals link them; `null` for JSON. Standard input (`-`) is named as readSource names it.
 */
export function notJson(source: string, text: string, what: Localized): NotJson | null {
  const found = jsonSyntaxError(text);
  if (!found) return null;
  const { line, column, reason } = found;
  const at = `${sourceName(source)}:${line}:${column}`;
  return {
    error: {
      fr: `${at}\u00a0: ${what.fr}\u00a0: ${reason.fr}`,
      en: `${at}: ${what.en}: ${reason.en}`,
    },
    line,
    column,
  };
}

/**
 * The `not-json` issue of a feed's text, worded like the errors of a source that cannot be
 * read (`feed.json:3:12 : …`); none for anything else.
 */
export function unreadableFeed(
  source: string,
  text: string,
  issues: readonly FeedIssue[],
): NotJson | null {
  const issue = issues.find((i) => i.code === 'not-json');
  if (!issue) return null;
  const found = notJson(source, text, {
    fr: 'le flux n’est pas du JSON lisible',
    en: 'the feed is not readable JSON',
  });
  if (found) return found;
  const name = sourceName(source);
  return {
    error: { fr: `${name}\u00a0: ${issue.message.fr}`, en: `${name}: ${issue.message.en}` },
  };
}

export interface ReadSourceOptions {
  /** Milliseconds before a URL fetch is abandoned. Default 15 s. */
  timeoutMs?: number;
  /**
   * Whether the source is a feed, so that a folder given for it points to `inne build-feed`.
   * Default true; answers and grids are no feeds.
   */
  feed?: boolean;
}

/**
 * The text of a feed from a file, an `http(s)://` URL or `-` (standard input), refused
 * beyond the feed size limit. URLs are fetched without credentials and with a timeout, as a
 * page would; `http:` is allowed here so a feed can be checked on a local server.
 *
 * @example
 * const text = await readSource('https://example.org/club.feed.json', { timeoutMs: 5000 });
 */
export async function readSource(source: string, options: ReadSourceOptions = {}): Promise<string> {
  if (source === '-') return utf8(await readStdin(), 'stdin');
  if (/^https?:\/\//i.test(source))
    return utf8(await fetchBytes(source, options.timeoutMs ?? 15_000), source);
  let info: Stats;
  try {
    info = await stat(source);
  } catch {
    throw new SourceError(
      { fr: `fichier introuvable\u00a0: ${source}`, en: `file not found: ${source}` },
      'not-found',
    );
  }
  // Reading a folder would fail with Node's bare EISDIR; for a feed, the user most likely
  // meant build-feed.
  if (info.isDirectory()) {
    const folder = {
      fr: `${source} est un dossier, pas un fichier`,
      en: `${source} is a folder, not a file`,
    };
    if (options.feed === false) throw new SourceError(folder, 'is-a-folder');
    throw new SourceError(
      {
        fr: `${folder.fr} (pour un dossier d’un fichier par élément\u00a0: inne build-feed ${source})`,
        en: `${folder.en} (for a folder of one file per item: inne build-feed ${source})`,
      },
      'is-a-folder',
    );
  }
  if (info.size > limits.feedBytes) throw tooLarge(source);
  return utf8(await readFile(source), source);
}

/**
 * The text of bytes that must be UTF-8, as feeds are (see parseFeed): a file saved as
 * Windows-1252 or UTF-16 is refused with what to do, instead of read with every accent as "�".
 */
function utf8(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(
      { fr: `${source}\u00a0: ${notUtf8Reason.fr}`, en: `${source}: ${notUtf8Reason.en}` },
      'not-utf8',
    );
  }
}

function tooLarge(source: string): SourceError {
  const mb = limits.feedBytes / 1e6;
  return new SourceError(
    {
      fr: `${source}\u00a0: trop volumineux (${mb} Mo au plus)`,
      en: `${source}: too large (at most ${mb} MB)`,
    },
    'too-large',
  );
}

async function fetchBytes(url: string, timeoutMs: number): Promise<Uint8Array> {
  // One signal for the headers and the body: a server that sends its headers and then stalls
  // must time out like one that never answers.
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal,
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    throw fetchFailed(url, error, timeoutMs);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new SourceError(
      { fr: `${url}\u00a0: HTTP ${response.status}`, en: `${url}: HTTP ${response.status}` },
      'http-error',
    );
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > limits.feedBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(url);
  }
  try {
    return await readBody(response, url);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw fetchFailed(url, error, timeoutMs);
  }
}

/**
 * Why a host could not be reached, by the system's or fetch's error code, in both languages:
 * Node's own words (`getaddrinfo ENOTFOUND …`, `other side closed`) are English and say little
 * to a publisher.
 */
const closed: Localized = {
  fr: 'connexion coupée par le serveur',
  en: 'connection closed by the server',
};
const timedOut: Localized = {
  fr: 'délai de connexion dépassé, le serveur ne répond pas',
  en: 'connection timed out, the server does not answer',
};
const networkReasons: Record<string, Localized> = {
  ENOTFOUND: { fr: 'nom de domaine introuvable', en: 'host name not found' },
  EAI_AGAIN: { fr: 'nom de domaine introuvable pour le moment', en: 'host name not found for now' },
  ECONNREFUSED: {
    fr: 'connexion refusée\u00a0: aucun serveur ne répond à cette adresse',
    en: 'connection refused: no server answers at this address',
  },
  ECONNRESET: closed,
  // fetch's own name for a connection the server closed before or during its answer.
  UND_ERR_SOCKET: closed,
  EPIPE: closed,
  ECONNABORTED: { fr: 'connexion interrompue', en: 'connection aborted' },
  ETIMEDOUT: timedOut,
  UND_ERR_CONNECT_TIMEOUT: timedOut,
  UND_ERR_HEADERS_TIMEOUT: {
    fr: 'le serveur n’a pas envoyé sa réponse à temps',
    en: 'the server did not send its answer in time',
  },
  UND_ERR_BODY_TIMEOUT: {
    fr: 'le serveur a cessé d’envoyer sa réponse',
    en: 'the server stopped sending its answer',
  },
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: {
    fr: 'réponse incomplète (longueur annoncée non tenue)',
    en: 'incomplete answer (not the length announced)',
  },
  // Most often `https://` to a port that speaks plain HTTP (or the reverse).
  EPROTO: {
    fr: 'échec de la connexion sécurisée (EPROTO)\u00a0: ce port parle-t-il HTTPS\u202f?',
    en: 'secure connection failed (EPROTO): does this port speak HTTPS?',
  },
  EHOSTUNREACH: { fr: 'serveur injoignable', en: 'host unreachable' },
  ENETUNREACH: { fr: 'pas de réseau', en: 'no network' },
  ENETDOWN: { fr: 'pas de réseau', en: 'no network' },
  // `http://`, a space in the host, port 99999: the URL parser's "Invalid URL".
  ERR_INVALID_URL: { fr: 'adresse invalide', en: 'not a valid address' },
};

/** The reason a fetch failed, for the user: a timeout, or why the host was unreachable. */
function fetchFailed(url: string, error: unknown, timeoutMs: number): SourceError {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new SourceError(
      {
        // « 0,5 s » in French: the decimal comma, and no line break between number and unit.
        fr: `${url}\u00a0: pas de réponse en ${number(timeoutMs / 1000, 'fr', 3)}\u00a0s`,
        en: `${url}: no answer within ${number(timeoutMs / 1000, 'en', 3)} s`,
      },
      'timeout',
    );
  }
  const cause =
    error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  const code = cause?.code ?? '';
  const raw = cause?.message ?? (error instanceof Error ? error.message : '');
  // Any other code is kept, in a sentence of the user's language: never Node's English alone.
  let why = networkReasons[code] ?? {
    fr: code ? `erreur réseau (${code})` : 'erreur réseau',
    en: code ? `network error (${code})` : raw || 'network error',
  };
  // fetch refuses the ports browsers block (1, 25, 6000…), with no code but this message.
  if (raw === 'bad port')
    why = {
      fr: 'port refusé par fetch, comme par les navigateurs',
      en: 'a port fetch refuses, as browsers do',
    };
  // An answer the HTTP parser cannot read (`HPE_INVALID_CONSTANT`…): not a web server.
  if (code.startsWith('HPE_'))
    why = {
      fr: `la réponse n’est pas du HTTP (${code})`,
      en: `the answer is not HTTP (${code})`,
    };
  // A certificate the system does not trust (expired, self-signed, for another name).
  if (/CERT|SIGNATURE|ISSUER/.test(code))
    why = { fr: `certificat HTTPS refusé (${code})`, en: `HTTPS certificate refused (${code})` };
  return new SourceError(
    { fr: `${url}\u00a0: inaccessible (${why.fr})`, en: `${url}: unreachable (${why.en})` },
    'unreachable',
  );
}

/**
 * The body, counted as it arrives: a server that sends no length (or a false one)
 * is cut off at the limit instead of being read whole into memory first.
 */
async function readBody(response: Response, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    // Leaving the loop cancels the stream: the rest is never downloaded.
    if (size > limits.feedBytes) throw tooLarge(url);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > limits.feedBytes) throw tooLarge('stdin');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
