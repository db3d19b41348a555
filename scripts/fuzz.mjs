/**
 * `npm run fuzz`: the fuzz properties of tests/unit/fuzz with many more runs
 * than `npm test` gives them (FUZZ_RUNS, default 2000 per rendering property,
 * five times that for the cheap ones), plus the broken-notes suite with a
 * 5 MB note. The seed is printed first: rerun with `FUZZ_SEED=<seed> npm run fuzz`
 * to replay a failure; fast-check also prints the shrunk counterexample and its path.
 * Extra arguments go to vitest (`npm run fuzz -- -t "unique id"`).
 */
import { spawnSync } from "node:child_process";

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? "2000";
const bigNote = process.env.BIG_NOTE_MB ?? "5";
console.log(`fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} BIG_NOTE_MB=${bigNote}`);
console.log(`replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
const result = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "tests/unit/fuzz", "tests/unit/content/broken-notes.test.ts", ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs, BIG_NOTE_MB: bigNote } },
);
console.log(`fuzz: ${result.status === 0 ? "passed" : "FAILED"} with FUZZ_SEED=${seed}`);
process.exitCode = result.status ?? 1;
