// The app shell's states, rendered in jsdom with a fetch that answers like a server would.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { builtInText, fixtureText } from './fixtures';
import { renderWithProviders } from './render';

const BASE = 'https://reader.example/reader/index.html';

function serve(routes: Record<string, () => Response>) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const route = routes[url.pathname];
    return route ? route() : new Response('Not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const json = (text: string) => () =>
  new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('shows a polite loading state, then the interview with its title in the document title', async () => {
    serve({ '/reader/data/sound-of-metal.json': json(builtInText()) });
    renderWithProviders(<App search="" baseUrl={BASE} />);
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
    const fetch = serve({ '/reader/fixtures/minimal.json': json(fixtureText('minimal')) });
    renderWithProviders(<App search="?src=fixtures/minimal.json" baseUrl={BASE} />);
    await screen.findByRole('heading', { level: 1, name: 'A minimal interview' });
    expect(String(fetch.mock.calls[0]?.[0])).toBe('https://reader.example/reader/fixtures/minimal.json');
  });

  it('refuses another origin without making any request', () => {
    const fetch = serve({});
    renderWithProviders(<App search="?src=https://evil.example/x.json" baseUrl={BASE} />);
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
    serve({ '/reader/bad.json': json(fixtureText('unknown-speaker')) });
    renderWithProviders(<App search="?src=bad.json" baseUrl={BASE} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file is JSON, but it is not a valid interview. There is 1 problem:');
    const [problem] = within(alert).getAllByRole('listitem');
    expect(problem).toHaveTextContent('/exchanges/1/answer/speaker No speaker has the id “ghost”.');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByText('First?')).not.toBeInTheDocument();
  });

  it('tries again on request, and shows the interview once the server recovers', async () => {
    let healthy = false;
    serve({
      '/reader/data/sound-of-metal.json': () =>
        healthy ? json(builtInText())() : new Response('Oops', { status: 503 }),
    });
    renderWithProviders(<App search="" baseUrl={BASE} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('error 503');
    healthy = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Riz Ahmed');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the network fails', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    renderWithProviders(<App search="" baseUrl={BASE} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be downloaded');
  });
});
