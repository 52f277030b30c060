import { Badge } from '@/components/ui/badge';

export function UserStatusBadge({ active, deprovisionedAt }: { active: boolean; deprovisionedAt?: string | null }) {
  if (deprovisionedAt) return <Badge tone="neutral">Deprovisioned</Badge>;
  return active ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Inactive</Badge>;
}
