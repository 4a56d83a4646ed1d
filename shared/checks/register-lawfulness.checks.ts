/**
 * Register checks on lawfulness (domain-reference §1.4, §8 and §9 checks 3, 4, 5, 11, 14): a legal basis per
 * purpose, an Art 9(2) condition per special category, a ground for Art 10 data, a justification for
 * personnummer, and the details (f), (c) and (e) need.
 */
import { filled } from './finding'
import { defineActivityCheck, findingsOver, NONE } from './activity-check'

/** Check 3: every purpose has its Art 6(1) basis. */
export const purposeBasisCheck = defineActivityCheck(
  {
    code: 'register/purpose-without-basis',
    title: { sv: 'Ändamål utan rättslig grund', en: 'Purpose without legal basis' },
    rule: 'Art 6(1), 5(2)',
    description: {
      sv: 'Varje ändamål har en rättslig grund enligt art. 6.1.',
      en: 'Every purpose has a legal basis under Art 6(1).',
    },
    reference: 3,
  },
  (a, _ctx, draft) =>
    findingsOver(a.purposes, (p, i) => {
      if (p.legalBasis !== null) return null
      const what = filled(p.description) ? `"${p.description}"` : `${i + 1}`
      const message = {
        sv: `Ändamålet ${what} saknar rättslig grund.`,
        en: `Purpose ${what} has no legal basis.`,
      }
      const fix = {
        sv: 'Välj den rättsliga grund (a–f) som behandlingen faktiskt vilar på; utan grund är behandlingen olaglig.',
        en: 'Choose the legal basis (a–f) the processing actually rests on; without one it is unlawful.',
      }
      return draft({ severity: 'high', message, fix }, `purposes[${i}].legalBasis`, p.id)
    }),
)

/** Check 4: special-category data with its Art 9(2) condition. */
export const art9Check = defineActivityCheck(
  {
    code: 'register/art9-without-condition',
    title: { sv: 'Känsliga uppgifter utan undantag', en: 'Special categories without a condition' },
    rule: 'Art 9(1), 9(2)',
    description: {
      sv: 'Varje kategori av känsliga personuppgifter har ett undantag enligt art. 9.2.',
      en: 'Every special category of personal data has an Art 9(2) condition.',
    },
    reference: 4,
  },
  (a, _ctx, draft) =>
    findingsOver(a.specialCategories, (s, i) => {
      if (s.condition !== null) return null
      const message = {
        sv: 'Känsliga personuppgifter behandlas utan angivet undantag enligt art. 9.2.',
        en: 'Special-category data is processed without an Art 9(2) condition.',
      }
      const fix = {
        sv: 'Ange vilket undantag i art. 9.2 (a–j) som gäller, eller sluta behandla uppgifterna.',
        en: 'State which Art 9(2) condition (a–j) applies, or stop processing the data.',
      }
      return draft({ severity: 'high', message, fix }, `specialCategories[${i}].condition`, s.category)
    }),
)

/** Check 5: Art 10 data only with a ground in law (dataskyddslagen, förordning 2018:219). */
export const art10Check = defineActivityCheck(
  {
    code: 'register/art10-without-ground',
    title: { sv: 'Lagöverträdelser utan stöd', en: 'Criminal-offence data without a ground' },
    rule: 'Art 10; dataskyddslagen (2018:218) 3 kap. 8 §',
    description: {
      sv: 'Uppgifter om lagöverträdelser behandlas bara med angivet stöd i lag eller förordning.',
      en: 'Criminal-offence data is processed only with a stated ground in law.',
    },
    reference: 5,
  },
  (a, _ctx, draft) => {
    if (!a.criminalData.processed || filled(a.criminalData.legalGround)) return NONE
    const message = {
      sv: 'Uppgifter om lagöverträdelser behandlas utan angivet rättsligt stöd.',
      en: 'Criminal-offence data is processed without a stated legal ground.',
    }
    const fix = {
      sv: 'Ange stödet (t.ex. förordning 2018:219 eller IMY:s föreskrifter), annars får uppgifterna inte behandlas.',
      en: 'State the ground (e.g. ordinance 2018:219 or IMY regulations); otherwise the data may not be processed.',
    }
    return [draft({ severity: 'high', message, fix }, 'criminalData.legalGround')]
  },
)

/** Check 14: personnummer or samordningsnummer only when clearly justified. */
export const identityNumberCheck = defineActivityCheck(
  {
    code: 'register/personnummer-without-justification',
    title: { sv: 'Personnummer utan motivering', en: 'Personnummer without justification' },
    rule: 'Dataskyddslagen (2018:218) 3 kap. 10 §',
    description: {
      sv: 'Personnummer och samordningsnummer behandlas bara med en dokumenterad motivering.',
      en: 'Personal identity and coordination numbers are processed only with a recorded justification.',
    },
    reference: 14,
  },
  (a, _ctx, draft) => {
    if (a.identityNumbers.kind === 'none' || a.identityNumbers.justification !== null) return NONE
    const message = {
      sv: 'Personnummer behandlas utan dokumenterad motivering.',
      en: 'Identity numbers are processed without a recorded justification.',
    }
    const fix = {
      sv: 'Ange varför det är klart motiverat (ändamålet, säker identifiering, annat beaktansvärt skäl), eller sluta använda personnummer.',
      en: 'Record why it is clearly justified (the purpose, secure identification, another considerable reason), or stop using the numbers.',
    }
    return [draft({ severity: 'high', message, fix }, 'identityNumbers.justification')]
  },
)

