import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

// On load, pdf.js tries to polyfill canvas APIs for rendering from an optional native package and
// warns when it cannot. Text extraction needs none of it, so exactly these warnings are dropped.
const RENDERING_POLYFILL_WARNING =
  /^Warning: Cannot (access the `require` function|load "@napi-rs\/canvas"|polyfill `(DOMMatrix|Path2D)`)/;

let loaded: Promise<PdfJs> | undefined;

async function load(): Promise<PdfJs> {
  // pdf.js parses in a worker; in Node it runs that worker's code in this thread instead ("fake
  // worker"), and finds it here rather than loading a separate file, so bundles need no extra file.
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && RENDERING_POLYFILL_WARNING.test(args[0]))) warn(...args);
  };
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.warn = warn;
  }
}

/** pdf.js, loaded on the first PDF import only (it is large and most imports are not PDFs). */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= load();
  return loaded;
}
