"use client";

import { useState } from "react";
import type { StoreProblem } from "@/lib/tasks/store";
import { useTaskSnapshot } from "./task-store";

const messages: Record<StoreProblem, string> = {
  unavailable: "이 브라우저에서는 과제 진행 상황을 저장할 수 없어요. 체크한 내용은 이 페이지를 닫기 전까지만 유지됩니다.",
  unwritable: "저장 공간이 부족하거나 막혀 있어 과제 진행 상황을 저장할 수 없어요. 체크한 내용은 이 페이지를 닫기 전까지만 유지됩니다.",
  unreadable: "저장된 과제 진행 상황을 읽을 수 없어 이 브라우저에는 저장하지 않아요. 체크한 내용은 이 페이지를 닫기 전까지만 유지됩니다.",
  unsupported: "다른 버전에서 저장한 진행 상황이라 덮어쓰지 않아요. 체크한 내용은 이 페이지를 닫기 전까지만 유지됩니다.",
};

/**
 * Says once, politely, that progress cannot be saved here. The live region is
 * always in the page (so screen readers announce it) and floats at the bottom,
 * so the page never shifts when it appears.
 */
export function StorageNotice() {
  const { problem } = useTaskSnapshot();
  const [dismissed, setDismissed] = useState(false);
  const show = problem !== null && !dismissed;
  return (
    <div role="status" className="task-storage-notice pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      {show ? (
        <p className="pointer-events-auto flex max-w-xl items-start gap-3 rounded-lg border border-line bg-page px-4 py-3 text-sm text-ink shadow-lg">
          <span>{messages[problem]}</span>
          <button
            type="button"
            onClick={() => setDismissed(true)}
            className="shrink-0 rounded-md border border-line px-2 py-0.5 text-xs hover:bg-soft"
          >
            알림 닫기
          </button>
        </p>
      ) : null}
    </div>
  );
}
