/**
 * Finds UI text written straight into JSX instead of going through t(): JSX text children
 * with letters, string literals as JSX children, and string literals in the props a user
 * sees or hears (placeholder, title, aria-label, alt). Parsed with the TypeScript compiler,
 * so comments, types and class names never count.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Props whose value a user reads or a screen reader speaks. */
export const VISIBLE_PROPS = new Set(['placeholder', 'title', 'aria-label', 'alt', 'label', 'aria-description']);

/** A letter in any script: Latin, Hangul, … (symbols such as × ● ≥ → are not letters). */
const LETTER = /\p{L}/u;

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Source files under `dir` whose names end with one of `exts`. */
export function listSources(dir: string, exts: string[] = ['.tsx']): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listSources(full, exts);
    return exts.some((x) => e.name.endsWith(x)) ? [full] : [];
  });
}

/** String pieces of an expression a user would see: literals, both arms of ?:, ??, ||, +. */
function literalTexts(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.AmpersandAmpersandToken ||
      op === ts.SyntaxKind.PlusToken
    )
      return [
        ...(op === ts.SyntaxKind.AmpersandAmpersandToken ? [] : literalTexts(node.left)),
        ...literalTexts(node.right),
      ];
  }
  // A call (t('…'), format(…)) or an identifier is not a hard-coded string.
  return [];
}

export function scanSource(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!LETTER.test(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, text: text.trim().replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const text of literalTexts(node.expression)) report(node, text);
    } else if (ts.isJsxAttribute(node) && VISIBLE_PROPS.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression)
        for (const text of literalTexts(init.expression)) report(init, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Keys passed as a plain string literal to `t(…)` (template keys like t(`nav.${s}`) are skipped). */
export function literalKeys(file: string, source: string): { key: string; line: number }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const keys: { key: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't') {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)))
        keys.push({ key: first.text, line: sf.getLineAndCharacterOfPosition(first.getStart(sf)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return keys;
}
