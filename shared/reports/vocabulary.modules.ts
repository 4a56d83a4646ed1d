/**
 * Names of the other modules' codes in both report languages (breaches, requests, agreements, transfers, LIAs,
 * vendors, complaints, DPIA screenings), for reports and spreadsheet exports.
 */
import type { BreachCause, BreachType, ImyDecision, RiskLevel, SeverityBand, SubjectsDecision } from '../breaches'
import type { ComplaintKind, ComplaintOutcome, ComplaintStatus, ComplaintType } from '../complaints'
import type { DpiaResult } from '../dpia'
import type { LiaOutcome, LiaStatus } from '../lia'
import type { AgreementStatus, ClauseStatus, ReviewOutcome } from '../processors'
import type { RefusalKind, RequestChannel, RequestStatus, RequestType } from '../requests'
import type { DerogationGround, TransferMechanismKind } from '../transfers'
import type { VendorRole } from '../vendors'
import type { Bilingual } from './report.types'

type Labels<T extends string> = Readonly<Record<T, Bilingual>>
const l = (sv: string, en: string): Bilingual => ({ sv, en })

/** Chapter V grounds, in the Art 45 → 46 → 49 order (domain-reference §4). */
export const MECHANISM_LABELS: Labels<TransferMechanismKind> = {
  adequacy: l('Adekvansbeslut (art. 45)', 'Adequacy decision (Art 45)'),
  scc: l('Standardavtalsklausuler (art. 46.2 c)', 'Standard contractual clauses (Art 46(2)(c))'),
  bcr: l('Bindande företagsbestämmelser (art. 47)', 'Binding corporate rules (Art 47)'),
  code_of_conduct: l('Uppförandekod (art. 46.2 e)', 'Code of conduct (Art 46(2)(e))'),
  certification: l('Certifiering (art. 46.2 f)', 'Certification (Art 46(2)(f))'),
  ad_hoc_clauses: l('Särskilda avtalsklausuler (art. 46.3 a)', 'Ad hoc clauses (Art 46(3)(a))'),
  public_authority_instrument: l(
    'Instrument mellan myndigheter (art. 46.2 a)',
    'Instrument between authorities (Art 46(2)(a))',
  ),
  derogation: l('Undantag för särskilda situationer (art. 49)', 'Derogation for specific situations (Art 49)'),
}

export const DEROGATION_LABELS: Labels<DerogationGround> = {
  a_explicit_consent: l('Art. 49.1 a – Uttryckligt samtycke', 'Art 49(1)(a) – Explicit consent'),
  b_contract_with_data_subject: l(
    'Art. 49.1 b – Avtal med den registrerade',
    'Art 49(1)(b) – Contract with the data subject',
  ),
  c_contract_in_data_subject_interest: l(
    'Art. 49.1 c – Avtal i den registrerades intresse',
    'Art 49(1)(c) – Contract in their interest',
  ),
  d_important_public_interest: l('Art. 49.1 d – Viktigt allmänintresse', 'Art 49(1)(d) – Important public interest'),
  e_legal_claims: l('Art. 49.1 e – Rättsliga anspråk', 'Art 49(1)(e) – Legal claims'),
  f_vital_interests: l('Art. 49.1 f – Grundläggande intressen', 'Art 49(1)(f) – Vital interests'),
  g_public_register: l('Art. 49.1 g – Offentligt register', 'Art 49(1)(g) – Public register'),
  second_subparagraph: l(
    'Art. 49.1 andra stycket – Tvingande berättigade intressen',
    'Art 49(1) second subpara – Compelling interests',
  ),
}

export const TIA_CONCLUSION_LABELS: Labels<'ok' | 'ok_with_measures' | 'suspend'> = {
  ok: l('Godtagbar', 'Acceptable'),
  ok_with_measures: l('Godtagbar med kompletterande åtgärder', 'Acceptable with supplementary measures'),
  suspend: l('Överföringen ska upphöra', 'Suspend the transfer'),
}

export const TRANSFER_STATUS_LABELS: Labels<'planned' | 'active' | 'suspended' | 'ended'> = {
  planned: l('Planerad', 'Planned'),
  active: l('Pågående', 'Active'),
  suspended: l('Tillfälligt stoppad', 'Suspended'),
  ended: l('Avslutad', 'Ended'),
}

