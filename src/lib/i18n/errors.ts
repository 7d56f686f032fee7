/** The message key for each reason a write can fail (see StorageError). */
export const STORAGE_ERROR_KEY = {
  quota: 'errors.quota',
  closed: 'errors.closed',
  unknown: 'errors.unknown'
} as const;
