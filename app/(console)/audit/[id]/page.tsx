import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { AuditEventPageClient } from './page-client';

export const metadata: Metadata = { title: 'Audit entry · Roster' };

export default async function AuditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(['owner', 'success_manager']);
  const { id } = await params;

  return <AuditEventPageClient id={id} canOpenDirectory={actor.role === 'owner'} />;
}
