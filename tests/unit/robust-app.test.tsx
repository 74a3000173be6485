// The app with documents the contract allows but that used to break it, and with servers that misbehave.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { ErrorView, type Failure } from '../../src/app/ErrorView';
import { fixtureText, minimal } from './fixtures';
import { renderWithProviders } from './render';

const BASE = 'https://reader.example/reader/index.html';

function serve(text: string) {
  const fetch = vi.fn(
    async () => new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a document the contract allows', () => {
  it('with a language tag Intl refuses still shows, its glossary sorted', async () => {
    serve(fixtureText('lang-not-intl'));
    renderWithProviders(<App search="?src=x.json" baseUrl={BASE} />);
    await screen.findByRole('heading', { level: 1, name: 'A tag Intl refuses' });
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'en-US-US');
    const terms = [...document.querySelectorAll('dt')].map((term) => term.textContent);
    expect(terms).toEqual(['apple', 'caption', 'zebra']);
    expect(screen.getByText('pomme', { exact: false })).toBeInTheDocument();
  });

  it('whose ids used to collide gets unique DOM ids, and each contents link finds its own question', async () => {
    serve(fixtureText('colliding-ids'));
    const { container } = renderWithProviders(<App search="?src=x.json" baseUrl={BASE} />);
    await screen.findByRole('heading', { level: 1, name: 'Ids that used to collide' });
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const contents = screen.getByRole('navigation');
    for (const name of ['The first question, about a?', 'The second question?']) {
      const href = within(contents).getByRole('link', { name }).getAttribute('href') ?? '';
      const target = document.getElementById(decodeURIComponent(href.slice(1)));
      // The heading it points at is this question, not another whose id looks alike.
      expect(target?.tagName).toBe('H3');
      expect(target?.querySelector('.question-words')?.textContent).toBe(name);
    }
    expect([...document.querySelectorAll('dt')].map((term) => term.id)).toEqual(
      expect.arrayContaining(['glossary-a', 'glossary-a-3', 'glossary-a-3-2']),
    );
  });

  it('published on a day that does not exist is refused, the place named', async () => {
    serve(fixtureText('impossible-date'));
    renderWithProviders(<App search="?src=x.json" baseUrl={BASE} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      '/source/published There is no such date or time as 2021-02-30.',
    );
  });

  it('with thousands of problems lists 50 and counts the rest, every one included', async () => {
    serve(JSON.stringify({ ...minimal(), exchanges: Array.from({ length: 5_000 }, () => 1) }));
    renderWithProviders(<App search="?src=x.json" baseUrl={BASE} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There are 5000 problems:');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(50);
    expect(alert).toHaveTextContent('…and 4950 more problems.');
  });
});

describe('a server that holds the connection', () => {
  it('lets the reader stop loading, then try again', async () => {
    let answer = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_input: RequestInfo | URL, init?: RequestInit) =>
          new Promise<Response>((resolve, reject) => {
            if (answer) resolve(new Response(fixtureText('minimal')));
            init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          }),
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<App search="?src=x.json" baseUrl={BASE} />);
    const stop = await screen.findByRole('button', { name: 'Stop loading' }, { timeout: 3_000 });
    await user.click(stop);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You stopped loading the interview.');
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
    answer = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'A minimal interview' });
  });

  it('does not flash a stop button during a quick load', async () => {
    serve(fixtureText('minimal'));
    renderWithProviders(<App search="?src=x.json" baseUrl={BASE} />);
    expect(screen.queryByRole('button', { name: 'Stop loading' })).not.toBeInTheDocument();
    await screen.findByRole('heading', { level: 1, name: 'A minimal interview' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 1_200)));
    expect(screen.queryByRole('button', { name: 'Stop loading' })).not.toBeInTheDocument();
  });
});

describe('the error view', () => {
  it.each<[Failure, string, boolean]>([
    [{ kind: 'timeout' }, 'The website took too long to answer, so loading was stopped.', true],
    [{ kind: 'otherOrigin' }, 'sends the reader on to another website. For your safety', true],
    [{ kind: 'notJsonType', contentType: 'text/html' }, 'a file of type “text/html”, not a JSON file', true],
    [{ kind: 'cancelled' }, 'You stopped loading the interview.', true],
    [{ kind: 'render' }, 'This is a fault in the reader, not in the interview.', true],
  ])('explains %j in plain words, with a way on', (failure, says, retry) => {
    const onRetry = vi.fn();
    renderWithProviders(
      <ErrorView
        failure={failure}
        url="https://reader.example/x.json"
        builtInHref="/reader/"
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(says);
    expect(screen.queryAllByRole('button', { name: 'Try again' })).toHaveLength(retry ? 1 : 0);
    expect(screen.getByRole('link', { name: 'Open the built-in interview' })).toHaveAttribute(
      'href',
      '/reader/',
    );
  });
});
