// node scripts/job-summary.ts LOG >> "$GITHUB_STEP_SUMMARY"
// Turns the stderr of a generate run that stopped into the job summary of
// .github/workflows/publish.yml: which seeds were refused, and why.
import { readFileSync } from 'node:fs';
import { jobSummary } from './lib/job-summary.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/job-summary.ts LOG, where LOG is the stderr of npm run generate');
process.stdout.write(jobSummary(readFileSync(file, 'utf8')) || 'Generation failed; see the step log.\n');
