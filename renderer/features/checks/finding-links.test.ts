import { describe, expect, it } from 'vitest'
import { findingTarget, listTarget } from './finding-links'

const known = new Set(['/register', '/register/:id', '/lia', '/lia/:id', '/vendors', '/settings', '/checks'])

describe('findingTarget', () => {
  it('opens an activity at the field to fix', () => {
    const target = findingTarget(
      { entity: { collection: 'activities', id: 'a-1', label: 'Lön' }, field: 'purposes[0].legalBasis' },
      known,
    )
    expect(target).toEqual({ path: '/register/a-1', query: { field: 'purposes[0].legalBasis' } })
  })

  it('uses the module’s record page where it has one, its list where it has only that, else nothing', () => {
    expect(findingTarget({ entity: { collection: 'lias', id: 'l-1', label: 'x' } }, known)).toEqual({
      path: '/lia/l-1',
      query: {},
    })
    expect(findingTarget({ entity: { collection: 'vendors', id: 'v-1', label: 'x' }, field: 'dpf' }, known)).toEqual({
      path: '/vendors',
      query: {},
    })
    expect(findingTarget({ entity: { collection: 'breaches', id: 'b-1', label: 'x' } }, known)).toBeNull()
    expect(findingTarget({ entity: { collection: 'organisation', id: 'organisation', label: 'x' } }, known)).toEqual({
      path: '/settings',
      query: {},
    })
  })

  it('escapes the id into the path', () => {
    expect(findingTarget({ entity: { collection: 'activities', id: 'a/b', label: 'x' } }, known)?.path).toBe(
      '/register/a%2Fb',
    )
  })
})

describe('listTarget', () => {
  it('names the list page of a module, when it exists', () => {
    expect(listTarget('activities', known)).toBe('/register')
    expect(listTarget('requests', known)).toBeNull()
  })
})
