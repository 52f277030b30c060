import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { UserPageClient } from './page-client';

export const metadata: Metadata = { title: 'User · Roster' };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('owner');
  const { id } = await params;

  return <UserPageClient id={id} />;
}
