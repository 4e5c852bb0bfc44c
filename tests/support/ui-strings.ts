/**
 * Finds words a reader would see that bypass the catalogue: JSX text and string literals in user-facing
 * attributes of a .tsx file. Pure (source text in, findings out) so the rule itself is unit-tested.
 */
import { parse } from '@babel/parser';

/** One hard-coded string a reader would see, with where it is. */
export interface UiStringFinding {
  line: number;
  text: string;
  /** 'text' for a JSX text node, otherwise the attribute's name. */
  where: string;
}

/** Attributes and props whose value is shown or spoken to the reader. */
export const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'note',
  'hint',
  'heading',
  'legend',
  'summary',
  'message',
  'empty',
  'confirmLabel',
  'cancelLabel',
  'actionLabel',
]);

/** Words that are the same in every language: the brand, and key names shown in <kbd>. */
export const ALLOWED_WORDS = new Set(['OnRecord', 'Esc', 'Enter', 'Tab', 'Shift', 'Ctrl', 'Alt']);

/** Whether a string holds words to translate (letters other than an allowed word). */
export function needsTranslation(text: string): boolean {
  // An element name passed as a prop (heading="h3") is markup, not words.
  if (/^h[1-6]$/.test(text)) return false;
  // A web address shown as an example ("https://…") reads the same in every language.
  if (/^https?:\/\//.test(text)) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.some((w) => !ALLOWED_WORDS.has(w));
}

type Node = { type: string; loc?: { start: { line: number } } | null; [key: string]: unknown };

function attributeName(node: Node): string {
  const name = node.name as Node;
  return name.type === 'JSXNamespacedName'
    ? `${(name.namespace as Node).name}:${(name.name as Node).name}`
    : String(name.name);
}

/** String literals an attribute value can show: a literal, a template's fixed parts, a ternary's branches. */
function literalsOf(node: Node | null | undefined): string[] {
  if (!node) return [];
  switch (node.type) {
    case 'StringLiteral':
      return [String(node.value)];
    case 'JSXExpressionContainer':
      return literalsOf(node.expression as Node);
    case 'TemplateLiteral':
      return (node.quasis as Node[]).map((q) => String((q.value as { cooked: string }).cooked));
    case 'ConditionalExpression':
      return [...literalsOf(node.consequent as Node), ...literalsOf(node.alternate as Node)];
    case 'LogicalExpression':
      return literalsOf(node.right as Node);
    default:
      return [];
  }
}

function visit(node: unknown, found: UiStringFinding[], inJsxChild: boolean): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, found, inJsxChild);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  const n = node as Node;
  const line = n.loc?.start.line ?? 0;
  if (n.type === 'JSXText' && needsTranslation(String(n.value))) {
    found.push({ line, text: String(n.value).trim(), where: 'text' });
  }
  if (n.type === 'JSXAttribute' && USER_FACING_ATTRIBUTES.has(attributeName(n))) {
    for (const text of literalsOf(n.value as Node))
      if (needsTranslation(text)) found.push({ line, text, where: attributeName(n) });
    return;
  }
  // A literal right inside JSX children ({cond ? 'Yes' : 'No'}) is shown as text too.
  if (n.type === 'JSXExpressionContainer' && inJsxChild) {
    for (const text of literalsOf(n.expression as Node))
      if (needsTranslation(text)) found.push({ line, text, where: 'text' });
  }
  const childOfElement = n.type === 'JSXElement' || n.type === 'JSXFragment';
  for (const [key, value] of Object.entries(n)) {
    if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra') continue;
    visit(value, found, childOfElement && key === 'children');
  }
}

/** Every hard-coded user-visible string in one .tsx source. */
export function findUiStrings(source: string): UiStringFinding[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'], errorRecovery: true });
  const found: UiStringFinding[] = [];
  visit(ast.program, found, false);
  return found;
}