export const FREQUENCY_LABELS: Labels<'occasional' | 'repeated' | 'systematic'> = {
  occasional: l('Tillfällig', 'Occasional'),
  repeated: l('Återkommande', 'Repeated'),
  systematic: l('Systematisk', 'Systematic'),
}

export const PARTY_ROLE_LABELS: Labels<'controller' | 'processor'> = {
  controller: l('Personuppgiftsansvarig', 'Controller'),
  processor: l('Personuppgiftsbiträde', 'Processor'),
}

export const VENDOR_ROLE_LABELS: Labels<VendorRole> = {
  processor: l('Personuppgiftsbiträde', 'Processor'),
  sub_processor: l('Underbiträde', 'Sub-processor'),
  joint_controller: l('Gemensamt personuppgiftsansvarig', 'Joint controller'),
  independent_controller: l('Självständigt personuppgiftsansvarig', 'Independent controller'),
}

export const AGREEMENT_STATUS_LABELS: Labels<AgreementStatus> = {
  draft: l('Utkast', 'Draft'),
  active: l('Gällande', 'In force'),
  expired: l('Utgånget', 'Expired'),
  terminated: l('Uppsagt', 'Terminated'),
}

export const CLAUSE_STATUS_LABELS: Labels<ClauseStatus> = {
  present: l('Finns', 'Present'),
  partial: l('Delvis', 'Partial'),
  missing: l('Saknas', 'Missing'),
  not_applicable: l('Ej tillämplig', 'Not applicable'),
}

export const REVIEW_OUTCOME_LABELS: Labels<ReviewOutcome> = {
  acceptable: l('Godtagbart', 'Acceptable'),
  acceptable_with_remarks: l('Godtagbart med anmärkningar', 'Acceptable with remarks'),
  not_acceptable: l('Inte godtagbart', 'Not acceptable'),
}

export const LIA_OUTCOME_LABELS: Labels<LiaOutcome> = {
  passes: l('Godtagbar', 'Passes'),
  passes_with_mitigations: l('Godtagbar med skyddsåtgärder', 'Passes with mitigations'),
  fails: l('Underkänd', 'Fails'),
  incomplete: l('Ofullständig', 'Incomplete'),
}

export const LIA_STATUS_LABELS: Labels<LiaStatus> = {
  draft: l('Utkast', 'Draft'),
  signed_off: l('Godkänd av dataskyddsombudet', 'Signed off by the DPO'),
}

export const BREACH_TYPE_LABELS: Labels<BreachType> = {
  confidentiality: l('Konfidentialitet', 'Confidentiality'),
  integrity: l('Riktighet', 'Integrity'),
  availability: l('Tillgänglighet', 'Availability'),
}

export const BREACH_CAUSE_LABELS: Labels<BreachCause> = {
  internal_accidental: l('Intern, oavsiktlig', 'Internal, accidental'),
  internal_malicious: l('Intern, avsiktlig', 'Internal, malicious'),
  external_accidental: l('Extern, oavsiktlig', 'External, accidental'),
  external_malicious: l('Extern, avsiktlig', 'External, malicious'),
  processor: l('Hos personuppgiftsbiträde', 'At a processor'),
}

export const RISK_LEVEL_LABELS: Labels<RiskLevel> = {
  none: l('Ingen risk', 'No risk'),
  risk: l('Risk', 'Risk'),
  high: l('Hög risk', 'High risk'),
}

export const SEVERITY_BAND_LABELS: Labels<SeverityBand> = {
  low: l('Låg', 'Low'),
  medium: l('Medel', 'Medium'),
  high: l('Hög', 'High'),
  very_high: l('Mycket hög', 'Very high'),
}

export const IMY_DECISION_LABELS: Labels<ImyDecision> = {
  pending: l('Ej bedömt', 'Not yet assessed'),
  notify: l('Anmäls till IMY', 'Notify IMY'),
  not_required: l('Anmäls inte (ingen risk)', 'Not notified (no risk)'),
}

export const SUBJECTS_DECISION_LABELS: Labels<SubjectsDecision> = {
  pending: l('Ej bedömt', 'Not yet assessed'),
  inform: l('De registrerade informeras', 'Data subjects informed'),
  not_high_risk: l('Inte hög risk', 'Not high risk'),
  art34_3_a: l('Undantag art. 34.3 a', 'Exemption Art 34(3)(a)'),
  art34_3_b: l('Undantag art. 34.3 b', 'Exemption Art 34(3)(b)'),
  art34_3_c: l('Undantag art. 34.3 c', 'Exemption Art 34(3)(c)'),
}

