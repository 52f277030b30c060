/** `text` with LIKE's own wildcards (% and _) and its escape character (\) matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A LIKE pattern that finds `term` anywhere. */
export function containsPattern(term: string): string {
  return `%${escapeLike(term)}%`;
}
