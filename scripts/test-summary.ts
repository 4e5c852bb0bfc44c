/**
 * Prints one closing line for the whole test command, "N passed, N failed, N skipped", from the JSON reports
 * that the unit and end-to-end runs write to test-results/. CI reads this line; a missing report counts as a
 * failure so a run that silently skipped a suite cannot look green.
 */
import { existsSync, readFileSync } from 'node:fs';

const REPORTS = ['test-results/unit.json', 'test-results/e2e.json'];

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of REPORTS) {
  if (!existsSync(file)) {
    console.error(`test summary: ${file} is missing`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