export const REQUEST_TYPE_LABELS: Labels<RequestType> = {
  access: l('Registerutdrag (art. 15)', 'Access (Art 15)'),
  rectification: l('Rättelse (art. 16)', 'Rectification (Art 16)'),
  erasure: l('Radering (art. 17)', 'Erasure (Art 17)'),
  restriction: l('Begränsning (art. 18)', 'Restriction (Art 18)'),
  notify_recipients: l('Underrättelse till mottagare (art. 19)', 'Notify recipients (Art 19)'),
  portability: l('Dataportabilitet (art. 20)', 'Portability (Art 20)'),
  objection: l('Invändning (art. 21)', 'Objection (Art 21)'),
  automated_decision: l('Automatiserat beslut (art. 22)', 'Automated decision (Art 22)'),
  withdraw_consent: l('Återkallat samtycke (art. 7.3)', 'Consent withdrawn (Art 7(3))'),
}

export const REQUEST_STATUS_LABELS: Labels<RequestStatus> = {
  received: l('Mottagen', 'Received'),
  awaiting_identity: l('Väntar på identifiering', 'Awaiting identity'),
  in_progress: l('Pågår', 'In progress'),
  answered: l('Besvarad', 'Answered'),
  refused: l('Avslagen', 'Refused'),
  withdrawn: l('Återkallad', 'Withdrawn'),
}

export const REQUEST_CHANNEL_LABELS: Labels<RequestChannel> = {
  electronic: l('Elektroniskt', 'Electronic'),
  paper: l('Papper', 'Paper'),
}

export const REFUSAL_LABELS: Labels<RefusalKind> = {
  manifestly_unfounded: l('Uppenbart ogrundad (art. 12.5)', 'Manifestly unfounded (Art 12(5))'),
  excessive: l('Orimlig (art. 12.5)', 'Excessive (Art 12(5))'),
  legal_exception: l('Rättsligt undantag', 'Legal exception'),
}

export const COMPLAINT_KIND_LABELS: Labels<ComplaintKind> = {
  internal: l('Internt klagomål', 'Internal complaint'),
  imy_case: l('Ärende hos IMY', 'IMY case'),
}

export const COMPLAINT_TYPE_LABELS: Labels<ComplaintType> = {
  complaint: l('Klagomål', 'Complaint'),
  inspection: l('Inspektion', 'Inspection'),
  desk_supervision: l('Skriftlig tillsyn', 'Desk supervision'),
  breach_follow_up: l('Uppföljning av incident', 'Breach follow-up'),
  prior_consultation: l('Förhandssamråd', 'Prior consultation'),
  other: l('Annat', 'Other'),
}

export const COMPLAINT_STATUS_LABELS: Labels<ComplaintStatus> = {
  open: l('Öppet', 'Open'),
  awaiting_reply: l('Väntar på svar', 'Awaiting reply'),
  replied: l('Besvarat', 'Replied'),
  decided: l('Beslutat', 'Decided'),
  closed: l('Avslutat', 'Closed'),
}

export const COMPLAINT_OUTCOME_LABELS: Labels<ComplaintOutcome> = {
  closed: l('Avskrivet', 'Closed'),
  reprimand: l('Reprimand', 'Reprimand'),
  order: l('Föreläggande', 'Order'),
  fine: l('Sanktionsavgift', 'Fine'),
  upheld: l('Befogat', 'Upheld'),
  not_upheld: l('Inte befogat', 'Not upheld'),
  other: l('Annat', 'Other'),
}

export const DPIA_RESULT_LABELS: Labels<DpiaResult> = {
  required: l('Konsekvensbedömning krävs', 'DPIA required'),
  recommended: l('Konsekvensbedömning rekommenderas', 'DPIA recommended'),
  not_required: l('Konsekvensbedömning krävs inte', 'DPIA not required'),
}

export const SUB_PROCESSOR_DECISION_LABELS: Labels<'pending' | 'accepted' | 'objected'> = {
  pending: l('Ej beslutat', 'Pending'),
  accepted: l('Godtaget', 'Accepted'),
  objected: l('Invändning gjord', 'Objected'),
}
