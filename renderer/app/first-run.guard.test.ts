import { describe, expect, it } from 'vitest'
import { firstRunRedirect, WELCOME_ROUTE } from './first-run.guard'

describe('firstRunRedirect', () => {
  it('sends every navigation to the first-run choice until a workspace was started', () => {
    expect(firstRunRedirect(false, 'register')).toEqual({ name: WELCOME_ROUTE })
    expect(firstRunRedirect(false, undefined)).toEqual({ name: WELCOME_ROUTE })
    expect(firstRunRedirect(false, WELCOME_ROUTE)).toBe(true)
  })

  it('does not offer the first-run choice again once a workspace exists', () => {
    expect(firstRunRedirect(true, WELCOME_ROUTE)).toEqual({ path: '/' })
  })

  it('lets every other navigation through once a workspace exists', () => {
    for (const name of ['dashboard', 'register', 'activity', 'settings', undefined]) {
      expect(firstRunRedirect(true, name)).toBe(true)
    }
  })
})
