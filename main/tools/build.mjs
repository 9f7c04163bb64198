// Builds what Parallax runs: the main-process bundles (Electron entry, sandboxed preload, command line) with
// esbuild, and the renderer with Vite. Plain Node script so `npm start`, `npm test` and `npx parallax` share it.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'out');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

export async function buildAll({ quiet = false } = {}) {
  const started = Date.now();
  fs.rmSync(out, { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    define: { __PARALLAX_VERSION__: JSON.stringify(pkg.version), __PARALLAX_BUNDLED__: 'true' },
    // pdf.js and tesseract.js load their workers from beside their own modules, and @napi-rs/canvas is a native
    // addon, so they stay in node_modules, not in the bundle.
    external: ['electron', 'better-sqlite3', 'pdfjs-dist', 'tesseract.js', '@napi-rs/canvas'],
  };
  await Promise.all([
    esbuild({
      ...common,
      entryPoints: { index: 'main/electron/main.ts' },
      outdir: 'out/main',
      outExtension: { '.js': '.cjs' },
    }),
    // The command line as ES modules split per command: `parallax --help` loads one small file, and only the
    // commands that compare load the engine and its language data (main/cli.ts imports each command lazily).
    esbuild({
      ...common,
      format: 'esm',
      splitting: true,
      entryPoints: { cli: 'main/cli.ts' },
      outdir: 'out/main',
      outExtension: { '.js': '.mjs' },
      chunkNames: 'cli-[hash]',
      banner: {
        js: [
          "import { createRequire as __pxRequire } from 'node:module';",
          "import { fileURLToPath as __pxPath } from 'node:url';",
          "import { dirname as __pxDirname } from 'node:path';",
          'const require = __pxRequire(import.meta.url);',
          'const __filename = __pxPath(import.meta.url);',
          'const __dirname = __pxDirname(__filename);',
        ].join(' '),
      },
    }),
    // Worker threads (main/workers/): each its own bundle beside the main bundles, found by main/workers/script.ts.
    esbuild({
      ...common,
      entryPoints: {
        'parse-worker': 'main/ingest/parse-worker.ts',
        'engine-worker': 'main/engine/engine-worker.ts',
        'quick-check-worker': 'main/library/quick-check-worker.ts',
        'read-worker': 'main/exchange/read-worker.ts',
        'ocr-worker': 'main/ingest/ocr/ocr-worker.ts',
      },
      outdir: 'out/main',
      outExtension: { '.js': '.cjs' },
    }),
    // The sandboxed preload may require only 'electron': everything else is bundled in.
    esbuild({
      ...common,
      platform: 'browser',
      target: 'chrome130',
      entryPoints: { preload: 'main/electron/preload.ts' },
      outdir: 'out/main',
      outExtension: { '.js': '.cjs' },
      external: ['electron'],
    }),
  ]);
  await vite({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  if (!quiet) console.log(`Built Parallax ${pkg.version} into out/ in ${Date.now() - started} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.chdir(root);
  buildAll({ quiet: process.argv.includes('--quiet') }).catch((err) => {
    console.error(`Build failed: ${err.message}`);
    process.exit(1);
  });
}
