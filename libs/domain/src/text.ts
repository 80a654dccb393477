/**
 * How the domain counts the characters of a text a person typed: by Unicode code point, so
 * an emoji is one character (not the two UTF-16 units of `string.length`).
 */
export function textLength(text: string): number {
  return [...text].length;
}
