// The example queries offered on the Explore page (src/explore.md), each with its title.
export const EXAMPLES: { title: string; sql: string }[] = [
  {
    title: "Pakistan and India, prevalence by Global Slavery Index edition",
    sql: `SELECT edition, country_name, prevalence_per_1000, estimated_number
FROM gsi
WHERE country IN ('PAK', 'IND')
ORDER BY edition, country_name`,
  },
  {
    title: "Tier changes since 2015, South Asia",
    sql: `SELECT country_name, year, tier, lag(tier) OVER w AS previous_tier
FROM tiers
WHERE country IN ('PAK', 'IND', 'BGD', 'NPL', 'AFG', 'LKA', 'BTN', 'MDV') AND year >= 2015
WINDOW w AS (PARTITION BY country ORDER BY year)
QUALIFY tier IS DISTINCT FROM previous_tier AND previous_tier IS NOT NULL
ORDER BY year, country_name`,
  },
  {
    title: "Tier cells by agreement status and year",
    sql: `SELECT year, status, count(*) AS cells
FROM tiers
GROUP BY ALL
ORDER BY year, status`,
  },
  {
    title: "Where tier sources conflict",
    sql: `SELECT o.country_name, o.year, o.value, o.source_title, o.reference_row
FROM tier_observations o JOIN tiers t USING (country, year)
WHERE t.status = 'conflict'
ORDER BY o.country_name, o.year`,
  },
  {
    title: "Global prosecutions by source, 2003–2015",
    sql: `SELECT year, value, source_title, conflict
FROM law_enforcement_global
WHERE measure = 'prosecutions'
ORDER BY year, source_title`,
  },
  {
    title: "Figures per source",
    sql: `SELECT source_title, provenance, count(*) AS figures
FROM figures
GROUP BY ALL
ORDER BY figures DESC`,
  },
  {
    title: "Highest prevalence, 2023 edition",
    sql: `SELECT country_name, prevalence_per_1000
FROM gsi
WHERE edition = 2023 AND prevalence_per_1000 IS NOT NULL
ORDER BY prevalence_per_1000 DESC
LIMIT 15`,
  },
  {
    title: "UNODC: persons convicted by subregion, 2022 (countries reporting, suppressed cells)",
    sql: `SELECT subregion,
  count(DISTINCT iso3) AS countries_reporting,
  sum(value) AS convicted_in_reported_counts,
  count(*) FILTER (WHERE censored) AS cells_under_5
FROM glotip
WHERE edition = '2025-04-14' AND indicator = 'Persons convicted' AND year = 2022
  AND dimension = 'Total' AND sex = 'Total' AND age = 'Total' AND parts = 1 AND iso3 IS NOT NULL
GROUP BY subregion
ORDER BY convicted_in_reported_counts DESC NULLS LAST`,
  },
  {
    title: "UNODC: biggest revisions between GLOTIP editions (national totals)",
    sql: `SELECT country_name, indicator, year,
  old_text, new_text, change_low, change_high
FROM glotip_revisions
WHERE dimension = 'Total' AND sex = 'Total' AND age = 'Total'
ORDER BY abs(change_high) DESC
LIMIT 20`,
  },
  {
    title: "Countries on the CSPA list, by year",
    sql: `SELECT year, count(DISTINCT country) AS countries_listed
FROM cspa
WHERE status = 'listed'
GROUP BY year
ORDER BY year`,
  },
];
