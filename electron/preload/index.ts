/**
 * The whole renderer-facing surface of main: one frozen object with a function per channel of the shared
 * map, each forwarding to `ipcRenderer.invoke` on its own fixed channel. The renderer never gets
 * `ipcRenderer`, an arbitrary channel name or a callback (safety-and-speed §1 item 20, house-style §2.4).
 * Runs sandboxed and is built as CJS: it may import only `electron` and the dependency-free channel list.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, type DpoBridge } from '@shared/ipc/channels'

/** Builds the bridge from CHANNELS only, so it cannot expose anything main does not handle. */
export function buildApi(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): DpoBridge {
  const entries = CHANNELS.map((channel) => [channel, (...args: unknown[]) => invoke(channel, ...args)] as const)
  return Object.freeze(Object.fromEntries(entries)) as unknown as DpoBridge
}

// Bound wrapper, so the page cannot reach `ipcRenderer` through the function's `this`.
contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
)
