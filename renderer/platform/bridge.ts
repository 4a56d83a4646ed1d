/**
 * The renderer's only way to the platform. In Electron the preload has put `window.api` in place; anywhere
 * else the browser implementation stands in.
 */
import type { DpoBridge } from '@shared/ipc'
import { createBrowserBridge } from './browser-bridge'

let bridge: DpoBridge | undefined

export function api(): DpoBridge {
  bridge ??= window.api ?? createBrowserBridge()
  return bridge
}
