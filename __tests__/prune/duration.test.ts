import { InputError } from '../../src/common/errors.js';
import { formatDuration, humanAge, parseDuration } from '../../src/prune/duration.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['90m', 90 * MINUTE],
    ['12h', 12 * HOUR],
    ['30d', 30 * DAY],
    ['1m', MINUTE],
    ['  7d\n', 7 * DAY],
    ['365d', 365 * DAY],
  ])('%j is %d ms', (text, expected) => {
    expect(parseDuration('older-than', text)).toBe(expected);
  });

  it.each([
    '',
    '30',
    'd',
    '0d',
    '-1d',
    '1.5h',
    '1w',
    '10s',
    '30D',
    '30 d',
    '3d4h',
    '1e3d',
    'thirty days',
    '99999999999999999d',
  ])('%j is refused with the input name and an example', (text) => {
    const attempt = () => parseDuration('older-than', text);
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(
      `Input 'older-than': expected a positive whole number and a unit, m (minutes), h (hours) or d (days), got '${text}' (for example: 30d)`,
    );
  });
});

describe('formatDuration', () => {
  it.each<[number, string]>([
    [30 * DAY, '30d'],
    [36 * HOUR, '36h'],
    [48 * HOUR, '2d'],
    [90 * MINUTE, '90m'],
    [60 * MINUTE, '1h'],
  ])('%d ms is %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  it.each(['90m', '12h', '30d', '1440m'])('writes back what parseDuration read: %s', (text) => {
    expect(parseDuration('older-than', formatDuration(parseDuration('older-than', text)))).toBe(
      parseDuration('older-than', text),
    );
  });
});

describe('humanAge', () => {
  it.each<[number, string]>([
    [0, '<1m'],
    [59_999, '<1m'],
    [-5 * MINUTE, '<1m'],
    [45 * MINUTE, '45m'],
    [45 * MINUTE + 59_999, '45m'],
    [2 * HOUR + 5 * MINUTE, '2h 5m'],
    [2 * HOUR, '2h'],
    [3 * DAY + 4 * HOUR + 59 * MINUTE, '3d 4h'],
    [3 * DAY + 5 * MINUTE, '3d'],
    [400 * DAY + HOUR, '400d 1h'],
  ])('%d ms ago reads %s', (ms, expected) => {
    expect(humanAge(ms)).toBe(expected);
  });
});
