import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayCell, displayInstant, fixed2, formatMinutes } from '../../src/report/cells.js';
import { csvCell, guardFormula, offsetCell, quote } from '../../src/report/csv-cell.js';
import { wallClockText } from '../../src/report/wall-clock-text.js';

describe('csv cells', () => {
  it.each(['=1+1', '+45 12 34 56 78', '-3', '@Home Interiør', '\tx', '\rx'])('guards the text %j against formula injection', (text) => {
    expect(guardFormula(text)).toBe(`'${text}`);
  });

  it('leaves other text alone', () => {
    expect(guardFormula('Bager Hansen ApS')).toBe('Bager Hansen ApS');
  });

  it('never guards numbers: -15 stays a number', () => {
    expect(csvCell(-15, 'minutes', 'rfc4180')).toBe('-15');
    expect(csvCell(-15, 'count', 'excel-da')).toBe('-15');
  });

  it('writes decimal commas for excel-da on our own fixed-precision text', () => {
    expect(csvCell(93.33333, 'percent', 'excel-da')).toBe('93,33');
    expect(csvCell(12.5, 'minutes', 'rfc4180')).toBe('12.5');
    expect(csvCell(95, 'percent', 'excel-da')).toBe('95');
  });

  it('quotes a cell holding the delimiter, a quote or a line break, doubling quotes', () => {
    expect(quote('a,b', ',')).toBe('"a,b"');
    expect(quote('a,b', ';')).toBe('a,b');
    expect(quote('Tømrerfirma "Jensen"', ',')).toBe('"Tømrerfirma ""Jensen"""');
    expect(quote('two\nlines', ';')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1;A2)', 'text', 'excel-da')).toBe(`"'=SUM(A1;A2)"`);
  });

  it('writes empty for null and true/false for flags; instants as ISO 8601', () => {
    expect([csvCell(null, 'minutes', 'rfc4180'), csvCell(true, 'flag', 'rfc4180')]).toEqual(['', 'true']);
    expect(csvCell('2026-10-25T02:00:00+01:00', 'instant', 'rfc4180')).toBe('2026-10-25T02:00:00+01:00');
  });
});

describe('csv cells for a spreadsheet (issue 22)', () => {
  it('writes instants as the wall-clock time of their offset, the offset as text beside it', () => {
    // The fall-back hour of 25 October 2026 in Copenhagen happens twice: the offset tells the two apart.
    expect(
      ['+02:00', '+01:00'].map((o) => [csvCell(`2026-10-25T02:30:00${o}`, 'instant', 'excel'), offsetCell(`2026-10-25T02:30:00${o}`)]),
    ).toEqual([
      ['2026-10-25 02:30:00', 'UTC+02:00'],
      ['2026-10-25 02:30:00', 'UTC+01:00'],
    ]);
    expect(csvCell('2026-11-03T09:15:00+01:00', 'instant', 'excel-da')).toBe('2026-11-03 09:15:00');
    expect([csvCell(null, 'instant', 'excel'), offsetCell(null)]).toEqual(['', '']);
  });

  it('keeps seconds of a local mean time offset and milliseconds of an instant', () => {
    expect(wallClockText('1890-01-01T12:00:00+00:53:28')).toEqual({ local: '1890-01-01 12:00:00', offset: '+00:53:28' });
    expect(wallClockText('2026-11-03T09:15:00.250+01:00')).toEqual({ local: '2026-11-03 09:15:00.250', offset: '+01:00' });
    expect(wallClockText('2026-11-03T09:15Z')).toEqual({ local: '2026-11-03 09:15:00', offset: '+00:00' });
    expect(wallClockText('not a time')).toBeUndefined();
  });

  it('writes booleans a spreadsheet of the locale reads as booleans', () => {
    expect([true, false].map((b) => csvCell(b, 'flag', 'excel'))).toEqual(['TRUE', 'FALSE']);
    expect([true, false].map((b) => csvCell(b, 'flag', 'excel-da'))).toEqual(['SAND', 'FALSK']);
    expect([true, false].map((b) => csvCell(b, 'flag', 'rfc4180'))).toEqual(['true', 'false']);
  });

  it('excel keeps decimal points and commas; excel-da decimal commas', () => {
    expect([csvCell(12.5, 'minutes', 'excel'), csvCell(12.5, 'minutes', 'excel-da'), csvCell('a,b', 'text', 'excel')]).toEqual([
      '12.5',
      '12,5',
      '"a,b"',
    ]);
  });
});

describe('cells for people', () => {
  it.each([
    [0, '0m'],
    [45, '45m'],
    [90, '1h 30m'],
    [3120, '52h'],
    [78.56, '1h 19m'],
    [0.5, '30s'],
    [-30, '-30m'],
  ])('shows %d business minutes as %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  it('shows instants with their offset, seconds only when not zero', () => {
    expect(displayInstant('2026-10-25T02:00:00+01:00')).toBe('2026-10-25 02:00 +01:00');
    expect(displayInstant('2026-10-25T02:00:30+02:00')).toBe('2026-10-25 02:00:30 +02:00');
  });

  it('shows percentages with at most two decimals, flags as yes/no, null as -', () => {
    expect([displayCell(93.3333, 'percent'), displayCell(false, 'flag'), displayCell(null, 'text')]).toEqual(['93.33%', 'no', '-']);
    expect([fixed2(100), fixed2(0.004), fixed2(-0.001)]).toEqual(['100', '0', '0']);
  });

  it('writes two decimals as toFixed(2) does, trailing zeros dropped, for any number (the shortest-text fast path included)', () => {
    const oracle = (n: number) => {
      const text = n.toFixed(2).replace(/\.?0+$/, '');
      return text === '-0' ? '0' : text;
    };
    const values = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
      fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 100),
      fc.constantFrom(0, -0, 1.005, 0.285, 95, 12.5),
    );
    fc.assert(
      fc.property(values, (n) => {
        expect(fixed2(n)).toBe(oracle(n));
      }),
    );
  });
});
