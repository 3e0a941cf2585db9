// Preloaded into the CLI by the benchmark (node -r): writes the process's peak
// RSS to the file named by UNSPIN_BENCH_RSS_FILE when it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.UNSPIN_BENCH_RSS_FILE) writeFileSync(process.env.UNSPIN_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS / 1024));
});
