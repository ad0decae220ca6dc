// Issue 26's formatting and labelling defects, each checked on the built site: years never
// printed as quantities ("2,017") in tables, tooltips or axes; time axes with whole, distinct
// years; page titles that name their country or document; copy slips; "unknown" quiet in dark
// mode; country search with aliases and without accents; the picker naming what has no data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { builtRows, openSite, visit, type Site } from "./helpers.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

// A year written as a quantity ("2,017"); not part of a larger number or an amount ("$1,507,127").
const SEPARATED_YEAR = /(?<![\d,.$])(1,9\d\d|2,0\d\d)(?![\d,])/;

/** Every cell of every year-like column (by header) of the page's tables, details opened. */
async function yearCells(page: Page): Promise<string[]> {
  await page.evaluate(() =>
    document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );
  return page.evaluate(() => {
    const out: string[] = [];
    for (const table of document.querySelectorAll("table")) {
      const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim() ?? "");
      // Columns of years or editions ("Year", "TIP Report year"), not "Edition 2023" (its values are counts).
      const years = heads.flatMap((h, i) => (/^((tip report |fiscal )?year|edition)$/i.test(h) ? [i] : []));
      for (const tr of table.querySelectorAll("tbody tr")) {
        const cells = [...tr.children];
        for (const i of years) out.push(cells[i]?.textContent?.trim() ?? "");
      }
    }
    return out;
  });
}

/** The tooltip text after pointing at the centre of each of the first `n` marks matching `selector`. */
async function tips(page: Page, selector: string, n = 6): Promise<string[]> {
  const out: string[] = [];
  // The page's first chart is baked into the HTML (no tooltips) until the live one replaces it.
  await expect.poll(() => page.locator(".baked-chart").count(), { timeout: 15_000 }).toBe(0);
  const marks = page.locator(selector);
  const count = Math.min(n, await marks.count());
  for (let i = 0; i < count; i++) {
    let shown: string[] = [];
    // Hover again on each try: a chart redrawn at its final width (resize) drops the tip under a
    // pointer that has not moved.
    // A mark drawn for what is unknown (a shaded "?" year) has no tip of its own: skip it; the
    // callers require tips from the marks that have them.
    await expect
      .poll(
        async () => {
          const mark = marks.nth(Math.floor((i * (await marks.count())) / count));
          // The pointer only reaches what is in the viewport: a chart below the fold is scrolled to.
          await mark.scrollIntoViewIfNeeded();
          const box = await mark.boundingBox();
          if (!box) return 0;
          await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          // Every chart has its own tip layer: keep the one that shows something.
          shown = (await page.locator("g[aria-label=tip]").allTextContents()).filter(Boolean);
          return shown.length;
        },
        { timeout: 4_000 },
      )
      .toBeGreaterThan(0)
      .catch(() => undefined);
    out.push(...shown);
  }
  return out;
}

/** Each x-axis's tick labels, per chart. */
const xTicks = (page: Page) =>
  page.$$eval("svg g[aria-label='x-axis tick label']", (axes) =>
    axes.map((g) => [...g.querySelectorAll("text")].map((t) => t.textContent ?? "").filter(Boolean)),
  );

