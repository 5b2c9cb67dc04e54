// npm run bench -- calendar: the calendar engine against moment-business-time
// on the same 100,000 random spans of up to 30 days over the DK office
// calendar (Mon-Fri 08:00-16:00 Europe/Copenhagen, DK public holidays).
// Both answers are checked against each other before any figure is printed.
// Spans come from a seeded PRNG, so every run measures the same work.
//
// moment-business-time works in the process's local zone, so TZ is set to
// Copenhagen before moment loads; spans are whole minutes because its
// addWorkingTime takes minutes here.
process.env.TZ = 'Europe/Copenhagen';
const { seededRandom } = await import('../scripts/seeded-random.mjs');
const { addBusinessTime, businessTime, compileCalendar, holidaysIn } = await import('../dist/index.js');
const { default: moment } = await import('moment');
await import('moment-business-time');

const N = 100_000;
const MIN = 60_000;
const def = { timezone: 'Europe/Copenhagen', hours: { 'mon-fri': ['08:00-16:00'] }, holidays: { country: 'DK' } };
const cal = compileCalendar(def);

// The same closed dates for moment-business-time (weekend holidays included: harmless).
const day = ['08:00:00', '16:00:00'];
moment.updateLocale('en', {
  workinghours: { 0: null, 1: day, 2: day, 3: day, 4: day, 5: day, 6: null },
  holidays: [2026, 2027].flatMap((year) => holidaysIn(cal, year).map((h) => h.date)),
});

const random = seededRandom(20260401);
const from = new Float64Array(N);
const to = new Float64Array(N);
for (let i = 0; i < N; i++) {
  from[i] = Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 1440) * MIN;
  to[i] = from[i] + Math.floor(random() * 30 * 1440) * MIN;
}

/** Best of `rounds` timed passes over all spans; returns ops/s and the last pass's answers. */
function measure(rounds, pass) {
  let best = Infinity;
  let out;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    out = pass();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { opsPerSecond: N / best, out };
}

const amounts = new Float64Array(N);
const ours = {
  time: measure(5, () => {
    for (let i = 0; i < N; i++) amounts[i] = businessTime(cal, from[i], to[i]);
    return amounts;
  }),
  due: measure(5, () => {
    const due = new Float64Array(N);
    for (let i = 0; i < N; i++) due[i] = addBusinessTime(cal, from[i], amounts[i]);
    return due;
  }),
};
const theirs = {
  time: measure(1, () => Array.from(from, (f, i) => moment(to[i]).workingDiff(moment(f), 'milliseconds'))),
  due: measure(1, () =>
    Array.from(from, (f, i) =>
      moment(f)
        .addWorkingTime(amounts[i] / MIN, 'minutes')
        .valueOf(),
    ),
  ),
};

// Agreement. businessTime must match exactly. For the due instant the engines
// differ by rule, not by error: SPEC 3.1 gives `from` for a zero amount and a
// range's end when the amount ends exactly there, where moment-business-time
// moves on to the next opening. Those cases are counted apart; any other
// difference fails the bench.
let timeDiffers = 0;
let dueRule = 0;
let dueDiffers = 0;
for (let i = 0; i < N; i++) {
  if (theirs.time.out[i] !== amounts[i]) timeDiffers++;
  const [a, b] = [ours.due.out[i], theirs.due.out[i]];
  if (a === b) continue;
  const sameWork = businessTime(cal, a, b) === 0 && b > a;
  if (sameWork) dueRule++;
  else dueDiffers++;
}

const fmt = (ops) => (ops >= 1e6 ? `${(ops / 1e6).toFixed(2)}M` : ops >= 1e3 ? `${(ops / 1e3).toFixed(1)}k` : ops.toFixed(0));
const row = (name, a, b) =>
  `${name.padEnd(16)} ${`${fmt(a)} ops/s`.padStart(14)} ${`${fmt(b)} ops/s`.padStart(22)} ${`${Math.round(a / b)}x`.padStart(9)}`;
console.log(
  `${String(N).replace(/\B(?=(\d{3})+$)/g, ',')} spans of up to 30 days, DK office hours (Mon-Fri 08:00-16:00 Europe/Copenhagen, DK public holidays)`,
);
console.log(`${''.padEnd(16)} ${'slacheck'.padStart(14)} ${'moment-business-time'.padStart(22)} ${'ratio'.padStart(9)}`);
console.log(row('businessTime', ours.time.opsPerSecond, theirs.time.opsPerSecond));
console.log(row('addBusinessTime', ours.due.opsPerSecond, theirs.due.opsPerSecond));
console.log(
  `agreement: businessTime ${N - timeDiffers}/${N} equal; addBusinessTime ${N - dueRule - dueDiffers}/${N} equal, ${dueRule} differ only by the edge rule (zero amount, or amount ending at closing: SPEC 3.1 keeps the closing, moment moves to the next opening)`,
);
if (timeDiffers > 0 || dueDiffers > 0) {
  console.error(`DISAGREEMENT: ${timeDiffers} businessTime and ${dueDiffers} addBusinessTime answers differ`);
  process.exitCode = 1;
}
