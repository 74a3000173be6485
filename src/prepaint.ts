// Runs in <head>, before the page is painted, as a small external script (the CSP allows no inline
// script): the reader's saved theme, sizes, spacing and reading mode go onto <html> at once, so the
// prerendered interview is never drawn in the wrong ones. Then it asks for the app, which takes over.
import { applyMode, applyPreferences } from './preferences/apply';
import { readPreferences } from './preferences/storage';
import { withModeFromAddress } from './reader/mode-address';
import { afterFirstPaint, startApp, whenParsed } from './services/start-app';

const root = document.documentElement;
// Script runs here: what only script can do (read aloud) may be drawn.
root.dataset['scripted'] = '';
const preferences = withModeFromAddress(readPreferences(), window.location.search);
applyPreferences(preferences, root);
applyMode(preferences.mode, root);
// Another interview was asked for: the prerendered one must not flash up before it replaces it.
const otherInterview = new URLSearchParams(window.location.search).has('src');
if (otherInterview) root.dataset['loadingOther'] = '';

// The app itself, once this page is on screen (services/start-app.ts says why); at once when another
// interview was asked for, since only the app can show it (and the hidden page paints nothing).
const start = document.currentScript?.dataset['start'];
if (start !== undefined) {
  const run = () => startApp(start, document);
  if (otherInterview) whenParsed(run, document);
  else afterFirstPaint(run, window);
}
