/**
 * Labels for the enum answers of the LIA form, kept beside the questionnaire so an option added to a schema
 * enum without a label fails to compile (`Record<enum, …>`).
 */
import type {
  LiaDataType,
  LiaExpectation,
  LiaInterestHolder,
  LiaPowerImbalance,
  LiaRelationshipKind,
  LiaSubjectGroup,
  LocalisedText,
} from './lia.schema'

/** §2.2 question 1.1. */
export const LIA_INTEREST_HOLDER_LABELS: Readonly<Record<LiaInterestHolder, LocalisedText>> = {
  controller: { sv: 'Den personuppgiftsansvarige', en: 'The controller' },
  third_party: { sv: 'En namngiven tredje part', en: 'A named third party' },
}

/** §2.2 question 3.1. */
export const LIA_DATA_TYPE_LABELS: Readonly<Record<LiaDataType, LocalisedText>> = {
  special_category: { sv: 'Känsliga personuppgifter (art. 9)', en: 'Special category data (Art 9)' },
  criminal_offence: { sv: 'Uppgifter om lagöverträdelser (art. 10)', en: 'Criminal offence data (Art 10)' },
  financial: { sv: 'Ekonomiska uppgifter', en: 'Financial data' },
  location: { sv: 'Platsuppgifter', en: 'Location data' },
  identity_number: { sv: 'Personnummer eller samordningsnummer', en: 'Personal identity or coordination numbers' },
}

/** §2.2 question 3.2. */
export const LIA_SUBJECT_GROUP_LABELS: Readonly<Record<LiaSubjectGroup, LocalisedText>> = {
  children: { sv: 'Barn', en: 'Children' },
  employees: { sv: 'Anställda', en: 'Employees' },
  vulnerable: { sv: 'Sårbara personer', en: 'Vulnerable people' },
  customers: { sv: 'Kunder', en: 'Customers' },
  prospective_customers: { sv: 'Potentiella kunder', en: 'Prospective customers' },
  members: { sv: 'Medlemmar', en: 'Members' },
  suppliers: { sv: 'Leverantörers kontaktpersoner', en: 'Supplier contacts' },
  website_visitors: { sv: 'Besökare på webbplatsen', en: 'Website visitors' },
  general_public: { sv: 'Allmänheten', en: 'The general public' },
  other: { sv: 'Andra', en: 'Others' },
}

/** §2.2 question 3.4. */
export const LIA_RELATIONSHIP_LABELS: Readonly<Record<LiaRelationshipKind, LocalisedText>> = {
  customer: { sv: 'Kund', en: 'Customer' },
  employee: { sv: 'Anställd', en: 'Employee' },
  member: { sv: 'Medlem', en: 'Member' },
  supplier_contact: { sv: 'Kontaktperson hos leverantör', en: 'Supplier contact' },
  prospective_customer: { sv: 'Potentiell kund', en: 'Prospective customer' },
  no_direct_relationship: { sv: 'Ingen direkt relation', en: 'No direct relationship' },
  other: { sv: 'Annan', en: 'Other' },
}

/** §2.2 question 3.4. */
export const LIA_POWER_IMBALANCE_LABELS: Readonly<Record<LiaPowerImbalance, LocalisedText>> = {
  none: { sv: 'Ingen maktobalans', en: 'No power imbalance' },
  some: { sv: 'Viss maktobalans', en: 'Some power imbalance' },
  significant: { sv: 'Betydande maktobalans', en: 'Significant power imbalance' },
}

/** §2.2 question 3.5. */
export const LIA_EXPECTATION_LABELS: Readonly<Record<LiaExpectation, LocalisedText>> = {
  yes: { sv: 'Ja', en: 'Yes' },
  partly: { sv: 'Delvis', en: 'Partly' },
  no: { sv: 'Nej', en: 'No' },
}
