// The interface in two languages: French and English say the same things (the same keys, plural forms and
// placeholders, nothing empty), no component shows words that bypass translation, and every class a component
// uses exists in its style module. A missing translation fails here.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/en.json';
import fr from '../../renderer/src/i18n/fr.json';
import { REPORT_STRINGS } from '../../shared/report/strings';
import { LOCALES } from '../../shared/presentation/locale';
import { MARK_MEANING, MARK_NAME, ONLY_IN, POSSIBLE_NAME, REASON_NAME } from '../../shared/presentation/verdicts';
import { MENU_LABELS } from '../../main/electron/menu';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(o: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'object' && v !== null) for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, String(v));
  }
  return out;
}

const placeholders = (s: string) => new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]));

function sources(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? sources(rel, ext) : ext.test(e.name) ? [rel] : [];
  });
}

describe('translations', () => {
  const flat = { en: flatten(en), fr: flatten(fr) };
  const base = (k: string) => k.replace(PLURAL, '');

  it('have the same messages in English and French, none empty', () => {
    const keys = (l: 'en' | 'fr') => new Set([...flat[l].keys()].map(base));
    expect([...keys('en')].filter((k) => !keys('fr').has(k))).toEqual([]);
    expect([...keys('fr')].filter((k) => !keys('en').has(k))).toEqual([]);
    for (const l of LOCALES) {
      expect([...flat[l]].filter(([, v]) => !v.trim()).map(([k]) => `${l}:${k}`)).toEqual([]);
    }
  });

  it('give every counted message the plural forms its language needs', () => {
    for (const l of LOCALES) {
      const counted = new Set([...flat[l].keys()].filter((k) => PLURAL.test(k)).map(base));
      const needed = new Intl.PluralRules(l).resolvedOptions().pluralCategories.filter((c) => c !== 'many');
      for (const k of counted) {
        const missing = needed.filter((c) => !flat[l].has(`${k}_${c}`));
        expect(missing, `${l}:${k}`).toEqual([]);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const mismatched: string[] = [];
    for (const [k, v] of flat.en) {
      const other = flat.fr.get(k) ?? flat.fr.get(`${base(k)}_other`);
      if (other === undefined) continue;
      const a = [...placeholders(v)].sort().join();
      const b = [...placeholders(other)].sort().join();
      if (a !== b && !(k.endsWith('_one') && b.replace('count', '') === a.replace('count', ''))) {
        mismatched.push(`${k}: ${a} / ${b}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('cover the verdicts, reasons, exports and the desktop menu in both languages', () => {
    for (const table of [MARK_NAME, MARK_MEANING, ONLY_IN, REASON_NAME, MENU_LABELS, REPORT_STRINGS]) {
      const shape = (l: 'en' | 'fr') => Object.keys(table[l]).sort();
      expect(shape('fr')).toEqual(shape('en'));
      for (const l of LOCALES) {
        for (const [k, v] of Object.entries(table[l])) {
          if (typeof v === 'string') expect(v.trim(), `${l}:${k}`).not.toBe('');
        }
      }
    }
    expect(MARK_NAME.fr.conflict).not.toBe(MARK_NAME.en.conflict);
    expect(POSSIBLE_NAME.fr).not.toBe(POSSIBLE_NAME.en);
  });

  it('leave no words in the components outside the translations', () => {
    // Symbols on buttons (×, ↑, ⇄, »…) and the product's name are not words to translate.
    const allowed = /^[\s\p{P}\p{S}\d]*$|^Parallax$/u;
    const attributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);
    const found: string[] = [];
    for (const file of sources('renderer/src', /\.tsx$/)) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node) => {
        const where = () => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (ts.isJsxText(node) && !allowed.test(node.text.trim())) found.push(`${where()} ${node.text.trim()}`);
        if (
          ts.isJsxAttribute(node) &&
          attributes.has(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          !allowed.test(node.initializer.text)
        ) {
          found.push(`${where()} ${node.name.getText()}="${node.initializer.text}"`);
        }
        if (
          ts.isJsxExpression(node) &&
          node.expression &&
          (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
          !allowed.test(node.expression.text)
        ) {
          found.push(`${where()} {'${node.expression.text}'}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  });
});

describe('component styles', () => {
  it('define every class a component takes from its module', () => {
    const missing: string[] = [];
    for (const file of sources('renderer/src', /\.tsx?$/)) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const [, name, css] of text.matchAll(/import (\w+) from '(\.[^']+\.module\.css)'/g)) {
        const sheet = fs.readFileSync(path.join(ROOT, path.dirname(file), css!), 'utf8');
        const defined = new Set([...sheet.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]));
        const code = text.replace(/^import .*$/gm, '');
        for (const [, cls] of code.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) {
          if (!defined.has(cls)) missing.push(`${file}: ${name}.${cls}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('keep the global sheet to theme tokens and plain elements', () => {
    const sheet = fs.readFileSync(path.join(ROOT, 'renderer/src/theme.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const classes = [...sheet.matchAll(/^\s*[^@\s{][^{]*\.([a-z][\w-]*)/gm)].map((m) => m[1]);
    // Only the button variants every component shares (primary, danger) are global classes.
    expect(new Set(classes)).toEqual(new Set(['primary', 'danger']));
  });
});
