import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { getAuthOptions } from '@/lib/auth/options';
import { gateSignIn } from '@/lib/auth/sign-in-gate';
import { errorResponse } from '@/lib/http/error-response';

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request rather than at import, so `next build` needs no secret and no database.
async function handler(request: NextRequest, context: NextAuthContext): Promise<Response> {
  try {
    return await gateSignIn(await getDb(), request, (gated) => NextAuth(new NextRequest(gated), context, getAuthOptions()));
  } catch (error) {
    return errorResponse(error);
  }
}

export { handler as GET, handler as POST };
