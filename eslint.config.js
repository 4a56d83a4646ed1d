import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

/**
 * Lint rules, including the process boundaries of house-style §2.1: shared/ is pure, the renderer never
 * reaches Electron or Node, and main never imports the renderer.
 */
const restrict = (patterns) => ['error', { patterns }]
const NODE = { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'No Node APIs here.' }
const ELECTRON = { group: ['electron', '**/electron/**'], message: 'Only electron/ may use Electron.' }
const RENDERER = {
  group: ['@/*', '**/renderer/**', 'vue', 'pinia', 'dexie', 'vuetify', 'vuetify/*'],
  message: 'Not from this layer.',
}

export default defineConfigWithVueTs(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommendedTypeChecked,
  {
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multi-word-component-names': 'off',
      // Layout of templates is Prettier's job; these stylistic rules disagree with it.
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/html-indent': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // vue-i18n's `const { t } = useI18n()` is the documented idiom; its functions are not `this`-bound.
      '@typescript-eslint/unbound-method': 'off',
      // Bridge methods return promises by contract even when the browser side is synchronous.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'No eval.' }],
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': restrict([NODE, ELECTRON, RENDERER]) } },
  { files: ['renderer/**/*.{ts,vue}'], rules: { 'no-restricted-imports': restrict([NODE, ELECTRON]) } },
  { files: ['electron/**/*.ts'], rules: { 'no-restricted-imports': restrict([RENDERER]) } },
  {
    files: ['renderer/features/*/views/**/*.vue', 'renderer/features/*/components/**/*.vue', 'renderer/ui/**/*.vue'],
    rules: {
      'no-restricted-imports': restrict([
        NODE,
        ELECTRON,
        { group: ['@/db/*', 'dexie'], message: 'Views go through stores.' },
      ]),
    },
  },
  {
    // The shell reads each feature's feature.ts (lazy routes, nav, panels); a barrel pulls stores into the entry.
    files: ['renderer/app/**/*.{ts,vue}'],
    ignores: ['renderer/app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        NODE,
        ELECTRON,
        {
          regex: '^@/features/[^/]+$',
          message: 'The shell reads feature.ts; a barrel pulls every store into the first bundle.',
        },
      ]),
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
