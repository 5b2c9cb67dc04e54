/**
 * Availability of an operated service (SPEC 12.3), pure and exact to the
 * millisecond: build a service's timeline once, then ask for the figures of
 * each period. The kind module (goal, columns) and the import build on this.
 */
export type { OutageKind, OutageRecord } from './outage-record.js';
export { outageTimeline, type OutageTimeline, type TimelineBreak } from './timeline.js';
export { availabilityFigures, type AvailabilityFigures, type Break } from './figures.js';
