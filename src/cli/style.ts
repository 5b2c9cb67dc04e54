import { Chalk, type ChalkInstance } from 'chalk';
import type { Io, OutStream } from './io.js';

/**
 * The colour decision, made once (never chalk's global instance, which
 * sniffs process.argv and ignores NO_COLOR): colour only on a TTY, never
 * with NO_COLOR set to a non-empty value, forced with FORCE_COLOR.
 */
export function colourLevel(io: Pick<Io, 'env'>, stream: Pick<OutStream, 'isTTY'>, flag?: boolean): 0 | 1 {
  if (flag !== undefined) return flag ? 1 : 0;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return 1;
  return stream.isTTY && io.env.TERM !== 'dumb' ? 1 : 0;
}

export function styleFor(io: Pick<Io, 'env'>, stream: Pick<OutStream, 'isTTY'>, flag?: boolean): ChalkInstance {
  return new Chalk({ level: colourLevel(io, stream, flag) });
}
