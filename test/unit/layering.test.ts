// The rooms' import rules, checked by reading the sources (ESLint enforces the same; this catches a lint gap).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

function resolvesInto(file: string, spec: string, room: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec));
  return target === room || target.startsWith(room + path.sep);
}

const NODE_BUILTIN = /^(node:|fs$|path$|os$|child_process$|crypto$|http$|url$|util$|worker_threads$)/;

describe('layering', () => {
  it('keeps shared/ pure: no Node, Electron, SQLite, React, main/ or renderer/', () => {
    const bad = sources('shared').flatMap((f) =>
      imports(f)
        .filter(
          (s) =>
            NODE_BUILTIN.test(s) ||
            ['electron', 'better-sqlite3', 'react', 'react-dom'].includes(s) ||
            resolvesInto(f, s, 'main') ||
            resolvesInto(f, s, 'renderer'),
        )
        .map((s) => `${f} -> ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps renderer/ out of main/ and Node', () => {
    const bad = sources('renderer').flatMap((f) =>
      imports(f)
        .filter((s) => NODE_BUILTIN.test(s) || s === 'electron' || s === 'better-sqlite3' || resolvesInto(f, s, 'main'))
        .map((s) => `${f} -> ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('imports electron only from main/electron/', () => {
    const bad = sources('main')
      .filter((f) => !f.startsWith(path.join('main', 'electron') + path.sep))
      .flatMap((f) =>
        imports(f)
          .filter((s) => s === 'electron')
          .map((s) => `${f} -> ${s}`),
      );
    expect(bad).toEqual([]);
  });
});
