// Prints the closing line CI reads, `N passed, N failed`, from the unit and e2e reports of this run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const results = join(import.meta.dirname, '..', '.data', 'results');

function read(name) {
  const file = join(results, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const unit = read('unit.json');
const e2e = read(`e2e-${process.env.E2E_APP_PORT ?? 3100}.json`);

const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
let failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
// A suite that never reported is counted as a failure, so a broken run cannot look green.
if (!unit) failed += 1;
if (!e2e || (e2e.errors?.length ?? 0) > 0) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
