// Counters the end-to-end tests read from the page (test/e2e/canvas-edit-cost.test.ts): what an
// edit made besides what it changed. Reading them costs nothing and changes nothing.
import { nodeRecordsMade } from '../core/model/node-table.ts';

declare global {
  interface Window {
    mapwrightCounts?: { nodeRecordsMade(): number };
  }
}

window.mapwrightCounts = { nodeRecordsMade };
