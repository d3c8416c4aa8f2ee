/** pdfjs-dist ships no types for its worker module; test/helpers/pdfjs.ts only loads it. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
