#!/usr/bin/env node
/**
 * Runs Electronegativity over the Electron sources and the built app, and fails on any finding that is not
 * listed, with its reason, in security/electronegativity-exceptions.json. The tool always exits 0 itself
 * (toolchain-notes pitfall 12), so the gate reads its SARIF output. Run through npx, never a devDependency:
 * it pulls in eslint 7 and TypeScript 4.2.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'

const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const scanRoot = 'test-results/eneg-input'
const sarif = 'test-results/electronegativity.sarif'

if (!existsSync('out/main/index.js')) {
  console.error('[eneg] out/ is missing: run the build first')
  process.exit(1)
}
// Scan the sources (for readable locations) and the built output (for what actually ships, incl. the CSP).
rmSync(scanRoot, { recursive: true, force: true })
mkdirSync(scanRoot, { recursive: true })
cpSync('electron', join(scanRoot, 'electron'), { recursive: true, filter: (p) => !p.endsWith('.test.ts') })
// Only what ships: the bench builds its own copies under out/bench, which are not part of the app.
for (const part of ['main', 'preload', 'renderer']) {
  cpSync(join('out', part), join(scanRoot, 'out', part), { recursive: true })
}
rmSync(sarif, { force: true })

const run = spawnSync(
  'npx',
  ['--yes', '@doyensec/electronegativity@1.10.3', '-i', scanRoot, '-e', electronVersion, '-o', sarif, '-r'],
  { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 },
)
if (!existsSync(sarif)) {
  console.error(`[eneg] no SARIF written (exit ${run.status}); cannot judge the build`)
  process.exit(1)
}

const exceptions = JSON.parse(readFileSync('security/electronegativity-exceptions.json', 'utf8')).exceptions
const results = JSON.parse(readFileSync(sarif, 'utf8')).runs.flatMap((r) => r.results ?? [])
const location = (r) => {
  const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''
  return relative(scanRoot, uri.replace(/^file:\/\//, '')).replace(/^(\.\.\/)+/, '') || uri
}
// An exception names its check and either a file (path suffix) or a pattern (for hashed bundle names), and
// must give its reason; one without a reason excuses nothing.
const matches = (e, r) =>
  e.check === r.ruleId &&
  typeof e.reason === 'string' &&
  e.reason.trim() !== '' &&
  (e.file ? location(r).endsWith(e.file) : e.pattern ? new RegExp(e.pattern).test(location(r)) : false)
const unexplained = results.filter((r) => !exceptions.some((e) => matches(e, r)))
for (const r of results) {
  const known = !unexplained.includes(r)
  console.log(`${known ? 'excepted' : 'FINDING '} ${r.ruleId} ${location(r)} ${r.message?.text ?? ''}`)
}
console.log(`[eneg] ${results.length} findings, ${unexplained.length} not excepted (Electron ${electronVersion})`)
process.exit(unexplained.length === 0 ? 0 : 1)
