/**
 * Version 3: the tables of the modules beside the register — vendors and processor agreements, transfers,
 * legitimate-interest assessments and their versions, DPIA screenings, breaches, data-subject requests,
 * complaints and IMY cases, attached documents, and accepted findings. Only indexed fields are listed.
 */
import { stores as previous } from './002-add-audit-log'

export const version = 3

export const stores = Object.freeze({
  ...previous,
  vendors: 'id, name, country, role',
  agreements: 'id, vendorId, status, expiresOn, nextReviewOn',
  transfers: 'id, importer.vendorId, destinationCountry, *activityIds',
  lias: 'id, status, updatedAt, *activityIds',
  liaVersions: 'id, liaId',
  dpiaScreenings: 'id, activityId',
  breaches: 'id, awareAt',
  requests: 'id, receivedAt, status',
  complaints: 'id, kind, status',
  documents: 'id, ownerId',
  findingAcceptances: 'key, expiresOn',
})
