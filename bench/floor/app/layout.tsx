import type { ReactNode } from "react";

export const metadata = { title: "Week 8 (floor)" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko">
      <body>{children}</body>
    </html>
  );
}
