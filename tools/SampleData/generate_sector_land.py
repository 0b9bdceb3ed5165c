#!/usr/bin/env python3
"""Writes samples/ordos/sector_land.csv: the ILLUSTRATIVE land-use (3.B) activity of Ordos (鄂尔多斯市) for `ghg demo`.

    python3 tools/SampleData/generate_sector_land.py samples/ordos

Deterministic (no clock, no random): the same run writes the same bytes (UTF-8 without BOM, LF line ends).

The rows are NOT published statistics. They are sized from the few published figures named below (see the land section of
samples/ordos/README.md); everything else is an illustrative assumption, named as a constant here and labelled in each row.

Rows, for every banner (康巴什区 from 2016; 东胜区 carries its area in 2015) and every year 2015-2024:
  3.B.1.a forest_area                 forest older than the 20-year conversion period, 万亩
  3.B.1.a wood_removals               plantation thinning and salvage, 立方米 (commercial logging of natural forest stopped in
                                      Inner Mongolia on 2015-04-01: xinhuanet 2019-03-12)
  3.B.1.b afforested_area             planting and sand-fixing shrubs of the last 20 years still standing, 万亩
  3.B.3.a grassland_area              grassland remaining grassland, 万亩
  3.B.3.b grassland_established_area  grass sown and cropland returned to grass in the year, 万亩
The city (150600) has no rows: it is the sum of its banners, as in the energy files.
"""

import os
import sys

SOURCE = "示例数据(非统计公布值) illustrative; not published statistics"

# Land area of each banner, km2. 乌审旗 11645 (scholarmate.com/S/GxcuWa) and 伊金霍洛旗 5600 (../shared/reference
# ordos_banner_facts.csv) are published; the others are approximate (illustrative), adding up to about the city's 86 752 km2.
AREA_KM2 = {
    "150602": 2160, "150603": 370, "150621": 8192, "150622": 7692, "150623": 12318,
    "150624": 20064, "150625": 18903, "150626": 11645, "150627": 5600,
}
# Forest cover of each banner in 2015 (illustrative), chosen so that the city lands near the published 25.06 % of 2012
# (森林资源总量 3266.5 万亩, m.qiqiwenku.com/docx/136443.html) plus three years of planting; 伊金霍洛旗 40 % is its published
# 2012 cover (鄂尔多斯日报 2013-01-18, via lyredcross.com/xy/nmg/129762.html). 库布其 (杭锦旗, 达拉特旗, 准格尔旗) and
# 毛乌素 (乌审旗, 鄂托克前旗, 伊金霍洛旗) banners plant most.
FOREST_COVER_2015 = {
    "150602": 0.33, "150603": 0.38, "150621": 0.27, "150622": 0.30, "150623": 0.24,
    "150624": 0.16, "150625": 0.20, "150626": 0.34, "150627": 0.41,
}
# Share of the forest still in the 20-year conversion period (3.B.1.b) in 2015: most Ordos forest was planted after 2000
# (京津风沙源治理, 退耕还林, 三北 phases; illustrative). It falls by a point a year as older stands pass 20 years.
CONVERSION_SHARE_2015 = 0.60
CONVERSION_SHARE_STEP = 0.01
# Growth of the forest area per year (illustrative; Inner Mongolia's forest cover rose from 21.03 % (8th inventory) to 22.1 %
# in 2019, xinhuanet 2019-03-12 — about 1.2 % a year relative).
FOREST_GROWTH = 0.012
# Wood removals per 万亩 of older forest, m3 (illustrative: thinning only, about 0.06 m3/ha/yr).
REMOVALS_M3_PER_10K_MU = 40.0
# Grassland share of the land (illustrative; Ordos is a steppe and desert-steppe region).
GRASSLAND_SHARE = {
    "150602": 0.35, "150603": 0.20, "150621": 0.45, "150622": 0.45, "150623": 0.60,
    "150624": 0.65, "150625": 0.55, "150626": 0.50, "150627": 0.40,
}
# Grass sown and returned to grass each year, share of the grassland (illustrative; Inner Mongolia sowed 2.89 亿亩 of grass
# in ten years over about 13 亿亩 of grassland, about 2 % a year: paper.lifeyk.com 2023-06-10; Ordos taken at 0.8 %).
ESTABLISHED_SHARE = 0.008

