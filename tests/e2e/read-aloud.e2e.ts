// Read aloud with the real speech engine: Chromium speaking through speech-dispatcher and espeak-ng
// into a silent PulseAudio sink, in real time (tests/e2e/speech.ts). These check what only the real
// engine can show: that utterances start and end, one per sentence, and pausing, resuming, stopping
// and "Read this" behave with it. Exact checks of what is said use a stand-in (read-aloud-standin).
import { describe, expect, it } from 'vitest';
import { axeViolations, launchForFile } from './browser';
import { announced, highlighted, mainButton, openReader, said } from './read-aloud-support';
import { launchWithSpeech } from './speech';

const browser = await launchWithSpeech();
const MINIMAL = '?src=fixtures/minimal.json';
const WHOLE = [
  'A minimal interview',
  'The interview',
  'Host:',
  'First?',
  'Guest:',
  'Yes.',
  'Producer:',
  'Second?',
  'Guest:',
  'No.',
];

describe('read aloud with espeak-ng', () => {
  it('reads the whole interview by keyboard, one highlighted sentence at a time, the speaker before each turn', async () => {
    const { page, errors } = await openReader(browser, MINIMAL, { speechRate: 2 });
    await page.keyboard.press('r');
    await expect
      .poll(() => announced(page).textContent(), { timeout: 45_000 })
      .toBe('Finished reading aloud.');
    await expect(said(page)).resolves.toEqual(WHOLE);
    // speech-dispatcher sends no word boundaries: the sentence is highlighted, never a word.
    await expect(page.evaluate(() => window.__words)).resolves.toEqual([]);
    await expect(highlighted(page)).resolves.toBeNull();
    await expect(mainButton(page).textContent()).resolves.toBe('Read aloud');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pauses where it is, resumes from the start of that sentence, and stops with Escape', async () => {
    const { page, errors } = await openReader(browser, MINIMAL);
    await mainButton(page).click();
    await expect.poll(() => said(page), { timeout: 30_000 }).toContain('First?');
    await page.keyboard.press('r');
    await expect(mainButton(page).textContent()).resolves.toBe('Resume');
    await expect
      .poll(() => announced(page).textContent())
      .toMatch(/^Read aloud paused( at question 1 of 2)?\.$/);
    const paused = await said(page);
    const at = await highlighted(page);
    expect(at).toBe(paused.at(-1));
    await page.keyboard.press('r');
    await expect(mainButton(page).textContent()).resolves.toBe('Pause');
    // The paused sentence is said again from its start: highlighted anew.
    await expect.poll(async () => (await said(page)).length).toBeGreaterThan(paused.length);
    await expect(said(page).then((all) => all[paused.length])).resolves.toBe(at);
    await page.keyboard.press('Escape');
    await expect.poll(() => announced(page).textContent()).toBe('Stopped reading aloud.');
    await expect(highlighted(page)).resolves.toBeNull();
    await expect(mainButton(page).textContent()).resolves.toBe('Read aloud');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toMatch(/read-aloud-main/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads one answer alone with "Read answer aloud"', async () => {
    const { page, errors } = await openReader(browser, MINIMAL, { speechRate: 2 });
    await page.getByRole('button', { name: 'Read answer aloud' }).first().click();
    await expect
      .poll(() => announced(page).textContent(), { timeout: 30_000 })
      .toBe('Finished reading aloud.');
    await expect(said(page)).resolves.toEqual(['Guest:', 'Yes.']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the voice and speed settings, with espeak-ng voices', () => {
  it("offers the voices for the interview's language and keeps the choice", async () => {
    const { page, errors } = await openReader(browser, MINIMAL);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reading settings' });
    const voice = dialog.getByRole('button', { name: /Read-aloud voice/ });
    // Chromium takes a few seconds to list speech-dispatcher's voices.
    await expect.poll(() => voice.isEnabled(), { timeout: 30_000 }).toBe(true);
    await voice.click();
    const options = page.getByRole('option');
    const names = await options.allTextContents();
    expect(names[0]).toBe('Automatic');
    expect(names).toContain('English (America) espeak-ng');
    expect(names.some((name) => /^(Spanish|French|German)/.test(name))).toBe(false);
    await page.getByRole('option', { name: 'English (Great Britain) espeak-ng', exact: true }).click();
    await expect(voice.textContent()).resolves.toContain('English (Great Britain) espeak-ng');
    const stored = await page.evaluate(() => localStorage.getItem('open-caption-reader.preferences') ?? '');
    expect(JSON.parse(stored).preferences.voice).toBe('English (Great Britain) espeak-ng');
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('read aloud without a voice', () => {
  it('says in plain words that there is no voice for the language, for real (Chromium with no speech service)', async () => {
    const plain = await launchForFile();
    const { page, errors } = await openReader(plain, MINIMAL);
    await mainButton(page).click();
    const note = page.locator('.read-aloud-note');
    // Chromium answers "no voices" at once, as it does with a speech service before listing them, so
    // the reader waits a few seconds (EMPTY_ANSWER_GRACE_MS) before hearing that there are none.
    await expect
      .poll(() => note.textContent(), { timeout: 15_000 })
      .toBe(
        "Read aloud is not available: this device has no voice for English. Your system's speech settings may let you add one.",
      );
    await expect(mainButton(page).getAttribute('aria-describedby')).resolves.toBe(
      await note.getAttribute('id'),
    );
    await expect.poll(() => announced(page).textContent()).toMatch(/no voice for English/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when the browser has no speech synthesis at all', async () => {
    const { page, errors } = await openReader(
      browser,
      MINIMAL,
      {},
      {
        init: () => {
          delete (window as { speechSynthesis?: unknown }).speechSynthesis;
        },
      },
    );
    await mainButton(page).click();
    await expect(page.locator('.read-aloud-note').textContent()).resolves.toBe(
      'Read aloud is not available: this browser cannot speak text.',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
