/**
 * Checks that run once the app is up, in the background: the audit chain and the storage level
 * (background-checks.ts). They only report; the user decides what to do.
 */

/** Something a background check found, for the snackbar. */
export type SafetyFinding =
  | { kind: 'audit-broken'; seq: number; reason: string }
  | { kind: 'hash-disagrees' }
  | { kind: 'storage-high'; percent: number }
  | { kind: 'storage-low' }

/**
 * Runs both after `delayMs`, so they do not compete with the first paint, and reports each finding.
 * Returns a function that cancels checks not yet started.
 */
export function scheduleSafetyChecks(report: (finding: SafetyFinding) => void, delayMs = 3000): () => void {
  let cancelled = false
  const timer = setTimeout(() => {
    void (async () => {
      try {
        const { checkAuditChain, checkStorage } = await import('./background-checks')
        for (const check of [checkStorage, checkAuditChain]) {
          if (cancelled) return
          try {
            const finding = await check()
            if (finding) report(finding)
          } catch (e) {
            console.warn('[safety] background check failed', e)
          }
        }
      } catch (e) {
        console.warn('[safety] background checks could not load', e)
      }
    })()
  }, delayMs)
  return () => {
    cancelled = true
    clearTimeout(timer)
  }
}
