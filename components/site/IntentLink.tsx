"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type IntentLinkProps = Omit<ComponentProps<typeof Link>, "href" | "prefetch" | "onPointerEnter" | "onFocus" | "onTouchStart"> & { href: string };

/**
 * A `next/link` that prefetches its page when the reader shows intent (a
 * pointer over it, focus, a touch) rather than when it scrolls into view.
 * Viewport prefetching fetched and decoded the home page, and on the home
 * page every week, right after load: long main-thread tasks on a phone
 * (issue #8) for pages most visits never open. A touch starts the fetch about
 * 100 ms before the click, a hover several hundred.
 */
export function IntentLink({ href, ...props }: IntentLinkProps) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return <Link {...props} href={href} prefetch={false} onPointerEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch} />;
}
