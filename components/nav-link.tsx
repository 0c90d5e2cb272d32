"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

type NavLinkProps = {
  href: string;
  className?: string;
  /** Extra path prefixes that belong to this section, e.g. "/trackers" for the tracker list. */
  matchPrefixes?: string[];
  children: ReactNode;
};

// A client component only because it needs the current path to mark the active section for
// screen readers (aria-current) and sighted readers alike.
export function NavLink({ href, className, matchPrefixes = [], children }: NavLinkProps) {
  const pathname = usePathname();
  const isCurrent =
    pathname === href || [href, ...matchPrefixes].some((prefix) => prefix !== "/" && pathname.startsWith(`${prefix}/`));
  return (
    <Link href={href} className={className} aria-current={isCurrent ? "page" : undefined}>
      {children}
    </Link>
  );
}
