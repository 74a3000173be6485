// Links to questions and the fragments that name them, in jsdom: which element a fragment opens, which
// parts end with "Back to top", the "Copy link" names in each interface language, and what "Copy link"
// does with the clipboard granted and refused. The layout (the guide beside the text) is in links.e2e.ts.
import { renderHook, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, switchLanguage } from '../../src/i18n/i18n';
import type { Interview } from '../../src/interview/generated/interview';
import { fragmentTarget } from '../../src/navigation/navigation';
import { useMakeArticleLabels } from '../../src/reader/ArticleLabels';
import { LONG_PART_WORDS, longParts } from '../../src/reading/long-parts';
import { builtInText } from './fixtures';
import { renderReader } from './render';

const builtIn = () => JSON.parse(builtInText()) as Interview;

describe('fragmentTarget', () => {
  afterEach(() => document.body.replaceChildren());

  it('opens a question by its exchange id or its own id; the page’s own ids come first', () => {
    document.body.innerHTML = `
      <h2 id="glossary">Glossary</h2>
      <h3 id="q-glossary">An exchange whose id is "glossary"</h3>
      <h3 id="q-filming">When did you film this?</h3>`;
    expect(fragmentTarget('filming')?.id).toBe('q-filming');
    expect(fragmentTarget('q-filming')?.id).toBe('q-filming');
    expect(fragmentTarget('glossary')?.id).toBe('glossary');
    expect(fragmentTarget('q-glossary')?.id).toBe('q-glossary');
    expect(fragmentTarget('missing')).toBeNull();
    expect(fragmentTarget('')).toBeNull();
  });
});

describe('longParts', () => {
  it('ends the interview and the glossary with "Back to top", not the short introduction or afterword', () => {
    const long = longParts(builtIn());
    expect(long.has('interview')).toBe(true);
    expect(long.has('glossary')).toBe(true);
    expect(long.has('introduction')).toBe(false);
    expect(long.has('afterword')).toBe(false);
  });

  it('counts words, whatever the part', () => {
    const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
    const interview: Interview = {
      ...builtIn(),
      intro: [{ text: words(LONG_PART_WORDS) }],
      outro: [{ text: words(LONG_PART_WORDS - 1) }],
      exchanges: [builtIn().exchanges[0] as Interview['exchanges'][0]],
    };
    delete interview.glossary;
    const long = longParts(interview);
    expect(long.has('introduction')).toBe(true);
    expect(long.has('afterword')).toBe(false);
    expect(long.has('glossary')).toBe(false);
  });
});

describe('the names of "Copy link"', () => {
  it.each([
    ['en', 'Copy link to question 3', 'Link to question 12'],
    ['es', 'Copiar enlace a la pregunta 3', 'Enlace a la pregunta 12'],
    ['ar', 'نسخ رابط السؤال {3}', 'رابط السؤال {12}'],
  ])('say which question, in %s with its own digits', async (language, copy, link) => {
    // The digits are the language's, as "Question 3 of 6" writes them.
    const digits = (text: string) =>
      text.replace(/\{(\d+)\}/, (_, n: string) => new Intl.NumberFormat(language).format(Number(n)));
    const i18n = createI18n();
    await switchLanguage(i18n, language as 'en');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    const { result } = renderHook(() => useMakeArticleLabels(builtIn().speakers), { wrapper });
    expect(result.current.copyLinkName(3)).toBe(digits(copy));
    expect(result.current.linkName(12)).toBe(digits(link));
  });
});

describe('Copy link in the article', () => {
  afterEach(() => vi.unstubAllGlobals());

  function stubClipboard(writeText: (text: string) => Promise<void>) {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  }

  it('is under every question, with a plain link to it beside for pages without script', async () => {
    const reader = await renderReader().loaded();
    const buttons = screen.getAllByRole('button', { name: /^Copy link to question \d$/ });
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `Copy link to question ${n}`),
    );
    const links = screen.getAllByRole('link', { name: /^Link to question \d$/ });
    expect(links).toHaveLength(6);
    expect(links[2]).toHaveAttribute('href', '#q-filming');
    // In the row under the question's heading, beside "Read question aloud".
    const row = buttons[2]?.parentElement;
    expect(row?.previousElementSibling).toHaveAttribute('id', 'q-filming');
    expect(within(row as HTMLElement).getByRole('button', { name: 'Read question aloud' })).toBeVisible();
    expect(reader.container.querySelectorAll('.back-to-top a[href="#contents-heading"]')).toHaveLength(
      longParts(builtIn()).size,
    );
  });

  it('copies the address with the fragment and says so; refused, shows the address to copy', async () => {
    const { user } = await renderReader().loaded();
    // After user-event's setup, which puts a clipboard of its own on navigator.
    const written: string[] = [];
    stubClipboard(async (text) => void written.push(text));
    await user.click(screen.getByRole('button', { name: 'Copy link to question 2' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Link copied'));
    const address = new URL(window.location.href);
    address.hash = 'q-long-delays';
    expect(written).toEqual([address.href]);

    stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: 'Copy link to question 4' }));
    const field = await screen.findByRole('textbox', { name: 'Link to question 4' });
    address.hash = 'q-sign-language-acting';
    expect(field).toHaveValue(address.href);
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/did not let the page copy the link/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Link to question 4' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link to question 4' })).toHaveFocus();
  });
});
