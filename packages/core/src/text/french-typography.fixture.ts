import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// Test helpers: the kit's French is written with the typographic apostrophe (’), quotes with
// « » (never the English “ ”), with no-break spaces inside « » and before « : » (U+00A0), and
// with narrow no-break spaces before « ; », « ! » and « ? » (U+202F), so that a line never
// shows two kinds of apostrophe or quotes nor starts with a guillemet or a punctuation mark
// cut from its word. Grids (data) and message sources (code) are both checked with
// `frenchTypographyFaults`.

const straightApostrophe = /\p{L}'\p{L}/u;
const breakingGuillemet = /« | »/;
/** English quotation marks: a French text quotes with « », as its headings do. */
const englishQuote = /[“”]/;
/**
 * An ordinary space before « : », « ; », « ! » or « ? » used as punctuation (what follows is
 * not a letter, digit or colon: CSS's ` :host`, ` ::part` and ` :not(` are left alone).
 */
const breakingPunctuation = / [:;!?](?![\p{L}\p{N}:])/u;
/**
 * A colon or semicolon glued to its word (`Prochaine campagne: x`), looked for in text that
 * reads as French only (see `readsFrench`): code and English developer messages glue theirs.
 * URL schemes (`https:`, `mailto:`, `tel:`), HTML entities (`&nbsp;`), a quoted JSON name
 * (`"version": 1`), a JSON value after a name (`purpose: "award"`) and times (`10:30`, nothing
 * after the colon is a space) are not punctuation.
 */
const gluedPunctuation =
  /(?<![\s\u00a0\u202f"]|\b(?:https?|mailto|tel)|&#?\w+)[:;](?=[ \n]|$)(?! ")/u;
/**
 * The other kind of no-break space: U+00A0 before « ; », « ! » or « ? » (unless quoted alone
 * between guillemets: `«\u00a0;\u00a0»`), U+202F before « : ».
 */
const otherSpace = /\u00a0[;!?](?!\u00a0»)|\u202f:/;
/**
 * Text that reads as French (an accented letter, a no-break space or a guillemet) and not as
 * code: CSS, JSON, HTML and JavaScript examples all have one of `{`, `<`, `=`. A French text
 * without any (`Pour: x`) goes unnoticed.
 */
const readsFrench = (s: string) => /[\u00a0\u202f«»àâçéèêëîïôûùœ]/i.test(s) && !/[{<=]/.test(s);

/** Whether a French text breaks a rule of the kit's typography (see above). */
const isFaulty = (s: string) =>
  straightApostrophe.test(s) ||
  breakingGuillemet.test(s) ||
  englishQuote.test(s) ||
  breakingPunctuation.test(s) ||
  otherSpace.test(s) ||
  (readsFrench(s) && gluedPunctuation.test(s));

/**
 * Every string found in `value` (a string, or objects and arrays walked all the way down)
 * with a straight apostrophe between letters, English quotation marks “ ”, an ordinary space
 * inside « », an ordinary space or the other kind of no-break space before « : », « ; », « ! »
 * or « ? », or (in text that reads as French) « : » or « ; » glued to its word.
 */
export function frenchTypographyFaults(value: unknown): string[] {
  const faults: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (isFaulty(v)) faults.push(v);
    } else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(value);
  return faults;
}

const isFrCondition = (node: ts.Expression) => /(['"])fr\1/.test(node.getText());

/**
 * Whether a string of the source is English: under an `en` property or variable, in the English branch
 * of `… === 'fr' ? fr : en`, passed as a parameter named `en` of a function of the same
 * file (`add(code, path, fr, en)`), or written to the console.
 * The nearest such place decides (`fr` keeps it French).
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
    if (ts.isVariableDeclaration(parent) && parent.initializer === child)
      if (parent.name.getText() === 'en') return true;
    // The console speaks to developers, in English (the embed page's warnings).
    if (ts.isCallExpression(parent) && /^console\./.test(parent.expression.getText())) return true;
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
 * text of its template literals (`« ${name} »` gives "« " and " »"), comments left out (also
 * those of CSS in `css` templates, written in English for developers).
 * Code strings ('utf8', '--lang') come along: the rules leave code alone (see above).
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
    if (whole && !isEnglish(whole, parameters)) {
      const text = (node as ts.LiteralLikeNode).text;
      const isCss =
        ts.isTaggedTemplateExpression(whole.parent) && whole.parent.tag.getText() === 'css';
      texts.push(isCss ? text.replace(/\/\*[\s\S]*?\*\//g, '') : text);
    }
    node.forEachChild(collect);
  };
  collect(source);
  return texts;
}

/**
 * One test per message source of `folder` (TypeScript or JavaScript; tests, fixtures, test
 * helpers in a `test` folder and English catalogues in an `en` folder left out): its French texts follow the rules of
 * `frenchTypographyFaults`. `expected`: sources that must be among them, so that a moved
 * folder fails instead of checking nothing.
 */
export function testFrenchTypographyOf(folder: URL, expected: string[]): void {
  const dir = fileURLToPath(folder);
  const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(
      (f) =>
        /\.(ts|js)$/.test(f) &&
        !/\.(test|fixture)\.ts$|test-fixtures\.ts$|(^|\/)(en|test)\//.test(f),
    )
    .sort();

  test(`${expected.join(', ')}: among the message sources to check`, () => {
    for (const file of expected) assert.ok(sources.includes(file), file);
  });

  for (const file of sources) {
    test(`${file}: French texts use ’, « » with no-break spaces inside, and before : ; ! ?`, () => {
      assert.deepEqual(frenchTypographyFaults(nonEnglishStrings(dir + file)), []);
    });
  }
}
