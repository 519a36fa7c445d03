import { describe, expect, it } from 'vitest';
import { formatDuration } from './durations';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe.shuffle('durations as people write them', () => {
  it.each([
    [75, 'fr', '1 h 15'],
    [75, 'en', '1 h 15'],
    [75, 'nl', '1 u 15'],
    [45, 'fr', '45 min'],
    [120, 'fr', '2 h'],
    [65, 'fr', '1 h 05'],
    [0, 'nl', '0 min'],
    [89.6, 'fr', '1 h 30'],
  ] as const)('%d minutes in %s read "%s"', (minutes, language, expected) => expect(plain(formatDuration(minutes, language))).toBe(expected));
});
