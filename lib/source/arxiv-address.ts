import { httpUrl } from './normalize-url';

/** Where arXiv serves a paper's full text, for an abstract page given as a source. */
interface ArxivFullText {
  /** The paper's identifier, with its version when the address named one (2401.01234v2). */
  id: string;
  /** Its HTML version (arXiv renders most papers since December 2023; older ones have none). */
  html: string | null;
  /** Its PDF, which every paper has. */
  pdf: string;
}

/** New-style identifiers (0704.0001 on; five digits after the dot since 2015), or old (hep-th/9901001). */
const NEW_ID = /^\d{4}\.\d{4,5}(?:v\d+)?$/;
const OLD_ID = /^[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?$/;

/**
 * The full text behind an arXiv abstract page (`https://arxiv.org/abs/ID`): its HTML version
 * (`/html/ID`) and its PDF (`/pdf/ID`). Old-style identifiers have no HTML version. Null for any
 * other address, including arXiv's PDF and HTML addresses themselves (read as they are).
 */
export function arxivFullText(url: string): ArxivFullText | null {
  const u = httpUrl(url);
  if (!u) return null;
  const host = u.hostname.toLowerCase();
  if (host !== 'arxiv.org' && host !== 'www.arxiv.org' && host !== 'export.arxiv.org') return null;
  const match = /^\/abs\/(.+?)\/?$/.exec(u.pathname);
  if (!match) return null;
  let id: string;
  try {
    id = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const isNew = NEW_ID.test(id);
  if (!isNew && !OLD_ID.test(id)) return null;
  return {
    id,
    html: isNew ? `https://arxiv.org/html/${id}` : null,
    pdf: `https://arxiv.org/pdf/${id}`,
  };
}
