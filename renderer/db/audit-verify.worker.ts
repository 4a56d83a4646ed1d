/**
 * The audit verification worker: opens the workspace database in its own thread (IndexedDB works in workers)
 * at the version the page already opened, walks the chain and posts the verdict back.
 */
import { verifyStoredAudit, type WorkerReply } from './audit-verify'
import { openDatabase } from './database'

const reply = (message: WorkerReply) => self.postMessage(message)

self.onmessage = async () => {
  const database = openDatabase()
  try {
    reply({ ok: true, verdict: await verifyStoredAudit(database) })
  } catch (e) {
    reply({ ok: false, message: String(e) })
  } finally {
    database.close()
  }
}