/** Check 11: a public authority cannot rely on (f) for its tasks. */
export const publicAuthorityCheck = defineActivityCheck(
  {
    code: 'register/public-authority-legitimate-interests',
    title: { sv: 'Berättigat intresse hos myndighet', en: 'Legitimate interests at a public authority' },
    rule: 'Art 6(1) last subparagraph',
    description: {
      sv: 'En myndighet använder inte berättigat intresse för att utföra sina uppgifter.',
      en: 'A public authority does not use legitimate interests for its tasks.',
    },
    reference: 11,
  },
  (a, { snapshot }, draft) => {
    if (!snapshot.organisation.publicAuthority) return NONE
    return findingsOver(a.purposes, (p, i) => {
      if (p.legalBasis !== 'f_legitimate_interests') return null
      const message = {
        sv: 'Myndigheter kan inte stödja sig på berättigat intresse när de utför sina uppgifter.',
        en: 'Public authorities cannot rely on legitimate interests in performing their tasks.',
      }
      const fix = {
        sv: 'Använd allmänt intresse/myndighetsutövning (e) eller rättslig förpliktelse (c) med stöd i lag.',
        en: 'Use public task (e) or legal obligation (c) with a basis in law.',
      }
      return draft({ severity: 'high', message, fix }, `purposes[${i}].legalBasis`, p.id)
    })
  },
)

/** Art 13(1)(d): the interest pursued must be stated, so the notice can name it. */
export const interestStatedCheck = defineActivityCheck(
  {
    code: 'register/legitimate-interest-not-stated',
    title: { sv: 'Berättigat intresse inte angivet', en: 'Legitimate interest not stated' },
    rule: 'Art 6(1)(f), 13(1)(d)',
    description: {
      sv: 'Ett ändamål som vilar på berättigat intresse anger vilket intresse som eftersträvas.',
      en: 'A purpose resting on legitimate interests states the interest pursued.',
    },
    reference: null,
  },
  (a, _ctx, draft) =>
    findingsOver(a.purposes, (p, i) => {
      if (p.legalBasis !== 'f_legitimate_interests' || filled(p.legitimateInterest)) return null
      const message = {
        sv: `Ändamålet "${p.description}" bygger på berättigat intresse men intresset är inte angivet.`,
        en: `Purpose "${p.description}" rests on legitimate interests but the interest is not stated.`,
      }
      const fix = {
        sv: 'Skriv vilket intresse som eftersträvas; det ska också stå i informationen till de registrerade.',
        en: 'Write down the interest pursued; it must also appear in the privacy notice.',
      }
      return draft({ severity: 'low', message, fix }, `purposes[${i}].legitimateInterest`, p.id)
    }),
)

/** Art 6(3): (c) and (e) rest on a law, which the record names. */
export const legalReferenceCheck = defineActivityCheck(
  {
    code: 'register/legal-reference-missing',
    title: { sv: 'Lagstöd inte angivet', en: 'Legal reference missing' },
    rule: 'Art 6(1)(c)(e), 6(3)',
    description: {
      sv: 'Ett ändamål som vilar på rättslig förpliktelse eller allmänt intresse anger lagen det följer av.',
      en: 'A purpose resting on a legal obligation or public task names the law it follows from.',
    },
    reference: null,
  },
  (a, _ctx, draft) =>
    findingsOver(a.purposes, (p, i) => {
      const needsLaw = p.legalBasis === 'c_legal_obligation' || p.legalBasis === 'e_public_task'
      if (!needsLaw || filled(p.legalReference)) return null
      const message = {
        sv: `Ändamålet "${p.description}" saknar hänvisning till den lag som ger grunden.`,
        en: `Purpose "${p.description}" does not name the law that provides the basis.`,
      }
      const fix = {
        sv: 'Ange lagen, t.ex. bokföringslagen (1999:1078).',
        en: 'Name the law, e.g. bokföringslagen (1999:1078).',
      }
      return draft({ severity: 'low', message, fix }, `purposes[${i}].legalReference`, p.id)
    }),
)

/** The register checks on lawfulness. */
export const REGISTER_LAWFULNESS_CHECKS = [
  purposeBasisCheck,
  art9Check,
  art10Check,
  identityNumberCheck,
  publicAuthorityCheck,
  interestStatedCheck,
  legalReferenceCheck,
]
