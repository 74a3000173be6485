// The entry: the stylesheets, then the app's code evaluated a piece per task (React DOM, the
// interface strings, then the app), so no one task of evaluating it all keeps the page from answering.
import './styles/tokens.css';
import './styles/themes.css';
import './styles/fonts.css';
import './styles/base.css';
import './styles/reader.css';
import './styles/reading-modes.css';
import './styles/print.css';
import { nextTask } from './services/next-task';

await import('react-dom/client');
await nextTask();
await import('./i18n/i18n');
await nextTask();
const { boot } = await import('./boot');
await boot();
