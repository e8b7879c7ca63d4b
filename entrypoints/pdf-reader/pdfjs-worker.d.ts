// PDF.js's worker module, imported by the reader page to run it in the page (it ships no types).
declare module 'pdfjs-dist/build/pdf.worker.mjs';
