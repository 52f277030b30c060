import { redirect } from 'next/navigation';
import { DEFAULT_CONSOLE_PATH } from '@/lib/auth/callback-url';
import { getConsoleSession } from '@/lib/auth/session';

export default async function HomePage() {
  redirect((await getConsoleSession()) ? DEFAULT_CONSOLE_PATH : '/login');
}
