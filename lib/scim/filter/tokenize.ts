import { scimErrors } from '../errors/scim-error';

export type TokenKind = 'word' | 'string' | 'number' | '(' | ')' | '[' | ']' | 'end';

/** One lexeme with its 1-based position in the filter text. `value` is set for strings and numbers. */
export type Token = { kind: TokenKind; text: string; position: number; value?: string | number };

const PUNCTUATION: Record<string, TokenKind> = { '(': '(', ')': ')', '[': '[', ']': ']' };
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Splits an RFC 7644 §3.4.2.2 filter into tokens in one linear pass (no regular expressions): words
 * (attribute paths, operators, keywords, true/false/null), JSON strings and numbers, brackets.
 * The list always ends with an `end` token positioned just past the text.
 */
export function tokenizeFilter(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (isSpace(char)) {
      index += 1;
    } else if (char in PUNCTUATION) {
      tokens.push({ kind: PUNCTUATION[char], text: char, position: index + 1 });
      index += 1;
    } else if (char === '"') {
      const token = readString(text, index);
      tokens.push(token);
      index += token.text.length;
    } else {
      let end = index;
      while (end < text.length && !isDelimiter(text[end])) end += 1;
      tokens.push(classifyWord(text.slice(index, end), index + 1));
      index = end;
    }
  }
  tokens.push({ kind: 'end', text: '', position: text.length + 1 });
  return tokens;
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function isDelimiter(char: string): boolean {
  return isSpace(char) || char === '"' || char in PUNCTUATION;
}

/**
 * A JSON number is a number token; any other run of characters is a word, even one starting with a digit, so that an
 * unquoted date-time (`meta.lastModified gt 2011-05-13T04:42:34Z`) can be read as a bare string value by the parser.
 */
function classifyWord(word: string, position: number): Token {
  if (!isJsonNumber(word)) return { kind: 'word', text: word, position };
  const value = Number(word);
  if (!Number.isFinite(value)) throw scimErrors.invalidFilter(`filter: the number '${word}' is out of range at position ${position}`);
  return { kind: 'number', text: word, position, value };
}

/** RFC 8259 §6: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? — checked by hand, character by character. */
function isJsonNumber(word: string): boolean {
  let index = word[0] === '-' ? 1 : 0;
  const digits = () => {
    const start = index;
    while (index < word.length && word.charCodeAt(index) >= 0x30 && word.charCodeAt(index) <= 0x39) index += 1;
    return index - start;
  };
  const intStart = index;
  const intDigits = digits();
  if (intDigits === 0 || (intDigits > 1 && word[intStart] === '0')) return false;
  if (word[index] === '.') {
    index += 1;
    if (digits() === 0) return false;
  }
  if (word[index] === 'e' || word[index] === 'E') {
    index += 1;
    if (word[index] === '+' || word[index] === '-') index += 1;
    if (digits() === 0) return false;
  }
  return index === word.length;
}

/** A JSON string (RFC 8259 §7) starting at `start`; `text` is the raw lexeme including its quotes. */
function readString(text: string, start: number): Token {
  const parts: string[] = [];
  let runStart = start + 1;
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      parts.push(text.slice(runStart, index));
      return { kind: 'string', text: text.slice(start, index + 1), position: start + 1, value: parts.join('') };
    }
    if (char.charCodeAt(0) < 0x20) {
      throw scimErrors.invalidFilter(`filter: unescaped control character in a string at position ${index + 1}`);
    }
    if (char !== '\\') {
      index += 1;
      continue;
    }
    parts.push(text.slice(runStart, index));
    const escape = text[index + 1] ?? '';
    if (escape === 'u') {
      const hex = text.slice(index + 2, index + 6);
      if (!isHex4(hex)) throw scimErrors.invalidFilter(`filter: invalid escape '\\u${hex}' at position ${index + 1}`);
      parts.push(String.fromCharCode(parseInt(hex, 16)));
      index += 6;
    } else if (escape in ESCAPES) {
      parts.push(ESCAPES[escape]);
      index += 2;
    } else {
      throw scimErrors.invalidFilter(`filter: invalid escape '\\${escape}' at position ${index + 1}`);
    }
    runStart = index;
  }
  throw scimErrors.invalidFilter(`filter: unterminated string starting at position ${start + 1}`);
}

function isHex4(hex: string): boolean {
  if (hex.length !== 4) return false;
  for (const char of hex) {
    const code = char.toLowerCase().charCodeAt(0);
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) return false;
  }
  return true;
}
