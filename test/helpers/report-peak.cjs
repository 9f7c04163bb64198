// Preloaded with `node -r` into a command under measurement: on exit, prints the process's peak resident
// memory (worker threads included) on standard error as one line, PEAK_RSS_KB=N.
'use strict';
process.on('exit', () => {
  process.stderr.write(`PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
