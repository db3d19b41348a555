"use client";

import { useEffect, useId, useRef } from "react";

/** The shortcuts, as the help dialog lists them. Bracket keys type the same in Korean and English input modes. */
const shortcuts: readonly { keys: string[]; action: string }[] = [
  { keys: ["]"], action: "다음 강의로 이동" },
  { keys: ["["], action: "이전 강의로 이동" },
  { keys: ["?"], action: "단축키 도움말 열기" },
  { keys: ["Esc"], action: "대화상자·목차 닫기" },
];

/**
 * The "?" help dialog listing the lecture shortcuts, loaded when first asked
 * for (LectureShortcuts) and shown modal as soon as it has loaded.
 */
export default function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);

  // useId: a fixed id could be a note heading's GitHub id too ("Shortcuts Title").
  const titleId = useId();

  useEffect(() => {
    const help = dialog.current;
    if (help && !help.open) help.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-xl border border-line bg-page p-6 text-ink shadow-xl backdrop:bg-black/40"
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <h2 id={titleId} className="text-lg font-bold">
        키보드 단축키
      </h2>
      <dl className="mt-4 space-y-2">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.action} className="flex items-center justify-between gap-4">
            <dt>
              {shortcut.keys.map((key) => (
                <kbd key={key} className="rounded border border-line bg-soft px-2 py-0.5 font-mono text-sm">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-muted">{shortcut.action}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 text-right">
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="rounded-md bg-accent px-4 py-1.5 font-semibold text-page hover:opacity-90"
        >
          닫기
        </button>
      </div>
    </dialog>
  );
}
