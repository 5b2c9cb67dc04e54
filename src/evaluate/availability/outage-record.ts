import type { Instant } from '../../calendar/types.js';
import type { SourceRef } from '../../tickets/types.js';

/** SPEC 12.2: `outage` (down), `partial` (degraded: counts with the partial weight), `maintenance` (planned: out of the agreed time). */
export type OutageKind = 'outage' | 'partial' | 'maintenance';

/** One outage row of one service, as the import reads it (SPEC 12.2). */
export type OutageRecord = {
  /** Named in warnings and in a break's records; optional in the export. */
  id?: string | undefined;
  start: Instant;
  /** Undefined while it runs: it then runs to the as-of instant. */
  end: Instant | undefined;
  kind: OutageKind;
  source: SourceRef;
};