describe("years are written as years", () => {
  for (const path of ["/tiers", "/glotip", "/countries/PAK", "/prevalence", "/enforcement", "/funding"])
    it(`${path}: no table cell in a year column has a thousands separator`, async () => {
      const { page } = await visit(site, path, "svg");
      const cells = await yearCells(page);
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter((c) => SEPARATED_YEAR.test(c))).toEqual([]);
      expect(cells.some((c) => /^(19|20)\d\d$/.test(c))).toBe(true);
      await page.close();
    });

  it("tooltips on /countries/PAK, /tiers and /funding say 2017, not 2,017", async () => {
    const seen: string[] = [];
    for (const [path, marks] of [
      ["/countries/PAK", "g.tier-dots circle"],
      ["/tiers?countries=PAK,IND", "g.tier-cells rect"],
      ["/funding", "g.funding-bars rect"],
    ]) {
      const { page } = await visit(site, path, marks);
      const texts = await tips(page, marks);
      expect(texts.length, path).toBeGreaterThan(0);
      expect(
        texts.every((t) => /\b(19|20)\d\d\b/.test(t)),
        path,
      ).toBe(true);
      seen.push(...texts);
      await page.close();
    }
    expect(seen.filter((t) => SEPARATED_YEAR.test(t))).toEqual([]);
  });

  it("the tier trajectory's tooltip has its year, and the moves chart's too", async () => {
    const { page } = await visit(site, "/tiers", "svg[aria-label='Upgrades and downgrades per TIP Report year'] rect");
    const texts = await tips(
      page,
      "svg[aria-label='Upgrades and downgrades per TIP Report year'] g.tier-moves-bars rect",
      4,
    );
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => SEPARATED_YEAR.test(t))).toEqual([]);
    await page.close();
  });
});

describe("time axes tick whole years, each once", () => {
  for (const [path, ready] of [
    ["/countries/NGA", "g.timeline-dots, svg"],
    ["/countries/PAK", "g.tier-dots circle"],
    ["/glotip?countries=PAK,IND&breakdown=sex", "g.glotip-known"],
    ["/timeline?country=NGA", "svg"],
    ["/enforcement", "g.enforcement-dots"],
    ["/figures", "g.figure-dots circle"],
  ] as const)
    for (const width of [1280, 375])
      it(`${path} at ${width} px`, async () => {
        const { page } = await visit(site, path, ready, width);
        const axes = (await xTicks(page)).filter((labels) => labels.some((l) => /^(19|20)\d\d$/.test(l)));
        expect(axes.length).toBeGreaterThan(0);
        for (const labels of axes) {
          const years = labels.filter((l) => l.trim());
          expect(new Set(years).size, years.join(" ")).toBe(years.length);
          expect(years.filter((l) => SEPARATED_YEAR.test(l))).toEqual([]);
        }
        await page.close();
      });

  it("no count axis reads 0k or 0M", async () => {
    for (const path of ["/enforcement", "/prevalence?measure=number"]) {
      const { page } = await visit(site, path, "svg");
      const labels = (
        await page.$$eval("svg g[aria-label$='tick label'] text", (t) => t.map((x) => x.textContent))
      ).join(" ");
      expect(labels, path).not.toMatch(/(^|\s|\$)0(\.0+)?[kMB]\b/);
      await page.close();
    }
  });
});

