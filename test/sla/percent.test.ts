import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePercent } from '../../src/sla/values/percent.js';

describe('parsePercent', () => {
  it.each([
    ['95%', 95],
    ['99.5%', 99.5],
    ['0%', 0],
    ['100%', 100],
    [' 90% ', 90],
  ])('reads %j as %d', (text, percent) => {
    expect(parsePercent(text)).toEqual({ ok: true, value: percent });
  });

  it.each([
    // A bare number is refused: 95 and 0.95 cannot both mean 95 %.
    [95, '95 is a bare number, not a goal', 'write the goal with a percent sign, e.g. 95%'],
    [0.95, '0.95 is a bare number, not a goal', 'write the goal with a percent sign, e.g. 95%'],
    ['95', '95 is a bare number, not a goal', 'write the goal with a percent sign, e.g. 95%'],
    ['120%', 'goal 120% is outside 0-100%', 'an attainment goal is a share of records: from 0% to 100%'],
    ['95 %', '"95 %" is not a goal', 'did you mean 95%? write the goal as a percentage from 0% to 100%, e.g. 95% or 99.5%'],
    ['99,5%', '"99,5%" is not a goal', 'did you mean 99.5%? write the goal as a percentage from 0% to 100%, e.g. 95% or 99.5%'],
    ['-5%', '"-5%" is not a goal', 'write the goal as a percentage from 0% to 100%, e.g. 95% or 99.5%'],
    ['high', '"high" is not a goal', 'write the goal as a percentage from 0% to 100%, e.g. 95% or 99.5%'],
    [null, 'expected a goal such as 95%, found nothing', 'write the goal as a percentage: 95%'],
  ])('refuses %j', (value, message, hint) => {
    expect(parsePercent(value)).toEqual({ ok: false, message, hint });
  });

  it('reads every percentage from 0% to 100% in hundredths exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const text = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}%`;
        expect(parsePercent(text)).toEqual({ ok: true, value: hundredths / 100 });
      }),
    );
  });
});