MU_PER_KM2 = 1500.0  # 1 km2 = 100 ha = 1500 亩 (1 公顷 = 15 亩)


def banners(year):
    return [r for r in AREA_KM2 if not (r == "150603" and year < 2016)]


def area_10k_mu(region, year):
    """The banner's land in 万亩; 东胜区 carries 康巴什区's area before 2016."""
    km2 = AREA_KM2[region] + (AREA_KM2["150603"] if region == "150602" and year < 2016 else 0)
    return km2 * MU_PER_KM2 / 1e4


def jitter(region, year, k):
    """A deterministic ±2 % wobble from the row key, so that banners do not move in lock-step."""
    h = 2166136261
    for ch in f"{region}|{year}|{k}":
        h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
    return 1 + ((h % 4001) - 2000) / 100000.0


def rows():
    out = []
    for year in range(2015, 2025):
        for region in banners(year):
            land = area_10k_mu(region, year)
            cover = FOREST_COVER_2015[region if region != "150602" or year >= 2016 else "150602"]
            forest = land * cover * (1 + FOREST_GROWTH) ** (year - 2015) * jitter(region, year, "f")
            share = CONVERSION_SHARE_2015 - CONVERSION_SHARE_STEP * (year - 2015)
            converted = forest * share
            remaining = forest - converted
            removals = remaining * REMOVALS_M3_PER_10K_MU * jitter(region, year, "w")
            grass = land * GRASSLAND_SHARE[region] * jitter(region, year, "g")
            sown = grass * ESTABLISHED_SHARE * jitter(region, year, "s")
            out += [
                (region, year, "3.B.1.a", "forest_area", remaining, "万亩",
                 f"森林面积 = 土地面积 × 森林覆盖率(2015年 {cover:.0%}) × 1.012^(年-2015); 其中 {1 - share:.0%} 为20年以上林地"),
                (region, year, "3.B.1.a", "wood_removals", removals, "立方米",
                 "抚育间伐 40 立方米/万亩 (2015年4月起内蒙古停止天然林商业性采伐)"),
                (region, year, "3.B.1.b", "afforested_area", converted, "万亩",
                 f"20年内造林保存面积(含库布其、毛乌素防沙治沙灌木林) = 森林面积 × {share:.0%}"),
                (region, year, "3.B.3.a", "grassland_area", grass, "万亩",
                 f"草地面积 = 土地面积 × {GRASSLAND_SHARE[region]:.0%}"),
                (region, year, "3.B.3.b", "grassland_established_area", sown, "万亩",
                 f"当年人工种草及退耕还草 = 草地面积 × {ESTABLISHED_SHARE:.1%}"),
            ]
    return out


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join("samples", "ordos")
    path = os.path.join(folder, "sector_land.csv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("region,year,category,activity,value,unit,source,note\n")
        for region, year, category, activity, value, unit, note in rows():
            f.write(f"{region},{year},{category},{activity},{value:.2f},{unit},{SOURCE},{note}\n")
    # The city's totals, for the README's sizing table.
    for year in (2015, 2020, 2024):
        sel = [r for r in rows() if r[1] == year]
        s = {a: sum(round(r[4], 2) for r in sel if r[3] == a) for a in
             ("forest_area", "afforested_area", "wood_removals", "grassland_area", "grassland_established_area")}
        land = sum(area_10k_mu(r, year) for r in banners(year))
        print(year, {k: round(v, 2) for k, v in s.items()},
              f"forest cover {(s['forest_area'] + s['afforested_area']) / land:.2%}")


if __name__ == "__main__":
    main()
