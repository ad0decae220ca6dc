import { openSite, visit, axeViolations } from "./helpers.ts";
const site = await openSite();
for (const path of ["/figures", "/countries/PAK", "/prevalence", "/countries"]) {
  const { page } = await visit(site, path, "body");
  await page.waitForTimeout(1500);
  const dots = page.locator("g.figure-dots circle");
  if (await dots.count()) { await dots.first().hover(); await page.waitForTimeout(500); }
  console.log(path, await axeViolations(page));
  await page.close();
}
await site.close();
