import Link from 'next/link';
import { StatusPage } from '@/components/layout/status-page';

export default function Forbidden() {
  return (
    <StatusPage status="403" title="You do not have access to this page">
      Your console role does not include it. Ask the Application Owner if you need it.{' '}
      <Link href="/overview" className="font-medium text-blue-700 underline underline-offset-2">
        Go to the overview
      </Link>
    </StatusPage>
  );
}
