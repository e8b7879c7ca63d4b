/** Host permission pattern for an address's origin, e.g. https://example.com/*: what the grant page asks for and the background checks. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
