import { platformAuthor } from '../knowledge/registry';
import { httpUrl } from './normalize-url';

/** Where the Markdown behind a repository page or a model card is served as plain text. */
export interface MarkdownAddress {
  /** The raw Markdown's address (what is fetched). */
  raw: string;
  /** The page that renders it, which the reader opens: the source goes by this address. */
  page: string;
  /** A title for a text with no heading of its own: the repository's, model's or file's name. */
  title: string;
}

/** Markdown by its address: a `.md` or `.markdown` file (served as text/plain by code hosts). */
export const isMarkdownPath = (url: string) => {
  try {
    return /\.(?:md|markdown)$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
};

const segmentsOf = (u: URL) => u.pathname.split('/').filter(Boolean);
const pageOf = (u: URL) => `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/**
 * The raw Markdown a page renders, for the pages whose HTML is built by script around it:
 * a GitHub repository (its README at the default branch), a `blob/…/*.md` file or a `tree/…`
 * folder (its README) on GitHub, and a Hugging Face model or dataset card (its README.md, whose
 * YAML front matter the renderer leaves out) or `blob/…/*.md` file there. Null for any other
 * address, including GitHub's and the hub's own routes (the platform registry knows them).
 */
export function markdownAddress(url: string): MarkdownAddress | null {
  const u = httpUrl(url);
  if (!u) return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const segs = segmentsOf(u);
  const platform = platformAuthor(url)?.platform.id;
  if (host === 'github.com' && platform === 'github' && segs.length >= 2) {
    const [org, repoSegment] = segs as [string, string];
    const repo = repoSegment.replace(/\.git$/i, '');
    const raw = `https://raw.githubusercontent.com/${org}/${repo}`;
    if (segs.length === 2)
      return {
        raw: `${raw}/HEAD/README.md`,
        page: `https://github.com/${org}/${repo}`,
        title: decoded(repo),
      };
    const rest = segs.slice(3).join('/');
    if (segs[2] === 'blob' && segs.length >= 5 && isMarkdownPath(url))
      return { raw: `${raw}/${rest}`, page: pageOf(u), title: decoded(segs.at(-1)!) };
    if (segs[2] === 'tree' && segs.length >= 4)
      return {
        raw: `${raw}/${rest}/README.md`,
        page: pageOf(u),
        title: decoded(segs.length > 4 ? segs.at(-1)! : repo),
      };
    return null;
  }
  if ((host === 'huggingface.co' || host === 'hf.co') && platform === 'huggingface-hub') {
    // A dataset's path has one segment more than a model's: datasets/ORG/NAME, ORG/NAME.
    const lead = segs[0] === 'datasets' ? 1 : 0;
    if (lead === 0 && segs[0] === 'spaces') return null;
    const repo = segs.slice(0, lead + 2);
    if (repo.length < lead + 2) return null;
    const base = `https://huggingface.co/${repo.join('/')}`;
    if (segs.length === lead + 2)
      return { raw: `${base}/raw/main/README.md`, page: base, title: decoded(repo.at(-1)!) };
    if (segs[lead + 2] === 'blob' && segs.length >= lead + 5 && isMarkdownPath(url)) {
      return {
        raw: `${base}/raw/${segs.slice(lead + 3).join('/')}`,
        page: pageOf(u),
        title: decoded(segs.at(-1)!),
      };
    }
  }
  return null;
}
