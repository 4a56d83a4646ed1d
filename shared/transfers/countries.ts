/**
 * Countries and the EEA line that decides whether Chapter V applies (domain-reference §4: "EEA (EU + IS, LI, NO)
 * is not a third country").
 */
import { z } from 'zod'
import { COUNTRY_ROWS } from './country-table'
import type { Locale, Localised } from './finding'

/** The 27 EU member states, by their ISO code (Greece is GR in ISO, not the EU's own "EL"). */
// prettier-ignore
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const

/**
 * Parts of member states that ISO lists under their own code but where EU law, and so the GDPR, applies:
 * Åland (FI) and the French outermost regions (TFEU Art 349, 355(1), (4)). Without them a vendor hosting in
 * Réunion would be flagged as a third-country transfer. Greenland, the Faroe Islands and Saint Barthélemy
 * are outside the EU and stay third countries.
 */
export const EU_TERRITORIES_WITH_OWN_CODE = ['AX', 'GF', 'GP', 'MF', 'MQ', 'RE', 'YT'] as const

/** The EFTA states in the EEA Agreement, where the GDPR applies through the EEA Joint Committee decision. */
export const EEA_EFTA_STATES = ['IS', 'LI', 'NO'] as const

/** One country of the table. */
export interface Country {
  code: string
  name: Localised
  /** Member state or EU territory (see `EU_TERRITORIES_WITH_OWN_CODE`). */
  eu: boolean
  /** EU or IS, LI, NO: no transfer in the sense of Chapter V. */
  eea: boolean
}

/** An international organisation, which Art 45(1) and 46(1) treat like a third country. */
export interface InternationalOrganisation {
  /** Pseudo code `X` + three letters, so it can never clash with an ISO alpha-2 code. */
  code: string
  name: Localised
}

/** International organisations the app knows by name; the EPO is the first with an adequacy decision. */
export const INTERNATIONAL_ORGANISATIONS: readonly InternationalOrganisation[] = [
  { code: 'XEPO', name: { sv: 'Europeiska patentorganisationen', en: 'European Patent Organisation' } },
]

const EU_CODES: ReadonlySet<string> = new Set([...EU_MEMBER_STATES, ...EU_TERRITORIES_WITH_OWN_CODE])
const EEA_CODES: ReadonlySet<string> = new Set([...EU_CODES, ...EEA_EFTA_STATES])

/** All countries of ISO 3166-1 (plus XK), in code order. */
export const COUNTRIES: readonly Country[] = COUNTRY_ROWS.map(([code, sv, en]) => ({
  code,
  name: { sv, en },
  eu: EU_CODES.has(code),
  eea: EEA_CODES.has(code),
}))

const COUNTRY_BY_CODE: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.code, c]))
const ORGANISATION_BY_CODE: ReadonlyMap<string, InternationalOrganisation> = new Map(
  INTERNATIONAL_ORGANISATIONS.map((o) => [o.code, o]),
)

/** The country with this code, or undefined. Codes are matched in upper case only, as stored. */
export function findCountry(code: string): Country | undefined {
  return COUNTRY_BY_CODE.get(code)
}

/** True for a code in the country table. */
export function isCountryCode(code: string): boolean {
  return COUNTRY_BY_CODE.has(code)
}

/** True for a known international-organisation pseudo code such as `XEPO`. */
export function isInternationalOrganisationCode(code: string): boolean {
  return ORGANISATION_BY_CODE.has(code)
}

/** True when the GDPR applies in the country itself, so sending data there is not a Chapter V transfer. */
export function isEea(code: string): boolean {
  return EEA_CODES.has(code)
}

/**
 * True for a known destination outside the EEA: a third country or an international organisation. An unknown
 * code is not called a third country; the schema refuses it before any rule sees it.
 */
export function isThirdCountry(code: string): boolean {
  return (isCountryCode(code) && !isEea(code)) || isInternationalOrganisationCode(code)
}

/** The distinct third countries among the given codes, in first-seen order (empty codes are skipped). */
export function thirdCountriesAmong(codes: readonly string[]): string[] {
  return [...new Set(codes.filter((c) => c !== '' && isThirdCountry(c)))]
}

/** The country's name in the locale; the code itself when unknown, so a bad import still shows something. */
export function countryName(code: string, locale: Locale): string {
  return COUNTRY_BY_CODE.get(code)?.name[locale] ?? code
}

/** Name of a transfer destination: a country or an international organisation. */
export function destinationName(code: string, locale: Locale): string {
  return ORGANISATION_BY_CODE.get(code)?.name[locale] ?? countryName(code, locale)
}

/** Countries sorted by their name in the locale, for pickers (Swedish order puts Å, Ä, Ö last). */
export function countriesByName(locale: Locale): Country[] {
  const collator = new Intl.Collator(locale)
  return [...COUNTRIES].sort((a, b) => collator.compare(a.name[locale], b.name[locale]))
}

/** A country code from the table. */
export const CountryCodeSchema = z.string().refine(isCountryCode, 'unknown ISO 3166-1 alpha-2 country code')

/** A country code or empty while the DPO does not know it yet. */
export const OptionalCountryCodeSchema = z.union([z.literal(''), CountryCodeSchema])

/** Where a transfer goes: a country or an international organisation (Art 44: "third country or int. org."). */
export const DestinationCodeSchema = z
  .string()
  .refine((c) => isCountryCode(c) || isInternationalOrganisationCode(c), 'unknown country or organisation code')
