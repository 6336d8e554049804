import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { LocatedIssue } from './issue-table.js';
import { parseJsonPath } from '@club-inne/core';

export type PathSegment = string | number;

// The inverse of core's `jsonPath`, beside it in core: core reads issues' paths too.
export { parseJsonPath } from '@club-inne/core';

/** A place in a text file, 1-based, as editors show it. */
export interface Position {
  line: number;
  column: number;
}

/** A YAML (or JSON: YAML is a superset) document with what it takes to find lines in it. */
export interface SourceDocument {
  doc: Document;
  lines: LineCounter;
}

export function parseSource(text: string): SourceDocument {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  return { doc, lines };
}

/**
 * The node at a path. Of a key written twice, the last: the value `JSON.parse` reads, and so the
 * one an issue is about (yaml's own `getIn` gives the first).
 */
function nodeAt(node: unknown, path: PathSegment[]): unknown {
  for (const segment of path) {
    if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else if (isMap(node)) {
      const pairs = node.items.filter((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
      node = pairs[pairs.length - 1]?.value;
    } else return undefined;
  }
  return node;
}

/**
 * Where a path points in a document: the node itself, or its nearest ancestor that exists
 * (a missing field is reported on the item that lacks it).
 */
export function locate({ doc, lines }: SourceDocument, path: PathSegment[]): Position | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(doc.contents, path.slice(0, depth));
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) {
      const { line, col } = lines.linePos(range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}

/** Adds the line of each issue in the source text (JSON is YAML, whose parser keeps lines). */
export function withLines(
  text: string,
  issues: LocatedIssue[],
  source?: SourceDocument,
): LocatedIssue[] {
  if (issues.length === 0 || issues.every((i) => i.path === '$')) return issues;
  source ??= parseSource(text);
  return issues.map((issue) => {
    if (issue.line !== undefined) return issue; // found with its line already
    const at = locate(source, parseJsonPath(issue.path));
    return at ? { ...issue, line: at.line, column: at.column } : issue;
  });
}
