/**
 * Builds the backup file's text in a worker: at 10,000 activities and 100,000 audit entries the snapshot is
 * ~90 MB, and hashing (canonical JSON + SHA-256) and serialising it took seconds of main-thread time after
 * every save (`npm run bench`, "automatic backup"). The worker reads the database itself (IndexedDB works in
 * workers), so the page only receives the finished text.
 */
import { workspaceFileText } from './backup.service'

self.onmessage = async () => {
  try {
    self.postMessage({ ok: true, text: await workspaceFileText() })
  } catch (e) {
    self.postMessage({ ok: false, message: String(e) })
  }
}
