import { describe, expect, it } from "vitest";
import { rejectRequest } from "../../../scripts/request-guard.mjs";

describe("rejectRequest", () => {
  it("passes reads of ordinary and Korean addresses to Next", () => {
    expect(rejectRequest("GET", "/weeks/week-08")).toBeNull();
    expect(rejectRequest("HEAD", "/")).toBeNull();
    expect(rejectRequest("GET", "/weeks/week-08#3%EA%B0%95-mlops-serving")).toBeNull();
    expect(rejectRequest("GET", "/search?q=%EB%A7%88%EC%8A%A4%EC%BB%A4")).toBeNull();
  });

  it("leaves a broken escape in the query to the page", () => {
    expect(rejectRequest("GET", "/search?q=%")).toBeNull();
  });

  it("answers 405 to every method that is not a read", () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "CONNECT"]) {
      expect(rejectRequest(method, "/weeks/week-08")?.status, method).toBe(405);
    }
  });

  it("answers 404 to paths whose %-escapes are not UTF-8", () => {
    for (const path of [
      "/weeks/%",
      "/weeks/%ZZ",
      "/weeks/%E0%A4%A",
      "/weeks/%C0%AE%C0%AE%2fpackage.json",
      "/note-images/%",
      "/search/text/%E0%A4%A.json",
    ]) {
      expect(rejectRequest("GET", path), path).toEqual({ status: 404, reason: expect.stringContaining("%-escape") });
    }
  });
});
