// The conference map of seed 003 as a user draws it by quick entry, with no deployment hints:
// Attendee → Buy ticket → Ticketing (buy), Attend talks → Video streaming (buy), and a Conference
// monolith holding Scheduling (build) and Ticketing. Built headless through the same quick-entry
// operations the app runs (core/quick); the e2e test types the same lines into the app.
import { fileText, parseMap } from '../../../core/format/parse.ts';
import { emptyMapDocument } from '../../../core/model/operations.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { applyQuickText } from '../../../core/quick/batch.ts';

export const SEED_003_SCRIPT = [
  'title Conference',
  'user Attendee [0.95, 0.5]',
  'need Buy ticket [0.85, 0.6]',
  'need Attend talks [0.85, 0.45]',
  'component Ticketing [0.6, 0.65] (buy)',
  'component Video streaming [0.6, 0.75] (buy)',
  'component Scheduling [0.5, 0.35] (build)',
  'component Conference monolith [0.4, 0.3]',
  'Attendee->Buy ticket',
  'Attendee->Attend talks',
  'Buy ticket->Ticketing',
  'Attend talks->Video streaming',
  'Conference monolith->Ticketing',
  'Conference monolith->Scheduling',
  'Ticketing in Conference monolith',
  'Scheduling in Conference monolith',
];

/** The drawn map as the app saves it and reads it back (extra quick lines are applied after the script). */
export function drawnConference(extra: readonly string[] = []): WardleyMap {
  const batch = applyQuickText(emptyMapDocument('Untitled'), [...SEED_003_SCRIPT, ...extra].join('\n'));
  const refused = batch.lines.filter((l) => !l.ok);
  if (refused.length > 0) throw new Error(`quick entry refused: ${JSON.stringify(refused)}`);
  const parsed = parseMap(fileText(batch.document));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.map;
}
