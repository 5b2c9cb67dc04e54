import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/problem.js';

// The engine's compileCalendar refuses exactly what checkCalendarDef reports, which the rules report first.
// Should the two ever disagree, the SLA loader must still answer with a problem, not a crash.
vi.mock('../../src/calendar/index.js', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/calendar/index.js')>();
  return {
    ...engine,
    compileCalendar: () => {
      throw new engine.CalendarError([{ path: ['hours'], message: 'refused' }]);
    },
  };
});

const { parseSla } = await import('../../src/sla/parse-sla.js');

describe('a calendar the engine refuses although its checks passed', () => {
  it('is a located problem, not an exception', () => {
    const text = 'sla: 1\nname: T\ntimezone: UTC\ncalendars:\n  office: 24x7\nmetrics:\n  response: { start: created, stop: resolved }\npolicies:\n  - name: All\n    calendar: office\n    targets: { response: 1h }\n';
    const { sla, problems } = parseSla(text, 'sla.yaml');
    expect(sla).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(['sla.yaml:5:3: calendars.office: bad calendar: hours: refused']);
  });
});
