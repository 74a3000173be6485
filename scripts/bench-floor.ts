// The floor the benchmarks measure the page against: the same prerendered HTML and CSS with every
// script taken out, what a static page of the same text costs. Written to dist/bench/floor.html.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export function writeFloor(dist: string): void {
  const page = readFileSync(`${dist}index.html`, 'utf8');
  const floor = page
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/(src|href)="\.\//g, '$1="../');
  mkdirSync(`${dist}bench`, { recursive: true });
  writeFileSync(`${dist}bench/floor.html`, floor);
}
