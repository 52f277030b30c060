import { Badge } from '@/components/ui/badge';
import type { AuditOutcome } from '@/lib/contracts/audit';

export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  return outcome === 'success' ? <Badge tone="success">Success</Badge> : <Badge tone="danger">Failure</Badge>;
}
