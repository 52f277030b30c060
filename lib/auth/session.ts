import { getServerSession } from 'next-auth';
import { connection } from 'next/server';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { consoleActorSchema, type ConsoleActor } from './console-roles';
import { currentAccount } from './current-account';
import { getAuthOptions, isWithinSessionLifetime } from './options';

/**
 * The signed-in console user of the current request, or null; read once per request. The session only says who
 * signed in and when: past its absolute lifetime it is over, and the account is re-read (at most every 30 s), so
 * a removed user is signed out and a changed role applies within a minute.
 */
export const getConsoleSession = cache(async (): Promise<ConsoleActor | null> => {
  // A session belongs to a request: this keeps `next build` from prerendering guarded pages.
  await connection();
  const session = await getServerSession(getAuthOptions());
  const actor = consoleActorSchema.safeParse(session?.user);
  const now = new Date();
  if (!actor.success || !isWithinSessionLifetime((session as { signedInAt?: unknown } | null)?.signedInAt, now)) return null;
  return currentAccount(await getDb(), actor.data.id, now);
});
