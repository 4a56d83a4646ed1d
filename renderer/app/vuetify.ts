import { createVuetify } from 'vuetify'
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg'
import { en, sv } from 'vuetify/locale'

/** Vuetify with SVG icons (no icon font to ship) and a sober palette for a document-heavy app. */
export const vuetify = createVuetify({
  icons: { defaultSet: 'mdi', aliases, sets: { mdi } },
  locale: { locale: 'sv', fallback: 'en', messages: { sv, en } },
  theme: {
    defaultTheme: 'light',
    themes: {
      light: { colors: { primary: '#1f4e79', secondary: '#5b6b7b', surface: '#ffffff', background: '#f5f7fa' } },
      dark: { dark: true, colors: { primary: '#8fb8e0', secondary: '#a7b4c2' } },
    },
  },
  defaults: {
    VTextField: { variant: 'outlined', density: 'comfortable' },
    VTextarea: { variant: 'outlined', density: 'comfortable', autoGrow: true, rows: 2 },
    VSelect: { variant: 'outlined', density: 'comfortable' },
    VCombobox: { variant: 'outlined', density: 'comfortable' },
    VCard: { variant: 'flat', border: true },
  },
})
