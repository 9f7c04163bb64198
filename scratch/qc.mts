import { openLibrary } from '../main/library/open';
import fs from 'node:fs';
import Database from 'better-sqlite3';
fs.rmSync('/tmp/qc', { recursive: true, force: true });
fs.mkdirSync('/tmp/qc');
const db = openLibrary('/tmp/qc/l.sqlite');
const words =
  'truce Daraa rebels Russian centre offered ceasefire armed groups Friday source said convoy Idlib north'.split(' ');
const ins = db.prepare(
  `INSERT INTO articles (title, text, words, content_hash, added_at, updated_at) VALUES (?, ?, 1, ?, 'x', 'x')`,
);
db.transaction(() => {
  for (let i = 0; i < 40000; i++) {
    let t = '';
    for (let w = 0; w < 800; w++) t += words[(i * 31 + w * 7) % words.length] + (w % 11 ? ' ' : `${i}${w}. `);
    ins.run('t' + i, t, 'h' + i);
  }
})();
db.close();
console.log('size MB', (fs.statSync('/tmp/qc/l.sqlite').size / 1e6).toFixed(0));
const ro = new Database('/tmp/qc/l.sqlite', { readonly: true });
let t = performance.now();
console.log(ro.pragma('quick_check', { simple: true }), 'quick_check ms', (performance.now() - t).toFixed(0));
t = performance.now();
console.log(ro.pragma('integrity_check', { simple: true }), 'integrity_check ms', (performance.now() - t).toFixed(0));
