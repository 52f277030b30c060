import { scimErrors } from '../errors/scim-error';
import { tryParseAttributePath } from '../paths/attribute-path';
import type { AttributePath, CompareOperator, FilterNode, FilterValue } from './ast';
import { tokenizeFilter, type Token } from './tokenize';

const COMPARE_OPERATORS = new Set<string>(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const KEYWORDS = new Set<string>(['and', 'or', 'not', 'pr', ...COMPARE_OPERATORS]);
/** Bounds that keep recursion in the parser, validator, evaluator and SQL compiler far from the stack limit. */
const MAX_DEPTH = 32;
const MAX_EXPRESSIONS = 200;

const positions = new WeakMap<FilterNode, number>();

/**
 * Parses an RFC 7644 §3.4.2.2 filter into Roster's AST. Precedence: not > and > or; `not` needs
 * parentheses; value paths (`emails[type eq "work"]`) keep their inner filter on one element and do not
 * nest (RFC 7644 erratum 4690). Throws 400 invalidFilter naming the problem and its 1-based position.
 */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenizeFilter(text);
  if (tokens.length === 1) throw scimErrors.invalidFilter('filter: the filter is empty');
  const parser = new FilterParser(tokens);
  const node = parser.parseOr(false);
  const last = parser.peek();
  if (last.kind !== 'end') fail(`unexpected ${describe(last)}`, last, `expected 'and', 'or' or the end of the filter`);
  return node;
}

/**
 * The 1-based position of a compare, present or valuePath node's attribute in the text it was parsed from,
 * so that later checks can point at it in their RFC 7644 §3.12 invalidFilter detail.
 */
export function filterPosition(node: FilterNode): number | undefined {
  return positions.get(node);
}

class FilterParser {
  private index = 0;
  private depth = 0;
  private expressions = 0;

  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  parseOr(inBrackets: boolean): FilterNode {
    let left = this.parseAnd(inBrackets);
    while (isKeyword(this.peek(), 'or')) {
      this.index += 1;
      left = { kind: 'or', left, right: this.parseAnd(inBrackets) };
    }
    return left;
  }

  private parseAnd(inBrackets: boolean): FilterNode {
    let left = this.parseUnary(inBrackets);
    while (isKeyword(this.peek(), 'and')) {
      this.index += 1;
      left = { kind: 'and', left, right: this.parseUnary(inBrackets) };
    }
    return left;
  }

  private parseUnary(inBrackets: boolean): FilterNode {
    const token = this.peek();
    if (isKeyword(token, 'not')) {
      const open = this.peek(1);
      if (open.kind !== '(') fail(`expected '(' after 'not', found ${describe(open)}`, open);
      this.index += 1;
      return { kind: 'not', filter: this.parseGroup(inBrackets) };
    }
    if (token.kind === '(') return this.parseGroup(inBrackets);
    if (token.kind === 'word' && !KEYWORDS.has(token.text.toLowerCase())) return this.parseAttributeExpression(inBrackets);
    return fail(`expected an attribute name, found ${describe(token)}`, token);
  }

  private parseGroup(inBrackets: boolean): FilterNode {
    const open = this.enter();
    const node = this.parseOr(inBrackets);
    this.close(')', open);
    return node;
  }

  private parseAttributeExpression(inBrackets: boolean): FilterNode {
    const token = this.tokens[this.index++];
    const parsed = tryParseAttributePath(token.text);
    if ('problem' in parsed) fail(parsed.problem, token);
    const path = parsed;
    this.expressions += 1;
    if (this.expressions > MAX_EXPRESSIONS) fail(`the filter has more than ${MAX_EXPRESSIONS} attribute expressions`, token);

    const next = this.peek();
    if (next.kind === '[') return this.record(this.parseValuePath(path, token, inBrackets), token);
    const operator = next.kind === 'word' ? next.text.toLowerCase() : '';
    if (operator === 'pr') {
      this.index += 1;
      return this.record({ kind: 'present', path }, token);
    }
    if (COMPARE_OPERATORS.has(operator)) {
      this.index += 1;
      return this.record({ kind: 'compare', path, op: operator as CompareOperator, value: this.parseValue(next) }, token);
    }
    if (next.kind === 'word') {
      fail(`unknown operator '${next.text}'`, next, 'expected one of eq, ne, co, sw, ew, gt, ge, lt, le, pr');
    }
    return fail(`expected an operator after '${token.text}', found ${describe(next)}`, next);
  }

