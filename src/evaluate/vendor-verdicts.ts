import { problem, type Problem } from '../problem.js';
import { verdictField, type VendorVerdict } from '../tickets/columns/vendor-verdict.js';
import type { Ticket } from '../tickets/types.js';
import type { RecordStatus, TicketRecord } from './types.js';

/**
 * slacheck's verdict beside the helpdesk's own (the question a
 * customer asks when the two disagree). The helpdesk says `breached` or
 * `within` (vendor-verdict.ts); slacheck's breached and overdue records are
 * late, met and open ones are not. They differ when one says late and the
 * other does not.
 */
export function vendorVerdictOf(ticket: Pick<Ticket, 'fields'>, metric: string): VendorVerdict | undefined {
  const value = ticket.fields[verdictField(metric)];
  return value === 'breached' || value === 'within' ? value : undefined;
}

/** Null without a helpdesk verdict. */
export function verdictDiffers(status: RecordStatus, vendor: VendorVerdict | undefined): boolean | null {
  if (vendor === undefined) return null;
  return (status === 'breached' || status === 'overdue') !== (vendor === 'breached');
}

const SHOWN = 5;

/** The records whose verdicts differ, counted as they are evaluated (all of them, listed or not), for one warning. */
export function verdictTally(): {
  add(record: TicketRecord, ticket: Pick<Ticket, 'fields'>): void;
  warning(helpdesk: string): Problem | undefined;
} {
  let compared = 0;
  let differ = 0;
  const shown: string[] = [];
  return {
    add(record, ticket) {
      const vendor = vendorVerdictOf(ticket, record.metric);
      if (vendor === undefined) return;
      compared++;
      if (verdictDiffers(record.status, vendor) !== true) return;
      differ++;
      if (shown.length < SHOWN) shown.push(`${record.ticket} ${record.metric}: slacheck ${record.status}, helpdesk ${vendor}`);
    },
    warning(helpdesk) {
      if (differ === 0) return undefined;
      return problem(
        'evaluate.vendor-verdict-differs',
        'warning',
        `${differ} of ${compared} records with ${helpdesk}'s own SLA verdict differ from slacheck's (${shown.join('; ')}${differ > SHOWN ? '; …' : ''})`,
        {},
        'each record shows both in vendor_verdict and verdict_differs (check --all lists every record); explain TICKET shows why slacheck decided as it did. The helpdesk judged as of its export, in its own calendars: a running ticket it called within may be overdue by the as-of instant',
      );
    },
  };
}
