import { describe, expect, it } from 'vitest';
import { pickVoice, speaksLanguage, voicesFor } from '../../src/services/speech-voices';

const voice = (name: string, lang: string, extra: { localService?: boolean; default?: boolean } = {}) => ({
  name,
  lang,
  voiceURI: `uri:${name}`,
  localService: extra.localService ?? true,
  default: extra.default ?? false,
});

const voices = [
  voice('Español', 'es-ES'),
  voice('English (Scotland)', 'en-GB-scotland'),
  voice('Google US English', 'en-US', { localService: false }),
  voice('English (America)', 'en_US'),
  voice('Arabic', 'ar'),
];

describe('voices for the interview language', () => {
  it('matches on the primary language, however the system writes the tag', () => {
    expect(speaksLanguage({ lang: 'EN_us' }, 'en')).toBe(true);
    expect(speaksLanguage({ lang: 'es-ES' }, 'en')).toBe(false);
    expect(speaksLanguage({ lang: '' }, 'en')).toBe(false);
  });
  it('lists the exact language first, a voice on the device before a network one', () => {
    expect(voicesFor(voices, 'en-US').map((v) => v.name)).toEqual([
      'English (America)',
      'Google US English',
      'English (Scotland)',
    ]);
  });
  it("takes the reader's voice only for its own language, else the best one", () => {
    expect(pickVoice(voices, 'en', 'uri:English (Scotland)')?.name).toBe('English (Scotland)');
    expect(pickVoice(voices, 'ar', 'uri:English (Scotland)')?.name).toBe('Arabic');
    expect(pickVoice(voices, 'ja', null)).toBeUndefined();
  });
});