  private parseValuePath(path: AttributePath, token: Token, inBrackets: boolean): FilterNode {
    if (inBrackets) fail(`value filters cannot be nested inside another '[…]'`, this.peek());
    if (path.subAttribute !== undefined) fail(`a value filter applies to an attribute, not to '${token.text}'`, token);
    const open = this.enter();
    const filter = this.parseOr(true);
    this.close(']', open);
    const after = this.peek();
    if (after.kind === 'word' && /^\.[A-Za-z][\w$-]*$/.test(after.text)) {
      this.index += 1;
      return { kind: 'valuePath', path, filter: { kind: 'and', left: filter, right: this.parseElementTest(after) } };
    }
    if (after.kind === 'word' && COMPARE_OPERATORS.has(after.text.toLowerCase())) {
      const hint = `put the whole condition inside the brackets, e.g. emails[type eq "work" and value eq "…"]`;
      fail(`a value filter '${token.text}[…]' cannot be compared with '${after.text}'`, after, hint);
    }
    return { kind: 'valuePath', path, filter };
  }

  /**
   * Entra ID looks users up with `emails[type eq "work"].value eq "…"` when a matching attribute is a filtered path
   * (issue 3, "lookups by emails[type eq \"work\"].value"). Outside the RFC grammar, it means the same element
   * satisfies both tests, so it folds into the value filter: `emails[type eq "work" and value eq "…"]`.
   */
  private parseElementTest(subAttribute: Token): FilterNode {
    const path: AttributePath = { attribute: subAttribute.text.slice(1) };
    const next = this.peek();
    const operator = next.kind === 'word' ? next.text.toLowerCase() : '';
    this.index += 1;
    if (operator === 'pr') return this.record({ kind: 'present', path }, subAttribute);
    if (!COMPARE_OPERATORS.has(operator)) return fail(`expected an operator after '${subAttribute.text}', found ${describe(next)}`, next);
    return this.record({ kind: 'compare', path, op: operator as CompareOperator, value: this.parseValue(next) }, subAttribute);
  }

  /**
   * RFC 7644 §3.4.2.2 wants strings in double quotes, but Microsoft's reference SCIM server (and conformance suites
   * written against it) send bare words: `userName sw O`, `name.familyName eq Employee`, an unquoted date-time after
   * `gt`. A bare word that is not a keyword is read as a string; true, false, null and JSON numbers keep their types.
   */
  private parseValue(operator: Token): FilterValue {
    const token = this.peek();
    this.index += 1;
    if (token.kind === 'string' || token.kind === 'number') return token.value as string | number;
    const word = token.kind === 'word' ? token.text.toLowerCase() : '';
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (token.kind === 'word' && !KEYWORDS.has(word)) return token.text;
    if (token.kind === 'end') return fail(`expected a value after '${operator.text}'`, token);
    const hint = token.kind === 'word' ? 'write a value that is also a filter keyword in double quotes' : undefined;
    return fail(`expected a value after '${operator.text}', found ${describe(token)}`, token, hint);
  }

  private enter(): Token {
    const open = this.tokens[this.index++];
    this.depth += 1;
    if (this.depth > MAX_DEPTH) fail(`the filter nests more than ${MAX_DEPTH} levels deep`, open);
    return open;
  }

  private close(kind: ')' | ']', open: Token): void {
    const token = this.peek();
    if (token.kind !== kind) {
      fail(`expected '${kind}' to close '${open.text}' at position ${open.position}, found ${describe(token)}`, token);
    }
    this.index += 1;
    this.depth -= 1;
  }

  private record(node: FilterNode, token: Token): FilterNode {
    positions.set(node, token.position);
    return node;
  }
}

function isKeyword(token: Token, keyword: string): boolean {
  return token.kind === 'word' && token.text.toLowerCase() === keyword;
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the filter' : `'${token.text}'`;
}

function fail(problem: string, token: Token, hint?: string): never {
  throw scimErrors.invalidFilter(`filter: ${problem} at position ${token.position}${hint === undefined ? '' : `; ${hint}`}`);
}
