/**
 * Every match of a global pattern in a text, left to right: what `[...text.matchAll(pattern)]`
 * gives, without the copy of the pattern that matchAll makes at every call (it costs more than the
 * search on a sentence). The pattern's lastIndex is left at 0, as matchAll leaves it.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (one code point with the u flag), as matchAll does.
    if (m[0] === '') {
      const at = pattern.lastIndex;
      const wide = pattern.unicode && (text.codePointAt(at) ?? 0) > 0xffff;
      pattern.lastIndex = at + (wide ? 2 : 1);
    }
  }
  pattern.lastIndex = 0;
  return out;
}
