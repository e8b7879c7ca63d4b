/** A PDF of `pages` (each a list of paragraphs); scanned: images only; encrypted: needs a password. */
export function makePdf(options: {
  pages: string[][];
  title?: string;
  scanned?: boolean;
  encrypted?: boolean;
}): Uint8Array<ArrayBuffer>;
/** Bytes that start like a PDF and are not one. */
export const BROKEN_PDF: Uint8Array<ArrayBuffer>;
