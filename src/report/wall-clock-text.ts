/**
 * An instant as the documents write it (ISO 8601 with the SLA zone's offset,
 * `2026-11-03T09:15:00+01:00`) split into the local wall-clock time of the
 * agreement's zone (`2026-11-03 09:15:00`) and that offset (`+01:00`).
 * Spreadsheets type `yyyy-mm-dd hh:mm:ss` as a date-time in every locale
 * (tested in LibreOffice, en-US and da-DK), but leave ISO 8601 with an offset
 * as text; the offset, kept beside it, makes the instant whole again. Pure
 * text work (no zone lookup): the documents already hold the zone's offset.
 * Shared by the csv dialects and any writer of spreadsheet dates.
 */
export type WallClockText = {
  /** `2026-11-03 09:15:00`, milliseconds kept when there are some (`09:15:00.250`). */
  local: string;
  /** `+01:00`, or `+00:53:28` for a local mean time. */
  offset: string;
};

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2}(?::\d{2})?|Z)$/;

/** Undefined for text that is not an ISO 8601 instant with an offset (it is then written as it is). */
export function wallClockText(iso: string): WallClockText | undefined {
  const m = ISO_WITH_OFFSET.exec(iso);
  if (m === null) return undefined;
  return { local: `${m[1]} ${m[2]}${m[3] ?? ':00'}`, offset: m[4] === 'Z' ? '+00:00' : m[4]! };
}
