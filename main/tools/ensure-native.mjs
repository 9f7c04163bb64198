// Makes sure node_modules' better-sqlite3 is built for the runtime about to use it (plain Node for tests and the
// command line). Packaging rebuilds it for Electron; this notices and rebuilds it back, with a clear message.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function loads() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return null;
  } catch (err) {
    return err;
  }
}

const err = loads();
if (err) {
  if (
    !/NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF|Could not locate the bindings/i.test(
      String(err.message),
    )
  ) {
    console.error(`better-sqlite3 does not load: ${err.message}`);
    process.exit(1);
  }
  console.log(
    'better-sqlite3 was built for another runtime (Electron, after packaging); rebuilding it for Node (about a minute)...',
  );
  const r = spawnSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0 || loads()) {
    console.error('Rebuilding better-sqlite3 for Node failed. Run `npm rebuild better-sqlite3` and read its output.');
    process.exit(1);
  }
  console.log('better-sqlite3 rebuilt for Node.');
}
