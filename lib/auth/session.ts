import { getServerSession } from 'next-auth';
import { connection } from 'next/server';
import { cache } from 'react';
import { consoleActorSchema, type ConsoleActor } from './console-roles';
import { getAuthOptions } from './options';

/** The signed-in console user of the current request, or null; read once per request. */
export const getConsoleSession = cache(async (): Promise<ConsoleActor | null> => {
  // A session belongs to a request: this keeps `next build` from prerendering guarded pages.
  await connection();
  const session = await getServerSession(getAuthOptions());
  const actor = consoleActorSchema.safeParse(session?.user);
  return actor.success ? actor.data : null;
});