describe("titles and copy", () => {
  it("country and document pages are titled by their country or document", async () => {
    const source = builtRows("sources")[0] as { id: string; title: string };
    for (const [path, name] of [
      ["/countries/PAK", "Pakistan"],
      ["/countries/NGA", "Nigeria"],
      [`/sources/${source.id}`, source.title],
    ]) {
      const { page } = await visit(site, path, "h1");
      expect(await page.title()).toBe(`${name} | tip-atlas`);
      await page.close();
    }
  });

  it("no copy slips: plural counts, one full stop, no engine in the prose, source names not keys", async () => {
    for (const path of ["/figures", "/glotip", "/countries/PAK", "/countries/MDV", "/tiers", "/countries/AFG"]) {
      const { page } = await visit(site, path, "h1");
      await page.evaluate(() =>
        document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      const text = await page.evaluate(() => document.body.innerText);
      expect(text, path).not.toMatch(/\b1 rows\b/);
      expect(text, path).not.toMatch(/\b0 figures\b/);
      expect(text, path).not.toMatch(/[a-z]\.\.(\s|$)/);
      expect(text, path).not.toContain("answering now");
      expect(text, path).not.toMatch(/as named by (csi2013|rttnews2025|stimson2022|hrw2010)/);
      await page.close();
    }
  });

  it("a mark's input file and line are behind a details disclosure, not in the sentence", async () => {
    const { page } = await visit(site, "/countries/PAK", "g.tier-dots circle");
    const dot = (await page.locator("g.tier-dots circle").first().boundingBox())!;
    await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    const source = page.locator(".mark-detail .mark-source").first();
    await source.waitFor();
    expect(await source.textContent()).not.toMatch(/data\/reference\//);
    const reference = page.locator(".mark-detail details.mark-reference").first();
    expect(await reference.getAttribute("open")).toBeNull();
    expect(await reference.textContent()).toMatch(/\.csv:\d+/);
    await page.close();
  });
});

describe("finding countries", () => {
  it("/countries finds Türkiye by Turkey and Côte d'Ivoire by cote, ivory and Côte", async () => {
    const { page } = await visit(site, "/countries", "#country-search");
    const nameOf = (code: string) =>
      (builtRows("tiers").find((r) => r.country === code) as { country_name: string }).country_name;
    const [turkey, ivory] = [nameOf("TUR"), nameOf("CIV")];
    const shown = async (query: string) => {
      await page.locator("#country-search").fill(query);
      return page.$$eval("li[data-search]:not([hidden]) a", (as) => as.map((a) => a.textContent?.trim()));
    };
    expect(await shown("Turkey")).toEqual([turkey]);
    expect(await shown("cote")).toEqual([ivory]);
    expect(await shown("Côte")).toEqual([ivory]);
    expect(await shown("Ivory")).toEqual([ivory]);
    expect(await shown("turkiye")).toEqual([turkey]);
    await page.close();
  });

  it("the country picker on /tiers finds Türkiye by Turkey and adds it", async () => {
    const { page } = await visit(site, "/tiers", "g.tier-cells rect");
    const box = page.locator(".country-picker input[role=combobox]").first();
    await box.fill("Turkey");
    expect(await page.locator(".picker-options [role=option]").allTextContents()).toEqual([
      expect.stringContaining("Türkiye"),
    ]);
    await box.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("countries")).toMatch(/\bTUR\b/);
    await box.fill("cote");
    const ivory = (builtRows("tiers").find((r) => r.country === "CIV") as { country_name: string }).country_name;
    expect((await page.locator(".picker-options [role=option]").allTextContents()).map((t) => t.trim())).toEqual([
      ivory,
    ]);
    await box.fill("Côte");
    expect((await page.locator(".picker-options [role=option]").allTextContents()).map((t) => t.trim())).toEqual([
      ivory,
    ]);
    await page.close();
  });

  it("/prevalence names a country without data and says the Maldives have no estimate", async () => {
    const { page } = await visit(site, "/prevalence?countries=PAK,BTN,MDV", "g.gsi-dots");
    const status = await page.locator(".picker-status").first().textContent();
    expect(status).toContain("No data here for Bhutan");
    expect(status).not.toContain("BTN");
    expect(await page.locator(".no-estimate").first().textContent()).toMatch(/No estimate to draw for Maldives/);
    await page.close();
  });
});

describe("dark mode", () => {
  /** Relative luminance (WCAG) of a computed CSS colour "rgb(r, g, b)". */
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };

  it("'unknown' is quieter than the text in the CSPA grid and the tier map", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: "dark" });
    await page.goto(site.server.url + "/tiers?year=2019");
    await page.waitForSelector("g.tier-map-shapes path");
    await page.waitForLoadState("networkidle");
    const colours = await page.evaluate(() => {
      const swatch = (label: string) =>
        [...document.querySelectorAll("[class$='-swatch']")]
          .filter((s) => s.textContent?.trim().startsWith(label))
          .map((s) => getComputedStyle(s.querySelector("svg rect, svg") as Element).fill);
      return {
        text: getComputedStyle(document.body).color,
        background: getComputedStyle(document.body).backgroundColor,
        unknown: [...swatch("Unknown")],
      };
    });
    expect(colours.unknown.length).toBeGreaterThanOrEqual(2);
    for (const fill of colours.unknown) {
      // Closer to the dark background than to the text: a quiet colour, not the brightest on screen.
      expect(luminance(fill)).toBeLessThan(luminance(colours.text) / 3);
    }
    await page.close();
  });
});
