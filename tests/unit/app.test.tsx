// The app shell's states, rendered in jsdom with a fetch that answers like a server would.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInText, fixtureText } from './fixtures';
import { BUILT_IN_PATH, json, renderReader } from './render';

const BASE = 'https://reader.example/reader/index.html';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('shows a polite loading state, then the interview with its title in the document title', async () => {
    renderReader({ baseUrl: BASE });
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(within(screen.getByRole('main')).getByText('Loading the interview…')).toBeInTheDocument();

    const title = await screen.findByRole('heading', { level: 1 });
    expect(title).toHaveTextContent('Riz Ahmed on Sound of Metal, sign language and deaf culture');
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
    // The tab's title cannot hold a <bdi>: the document's title is isolated in it by FSI … PDI.
    await waitFor(() =>
      expect(document.title).toBe(`\u2068${title.textContent}\u2069 — Open Caption Reader`),
    );
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(`Interview loaded: ${title.textContent}`),
    );
  });

  it('loads ?src= from the same origin, relative to the reader', async () => {
    const { fetch } = renderReader({
      search: '?src=fixtures/minimal.json',
      baseUrl: BASE,
      routes: { '/reader/fixtures/minimal.json': json(fixtureText('minimal')) },
    });
    await screen.findByRole('heading', { level: 1, name: 'A minimal interview' });
    expect(String(fetch.mock.calls[0]?.[0])).toBe('https://reader.example/reader/fixtures/minimal.json');
  });

  it('refuses another origin without making any request', () => {
    const { fetch } = renderReader({ search: '?src=https://evil.example/x.json', baseUrl: BASE, routes: {} });
    const alert = screen.getByRole('alert');
    // The address is isolated (FSI … PDI) so it keeps its direction inside a sentence in any language.
    expect(alert).toHaveTextContent('“https://evil.example/x.json” is not allowed');
    expect(alert.querySelector('bdi')).toHaveTextContent('https://evil.example/x.json');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the built-in interview' })).toHaveAttribute(
      'href',
      '/reader/',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('lists each problem of an invalid document with its place, and shows nothing of it', async () => {
    renderReader({
      search: '?src=bad.json',
      baseUrl: BASE,
      routes: { '/reader/bad.json': json(fixtureText('unknown-speaker')) },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file is JSON, but it is not a valid interview. There is 1 problem:');
    const [problem] = within(alert).getAllByRole('listitem');
    expect(problem).toHaveTextContent('/exchanges/1/answer/speaker No speaker has the id “ghost”.');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByText('First?')).not.toBeInTheDocument();
  });

  it('tries again on request, and shows the interview once the server recovers', async () => {
    let healthy = false;
    const { user } = renderReader({
      baseUrl: BASE,
      routes: {
        [BUILT_IN_PATH]: () => (healthy ? json(builtInText())() : new Response('Oops', { status: 503 })),
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('error 503');
    healthy = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Riz Ahmed');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the network fails', async () => {
    const networkDown = () => {
      throw new TypeError('Failed to fetch');
    };
    renderReader({ baseUrl: BASE, routes: { [BUILT_IN_PATH]: networkDown } });
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be downloaded');
  });
});
