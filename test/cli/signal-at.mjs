// Preloaded (node --import) by signals.test.ts into a real slacheck process: it sends the process a
// signal from inside one call of a node:fs function, so that the signal arrives at a known moment of
// the run, during synchronous work. SIGNAL_AT=fn:nth:SIGNAL[:text] counts the calls of fn (those whose
// first argument holds text, when given) and signals at the nth.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const [fn, nth, signal, text] = (process.env.SIGNAL_AT ?? '').split(':');
if (fn !== undefined && fn !== '') {
  const original = fs[fn];
  let calls = 0;
  fs[fn] = function (...args) {
    const counted = text === undefined || (typeof args[0] === 'string' && args[0].includes(text));
    if (counted && ++calls === Number(nth)) process.kill(process.pid, signal);
    return original.apply(this, args);
  };
  // The program imports node:fs by name: make those bindings see the wrapper.
  syncBuiltinESMExports();
}
