/**
 * Checks 20–23 of domain-reference §9: a transfer that relies on an Art 45 adequacy decision the recipient or
 * the date does not support.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns'
import { isAdequacyValid, type AdequacyProblem } from './adequacy'
import { destinationName, isEea } from './countries'
import { aboutEntity, type Finding, type Localised } from './finding'
import type { TransferFields } from './transfer.schema'

/** The importer's Data Privacy Framework status, as kept on the vendor record. */
export interface ImporterDpfStatus {
  certified: boolean | null
  hrCovered?: boolean | null
  checkedOn: string | null
}

/** Longer than this since the DPF list was checked, the check is stale: certifications lapse every year. */
export const DPF_CHECK_MAX_AGE_DAYS = 365

type TransferForAdequacy = Pick<TransferFields, 'destinationCountry' | 'hrData' | 'mechanism'> & { id?: string }

const PROBLEM_FINDINGS: Record<AdequacyProblem, Pick<Finding, 'code' | 'check' | 'article'> & { fix: Localised }> = {
  not_in_table: {
    code: 'transfer/adequacy-not-in-table',
    check: 23,
    article: 'Art 45',
    fix: {
      sv: 'Välj en skyddsåtgärd enligt art. 46 (t.ex. standardavtalsklausuler) eller, i undantagsfall, art. 49.',
      en: 'Choose an Art 46 safeguard (e.g. SCCs) or, exceptionally, an Art 49 derogation.',
    },
  },
  not_yet_in_force: {
    code: 'transfer/adequacy-not-yet-in-force',
    check: 23,
    article: 'Art 45',
    fix: {
      sv: 'Använd en annan grund fram till dagen då beslutet börjar gälla.',
      en: 'Use another ground until the decision applies.',
    },
  },
  expired: {
    code: 'transfer/adequacy-expired',
    check: 22,
    article: 'Art 45; (EU) 2021/1772 and its 2025 renewal',
    fix: {
      sv: 'Kontrollera om beslutet har förnyats och uppdatera tabellen, annars byt till standardavtalsklausuler.',
      en: 'Check whether the decision was renewed and update the table; otherwise move to SCCs.',
    },
  },
  dpf_not_certified: {
    code: 'transfer/dpf-not-certified',
    check: 20,
    article: 'Decision (EU) 2023/1795',
    fix: {
      sv: 'Kontrollera mottagaren på dataprivacyframework.gov och ange resultatet, eller använd standardavtalsklausuler.',
      en: 'Look the importer up on dataprivacyframework.gov and record the result, or use SCCs.',
    },
  },
  dpf_hr_not_covered: {
    code: 'transfer/dpf-hr-not-covered',
    check: 20,
    article: 'Decision (EU) 2023/1795',
    fix: {
      sv: 'Använd standardavtalsklausuler för HR-uppgifterna eller be mottagaren certifiera även HR-uppgifter.',
      en: 'Use SCCs for the HR data or ask the importer to extend its certification to HR data.',
    },
  },
  pipeda_not_covered: {
    code: 'transfer/pipeda-not-covered',
    check: 21,
    article: 'Decision 2002/2/EC',
    fix: {
      sv: 'Bekräfta att mottagaren omfattas av PIPEDA, annars använd standardavtalsklausuler.',
      en: 'Confirm that the importer is subject to PIPEDA; otherwise use SCCs.',
    },
  },
  sector_not_covered: {
    code: 'transfer/adequacy-scope-not-covered',
    check: 23,
    article: 'Art 45; Decisions (EU) 2019/419, 2022/254',
    fix: {
      sv: 'Använd en skyddsåtgärd enligt art. 46 för den här mottagaren.',
      en: 'Use an Art 46 safeguard for this importer.',
    },
  },
}

/** Findings for an adequacy transfer to an EEA country: harmless, but the record describes no transfer. */
function eeaFinding(transfer: TransferForAdequacy): Finding {
  const c = transfer.destinationCountry
  return aboutEntity(
    {
      code: 'transfer/eea-not-third-country',
      check: null,
      article: 'Art 44',
      severity: 'low',
      message: {
        sv: `${destinationName(c, 'sv')} ligger inom EES; det är ingen tredjelandsöverföring.`,
        en: `${destinationName(c, 'en')} is in the EEA; this is not a third-country transfer.`,
      },
      fix: { sv: 'Avsluta eller ta bort överföringsposten.', en: 'End or delete the transfer record.' },
    },
    transfer.id,
  )
}

/** Check 20 (part): a DPF status not checked within a year may have lapsed since. */
function staleDpfFinding(dpf: ImporterDpfStatus | undefined, today: string, id?: string): Finding[] {
  if (!dpf || dpf.certified !== true) return []
  const age = dpf.checkedOn ? differenceInCalendarDays(parseISO(today), parseISO(dpf.checkedOn)) : Infinity
  if (age <= DPF_CHECK_MAX_AGE_DAYS) return []
  return [
    aboutEntity(
      {
        code: 'transfer/dpf-check-stale',
        check: 20,
        article: 'Decision (EU) 2023/1795',
        severity: 'low',
        message: {
          sv: `DPF-certifieringen kontrollerades senast ${dpf.checkedOn ?? 'aldrig'}; den måste förnyas varje år.`,
          en: `The DPF certification was last checked ${dpf.checkedOn ?? 'never'}; it must be renewed every year.`,
        },
        fix: {
          sv: 'Kontrollera DPF-listan igen och spara datumet.',
          en: 'Check the DPF list again and save the date.',
        },
      },
      id,
    ),
  ]
}

/**
 * Checks 20–23 for a transfer on an adequacy decision, as of `today`: the destination has a decision, it is in
 * force, and the importer meets its conditions (DPF certification and HR coverage, PIPEDA, APPI/PIPA scope).
 */
export function checkAdequacyTransfer(
  transfer: TransferForAdequacy,
  ctx: { today: string; importerDpf?: ImporterDpfStatus },
): Finding[] {
  const m = transfer.mechanism
  if (m.kind !== 'adequacy') return []
  if (isEea(transfer.destinationCountry)) return [eeaFinding(transfer)]
  const verdict = isAdequacyValid(transfer.destinationCountry, ctx.today, {
    dpfCertified: ctx.importerDpf?.certified ?? null,
    dpfHrCovered: ctx.importerDpf?.hrCovered ?? null,
    hrData: transfer.hrData,
    pipedaCovered: m.pipedaCovered,
    sectorCovered: m.sectorCovered,
  })
  const problems = verdict.reasons.map((r) =>
    aboutEntity({ ...PROBLEM_FINDINGS[r.code], severity: 'high', message: r.message }, transfer.id),
  )
  const unconfirmed: Finding[] = verdict.remarks
    .filter((r) => r.code === 'sector_unconfirmed')
    .map((r) =>
      aboutEntity(
        {
          code: 'transfer/adequacy-scope-unconfirmed',
          check: 23,
          article: 'Art 45; Decisions (EU) 2019/419, 2022/254',
          severity: 'low',
          message: r.message,
          fix: { sv: 'Ange om mottagaren omfattas.', en: 'Record whether the importer is covered.' },
        },
        transfer.id,
      ),
    )
  const stale =
    verdict.decision?.condition === 'dpf_certified' ? staleDpfFinding(ctx.importerDpf, ctx.today, transfer.id) : []
  return [...problems, ...unconfirmed, ...stale]
}
