import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { GroupPageClient } from './page-client';

export const metadata: Metadata = { title: 'Group · Roster' };

export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('owner');
  const { id } = await params;

  return <GroupPageClient id={id} />;
}
