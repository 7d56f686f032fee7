import type { Profile } from '$lib/storage/db';
import { app } from '$lib/state/app.svelte';
import { attempt, openRecords, openStore, type Saved } from './result';

// Making, renaming, deleting and switching profiles. Each refreshes `app.profiles` once it is done.

export async function createProfile(name: string, now: number): Promise<Saved<Profile>> {
  const saved = await attempt(async () => (await openRecords()).createProfile(name, now));
  if (saved.ok) await app.refreshProfiles();
  return saved;
}

export async function renameProfile(id: string, name: string): Promise<Saved> {
  const saved = await attempt(async () => (await openRecords()).renameProfile(id, name));
  if (saved.ok) await app.refreshProfiles();
  return saved;
}

/** Deletes a profile and all it owns; the active one is never deleted. */
export async function deleteProfile(id: string): Promise<Saved> {
  if (id === app.profileId) return { ok: true, value: undefined };
  const saved = await attempt(async () => (await openRecords()).deleteProfile(id));
  if (saved.ok) await app.refreshProfiles();
  return saved;
}

export function switchProfile(id: string): Promise<Saved> {
  return attempt(async () => {
    openStore();
    await app.switchProfile(id);
  });
}
