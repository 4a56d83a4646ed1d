import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './app/App.vue'
import { i18n } from './app/i18n'
import { prefetchCommonViews, router } from './app/router'
import { vuetify } from './app/vuetify'
import 'vuetify/styles'

createApp(App).use(createPinia()).use(i18n).use(vuetify).use(router).mount('#app')
prefetchCommonViews()
