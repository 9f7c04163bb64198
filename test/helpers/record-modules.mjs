// Preloaded with `node --import` by the command-line tests: records the path of every ES module file the process
// loads (one per line, to the file PARALLAX_MODULE_LOG names), so a test can see what a command loaded.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    import fs from 'node:fs';
    export async function load(url, context, next) {
      if (url.startsWith('file:') && process.env.PARALLAX_MODULE_LOG) fs.appendFileSync(process.env.PARALLAX_MODULE_LOG, url + '\\n');
      return next(url, context);
    }
  `)}`,
);
