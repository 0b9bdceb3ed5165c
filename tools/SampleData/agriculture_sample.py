#!/usr/bin/env python3
"""Writes samples/ordos/sector_agriculture.csv: the ILLUSTRATIVE Ordos agriculture rows (issue 15, item 4).

Run from the repository root:  python3 tools/SampleData/agriculture_sample.py
Deterministic (no randomness). Every number below is invented and sized as samples/ordos/README.md ("Agriculture") says;
none is a published statistic except the grain output used to scale crop residue N (ordos_city_facts.csv, chinadaily).
The city is the sum of its banners: rows are written for the banners only.
"""
import csv, os

YEARS = range(2015, 2025)
BANNERS = ["150602", "150603", "150621", "150622", "150623", "150624", "150625", "150626", "150627"]
SOURCE = "示例数据(非统计公布值) illustrative; not published statistics"

# City size in 2020, 10^4 head (annual average population, taken as the year-end stock), and yearly change (ILLUSTRATIVE).
HERDS = {  # activity: (city 2020 in 万头/万只, growth per year, unit, shares key)
    "goats": (420.0, 0.005, "万只", "goats"),
    "sheep": (330.0, 0.005, "万只", "sheep"),
    "beef_cattle": (32.0, 0.06, "万头", "cattle"),
    "dairy_cattle": (5.0, 0.03, "万头", "cattle"),
    "pigs": (60.0, 0.02, "万头", "pigs"),
    "poultry": (450.0, 0.02, "万只", "pigs"),
    "horses": (1.2, -0.04, "万匹", "pastoral"),
    "donkeys": (1.5, -0.04, "万头", "pastoral"),
    "mules": (0.4, -0.05, "万头", "pastoral"),
    "camels": (1.1, 0.01, "万峰", "pastoral"),
}
# Banner shares (ILLUSTRATIVE): 鄂托克旗 is the home of the 阿尔巴斯白绒山羊; 达拉特旗 the Yellow River farming and pig/cattle banner.
SHARES = {
    #            东胜   康巴什  达拉特  准格尔  鄂前   鄂托克  杭锦   乌审   伊金霍洛
    "goats":    [0.008, 0.002, 0.10, 0.08, 0.17, 0.30, 0.16, 0.13, 0.05],
    "sheep":    [0.008, 0.002, 0.22, 0.10, 0.14, 0.10, 0.18, 0.17, 0.08],
    "cattle":   [0.02, 0.01, 0.30, 0.14, 0.09, 0.08, 0.12, 0.12, 0.12],
    "pigs":     [0.03, 0.01, 0.38, 0.18, 0.06, 0.05, 0.10, 0.07, 0.12],
    "pastoral": [0.0, 0.0, 0.08, 0.07, 0.20, 0.30, 0.20, 0.10, 0.05],
    "crops":    [0.015, 0.005, 0.35, 0.12, 0.09, 0.06, 0.18, 0.10, 0.08],
}
# Pigs: the 2019-2020 African swine fever dip (ILLUSTRATIVE shape).
PIG_DIP = {2019: 0.85, 2020: 0.80, 2021: 0.95}
# Grain output, 10^4 t: 2021-2023 published (ordos_city_facts.csv, chinadaily 2022-09-19, 2023-01-19, 2023-12-28); others ILLUSTRATIVE.
GRAIN = {2015: 160, 2016: 165, 2017: 170, 2018: 178, 2019: 185, 2020: 192, 2021: 201, 2022: 210, 2023: 218, 2024: 222}
SYNTHETIC_N_2020_T = 60000.0   # t N (about 150 kg N/ha on about 400 000 ha), ILLUSTRATIVE; -1.5 %/yr after 2016 (zero-growth fertiliser action)
MANURE_N_2020_T = 20000.0      # t N applied to fields, ILLUSTRATIVE
RESIDUE_N_PER_GRAIN = 15000.0 / 192  # t N returned per 10^4 t grain, ILLUSTRATIVE


def herd(activity, year):
    size, growth, _, _ = HERDS[activity]
    value = size * (1 + growth) ** (year - 2020)
    if activity == "pigs":
        value *= PIG_DIP.get(year, 1.0) / PIG_DIP[2020]
    return value


def shares(key, year):
    s = list(SHARES[key])
    if year < 2016:  # 康巴什区 was created in 2016 from 东胜区: before, its share is 东胜区's
        s[0] += s[1]
        s[1] = 0.0
    return s


def main():
    rows = []
    for year in YEARS:
        banners = [b for b in BANNERS if not (b == "150603" and year < 2016)]
        for activity, (_, _, unit, key) in HERDS.items():
            for b, share in zip(BANNERS, shares(key, year)):
                if b not in banners:
                    continue
                value = round(herd(activity, year) * share, 2)
                if value == 0:
                    rows.append([b, year, "3.A", activity, "NO", unit, SOURCE, "城区无此畜种 (NO): none kept in the urban district"])
                else:
                    rows.append([b, year, "3.A", activity, f"{value:.2f}", unit, SOURCE,
                                 "年平均存栏, 以年末存栏代 (IPCC 2006 Vol.4 Eq.10.1); annual average head taken as year-end stock; sized in samples/ordos/README.md"])
            # the banners' shares sum to 1, so the city is the sum of the banners
        synthetic = SYNTHETIC_N_2020_T * (1 - 0.015) ** (year - 2020)
        residue = RESIDUE_N_PER_GRAIN * GRAIN[year]
        manure = MANURE_N_2020_T * (1 + 0.02) ** (year - 2020)
        for activity, total, note in [
            ("synthetic_n", synthetic, "化肥施用量折纯氮(含复合肥含氮量); nitrogen only, compound fertiliser N included"),
            ("manure_n_applied", manure, "施入农田的粪肥氮; manure N applied to fields"),
            ("crop_residue_n", residue, "还田秸秆氮, 按粮食产量折算; crop residue N scaled on grain output (2021-2023 grain published)"),
        ]:
            for b, share in zip(BANNERS, shares("crops", year)):
                if b in banners:
                    rows.append([b, year, "3.C.4", activity, f"{total * share:.0f}", "吨", SOURCE, note])
        for b in banners:
            rows.append([b, year, "3.C.7", "rice_area", "NO", "公顷", SOURCE,
                         "鄂尔多斯基本不种植水稻 (NO); essentially no rice is grown in Ordos"])
    out = os.path.join("samples", "ordos", "sector_agriculture.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region", "year", "category", "activity", "value", "unit", "source", "note"])
        w.writerows(rows)
    print(f"{out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
