"use client";

import { useEffect, useRef, useState } from "react";

type Status = "idle" | "copied" | "failed";

/** Copies the code block it sits in; the code itself stays server-rendered text. */
export function CopyCodeButton() {
  const button = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<Status>("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = window.setTimeout(() => setStatus("idle"), 2000);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function copy() {
    const code = button.current?.closest("figure")?.querySelector("pre")?.textContent ?? "";
    try {
      await navigator.clipboard.writeText(code);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={copy}
        aria-label="코드 복사"
        className="no-print absolute right-2 top-2 rounded-md border border-line bg-page px-2 py-1 text-xs font-medium text-muted opacity-90 hover:text-ink focus-visible:opacity-100"
      >
        {status === "copied" ? "복사됨" : status === "failed" ? "복사 실패" : "복사"}
      </button>
      <span role="status" aria-live="polite" className="sr-only">
        {status === "copied" ? "코드를 복사했습니다" : status === "failed" ? "코드를 복사하지 못했습니다. 직접 선택해 복사하세요." : ""}
      </span>
    </>
  );
}
