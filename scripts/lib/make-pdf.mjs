// Small PDFs written from scratch, for tests and the fixture web: a text PDF with pages and
// paragraphs, a "scanned" one (an image and no text operators), an encrypted one (a password
// is needed to open it) and a broken one. Standard Type 1 font, ASCII text only.

import { Buffer } from 'node:buffer';

const LINE = 14;
const WRAP = 80;

/** A PDF string literal: backslash and parentheses escaped. */
const pdfString = (s) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** Words wrapped at about `WRAP` characters a line. */
function wrap(paragraph) {
  const lines = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > WRAP) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A page's content stream: each paragraph wrapped, a blank line between paragraphs. */
function textContent(paragraphs) {
  const ops = ['BT', '/F1 11 Tf', `${LINE} TL`, '72 740 Td'];
  paragraphs.forEach((p, i) => {
    if (i) ops.push('T*');
    for (const line of wrap(p)) ops.push(`${pdfString(line)} Tj`, 'T*');
  });
  ops.push('ET');
  return ops.join('\n');
}

/** A grey 2x2 image drawn large: what a scanned page is to a text reader. */
const IMAGE_CONTENT =
  'q 400 0 0 500 100 200 cm\nBI /W 2 /H 2 /CS /G /BPC 8 /F /AHx ID\n00FF80C0>\nEI Q';

/**
 * A PDF of `pages` (each a list of paragraphs). `scanned` draws an image on each page instead of
 * text; `encrypted` adds a standard security handler whose user password is not empty, so a
 * reader asks for a password; `title` goes in the document information.
 * @param {{ pages: string[][]; title?: string; scanned?: boolean; encrypted?: boolean }} options
 * @returns {Uint8Array}
 */
export function makePdf({ pages, title, scanned = false, encrypted = false }) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add('');
  const pagesObj = add('');
  const font = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  );
  const kids = [];
  for (const paragraphs of pages) {
    const content = scanned ? IMAGE_CONTENT : textContent(paragraphs);
    const stream = add(
      `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    );
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = title ? add(`<< /Title ${pdfString(title)} >>`) : 0;
  const encrypt = encrypted
    ? add(
        `<< /Filter /Standard /V 1 /R 2 /O <${'5a'.repeat(32)}> /U <${'c3'.repeat(32)}> /P -44 >>`,
      )
    : 0;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = `<${'0123456789abcdef'.repeat(2)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Bytes that start like a PDF and are not one. */
export const BROKEN_PDF = new Uint8Array(
  Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\n%%EOF\n', 'latin1'),
);
