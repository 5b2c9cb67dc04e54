import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../../src/formats/xlsx/workbook.js';
import { sheetsAsShown } from './libreoffice.js';
import { everyKind, xlsxBytes } from './read-xlsx.js';

const ZONE = 'Europe/Copenhagen';

describe('LibreOffice opens the file', () => {
  it('and shows every sheet with its values, dates in the local time of the zone, percentages and booleans', async () => {
    // 2026-10-05 12:30 UTC is 14:30 +02:00; 2026-10-25 00:30 and 01:30 UTC are both 02:30 local (+02:00, then +01:00).
    const workbook: Workbook = {
      title: 'Records',
      sheets: [
        {
          name: 'records',
          columns: everyKind(ZONE),
          rows: [
            ['NL-1004', 12, 685.93, 93.33, Date.UTC(2026, 9, 5, 12, 30), Date.UTC(2026, 9, 5, 12, 30), true, 1.5],
            ['=1+1', 0, -15, 0, Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 0, 30), false, -2.25],
            ['Søren _x0041_ <&> "quoted"', null, 0.5, 100, Date.UTC(2026, 9, 25, 1, 30), Date.UTC(2026, 9, 25, 1, 30), null, null],
          ],
        },
        { name: 'a/b', columns: [{ header: 'n', type: { kind: 'integer' } }], rows: [[7]] },
      ],
    };
    const sheets = sheetsAsShown(await xlsxBytes(workbook));
    expect(Object.keys(sheets).sort()).toEqual(['a_b', 'records']);
    expect(sheets.records!.split('\n')).toEqual([
      'ticket,count,elapsed_minutes,attainment_percent,due,due_offset,goal_met,difference',
      'NL-1004,12,685.93,93.33%,2026-10-05 14:30:00,+02:00,TRUE,1.5',
      // The guard's apostrophe is part of the text, as when LibreOffice opens the csv output.
      "'=1+1,0,-15,0.00%,2026-10-25 02:30:00,+02:00,FALSE,-2.25",
      '"Søren _x0041_ <&> ""quoted""",,0.5,100.00%,2026-10-25 02:30:00,+01:00,,',
      '',
    ]);
    expect(sheets.a_b).toBe('n\n7\n');
  });
});
