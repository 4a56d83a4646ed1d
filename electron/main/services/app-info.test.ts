import { describe, expect, it } from 'vitest'
import { appInfo } from './app-info'

describe('appInfo', () => {
  it('reports name, version, OS locale and the backup folder', () => {
    const app = { getName: () => 'DPO Desk', getVersion: () => '0.1.0', getLocale: () => 'sv-SE' }
    expect(appInfo(app, '/home/dpo/.config/DPO Desk/backups')).toEqual({
      name: 'DPO Desk',
      version: '0.1.0',
      platform: 'electron',
      locale: 'sv-SE',
      backupLocation: '/home/dpo/.config/DPO Desk/backups',
    })
  })
})
