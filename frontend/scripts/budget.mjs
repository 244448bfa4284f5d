// The size budget of issue 22, printed by every build: the JavaScript a browser downloads on the
// first visit, gzipped, must stay under 400 kB. The build fails beyond it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 400;
const assets = 'target/ui/assets';
const gzippedKb = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name))).length / 1024, 0);

console.log(`JavaScript: ${gzippedKb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`);
if (gzippedKb > BUDGET_KB) {
    console.error(`Over the budget by ${(gzippedKb - BUDGET_KB).toFixed(1)} kB`);
    process.exit(1);
}
