import { it } from 'vitest'
import { CONTEXT } from './fixtures'
import { bigWorkspaceForProfile } from './zz-prof-data'
import { runAllChecks, compareFindings } from './run.rules'
it('profile', () => {
  for (let k = 0; k < 5; k++) {
    const s2 = bigWorkspaceForProfile()
    let t = performance.now()
    const r = runAllChecks(s2, CONTEXT)
    const d = performance.now() - t
    t = performance.now()
    r.findings.slice().sort(compareFindings)
    const ds = performance.now() - t
    console.log('all', d.toFixed(0), 'sort alone', ds.toFixed(0))
  }
})
