import { writeFileSync } from 'node:fs';
import { generateThemeCss, themeCssPath } from './theme-css.ts';

writeFileSync(themeCssPath, generateThemeCss());
console.log(`Wrote ${themeCssPath}`);
