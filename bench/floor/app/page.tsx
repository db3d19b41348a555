import Link from "next/link";

export default function Home() {
  return (
    <main>
      <h1>Floor</h1>
      <Link href="/weeks/week-08">Week 8</Link>
    </main>
  );
}
