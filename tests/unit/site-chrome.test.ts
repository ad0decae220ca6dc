// The helpers scripts/postbuild.mjs uses to finish every built page.
import { describe, expect, it } from "vitest";
import { escapeHtml, relativePath } from "../../scripts/site-chrome.mjs";

describe("site chrome", () => {
  it("makes root links relative to the page, as Framework writes them", () => {
    expect(relativePath("/index", "/")).toBe("./");
    expect(relativePath("/tiers", "/glotip")).toBe("./glotip");
    expect(relativePath("/countries/PAK", "/tiers")).toBe("../tiers");
    expect(relativePath("/countries/PAK", "/countries/IND")).toBe("./IND");
    expect(relativePath("/countries/PAK", "/_file/favicon.c1354768.svg")).toBe("../_file/favicon.c1354768.svg");
  });

  it("escapes a title taken from the data, markup and all", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)"> & 'quotes'`)).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;",
    );
  });
});
