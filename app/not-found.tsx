import { IntentLink } from "@/components/site/IntentLink";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-2 text-3xl font-extrabold tracking-tight">페이지를 찾을 수 없습니다</h1>
      <p className="mt-4 text-muted">주소가 바뀌었거나 없는 주차입니다. 홈에서 주차 목록을 확인하세요.</p>
      <IntentLink href="/" className="mt-8 inline-block rounded-lg bg-accent px-5 py-2.5 font-semibold text-page hover:opacity-90">
        홈으로 돌아가기
      </IntentLink>
    </div>
  );
}
