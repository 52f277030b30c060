import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { loginBodySchema } from '@/lib/contracts/auth';
import { usesSecureCookies } from '@/lib/env';
import { clientAddressOf } from '@/lib/http/client-address';
import { getAuthSecret } from './auth-secret';
import { consoleActorSchema } from './console-roles';
import { signIn } from './sign-in';

/** A session ends 12 hours after sign-in however active it was; the cookie's own expiry is the same. */
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function isWithinSessionLifetime(signedInAt: unknown, now: Date): boolean {
  return typeof signedInAt === 'number' && now.getTime() - signedInAt < SESSION_MAX_AGE_SECONDS * 1000 && signedInAt <= now.getTime();
}

let options: AuthOptions | undefined;

/**
 * next-auth's configuration: email and password checked against console users, a JWT session that carries
 * the console actor (id, email, name, role). Built on first use, so `next build` needs no secret.
 */
export function getAuthOptions(): AuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    // `__Secure-` cookies with the Secure flag whenever the console is served over https (always, in production).
    useSecureCookies: usesSecureCookies(),
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(credentials, request) {
          const parsed = loginBodySchema.safeParse(credentials);
          if (!parsed.success) return null;
          const clientAddress = clientAddressOf(new Headers(request.headers as Record<string, string> | undefined));
          return signIn(await getDb(), { credentials: parsed.data, clientAddress, now: new Date() });
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (!user) return token;
        const actor = consoleActorSchema.parse(user);
        return { ...token, sub: actor.id, actor, signedInAt: Date.now() };
      },
      session({ session, token }) {
        const actor = consoleActorSchema.safeParse(token.actor);
        return { ...session, user: actor.success ? actor.data : undefined, signedInAt: token.signedInAt };
      },
    },
  };
  return options;
}
