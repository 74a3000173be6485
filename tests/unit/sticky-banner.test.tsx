import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stickyOffset, useStickyOffset } from '../../src/navigation/sticky-banner';

function Banner({ sticky }: { sticky: boolean }) {
  useStickyOffset();
  return <header className="site-header" style={{ position: sticky ? 'sticky' : 'static' }} />;
}

const written = () => document.documentElement.style.getPropertyValue('--sticky-offset');

describe('the sticky banner’s height on <html>', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is left unset when the banner does not stick, so nothing restyles the whole page', () => {
    const setProperty = vi.spyOn(CSSStyleDeclaration.prototype, 'setProperty');
    const { unmount } = render(<Banner sticky={false} />);
    expect(written()).toBe('');
    expect(setProperty.mock.calls.filter(([name]) => name === '--sticky-offset')).toEqual([]);
    expect(stickyOffset()).toBe(0);
    unmount();
  });

  it('is the banner’s height when it sticks, and is gone when the banner is', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      height: 79.2,
    } as DOMRect);
    const { unmount } = render(<Banner sticky />);
    expect(written()).toBe('80px');
    expect(stickyOffset()).toBe(80);
    unmount();
    expect(written()).toBe('');
  });
});
