/**
 * Processor agreements as the views see them: the list with each one's vendor, the reminders across all of
 * them (expiry within 90 days, reviews due, objection deadlines), and the actions: save, sign off a review,
 * attach and open the signed document, delete with undo.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import { MAX_DOCUMENT_BYTES } from '@shared/documents'
import type { AppError } from '@shared/kernel'
import {
  agreementReminders,
  type AgreementReminder,
  type DocumentProblem,
  type ProcessorAgreement,
  type ProcessorAgreementFields,
} from '@shared/processors'
import { todayIso, useVendorsStore } from '@/features/vendors'
import { useSettingsStore } from '@/features/settings/settings.store'
import { api } from '@/platform/bridge'
import { agreementDocumentsRepository, DocumentRefusedError } from './agreement-documents.repository'
import { agreementsRepository, type RemovedAgreement } from './agreements.repository'

/** A reminder with the agreement it belongs to, for the list. */
export interface ReminderRow extends AgreementReminder {
  agreement: ProcessorAgreement
}

/** What became of "attach a document". */
export type AttachOutcome =
  | { kind: 'attached'; agreement: ProcessorAgreement }
  | { kind: 'cancelled' }
  | { kind: 'refused'; problem: DocumentProblem; bytes: number }
  | { kind: 'error'; error: AppError }

const byTitle = (a: ProcessorAgreement, b: ProcessorAgreement) => a.title.localeCompare(b.title, 'sv')
const plain = <T>(value: T): T => structuredClone(toRaw(value))

export const useAgreementsStore = defineStore('agreements', () => {
  const agreements = shallowRef<ProcessorAgreement[]>([])
  const loaded = ref(false)
  const vendors = useVendorsStore()
  const actor = () => useSettingsStore().actor()

  const reminders = computed<ReminderRow[]>(() => {
    const today = todayIso()
    return agreements.value
      .flatMap((agreement) => agreementReminders(agreement, today).map((r) => ({ ...r, agreement })))
      .sort((a, b) => a.daysLeft - b.daysLeft)
  })

  /** Reads every agreement, and the vendors they belong to. */
  async function load(): Promise<void> {
    const [all] = await Promise.all([agreementsRepository.list(), vendors.load()])
    agreements.value = all.sort(byTitle)
    loaded.value = true
  }

  function replace(a: ProcessorAgreement): ProcessorAgreement {
    agreements.value = [...agreements.value.filter((x) => x.id !== a.id), a].sort(byTitle)
    return a
  }

  /** Creates (id null) or updates an agreement; a signed-off review cannot be changed. */
  async function save(id: string | null, fields: ProcessorAgreementFields, revision: number) {
    const f = plain(fields)
    return replace(
      id ? await agreementsRepository.update(id, f, revision, actor()) : await agreementsRepository.create(f, actor()),
    )
  }

  /** Saves the form and signs off its draft review as the current user, in one audited write. */
  async function signOff(id: string, fields: ProcessorAgreementFields, revision: number, reviewId: string) {
    return replace(await agreementsRepository.signOffReview(id, plain(fields), revision, reviewId, actor()))
  }

  /** Lets the DPO pick the signed PDF and stores it on the agreement (the bridge refuses oversize files). */
  async function attachDocument(agreement: ProcessorAgreement): Promise<AttachOutcome> {
    const picked = await api()['file:open']({
      filters: [{ name: 'PDF', extensions: ['pdf', 'png', 'jpg', 'jpeg'] }],
      maxBytes: MAX_DOCUMENT_BYTES,
    })
    if (!picked.ok) return { kind: 'error', error: picked.error }
    if (!picked.value) return { kind: 'cancelled' }
    try {
      const saved = await agreementDocumentsRepository.attach(agreement.id, picked.value, agreement.revision, actor())
      return { kind: 'attached', agreement: replace(saved) }
    } catch (e) {
      if (e instanceof DocumentRefusedError) return { kind: 'refused', problem: e.problem, bytes: e.bytes }
      throw e
    }
  }

  /** Opens the attached document in the system's viewer (in the browser: downloads it). */
  async function openDocument(agreement: ProcessorAgreement) {
    const id = agreement.document?.documentId
    const stored = id ? await agreementDocumentsRepository.get(id) : undefined
    if (!stored) return { ok: false as const, error: { code: 'document/not-found', message: 'No stored document' } }
    return api()['document:open']({ name: stored.name, mimeType: stored.mimeType, dataBase64: stored.dataBase64 })
  }

  async function remove(id: string): Promise<RemovedAgreement> {
    const removed = await agreementsRepository.remove(id, actor())
    agreements.value = agreements.value.filter((a) => a.id !== id)
    return removed
  }

  /** Puts a just-deleted agreement and its documents back (undo). */
  async function undoRemove(removed: RemovedAgreement): Promise<void> {
    replace(await agreementsRepository.undoRemove(removed, actor()))
  }

  return { agreements, loaded, reminders, load, save, signOff, attachDocument, openDocument, remove, undoRemove }
})
