import { describe, expect, it, vi } from 'vitest';
import { remembered } from '../../src/reading/remember';

describe('remembered work', () => {
  it('does the work once per key, and again for another key', () => {
    const make = vi.fn((key: string) => key.toUpperCase());
    const upper = remembered(new Map<string, string>(), make);
    expect([upper('ar'), upper('ar'), upper('en'), upper('ar')]).toEqual(['AR', 'AR', 'EN', 'AR']);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('remembers by the object itself in a WeakMap', () => {
    const make = vi.fn((key: object) => ({ for: key }));
    const built = remembered(new WeakMap<object, { for: object }>(), make);
    const one = {};
    expect(built(one)).toBe(built(one));
    expect(built({})).not.toBe(built(one));
    expect(make).toHaveBeenCalledTimes(2);
  });
});
