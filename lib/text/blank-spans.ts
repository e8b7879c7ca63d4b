/**
 * The text with the given spans (start, end offsets) turned to spaces: what lies outside them, at
 * the same offsets, so that a match found in it points into the text as it was.
 */
export const blankSpans = (text: string, spans: readonly (readonly [number, number])[]): string =>
  spans.reduce((t, [from, to]) => t.slice(0, from) + ' '.repeat(to - from) + t.slice(to), text);
