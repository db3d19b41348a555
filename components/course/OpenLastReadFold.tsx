import { LAST_READ_KEY } from "@/lib/tasks/resume";
import { weekHref } from "@/lib/urls";

/**
 * Opens the folds of the course tree that hold the note read last, before the
 * first paint: an inline script right after the tree (hashed into the page's
 * CSP like the theme script), since opening them after hydration would move
 * everything below them. A hand-written statement rather than an island: it
 * must run while the HTML is parsed. Without storage or JavaScript the folds
 * simply stay as the server rendered them. The page address is built in the
 * browser as weekHref builds it: its prefix (`weekHref("")`) plus the encoded slug.
 */
const script = `(function(){try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(LAST_READ_KEY)})||"null");if(!p||typeof p.slug!=="string")return;var h=${JSON.stringify(weekHref(""))}+encodeURIComponent(p.slug);var a=document.querySelectorAll(".course-tree a[href]");for(var i=0;i<a.length;i++){if(a[i].getAttribute("href")!==h)continue;for(var e=a[i].parentElement;e;e=e.parentElement){if(e.tagName==="DETAILS")e.open=true}}}catch(e){}})();`;

export function OpenLastReadFold() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
