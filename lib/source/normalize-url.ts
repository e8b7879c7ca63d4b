/** Query parameters that track the reader, not the document (utm_*, click ids, referrers). */
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|ref|ref_src|ref_url|source|share|s|cmpid|ocid|smid|guccounter|sr_share|amp|outputtype)$/i;

/** The address's query parameters less the tracking ones, in their order. */
function untrackedParams(u: URL): [string, string][] {
  // forEach, not entries(): Firefox content scripts see URLSearchParams through an Xray wrapper
  // whose iterators are not iterable.
  const params: [string, string][] = [];
  u.searchParams.forEach((value, key) => {
    if (!TRACKING.test(key)) params.push([key, value]);
  });
  return params;
}

/**
 * The address of a document with what does not change the document stripped: scheme (http and
 * https are the same page), "www.", "m." and "amp." hosts, AMP paths, tracking parameters, the
 * fragment and a trailing slash. Use it to recognise one source under its many addresses.
 */
export function normalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim();
  }
  const host = u.hostname.toLowerCase().replace(/^(?:www|m|mobile|amp)\./, '');
  let path = u.pathname
    .replace(/\/amp\/?$/i, '/')
    .replace(/\.amp(\.html?)?$/i, '$1')
    .replace(/\/index\.html?$/i, '/');
  path = path.replace(/\/+$/, '') || '/';
  const params = untrackedParams(u);
  params.sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params)}` : '';
  return `${host}${path}${query}`;
}

/** Whether two addresses name the same document. */
export function sameSource(a: string, b: string): boolean {
  return normalizeUrl(a) === normalizeUrl(b);
}

/**
 * The address to link a fetched source by: its canonical address when that names the same
 * document (an AMP or mobile page names its plain one), else the address it was read from, less
 * tracking parameters and fragment: a redirect through a click tracker ends on "…/post?utm_source=…".
 */
export function sourceAddress(readFrom: string, canonical: string | null): string {
  if (canonical && sameSource(canonical, readFrom)) return canonical;
  let u: URL;
  try {
    u = new URL(readFrom);
  } catch {
    return readFrom;
  }
  const kept = untrackedParams(u);
  u.search = kept.length ? `?${new URLSearchParams(kept)}` : '';
  u.hash = '';
  return u.href;
}

/** An http(s) address as a URL, or null for anything else (another scheme, not an address). */
export function httpUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}
