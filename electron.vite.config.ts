import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './vite.renderer.config'

const r = (p: string): string => fileURLToPath(new URL(p, import.meta.url))
const alias = { '@shared': r('./shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: r('./out/main'),
      rolldownOptions: { input: { index: r('./electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: r('./out/preload'),
      // The sandboxed preload cannot load ESM; package.json is "type": "module", so force CJS.
      rolldownOptions: {
        input: { index: r('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
})
