import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { loginBodySchema } from '@/lib/contracts/auth';
import { getAuthSecret } from './auth-secret';
import { consoleActorSchema } from './console-roles';
import { verifyCredentials } from './verify-credentials';

const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

let options: AuthOptions | undefined;

/**
 * next-auth's configuration: email and password checked against console users, a JWT session that carries
 * the console actor (id, email, name, role). Built on first use, so `next build` needs no secret.
 */
export function getAuthOptions(): AuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(credentials) {
          const parsed = loginBodySchema.safeParse(credentials);
          if (!parsed.success) return null;
          return verifyCredentials(await getDb(), parsed.data, new Date());
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (!user) return token;
        const actor = consoleActorSchema.parse(user);
        return { ...token, sub: actor.id, actor };
      },
      session({ session, token }) {
        const actor = consoleActorSchema.safeParse(token.actor);
        return { ...session, user: actor.success ? actor.data : undefined };
      },
    },
  };
  return options;
}
