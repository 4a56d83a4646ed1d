/// <reference types="vite/client" />
import type { DpoBridge } from '@shared/ipc'

declare global {
  /** Set by the Electron preload; absent in browser mode. */
  interface Window {
    readonly api?: DpoBridge
  }
  /** package.json version, injected at build time. */
  const __APP_VERSION__: string
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
