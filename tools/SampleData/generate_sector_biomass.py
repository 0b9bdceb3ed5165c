#!/usr/bin/env python3
"""Writes samples/ordos/sector_biomass.csv: the ILLUSTRATIVE rural biomass fuel and international-bunker rows of the Ordos
sample (issue 15, items 8 and 11). Deterministic (no clock, no random): run from the repository root,

    python3 tools/SampleData/generate_sector_biomass.py samples/ordos

Sizing (every number is illustrative, not a published statistic; see samples/ordos/README.md, "Biomass and bunkers"):
  * rural population of the city 0.50 million in 2015 falling linearly to 0.43 million in 2024 (illustrative, against the
    7th-census total of 2.1536 million and an urbanisation rate near 77 %, ../shared/reference/ordos_city_facts.csv);
  * per rural person: firewood (薪柴) 40 -> 15 kg/yr, straw (秸秆) 60 -> 20 kg/yr, biomass briquettes (生物质成型燃料)
    1 -> 14 kg/yr (clean-heating substitution), all linear 2015 -> 2024, illustrative;
  * split over banners by the rural-household weights of GenerateOrdosSample.cs (RuralCoalWeight, 康巴什区 given 1);
  * 1.A.3.a.i international aviation bunker: jet kerosene uplifted for international flights at 鄂尔多斯伊金霍洛国际机场 in
    伊金霍洛旗 (150627) only: 400 t/yr 2015-2019, NO 2020-2022 (international flights assumed suspended), 250 t/yr 2023-2024,
    illustrative; every other banner NO (no airport);
  * 1.A.3.d.i international navigation bunker: NO for every banner (an inland city: no international shipping).
康巴什区 (150603) has no rows in 2015, as in the energy files (split from 东胜区 in 2016; 东胜区 carries it that year).
"""
import os
import sys

ILLUSTRATIVE = "示例数据(非统计公布值) illustrative; not published statistics"
BANNERS = {  # code: rural-household weight (GenerateOrdosSample.cs RuralCoalWeight; 康巴什区 1)
    "150602": 4, "150603": 1, "150621": 24, "150622": 17, "150623": 10,
    "150624": 9, "150625": 14, "150626": 10, "150627": 12,
}
FIRST, LAST = 2015, 2024


def lerp(a, b, year):
    return a + (b - a) * (year - FIRST) / (LAST - FIRST)


def main(out_dir):
    rows = ["region,year,category,activity,value,unit,source,note,use"]
    for year in range(FIRST, LAST + 1):
        banners = {c: w for c, w in BANNERS.items() if not (c == "150603" and year < 2016)}
        total_w = sum(banners.values())
        rural = lerp(0.50e6, 0.43e6, year)
        for code, weight in banners.items():
            share = weight / total_w
            for activity, kg_from, kg_to, note in (
                ("firewood", 40, 15, "农村居民生活用薪柴"),
                ("straw", 60, 20, "农村居民生活用秸秆"),
                ("biomass_briquettes", 1, 14, "清洁取暖生物质成型燃料"),
            ):
                tonnes = round(rural * share * lerp(kg_from, kg_to, year) / 1000, 2)
                rows.append(f"{code},{year},1.A.4.b,{activity},{tonnes:.2f},吨,{ILLUSTRATIVE},{note},")
            if code == "150627":
                if 2020 <= year <= 2022:
                    rows.append(f"{code},{year},1.A.3.a.i,kerosene,NO,,{ILLUSTRATIVE},国际航班停航(示例假设),")
                else:
                    tonnes = 400 if year < 2020 else 250
                    rows.append(f"{code},{year},1.A.3.a.i,kerosene,{tonnes:.2f},吨,{ILLUSTRATIVE},鄂尔多斯伊金霍洛国际机场 国际航班加注航煤,")
            else:
                rows.append(f"{code},{year},1.A.3.a.i,kerosene,NO,,{ILLUSTRATIVE},本旗区无机场，无国际航空加油,")
            rows.append(f"{code},{year},1.A.3.d.i,fuel_oil,NO,,{ILLUSTRATIVE},内陆城市，无国际水运燃料舱,")
    path = os.path.join(out_dir, "sector_biomass.csv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print(f"{path}: {len(rows) - 1} rows")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join("samples", "ordos"))
