import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import vuetify from 'vite-plugin-vuetify'
import { defineConfig, type UserConfig } from 'vite'

const r = (p: string): string => fileURLToPath(new URL(p, import.meta.url))
const pkg = JSON.parse(readFileSync(r('./package.json'), 'utf8')) as { version: string }

/**
 * The renderer's Vite config, used twice: by electron-vite (as its `renderer` section) and on its own
 * for browser mode and the Playwright suite, so both targets build the very same bundle.
 */
export const rendererConfig: UserConfig = {
  root: r('./renderer'),
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  resolve: {
    alias: {
      '@shared': r('./shared'),
      '@': r('./renderer'),
    },
  },
  plugins: [vue(), vuetify({ autoImport: true })],
  build: {
    outDir: r('./out/renderer'),
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: r('./renderer/index.html'),
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}

export default defineConfig(rendererConfig)
