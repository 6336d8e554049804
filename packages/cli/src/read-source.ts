import { readFile, stat } from 'node:fs/promises';
import { limits } from '@club-inne/core';
import type { Localized } from '@club-inne/core';

/** A source that could not be read, with a message for the user in both languages. */
export class SourceError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

export interface ReadSourceOptions {
  /** Milliseconds before a URL fetch is abandoned. Default 15 s. */
  timeoutMs?: number;
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
  if (source === '-') return readStdin();
  if (/^https?:\/\//i.test(source)) return fetchText(source, options.timeoutMs ?? 15_000);
  let size: number;
  try {
    size = (await stat(source)).size;
  } catch {
    throw new SourceError({
      fr: `fichier introuvable : ${source}`,
      en: `file not found: ${source}`,
    });
  }
  if (size > limits.feedBytes) throw tooLarge(source);
  return readFile(source, 'utf8');
}

function tooLarge(source: string): SourceError {
  const mb = limits.feedBytes / 1e6;
  return new SourceError({
    fr: `${source} : trop volumineux (${mb} Mo au plus)`,
    en: `${source}: too large (at most ${mb} MB)`,
  });
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const why =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : '';
    throw new SourceError(
      timedOut
        ? {
            fr: `${url} : pas de réponse en ${timeoutMs / 1000} s`,
            en: `${url}: no answer within ${timeoutMs / 1000} s`,
          }
        : { fr: `${url} : inaccessible (${why})`, en: `${url}: unreachable (${why})` },
    );
  }
  if (!response.ok) {
    throw new SourceError({
      fr: `${url} : HTTP ${response.status}`,
      en: `${url}: HTTP ${response.status}`,
    });
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > limits.feedBytes) throw tooLarge(url);
  const text = await response.text();
  if (text.length > limits.feedBytes) throw tooLarge(url);
  return text;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > limits.feedBytes) throw tooLarge('stdin');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
