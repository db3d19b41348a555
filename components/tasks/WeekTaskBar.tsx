"use client";

import { useRef, useState } from "react";
import type { TaskNode } from "@/lib/tasks/tree";
import { setOpenOnly, useOpenOnly } from "./task-filter";
import { TaskProgress } from "./TaskProgress";
import { taskStore } from "./task-store";

type Message = { kind: "ok" | "error"; text: string } | null;

/**
 * The week header's task controls: week and part progress, "남은 과제만",
 * "이 주 초기화" and moving progress to another browser. The export/import
 * code is loaded only when one of those buttons is used.
 */
export function WeekTaskBar({
  slug,
  label,
  tasks,
  parts,
}: {
  slug: string;
  label: string;
  tasks: TaskNode[];
  parts: { title: string; label: string; tasks: TaskNode[] }[];
}) {
  const openOnly = useOpenOnly();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>(null);

  function reset() {
    if (!window.confirm("이 주의 과제 체크를 모두 지우고 처음 상태로 되돌릴까요?")) return;
    taskStore.clear(`${slug}/`);
    setMessage({ kind: "ok", text: "이 주의 과제를 초기화했습니다." });
  }

  async function exportFile() {
    const { exportFileName, exportProgress } = await import("@/lib/tasks/transfer");
    const now = new Date();
    const blob = new Blob([exportProgress(taskStore.getSnapshot().ticks, now)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = exportFileName(now);
    link.click();
    // Revoke after the click has started the download.
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ kind: "ok", text: "진행 상황을 파일로 내보냈습니다." });
  }

  async function importFile(file: File) {
    const [{ mergeTicks, parseProgressFile }, text] = await Promise.all([import("@/lib/tasks/transfer"), file.text()]);
    const result = parseProgressFile(text);
    if (!result.ok) {
      setMessage({ kind: "error", text: result.message });
      return;
    }
    taskStore.replace((current) => mergeTicks(current, result.ticks));
    setMessage({ kind: "ok", text: `진행 상황을 가져왔습니다 (체크 기록 ${result.ticks.size}개).` });
  }

  const button = "rounded-md border border-line px-2.5 py-1 text-sm text-ink hover:bg-soft";
  return (
    <div className="week-task-bar mt-5 space-y-3">
      {tasks.length > 0 ? (
        <>
          <TaskProgress tasks={tasks} label={label} className="max-w-md" />
          {parts.length > 1 ? (
            <ul className="grid max-w-md gap-1.5 text-sm">
              {parts.map((part) => (
                <li key={part.label} className="grid grid-cols-[minmax(0,8rem)_1fr] items-center gap-2">
                  <span className="truncate text-muted">{part.title}</span>
                  <TaskProgress tasks={part.tasks} label={part.label} />
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      {/* Without JavaScript these buttons could do nothing: hidden, and the header says why (WeekTasksHeader). */}
      <div className="flex flex-wrap items-center gap-2 noscript:hidden">
        {tasks.length > 0 ? (
          <>
            <button type="button" className={button} aria-pressed={openOnly} onClick={() => setOpenOnly(!openOnly)}>
              남은 과제만
            </button>
            <button type="button" className={button} onClick={reset}>
              이 주 초기화
            </button>
          </>
        ) : null}
        <button type="button" className={button} onClick={() => void exportFile()}>
          진행 상황 내보내기
        </button>
        <button type="button" className={button} onClick={() => fileInput.current?.click()}>
          진행 상황 가져오기
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="진행 상황 파일 선택"
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) void importFile(file);
          }}
        />
      </div>
      <p role="status" className={`min-h-5 text-sm noscript:hidden ${message?.kind === "error" ? "text-red-700 dark:text-red-300" : "text-muted"}`}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}
