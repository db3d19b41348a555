import type { ComponentProps } from "react";

/** Wide tables scroll on their own instead of widening the page on phones. */
export function ScrollableTable(props: ComponentProps<"table">) {
  return (
    <div className="table-scroll overflow-x-auto" role="region" aria-label="표" tabIndex={0}>
      <table {...props} />
    </div>
  );
}
