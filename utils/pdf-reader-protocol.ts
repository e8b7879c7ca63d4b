/** The background's request to the PDF reader page: a PDF's bytes, as base64 (messages are JSON in Chrome). */
export interface PdfReadRequest {
  unspunReadPdf: string;
}

/** Whether a runtime message is a request to read a PDF. */
export const isPdfReadRequest = (message: unknown): message is PdfReadRequest =>
  typeof message === 'object' &&
  message !== null &&
  typeof (message as PdfReadRequest).unspunReadPdf === 'string';

/** Bytes as base64, a chunk at a time (a 5 MB PDF would overflow the call stack at once). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 back to bytes. */
export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
