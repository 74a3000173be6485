// The banner's Read aloud control and the "Read this" buttons, in jsdom (no speech synthesis there).
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '../../src/read-aloud/ReadAloud';
import { renderReader, renderWithProviders } from './render';

const ARTICLE = `
  <article class="article" lang="en">
    <section class="exchange">
      <h3 id="q-one"><span class="speaker-label">Host:</span> <span class="question-text">First?</span></h3>
      <div class="answer"><p class="speaker-label">Guest:</p><p>Yes.</p></div>
    </section>
    <section class="exchange">
      <h3 id="q-two"><span class="speaker-label">Host:</span> <span class="question-text">Second?</span></h3>
      <div class="answer"><p class="speaker-label">Guest:</p><p>No.</p></div>
    </section>
  </article>`;

function renderControl(language = 'en') {
  const main = document.createElement('main');
  main.dataset['static'] = '';
  main.innerHTML = ARTICLE;
  document.body.append(main);
  renderWithProviders(<ReadAloud />, { language });
  return main;
}

afterEach(() => document.querySelector('main[data-static]')?.remove());

describe('the Read aloud control', () => {
  it('says in words why it cannot read when the browser has no speech synthesis', async () => {
    const user = userEvent.setup();
    renderControl();
    const button = screen.getByRole('button', { name: 'Read aloud' });
    await user.click(button);
    const message = 'Read aloud is not available: this browser cannot speak text.';
    await waitFor(() => expect(button).toHaveAccessibleDescription(message));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(message));
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
  });

  it('draws a Read this button after each question and answer, in the interface language', async () => {
    const reader = await renderReader().loaded();
    const buttons = reader.container.querySelectorAll('main article button.read-this');
    expect(buttons).toHaveLength(12);
    const [question, answer] = buttons;
    expect(question).toHaveTextContent('Read question aloud');
    expect(answer).toHaveTextContent('Read answer aloud');
    // Just after the heading, in one row with the question's "Copy link".
    expect(question?.parentElement?.previousElementSibling?.tagName).toBe('H3');
    expect(answer?.previousElementSibling).toHaveClass('speaker-label');
    // Interface words inside the article are marked with the interface's language.
    expect(question).toHaveAttribute('lang', 'en');
    expect(question).toHaveAttribute('type', 'button');
    vi.unstubAllGlobals();
  });
});
