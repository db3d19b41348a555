import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, scriptHash, securityHeaders } from "@/lib/security/csp";
import { inlineScriptHashes, withPolicyMeta } from "@/lib/security/inline-scripts";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/u);
      return [name, values];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it("allows scripts from the site and the listed hashes only", () => {
    const policy = directives(contentSecurityPolicy({ hashes: ["sha256-abc=", "sha256-def="] }, "header"));
    expect(policy.get("script-src")).toEqual(["'self'", "'sha256-abc='", "'sha256-def='"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    // With a hash present, 'unsafe-inline' would be ignored for scripts anyway; it must not be there at all.
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("takes a nonce for pages rendered per request, beside the hashes of constant scripts", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "bm9uY2U=", hashes: ["sha256-abc="] }, "header"));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'sha256-abc='"]);
  });

  it("leaves frame-ancestors out of a <meta> policy, where browsers ignore it", () => {
    const policy = directives(contentSecurityPolicy({ hashes: [] }, "meta"));
    expect(policy.has("frame-ancestors")).toBe(false);
    expect(policy.get("script-src")).toEqual(["'self'"]);
  });

  it("sends the headers every response needs, with a policy that cannot block a page's own scripts", () => {
    const names = securityHeaders.map((header) => header.key);
    expect(names).toEqual(
      expect.arrayContaining(["Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy"]),
    );
    const base = securityHeaders.find((header) => header.key === "Content-Security-Policy")?.value ?? "";
    expect(directives(base).has("script-src")).toBe(false);
    expect(directives(base).has("default-src")).toBe(false);
  });
});

describe("inline script hashes", () => {
  it("hashes each inline script's text the way browsers do (sha256, base64)", () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash("alert(1)")).toBe("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
  });

  it("lists inline scripts once each, skipping external ones", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>a()</script><script src="/x.js"></script></head><body><script>b()</script><script>a()</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([scriptHash("a()"), scriptHash("b()")]);
  });

  it("hashes the raw script text, entities and markup-like text included", () => {
    const source = 'self.__next_f.push([1,"<div>&amp;</div>\\n"])';
    expect(inlineScriptHashes(`<html><head></head><body><script>${source}</script></body></html>`)).toEqual([scriptHash(source)]);
  });
});

describe("withPolicyMeta", () => {
  it("puts the policy right after <meta charset>, before every script", () => {
    const html = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><script>a()</script></head><body></body></html>`;
    const out = withPolicyMeta(html, "script-src 'self' 'sha256-x'");
    expect(out).toBe(
      `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-x'"/><script>a()</script></head><body></body></html>`,
    );
  });

  it("goes first in <head> when there is no charset declaration", () => {
    const out = withPolicyMeta("<html><head><title>t</title></head><body></body></html>", "default-src 'self'");
    expect(out.indexOf("Content-Security-Policy")).toBeLessThan(out.indexOf("<title>"));
  });

  it("escapes quotes in the policy and refuses a document without head content", () => {
    expect(withPolicyMeta("<html><head><title>t</title></head></html>", 'a "b"')).toContain('content="a &quot;b&quot;"');
    expect(() => withPolicyMeta("<p>no head</p>", "x")).toThrow(/no <head> content/u);
  });
});
