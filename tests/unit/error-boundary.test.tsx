// Whatever a future bug throws while the article renders, the reader sees the error view, not a blank
// page, and the error reaches the console once.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { fixtureText } from './fixtures';
import { renderWithProviders } from './render';

const bug = vi.hoisted(() => ({ throws: false, error: new Error('A bug in the article') }));

vi.mock('../../src/reader/Article', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/reader/Article')>();
  return {
    Article: (props: ComponentProps<typeof real.Article>) => {
      if (bug.throws) throw bug.error;
      return <real.Article {...props} />;
    },
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  bug.throws = false;
});

describe('the error boundary around the article', () => {
  it('shows the error view with Try again and the built-in interview, and reports the error once', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response(fixtureText('minimal'), { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    bug.throws = true;
    renderWithProviders(<App search="?src=minimal.json" baseUrl="https://reader.example/reader/" />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong while showing this interview.');
    expect(screen.getByRole('link', { name: 'Open the built-in interview' })).toHaveAttribute(
      'href',
      '/reader/',
    );
    expect(screen.getByRole('banner')).toBeInTheDocument();
    const reports = consoleError.mock.calls.filter((args) => args.some((arg) => arg === bug.error));
    expect(reports).toHaveLength(1);

    bug.throws = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('A minimal interview');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
