/**
 * The words a Swedish or English privacy notice uses for each Art 13/14 element. The comparison is rule-based
 * on purpose: each pattern can be read, tested and explained to IMY, and nothing leaves the machine.
 * All patterns are global and case-insensitive, for `findAll`.
 */
import type { LegalBasis } from '../register'

/**
 * A pattern whose spaces match any run of white space: published texts are often wrapped mid-phrase
 * ("Genom\natt skapa"), so a literal space would miss them.
 */
function rx(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/ /g, '\\s+'), pattern.flags)
}

/** The controller is named as such. */
export const CONTROLLER = /personuppgiftsansvarig\w*|\bcontroller\b/gi
/** A data protection officer is named. */
export const DPO = rx(/dataskyddsombud\w*|data protection officer|\bDPO\b/gi)
/** Talk of the legal basis. */
export const LEGAL_BASIS = rx(/rättslig(?:a)? grund\w*|laglig(?:a)? grund\w*|legal basis|lawful basis|legal ground/gi)

/** How each Art 6(1) basis is usually said. */
export const BASIS_WORDS: Record<LegalBasis, RegExp> = {
  a_consent: /samtyck\w*|\bconsent\w*/gi,
  b_contract: /avtal\w*|\bcontract\w*/gi,
  c_legal_obligation: rx(/rättslig(?:a)? förpliktelse\w*|lagkrav|krav enligt lag|legal obligation\w*/gi),
  d_vital_interests: rx(/grundläggande intresse\w*|vital interests?/gi),
  e_public_task: rx(/allmänt intresse|myndighetsutövning|public interest|official authority/gi),
  f_legitimate_interests: rx(/berättiga(?:t|de) intresse\w*|legitimate interests?/gi),
}

/** Disclosure to others. */
export const RECIPIENTS = rx(
  /mottagare|lämna(?:r)? ut|delar vi|dela(?:r)? (?:dina )?personuppgifter|recipients?|share|disclos\w*/gi,
)
/** Transfers outside the EU/EEA. */
export const TRANSFER = rx(
  /utanför (?:EU\/EES|EU|EES|Europa)|tredje ?land\w*|third countr\w*|outside (?:the )?(?:EU|EEA|European)/gi,
)
/** The Chapter V ground of a transfer. */
export const SAFEGUARD = rx(
  /standardavtalsklausul\w*|standard contractual clauses?|\bSCCs?\b|adekvat skyddsnivå|adequa\w+ decision|bindande företagsbestämmelser|binding corporate rules|\bBCR\b|Data Privacy Framework|\bDPF\b|2021\/914|art(?:ikel|icle|\.)\s*4[5-9]/gi,
)
/** Keeping and deleting data. */
export const RETENTION =
  /\b(?:spara[rs]?|sparade|lagra[rs]?|bevara[rs]?|radera[rs]?|gallra[rs]?|lagringstid\w*|keeps?|retain\w*|retention|kept|stored?|delete[ds]?)\b/gi
/** A period in figures or words: "12 månader", "sju år", "two years". */
// Letter look-arounds instead of \b, which only knows ASCII letters and so misses "åtta" and "år".
export const DURATION =
  /(?<![\p{L}\p{N}])(\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(dagar|dag|veckor|vecka|månader|månad|år|days?|weeks?|months?|years?)(?![\p{L}])/giu
/** Retention tied to the relationship. */
export const WHILE = rx(/så länge|as long as/gi)

/** The Art 15–21 rights, each by its usual names. */
export const RIGHTS = {
  access: rx(
    /rätt till tillgång|tillgång till (?:dina|de|era) |registerutdrag|utdrag|right of access|access to (?:your|the) (?:personal )?data/gi,
  ),
  rectification: /\brättelse|\brätta\w*|\brectif\w*|\bcorrect\w*/gi,
  erasure: rx(/\bradera\w*|radering|bortglömd|erasure|erased?\b|to be forgotten/gi),
  restriction: /begränsning|begränsas|restrict\w*/gi,
  objection: /invändning\w*|invända|invänder|\bobject\b|objection/gi,
  portability: /dataportabilitet|portabilitet|portability/gi,
} as const
/** A right of Art 15–21. */
export type RightKey = keyof typeof RIGHTS

/** Withdrawing consent (Art 7(3), 13(2)(c)). */
export const WITHDRAW = rx(/återkalla\w*|ta tillbaka (?:ditt |sitt )?samtycke|withdraw\w* (?:of )?(?:your )?consent/gi)
/** The supervisory authority by its current name. */
export const IMY_NAME = rx(/Integritetsskyddsmyndigheten|\bIMY\b|Swedish Authority for Privacy Protection/gi)
/** A supervisory authority, named or not. */
export const AUTHORITY = rx(/tillsynsmyndighet\w*|supervisory authority|Datainspektionen|Data Inspection Board/gi)
/** The old name, used until 31 Dec 2020 (domain-reference §8), its web address and its case numbers. */
export const OUTDATED_AUTHORITY = rx(/datainspektionen\.se|Datainspektionen\w*|Data Inspection Board|\bDI-\d{4}-\d+/gi)
/** Art 13(2)(e): whether providing the data is required and what happens if not. */
export const REQUIREMENT = rx(
  /skyldig att lämna|måste lämna|krävs för att|nödvändig[at]? för att (?:kunna )?(?:ingå|fullgöra) avtal\w*|frivilligt att lämna|om du inte lämnar|obliged to provide|required to provide|statutory (?:or|and) contractual|if you do not provide|failure to provide/gi,
)
/** Data from elsewhere (Art 14(2)(f)). */
export const SOURCES = rx(
  /tredje part\w*|från någon annan|offentliga register\w*|källa|källor|sources?|obtained from|third part\w*/gi,
)
/** Art 13(2)(f) stated. */
export const AUTOMATED = rx(
  /automatiserat? beslutsfattande|automatiserade beslut|profilering\w*|automated decision\w*|profiling|art(?:ikel|icle|\.)\s*22\b/gi,
)
/** Processing that amounts to profiling even when the word is not used. */
export const PROFILING_LIKE = rx(
  /segmenter\w*|samkör\w*|profil\w*|riktad(?:e)? marknadsföring|beteendedata|personali[sz]ed|targeted advertising/gi,
)

/** "By creating an account / downloading the app / using the service you consent / accept". */
export const IMPLIED_CONSENT = rx(
  /genom att\b[^.?!]{0,200}?\b(?:samtycker|godkänner|accepterar|medger)\b|by (?:using|creating|downloading|visiting|signing up|registering)\b[^.?!]{0,200}?\b(?:you )?(?:agree|consent|accept)/gi,
)
/** The action the implied consent is drawn from. */
export const CONSENT_ACTION = rx(
  /skapa\w*|konto\w*|registrer\w*|ladda\w* ner|besök\w*|använd\w*|account|sign\w* up|download\w*|using|visiting/i,
)

/** A reference to an annex: "bilaga 1", "Appendix A". */
export const ANNEX_REFERENCE = /\b(?:bilaga|bilagan|appendix|annex|attachment)\s+(\d+|[A-Z])\b/gi
/** A reference to a numbered part: "punkten 3", "avsnitt 4", "section 2". */
// Not after "kap."/"chapter N,": "7 kap. 2 §" and "chapter 7, section 2" cite a law, not this text.
export const PART_REFERENCE =
  /(?<!(?:kap\.?|chapter\s+\d+,?)\s*)\b(?:punkt(?:en)?|avsnitt(?:et)?|section|paragraph)\s+(\d+)\b/gi
