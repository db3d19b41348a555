import { IntentLink } from "@/components/site/IntentLink";
import { SearchLauncher } from "../search/SearchLauncher";
import { ThemeToggle } from "./ThemeToggle";

/** The sticky bar on every page: home link, search and theme switch. */
export function SiteHeader() {
  return (
    <header className="no-print sticky top-0 z-30 border-b border-line bg-page/90 backdrop-blur supports-[backdrop-filter]:bg-page/75">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <IntentLink href="/" className="flex items-center gap-2 font-bold tracking-tight text-ink">
          <span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded-md bg-accent text-sm text-page">
            노
          </span>
          <span>AI 스터디 노트</span>
        </IntentLink>
        <div className="flex items-center gap-2">
          <SearchLauncher />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
