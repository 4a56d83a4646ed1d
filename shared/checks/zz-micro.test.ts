import { it } from 'vitest'
import { art10Check } from './register-lawfulness.checks'
import { CONTEXT } from './fixtures'
import { bigWorkspaceForProfile } from './zz-prof-data'
import { indexWorkspace } from './workspace-index'
it('baseline', () => {
  const s = bigWorkspaceForProfile()
  indexWorkspace(s)
  for (let k = 0; k < 8; k++) {
    let t = performance.now()
    let n = 0
    for (const a of s.activities) if (a.criminalData.processed && a.criminalData.legalGround.trim() === '') n++
    const d1 = performance.now() - t
    t = performance.now()
    art10Check.run(s, CONTEXT)
    const d2 = performance.now() - t
    console.log('direct', d1.toFixed(3), 'check', d2.toFixed(3))
  }
})
