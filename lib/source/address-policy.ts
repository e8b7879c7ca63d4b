/**
 * Which addresses the extension may fetch as a "source". The sidebar lives in an open shadow
 * root the page can read, so fetching for the page must never reach what the page cannot:
 * loopback, private, link-local, single-label, .local and .internal hosts are refused.
 */
import { msg, type Message } from '../words/message';

/** A plain reason when an address is refused, or null when it may be fetched. */
export function refuseAddress(
  address: string,
  options: { allowLocal?: boolean } = {},
): Message | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return msg('fetch.notWebAddress');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return msg('fetch.onlyHttp');
  }
  if (url.username || url.password) return msg('fetch.credentials');
  if (options.allowLocal) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (isLocalHost(host)) return msg('fetch.local');
  return null;
}

function isLocalHost(host: string): boolean {
  if (host.startsWith('[')) return isLocalIpv6(host.slice(1, -1));
  const v4 = parseIpv4(host);
  if (v4) return isLocalIpv4(v4);
  if (!host.includes('.')) return true; // single-label: intranet names, "localhost"
  return /\.(local|localhost|internal|intranet|lan|home|corp|home\.arpa)$/.test(host);
}

function parseIpv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const nums = parts.map(Number);
  return nums.every((n) => n <= 255) ? nums : null;
}

function isLocalIpv4([a, b]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b! >= 64 && b! <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) ||
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    a! >= 224
  );
}

function isLocalIpv6(host: string): boolean {
  const h = host.toLowerCase();
  if (h === '::' || h === '::1') return true;
  if (/^f[cd]/.test(h) || /^fe[89ab]/.test(h)) return true; // unique-local, link-local
  // IPv4-mapped addresses; the URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped) {
    const hi = parseInt(mapped[1]!, 16);
    const lo = parseInt(mapped[2]!, 16);
    return isLocalIpv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  }
  return h.startsWith('::ffff:');
}
