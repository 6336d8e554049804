import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// Test helpers: the kit's French is written with the typographic apostrophe (’) and with
// no-break spaces inside « » (U+00A0), so that a line never shows two kinds of apostrophe nor
// breaks between a guillemet and its word. Grids (data) and message sources (code) are both
// checked with `frenchTypographyFaults`.

const straightApostrophe = /\p{L}'\p{L}/u;
const breakingGuillemet = /« | »/;

/**
 * Every string found in `value` (a string, or objects and arrays walked all the way down)
 * with a straight apostrophe between letters or an ordinary space inside « ».
 */
export function frenchTypographyFaults(value: unknown): string[] {
  const faults: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (straightApostrophe.test(v) || breakingGuillemet.test(v)) faults.push(v);
    } else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(value);
  return faults;
}

const isFrCondition = (node: ts.Expression) => /(['"])fr\1/.test(node.getText());

/**
 * Whether a string of the source is English: under an `en` property, in the English branch
 * of `… === 'fr' ? fr : en`, or passed as a parameter named `en` of a function of the same
 * file (`add(code, path, fr, en)`). The nearest such place decides (`fr` keeps it French).
 */
function isEnglish(node: ts.Node, parameters: Map<string, string[]>): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isPropertyAssignment(parent) && parent.initializer === child) {
      const name = parent.name.getText();
      if (name === 'en' || name === 'fr') return name === 'en';
    }
    if (ts.isConditionalExpression(parent) && isFrCondition(parent.condition)) {
      if (child === parent.whenTrue || child === parent.whenFalse)
        return child === parent.whenFalse;
    }
    if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression)) {
      const name = parameters.get(parent.expression.text)?.[
        parent.arguments.indexOf(child as ts.Expression)
      ];
      if (name === 'en' || name === 'fr') return name === 'en';
    }
  }
  return false;
}

/**
 * The texts of a TypeScript source file that are not English: its string literals and the
 * text of its template literals (`« ${name} »` gives "« " and " »"), comments left out.
 * Code strings ('utf8', '--lang') come along: they have no apostrophe nor guillemet.
 */
export function nonEnglishStrings(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const parameters = new Map<string, string[]>();
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isVariableDeclaration(node) &&
        node.initializer &&
        ts.isArrowFunction(node.initializer)) ||
      ts.isFunctionDeclaration(node)
    ) {
      const fn = ts.isFunctionDeclaration(node) ? node : (node.initializer as ts.ArrowFunction);
      if (node.name)
        parameters.set(
          node.name.getText(),
          fn.parameters.map((p) => p.name.getText()),
        );
    }
    node.forEachChild(visit);
  };
  visit(source);
  const collect = (node: ts.Node) => {
    // A template's pieces belong to the whole template: its place decides their language.
    const whole = ts.isTemplateHead(node)
      ? node.parent
      : ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
        ? node.parent.parent
        : ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
          ? node
          : undefined;
    if (whole && !isEnglish(whole, parameters)) texts.push((node as ts.LiteralLikeNode).text);
    node.forEachChild(collect);
  };
  collect(source);
  return texts;
}

/**
 * One test per message source of `folder` (tests and fixtures left out): its French texts use
 * ’ and no-break spaces inside « ». `expected`: sources that must be among them, so that a
 * moved folder fails instead of checking nothing.
 */
export function testFrenchTypographyOf(folder: URL, expected: string[]): void {
  const dir = fileURLToPath(folder);
  const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !/\.(test|fixture)\.ts$|test-fixtures\.ts$/.test(f))
    .sort();

  test(`${expected.join(', ')}: among the message sources to check`, () => {
    for (const file of expected) assert.ok(sources.includes(file), file);
  });

  for (const file of sources) {
    test(`${file}: French texts use ’ and no-break spaces inside « »`, () => {
      assert.deepEqual(frenchTypographyFaults(nonEnglishStrings(dir + file)), []);
    });
  }
}
