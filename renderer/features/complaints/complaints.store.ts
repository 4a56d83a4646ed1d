/**
 * Complaints and IMY cases as the views see them: the list (a shallowRef, replaced on every save), the saves
 * through the audited repository, and attached documents: picked with `file:open`, stored in the documents
 * table, opened with `document:open`.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Complaint, ComplaintFields } from '@shared/complaints'
import { MAX_DOCUMENT_BYTES } from '@shared/documents'
import type { AppError } from '@shared/kernel'
import { useSettingsStore } from '@/features/settings/settings.store'
import { api } from '@/platform/bridge'
import {
  CaseDocumentRefusedError,
  complaintDocumentsRepository as documents,
  complaintsRepository,
  type CaseDocumentMeta,
  type RemovedCase,
} from './complaints.repository'

/** What became of an attach: done, cancelled in the file dialog, refused (why), or failed at the platform. */
export type AttachOutcome =
  | { status: 'attached'; complaint: Complaint }
  | { status: 'cancelled' }
  | { status: 'refused'; problem: CaseDocumentRefusedError['problem'] }
  | { status: 'failed'; error: AppError }

const byReceipt = (a: Complaint, b: Complaint): number =>
  a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0

export const useComplaintsStore = defineStore('complaints', () => {
  const complaints = shallowRef<Complaint[]>([])
  const loaded = ref(false)
  const actor = () => useSettingsStore().actor()

  /** Reads every case. */
  async function load(): Promise<void> {
    complaints.value = (await complaintsRepository.list()).sort(byReceipt)
    loaded.value = true
  }

  function replace(complaint: Complaint): Complaint {
    complaints.value = [...complaints.value.filter((c) => c.id !== complaint.id), complaint].sort(byReceipt)
    return complaint
  }

  /** The stored case, read fresh. */
  const get = (id: string): Promise<Complaint | undefined> => complaintsRepository.get(id)

  /** Creates (id null) or updates a case; returns the saved record. */
  async function save(id: string | null, fields: ComplaintFields, revision: number): Promise<Complaint> {
    // A JSON copy: the view hands in its reactive form, whose nested proxies IndexedDB cannot clone.
    const raw = JSON.parse(JSON.stringify(fields)) as ComplaintFields
    const saved = id
      ? await complaintsRepository.update(id, raw, revision, actor())
      : await complaintsRepository.create(raw, actor())
    return replace(saved)
  }

  /** Deletes a case with its files; returns what undo needs. */
  async function remove(id: string): Promise<RemovedCase> {
    const removed = await documents.removeCase(id, actor())
    complaints.value = complaints.value.filter((c) => c.id !== id)
    return removed
  }

  /** Puts a just-deleted case and its files back (undo). */
  async function undoRemove(removed: RemovedCase): Promise<void> {
    replace(await documents.undoRemoveCase(removed, actor()))
  }

  /** Lets the DPO pick a file and attaches it to the case. */
  async function attach(complaint: Complaint, meta: CaseDocumentMeta): Promise<AttachOutcome> {
    const picked = await api()['file:open']({
      filters: [{ name: 'PDF, PNG, JPEG, TXT', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'txt'] }],
      maxBytes: MAX_DOCUMENT_BYTES,
    })
    if (!picked.ok) return { status: 'failed', error: picked.error }
    if (picked.value === null) return { status: 'cancelled' }
    try {
      const saved = await documents.attach(complaint.id, picked.value, meta, complaint.revision, actor())
      return { status: 'attached', complaint: replace(saved) }
    } catch (e) {
      if (e instanceof CaseDocumentRefusedError) return { status: 'refused', problem: e.problem }
      throw e
    }
  }

  /** Takes a document off the case (and deletes its stored file). */
  async function detach(complaint: Complaint, index: number): Promise<Complaint> {
    return replace(await documents.detach(complaint.id, index, complaint.revision, actor()))
  }

  /** Opens a stored document in the system viewer (the browser downloads it). */
  async function openDocument(documentId: string): Promise<AppError | null> {
    const doc = await documents.get(documentId)
    if (!doc) return { code: 'document/not-found', message: `No document ${documentId}` }
    const r = await api()['document:open']({ name: doc.name, mimeType: doc.mimeType, dataBase64: doc.dataBase64 })
    return r.ok ? null : r.error
  }

  return { complaints, loaded, load, get, save, remove, undoRemove, attach, detach, openDocument }
})
