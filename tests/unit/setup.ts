import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { readFileSync } from 'node:fs';

// Lazily loaded dialogs and languages arrive when they arrive: on a busy 2-core machine that can take
// longer than the one second findBy* waits by default.
configure({ asyncUtilTimeout: 5_000 });

// Which reading mode shows is CSS (every mode is in the DOM): jsdom needs the rules to hide the others.
if (typeof document !== 'undefined') {
  const style = document.createElement('style');
  style.textContent = readFileSync('src/styles/reading-modes.css', 'utf8');
  document.head.append(style);
}

afterEach(() => {
  cleanup();
  if (typeof document !== 'undefined') delete document.documentElement.dataset['mode'];
});
