import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { getAuthOptions } from '@/lib/auth/options';

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request rather than at import, so `next build` needs no secret and no database.
function handler(request: NextRequest, context: NextAuthContext): Promise<Response> {
  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };
