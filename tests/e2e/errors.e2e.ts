import { describe, expect } from 'vitest';
import { axeViolations, settled } from './browser';
import { appUrl, test } from './fixtures';

interface Case {
  name: string;
  src: string;
  /** The plain-words explanation. */
  says: string;
  /** A problem listed with its place, for documents that are JSON but not valid. */
  problem?: string;
  retry: boolean;
}

const cases: Case[] = [
  {
    name: 'not an object',
    src: 'fixtures/not-an-object.json',
    says: 'not a valid interview',
    problem: 'An interview must be a JSON object, but this document is a JSON array.',
    retry: true,
  },
  {
    name: 'wrong schemaVersion',
    src: 'fixtures/wrong-schema-version.json',
    says: 'not a valid interview',
    problem: '/schemaVersion The schemaVersion 2 is not supported. Supported versions: 1.',
    retry: true,
  },
  {
    name: 'missing exchanges',
    src: 'fixtures/missing-exchanges.json',
    says: 'There is 1 problem',
    problem: '/exchanges This field is missing, and every interview needs it.',
    retry: true,
  },
  {
    name: 'blank question',
    src: 'fixtures/blank-question.json',
    says: 'not a valid interview',
    problem: '/exchanges/1/question/text This has only spaces.',
    retry: true,
  },
  {
    name: 'empty answer',
    src: 'fixtures/empty-answer.json',
    says: 'not a valid interview',
    problem: '/exchanges/0/answer/paragraphs This list needs at least 1 item.',
    retry: true,
  },
  {
    name: 'duplicate exchange id',
    src: 'fixtures/duplicate-id.json',
    says: 'not a valid interview',
    problem: '/exchanges/1/id The exchange id “one” is used twice: here and at /exchanges/0/id.',
    retry: true,
  },
  {
    name: 'unknown speaker',
    src: 'fixtures/unknown-speaker.json',
    says: 'not a valid interview',
    problem: '/exchanges/1/answer/speaker No speaker has the id “ghost”.',
    retry: true,
  },
  {
    // Over a megabyte: checked in a worker, the same message comes back.
    name: 'a large interview with one unknown speaker',
    src: 'fixtures/long-1000-ghost.json',
    says: 'not a valid interview',
    problem: '/exchanges/999/answer/speaker No speaker has the id “ghost”.',
    retry: true,
  },
  {
    name: 'broken JSON',
    src: 'fixtures/broken.json',
    says: 'not valid JSON',
    problem: 'The JSON is broken at line 5, column 3.',
    retry: true,
  },
  {
    name: 'saved with two byte order marks',
    src: 'fixtures/double-bom.json',
    says: 'not valid JSON',
    problem: 'The file starts with more than one byte order mark',
    retry: true,
  },
  {
    name: 'published on a day that does not exist',
    src: 'fixtures/impossible-date.json',
    says: 'not a valid interview',
    problem: '/source/published There is no such date or time as 2021-02-30.',
    retry: true,
  },
  {
    name: 'full of problems',
    src: 'fixtures/many-problems.json',
    says: 'There are 200 problems',
    problem: '/exchanges/0 This must be of type object.',
    retry: true,
  },
  {
    name: 'an HTML page',
    src: 'fixtures/html-page.json',
    says: 'answered with a file of type “text/html”, not a JSON file',
    retry: true,
  },
  {
    name: 'not found',
    src: 'fixtures/no-such-interview.json',
    says: 'There is no interview at',
    retry: true,
  },
  { name: 'a server error', src: 'fixtures/server-error.json', says: 'error 500', retry: true },
  {
    name: 'a network failure',
    src: 'fixtures/network-error.json',
    says: 'could not be downloaded',
    retry: true,
  },
  { name: 'too large (declared)', src: 'fixtures/too-large.json', says: 'too large', retry: true },
  { name: 'too large (streamed)', src: 'fixtures/too-large-chunked.json', says: 'too large', retry: true },
  {
    name: 'another origin',
    src: 'https://evil.example/interview.json',
    says: 'is not allowed',
    retry: false,
  },
  { name: 'a javascript: address', src: 'javascript:alert(1)', says: 'is not allowed', retry: false },
  { name: 'a data: address', src: 'data:application/json,{}', says: 'is not allowed', retry: false },
];

describe.each(cases)('an interview that is $name', ({ src, says, problem, retry }) => {
  test('is refused with a clear message, a way back, and nothing of the document', async ({ open }) => {
    const { page, errors, requests } = await open({ at: `?src=${encodeURIComponent(src)}` });
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'We could not open this interview',
    );
    await expect(alert.textContent()).resolves.toContain(says);
    if (problem !== undefined) {
      await expect(alert.getByRole('listitem').first().textContent()).resolves.toContain(problem);
    }
    await expect(page.locator('article').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(retry ? 1 : 0);
    await expect(page.title()).resolves.toBe('Could not open the interview — Open Caption Reader');
    // Nothing is fetched from anywhere but this origin, and a refused address is never requested.
    const origin = new URL(appUrl).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    if (!retry) expect(requests.filter((url) => new URL(url).pathname.endsWith('.json'))).toEqual([]);
    // Errors the page logs itself are expected (a failed fetch); uncaught exceptions are not.
    expect(errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);

    await page.getByRole('link', { name: 'Open the built-in interview' }).click();
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Riz Ahmed');
  });
});

describe('the error view', () => {
  test('tries again when asked, fetching the document anew', async ({ open }) => {
    const { page, requests } = await open({ at: '?src=fixtures/server-error.json' });
    const count = () => requests.filter((url) => new URL(url).pathname.endsWith('server-error.json')).length;
    expect(count()).toBe(1);
    await page.getByRole('button', { name: 'Try again' }).click();
    await settled(page);
    expect(count()).toBe(2);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('error 500');
  });

  test('lists problems of an invalid document with no axe violations', async ({ open }) => {
    const { page } = await open({ at: '?src=fixtures/duplicate-id.json' });
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});

describe('an address that redirects to another origin', () => {
  test('is not followed, and the reader says the interview is on another site', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Chromium announces the redirected request before refusing it; what matters is that no answer
    // from the other origin ever reaches the page.
    const answered: string[] = [];
    page.on('response', (response: { url: () => string }) => answered.push(response.url()));
    await page.goto(`${appUrl}?src=fixtures/redirect-away.json`);
    await settled(page);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('sends the reader on to another website');
    await expect(alert.textContent()).resolves.not.toContain('connection');
    await expect(page.locator('article').count()).resolves.toBe(0);
    const origin = new URL(appUrl).origin;
    expect(answered.filter((url) => !url.startsWith(origin))).toEqual([]);
    await context.close();
  });
});

describe('a server that holds the connection', () => {
  test('can be left: Stop loading shows the error view with Try again, and axe finds nothing', async ({
    open,
  }) => {
    const { page } = await open({ at: '?src=fixtures/hold.json', settle: false });
    const stop = page.getByRole('button', { name: 'Stop loading' });
    await stop.click({ timeout: 10_000 });
    await settled(page);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('You stopped loading the interview.');
    await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});
