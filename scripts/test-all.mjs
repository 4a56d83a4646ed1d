#!/usr/bin/env node
/**
 * `npm test`: every check in order — typecheck, lint, unit, build, e2e — continuing past a failure so one run
 * shows everything, then the plain total of unit + e2e tests as the last line (`N passed, N failed`), which CI reads.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const RESULTS = 'test-results'
const UNIT_REPORT = `${RESULTS}/unit-report.json`
const E2E_REPORT = `${RESULTS}/e2e-report.json`

const steps = [
  ['typecheck', 'npx', ['vue-tsc', '-b']],
  ['lint', 'npx', ['eslint', '.', '--cache', '--cache-location', 'node_modules/.cache/eslint']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`]],
  ['build', 'npx', ['electron-vite', 'build']],
  ['security', 'node', ['scripts/electronegativity.mjs']],
  ['e2e', 'npx', ['playwright', 'test']],
]

rmSync(UNIT_REPORT, { force: true })
rmSync(E2E_REPORT, { force: true })
mkdirSync(RESULTS, { recursive: true })

const outcomes = []
for (const [name, cmd, args] of steps) {
  const started = Date.now()
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  outcomes.push({ name, ok: r.status === 0, seconds: Math.round((Date.now() - started) / 100) / 10 })
}

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null)
const unit = read(UNIT_REPORT)
const e2e = read(E2E_REPORT)
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0)
// A step that failed without reporting tests (typecheck, lint, build) still counts as one failure.
const failedSteps = outcomes.filter((o) => !o.ok && !['unit', 'e2e'].includes(o.name)).length
const failed =
  (unit?.numFailedTests ?? (outcomes.find((o) => o.name === 'unit')?.ok ? 0 : 1)) +
  (e2e?.stats?.unexpected ?? (outcomes.find((o) => o.name === 'e2e')?.ok ? 0 : 1)) +
  failedSteps
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0)

console.log('\n== summary')
for (const o of outcomes) console.log(`${o.ok ? 'ok  ' : 'FAIL'} ${o.name.padEnd(10)} ${o.seconds}s`)
const line = `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '')
writeFileSync(`${RESULTS}/summary.txt`, line + '\n')
console.log(line)
process.exit(outcomes.every((o) => o.ok) ? 0 : 1)
