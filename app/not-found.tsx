import Link from 'next/link';
import { StatusPage } from '@/components/layout/status-page';

export default function NotFound() {
  return (
    <StatusPage status="404" title="This page does not exist">
      Check the address, or{' '}
      <Link href="/overview" className="font-medium text-blue-700 underline underline-offset-2">
        go to the overview
      </Link>
      .
    </StatusPage>
  );
}
