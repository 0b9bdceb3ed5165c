#!/usr/bin/python3
"""Writes samples/ordos/sector_waste.csv: municipal solid waste landfilled (4.A.1, msw) by banner, 2015-2024. ILLUSTRATIVE.

Run from the repository root: /usr/bin/python3 tools/SampleData/generate_waste_sample.py
Population: the banner split of tools/SampleData/waste_sizing.csv (illustrative; its 'basis' column says which figures are
published), scaled each year to the city population of ../shared/reference F1 (2018 207.84, 2020 215.36, 2022 220.07,
2023 222.03 (10k); the other years interpolated or held, illustrative). Waste landfilled per person: 0.8 kg a day, an
illustrative figure (no published Ordos per-capita MSW was found), all of it to managed anaerobic landfills (4.A.1).

Incineration (4.C.1), ILLUSTRATIVE: a waste-to-energy plant serving the central city (东胜区 and 康巴什区) from 2019 burns
0.3 kg a person a day of their residents' waste besides the landfilled amount; the other banners and the earlier years write NO
(not occurring, with the reason in the note; never a blank or a 0 beside a later amount). The burned waste is split by an illustrative composition (no published Ordos
survey was found): food 55 %, paper 10 %, plastics 12 %, textiles 3 % (the rest, inert, is not entered: it has no carbon)."""
import csv

CITY = {2015: 204.0, 2016: 205.3, 2017: 206.6, 2018: 207.84, 2019: 211.6, 2020: 215.36, 2021: 217.7, 2022: 220.07, 2023: 222.03, 2024: 223.0}
KG_PER_PERSON_DAY = 0.8
INCINERATED_KG_PER_PERSON_DAY = 0.3
INCINERATING = {'150602', '150603'}
FIRST_INCINERATION_YEAR = 2019
COMPOSITION = [('food_waste', 0.55, '厨余'), ('paper_waste', 0.10, '废纸'), ('plastic_waste', 0.12, '废塑料'), ('textile_waste', 0.03, '废纺织物')]

with open('tools/SampleData/waste_sizing.csv', encoding='utf-8') as f:
    banners = list(csv.DictReader(f))
share_total = sum(float(b['population_2020_10k']) for b in banners)
with open('samples/ordos/sector_waste.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['region', 'year', 'category', 'activity', 'value', 'unit', 'source', 'note'])
    for year, city in CITY.items():
        for b in banners:
            people = city * 1e4 * float(b['population_2020_10k']) / share_total
            tonnes = people * KG_PER_PERSON_DAY * 365 / 1000
            w.writerow([b['region'], year, '4.A.1', 'msw', f'{tonnes / 1e4:.2f}', '万吨',
                        '示例数据 illustrative; not published statistics',
                        f'生活垃圾填埋量: 人口×0.8千克/人·日 (示例) {b["name"]}'])
            burned = people * INCINERATED_KG_PER_PERSON_DAY * 365 / 1000 if b['region'] in INCINERATING and year >= FIRST_INCINERATION_YEAR else 0.0
            for activity, share, words in COMPOSITION:
                w.writerow([b['region'], year, '4.C.1', activity, f'{burned * share / 1e4:.3f}' if burned else 'NO', '万吨',
                            '示例数据 illustrative; not published statistics',
                            f'焚烧量({words}): 人口×0.3千克/人·日×{share:.0%} (示例) {b["name"]}' if burned else f'无垃圾焚烧厂, 不发生 (示例) {b["name"]}'])
