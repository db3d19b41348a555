"use client";

import { useEffect } from "react";

/**
 * Sets `data-hydrated` on `<html>` once React has hydrated the layout and run its effects:
 * hydration changes nothing a reader sees (every control is in the server HTML), so tests
 * and measurements wait for this instead of reading React's internal keys. Rendered last in
 * the layout, after every island of the page outside a Suspense boundary.
 */
export function HydratedMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
