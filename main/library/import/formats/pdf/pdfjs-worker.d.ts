// pdfjs-dist ships no typings for its worker module; the importer only hands it to pdf.js itself.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
