/** localStorage key of the reader's chosen theme. */
export const THEME_STORAGE_KEY = "study-portal:theme";

export type Theme = "light" | "dark";

/**
 * Runs in <head> before the first paint: the stored choice, else the system's,
 * so the page never flashes the wrong theme. Kept tiny and dependency-free.
 */
export const themeBootScript = `(function(){var k=${JSON.stringify(THEME_STORAGE_KEY)},d=document.documentElement,m=window.matchMedia("(prefers-color-scheme: dark)"),s=null;try{s=localStorage.getItem(k)}catch(e){}function a(){d.dataset.theme=s==="dark"||s==="light"?s:m.matches?"dark":"light"}a();m.addEventListener("change",function(){try{s=localStorage.getItem(k)}catch(e){}a()})})();`;
