// The built files themselves: what the CSP and sub-path hosting depend on.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = process.env['DIST_DIR'] || fileURLToPath(new URL('../../dist/', import.meta.url));
const scripts = readdirSync(`${dist}assets`).filter((name) => name.endsWith('.js'));
const html = readFileSync(`${dist}index.html`, 'utf8');

describe('the build', () => {
  it('has scripts, none of which can evaluate code or require modules', () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) {
      const code = readFileSync(`${dist}assets/${name}`, 'utf8');
      expect(code, name).not.toMatch(/\brequire\(/);
      expect(code, name).not.toMatch(/\bFunction\(/);
      expect(code, name).not.toMatch(/\beval\(/);
    }
  });

  it('declares a strict Content-Security-Policy', () => {
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('refers to its assets by relative URLs, so it works from any sub-path', () => {
    const head = html.slice(0, html.indexOf('<body'));
    const urls = [...head.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url, url).toMatch(/^\.\//);
  });

  it('ships the built-in interview beside the app', () => {
    const interview = JSON.parse(readFileSync(`${dist}data/sound-of-metal.json`, 'utf8')) as { id: string };
    expect(interview.id).toBe('sound-of-metal-riz-ahmed');
  });
});
