import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { consoleActorSchema, type ConsoleActor } from './console-roles';
import { getAuthOptions } from './options';

/** The signed-in console user of the current request, or null; read once per request. */
export const getConsoleSession = cache(async (): Promise<ConsoleActor | null> => {
  const session = await getServerSession(getAuthOptions());
  const actor = consoleActorSchema.safeParse(session?.user);
  return actor.success ? actor.data : null;
});
