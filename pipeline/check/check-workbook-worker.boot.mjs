// Starts the workbook worker from the TypeScript sources (tests, `tsx pipeline/cli.ts`): worker threads do not
// inherit tsx's loader, so it is registered here first. The compiled build starts `check-workbook-worker.js` directly.
import { register } from 'tsx/esm/api';

register();
await import('./check-workbook-worker.ts');
