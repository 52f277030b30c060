import Link from 'next/link';
import type { ReactNode } from 'react';

export type OwnerLinkProps = {
  isOwner: boolean;
  href: string;
  children: ReactNode;
  /** What a success manager reads instead: who does it, since the page is not theirs. */
  otherwise: string;
};

/** A link to one of the owner's tools, or for anyone else a sentence saying who uses that tool. */
export function OwnerLink({ isOwner, href, children, otherwise }: OwnerLinkProps) {
  if (!isOwner) return <span className="text-zinc-600">{otherwise}</span>;
  return (
    <Link href={href} className="font-medium text-blue-700 hover:underline">
      {children}
    </Link>
  );
}
