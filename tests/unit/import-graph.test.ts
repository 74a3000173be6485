// Imports run one way through src/: the entry module, then the shell, then the features, then what
// they share, then pure logic and data, then the contract. No folder imports one above it, no two
// folders import each other, and no chain of files comes back to where it started.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './fixtures';

/** Top first; a folder may import its own layer (without a cycle) and any layer below it. */
const LAYERS: readonly (readonly string[])[] = [
  ['.'], // main.tsx
  ['app'],
  ['reader', 'settings', 'keyboard', 'read-aloud', 'line-focus'],
  ['navigation', 'services', 'i18n'],
  ['reading', 'preferences', 'ui', 'styles'],
  ['interview'],
];

/** Cycles known and being removed elsewhere (none now). Each entry must still be a cycle. */
const KNOWN_CYCLES: readonly string[] = [];

const src = join(projectRoot, 'src');
const SOURCE = /\.(ts|tsx|js)$/;
const RESOLVE = ['', '.ts', '.tsx', '.d.ts', '.js', '/index.ts', '/index.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative(src, path)] : [];
  });
}

const files = new Set(
  readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(src, join(entry.parentPath, entry.name))),
);

/** Every file under src/ that a file imports (statically, dynamically, types and CSS included). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => {
      const base = join(dirname(file), specifier);
      const target = RESOLVE.map((ending) => base + ending).find((candidate) => files.has(candidate));
      if (target === undefined) throw new Error(`${file}: cannot resolve "${specifier}"`);
      return target;
    });
}

const graph = new Map(sourceFiles(src).map((file) => [file, importsOf(file)]));
const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

/**
 * The groups of nodes that reach each other (Tarjan's strongly connected components), each written
 * as its members in order ("a, b"): an empty list means the graph has no cycle.
 */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const group = stack.splice(stack.indexOf(node));
    if (group.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(group.sort().join(', '));
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found.sort();
}

describe('the import graph of src/', () => {
  it('reads every file', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('boot.tsx')).toContain('app/AppRoot.tsx');
  });

  it('places every folder in a layer', () => {
    const unplaced = [...new Set([...graph.keys()].map(folderOf))].filter((folder) => layerOf(folder) < 0);
    expect(unplaced).toEqual([]);
  });

  it('has no folder importing a folder above it', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => layerOf(folderOf(target)) < layerOf(folderOf(file)))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no two folders importing each other, directly or round about', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      const to = targets.map(folderOf).filter((folder) => folder !== from);
      folders.set(from, [...new Set([...(folders.get(from) ?? []), ...to])]);
    }
    expect(cycles(folders)).toEqual([]);
  });

  it('has no cycle of files', () => {
    const found = cycles(graph);
    expect(found.filter((cycle) => !KNOWN_CYCLES.includes(cycle))).toEqual([]);
    expect(KNOWN_CYCLES.filter((cycle) => !found.includes(cycle))).toEqual([]);
  });

  it('finds a cycle where there is one', () => {
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', ['e']],
      ['e', ['e']],
    ]);
    expect(cycles(loop)).toEqual(['a, b, c', 'e']);
    expect(
      cycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
        ]),
      ),
    ).toEqual([]);
  });
});
