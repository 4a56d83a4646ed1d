import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  COUNTRIES,
  CountryCodeSchema,
  DestinationCodeSchema,
  EU_MEMBER_STATES,
  OptionalCountryCodeSchema,
  countriesByName,
  countryName,
  destinationName,
  findCountry,
  isCountryCode,
  isEea,
  isInternationalOrganisationCode,
  isThirdCountry,
  thirdCountriesAmong,
} from './countries'

describe('country table', () => {
  it('holds the 249 ISO 3166-1 codes plus XK, each once and in code order', () => {
    const codes = COUNTRIES.map((c) => c.code)
    expect(codes).toHaveLength(250)
    expect(new Set(codes).size).toBe(250)
    expect([...codes].sort()).toEqual(codes)
    expect(codes.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true)
    expect(codes).toContain('XK')
  })

  it('gives every country a Swedish and an English name', () => {
    expect(COUNTRIES.every((c) => c.name.sv.length > 0 && c.name.en.length > 0)).toBe(true)
    expect(findCountry('SE')?.name).toEqual({ sv: 'Sverige', en: 'Sweden' })
    expect(findCountry('DE')?.name).toEqual({ sv: 'Tyskland', en: 'Germany' })
    expect(findCountry('US')?.name.sv).toBe('USA')
  })

  it('lists the 27 member states as EU and the 30 EEA states (plus EU territories) as EEA', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27)
    expect(EU_MEMBER_STATES.every((c) => findCountry(c)?.eu === true && isEea(c))).toBe(true)
    for (const c of ['IS', 'LI', 'NO']) {
      expect(isEea(c)).toBe(true)
      expect(findCountry(c)?.eu).toBe(false)
    }
    expect(COUNTRIES.filter((c) => c.eea).length).toBe(30 + 7)
  })

  it('keeps the UK, Switzerland, the Faroes, Greenland and the US outside the EEA', () => {
    for (const c of ['GB', 'CH', 'FO', 'GL', 'US', 'BL']) expect(isEea(c)).toBe(false)
  })

  it('counts Åland and the French outermost regions as EU territory', () => {
    for (const c of ['AX', 'RE', 'GP', 'MQ', 'GF', 'YT', 'MF']) expect(isEea(c)).toBe(true)
  })
})

describe('names and codes', () => {
  it('names countries and international organisations in both locales', () => {
    expect(countryName('GB', 'sv')).toBe('Storbritannien')
    expect(countryName('GB', 'en')).toBe('United Kingdom')
    expect(destinationName('XEPO', 'sv')).toBe('Europeiska patentorganisationen')
    expect(destinationName('XEPO', 'en')).toBe('European Patent Organisation')
    expect(destinationName('JP', 'en')).toBe('Japan')
  })

  it('falls back to the code for an unknown one', () => {
    expect(countryName('QQ', 'sv')).toBe('QQ')
    expect(countryName('se', 'en')).toBe('se')
  })

  it('tells third countries from EEA countries and unknown codes', () => {
    expect(isThirdCountry('US')).toBe(true)
    expect(isThirdCountry('XEPO')).toBe(true)
    expect(isThirdCountry('SE')).toBe(false)
    expect(isThirdCountry('QQ')).toBe(false)
    expect(isInternationalOrganisationCode('XEPO')).toBe(true)
    expect(isCountryCode('XEPO')).toBe(false)
  })

  it('picks the distinct third countries from a list, skipping empty and EEA codes', () => {
    expect(thirdCountriesAmong(['SE', 'US', '', 'IN', 'US', 'NO'])).toEqual(['US', 'IN'])
  })

  it('sorts Swedish names with Å, Ä, Ö after Z', () => {
    const sv = countriesByName('sv').map((c) => c.name.sv)
    expect(sv.indexOf('Zimbabwe')).toBeLessThan(sv.indexOf('Österrike'))
    expect(countriesByName('en')[0]?.name.en).toBe('Afghanistan')
  })

  it('validates codes in the schemas', () => {
    expect(CountryCodeSchema.safeParse('SE').success).toBe(true)
    expect(CountryCodeSchema.safeParse('QQ').success).toBe(false)
    expect(CountryCodeSchema.safeParse('se').success).toBe(false)
    expect(OptionalCountryCodeSchema.safeParse('').success).toBe(true)
    expect(DestinationCodeSchema.safeParse('XEPO').success).toBe(true)
    expect(DestinationCodeSchema.safeParse('XABC').success).toBe(false)
  })

  it('property: a known code is exactly one of EEA or third country', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COUNTRIES.map((c) => c.code)), (code) => isEea(code) !== isThirdCountry(code)),
      { numRuns: 1000, seed: 42 },
    )
  })

  it('property: no arbitrary string outside the table is EEA or a third country', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5 }), (s) => {
        fc.pre(!isCountryCode(s) && !isInternationalOrganisationCode(s))
        return !isEea(s) && !isThirdCountry(s)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
