import { isoFormat } from './iso.js';
import type { DateFormat } from './date-format.js';
import { compileTokenFormat } from './token-format.js';

/**
 * The formats `auto` tries, in order of preference (export-formats.md 7.1):
 * ISO 8601, Jira's named months, Request Tracker's, year-first, then the
 * numeric day-first and month-first families with `/`, `-` and `.`, and
 * Danish Excel's day-first dates with `09.00` for times. Numeric
 * tokens accept one or two digits, so `d/M/yyyy H:mm` also reads
 * `05/03/2026 09:04`.
 */
const TIMES = ['H:mm:ss.SSS', 'H:mm:ss', 'H:mm', 'h:mm:ss a', 'h:mm a'];

function texts(): string[] {
  const list = [
    'dd/MMM/yy h:mm a',
    'dd/MMM/yy H:mm',
    'dd/MMM/yyyy h:mm a',
    'dd/MMM/yyyy H:mm',
    'dd-MMM-yyyy H:mm:ss',
    'dd-MMM-yyyy H:mm',
    'd MMM yyyy H:mm',
    'd. MMM yyyy H:mm',
    'EEE MMM d H:mm:ss yyyy',
    'EEE, d MMM yyyy H:mm:ss ZZZ',
  ];
  for (const sep of ['/', '.']) {
    for (const time of TIMES) list.push(`yyyy${sep}M${sep}d ${time}`);
    list.push(`yyyy${sep}M${sep}d`);
  }
  for (const first of ['d', 'M']) {
    const second = first === 'd' ? 'M' : 'd';
    for (const sep of ['/', '-', '.']) {
      for (const year of ['yyyy', 'yy']) {
        for (const time of TIMES) list.push(`${first}${sep}${second}${sep}${year} ${time}`);
        list.push(`${first}${sep}${second}${sep}${year}`);
      }
    }
  }
  // Danish (and Norwegian, Finnish) Excel: a dot between hours and minutes, `05-10-2026 09.00`. Only day-first writes it, so it settles the order.
  for (const sep of ['-', '.', '/']) for (const time of ['H.mm.ss', 'H.mm']) list.push(`d${sep}M${sep}yyyy ${time}`);
  return list;
}

export function autoCandidates(): DateFormat[] {
  const compiled: DateFormat[] = [isoFormat];
  for (const text of texts()) {
    const format = compileTokenFormat(text);
    if ('error' in format) throw new Error(`bad built-in date format: ${format.error}`);
    compiled.push(format);
  }
  return compiled;
}
