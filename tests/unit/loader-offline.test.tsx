import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useInterview } from '../../src/app/useInterview';
import { chooseSource } from '../../src/interview/source';

// The loader's own code is fetched only when an interview is: here that fetch fails (offline).
vi.mock('../../src/interview/load', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('an interview asked for while the loader’s code cannot be fetched', () => {
  it('ends in the network failure the reader can retry, not in loading for ever', async () => {
    const source = chooseSource('?src=interview.json', 'https://reader.example/');
    const { result } = renderHook(() => useInterview(source));
    expect(result.current.state.status).toBe('loading');
    await waitFor(() =>
      expect(result.current.state).toEqual({ status: 'error', failure: { kind: 'network' } }),
    );
  });
});
