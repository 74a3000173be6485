// Preferences are applied as CSS: changing how text looks must not re-render the article, which for the
// contract's largest interview would take seconds. Changing what text is shown (the mode) must.
import { act, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Interview } from '../../src/interview/generated/interview';
import { usePreferencesDispatch } from '../../src/preferences/PreferencesProvider';
import type { PreferencesAction } from '../../src/preferences/reducer';
import { Article } from '../../src/reader/Article';
import { builtInText } from './fixtures';
import { renderWithProviders } from './render';

const interview = JSON.parse(builtInText()) as Interview;

function renderArticle() {
  const onRender = vi.fn();
  let dispatch: (action: PreferencesAction) => void = () => {};
  function Controls() {
    dispatch = usePreferencesDispatch();
    return null;
  }
  renderWithProviders(
    <>
      <Controls />
      <Profiler id="article" onRender={onRender}>
        <Article interview={interview} />
      </Profiler>
    </>,
  );
  return { onRender, dispatch: (action: PreferencesAction) => act(() => dispatch(action)) };
}

describe('the article and the reader’s preferences', () => {
  it('is not re-rendered when text size, spacing, font or theme change', () => {
    const { onRender, dispatch } = renderArticle();
    const renders = onRender.mock.calls.length;
    dispatch({ type: 'set', key: 'textSize', value: 200 });
    dispatch({ type: 'set', key: 'lineHeight', value: 2 });
    dispatch({ type: 'set', key: 'font', value: 'opendyslexic' });
    dispatch({ type: 'set', key: 'theme', value: 'sepia' });
    expect(onRender.mock.calls.length).toBe(renders);
    expect(document.documentElement.dataset['theme']).toBe('sepia');
    expect(document.documentElement.style.getPropertyValue('--reader-scale')).toBe('2');
  });

  it('is re-rendered when the reading mode changes what it shows', () => {
    const { onRender, dispatch } = renderArticle();
    const renders = onRender.mock.calls.length;
    dispatch({ type: 'set', key: 'mode', value: 'plain' });
    expect(onRender.mock.calls.length).toBeGreaterThan(renders);
    expect(screen.getAllByText(/The film strangely seemed to see what was coming\./).length).toBeGreaterThan(
      0,
    );
  });
});
