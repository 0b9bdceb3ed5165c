#!/usr/bin/python3
"""Writes samples/ordos/sector_ippu.csv, the ILLUSTRATIVE industrial-process and F-gas sample that `ghg demo` ingests.

    python3 tools/SampleData/generate_ippu_sample.py samples/ordos

The numbers are NOT published statistics: no Ordos output of clinker, lime, carbide, ferroalloys, steel or ammonia, and no F-gas
survey, was found (see samples/ordos/README.md). Sizes come from tools/SampleData/ippu_sizing.csv (each row says what it is sized
against) and the banner weights of tools/SampleData/ippu_weights.csv; years between 2015 and 2024 are interpolated linearly.
Where a banner has none of the three main process industries (2.A.1 clinker, 2.B.5 carbide, 2.C.2 ferroalloys) it gets an NO row
with the reason, so every banner has rows for every year. Deterministic: the same inputs give the same file (UTF-8, LF).
"""
import csv, os, sys

here = os.path.dirname(os.path.abspath(__file__))
out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join('samples', 'ordos')
banners = ['150602', '150603', '150621', '150622', '150623', '150624', '150625', '150626', '150627']
years = range(2015, 2025)
SOURCE = '示例数据(非统计公布值) illustrative; not published statistics'

sizing = list(csv.DictReader(open(os.path.join(here, 'ippu_sizing.csv'), encoding='utf-8')))
weights = {r['region']: r for r in csv.DictReader(open(os.path.join(here, 'ippu_weights.csv'), encoding='utf-8'))}

def value(row, year):
    a, b = float(row['value_2015']), float(row['value_2024'])
    return a + (b - a) * (year - 2015) / 9

def fmt(x):
    return f'{x:.3f}'.rstrip('0').rstrip('.')

rows = []
for year in years:
    for s in sizing:
        if s['region'] == '150600':
            column = 'sf6_weight' if s['activity'].startswith('sf6') else 'fgas_weight'
            for b in banners:
                rows.append([b, year, s['category'], s['activity'], fmt(value(s, year) * float(weights[b][column])), s['unit'], SOURCE, s['note']])
        else:
            rows.append([s['region'], year, s['category'], s['activity'], fmt(value(s, year)), s['unit'], SOURCE, s['note']])
    for category, activity, what in [('2.A.1', 'clinker', '水泥熟料生产 cement clinker'), ('2.B.5', 'calcium_carbide', '电石生产 calcium carbide'),
                                     ('2.C.2', 'ferrosilicon_75', '铁合金生产 ferroalloys')]:
        present = {s['region'] for s in sizing if s['category'] == category}
        for b in banners:
            if b not in present:
                rows.append([b, year, category, activity, 'NO', '万吨', SOURCE, f'本旗区无{what.split()[0]}企业(示例) no {what.split(" ", 1)[1]} plant in the banner (illustrative)'])
    # The carbide of the 鄂托克旗 chain goes to acetylene for vinyl chloride (PVC): its carbon stays in the product, so no acetylene CO2.
    rows.append(['150624', year, '2.B.5', 'calcium_carbide_to_acetylene', 'NO', '万吨', SOURCE,
                 '电石制乙炔用于氯乙烯/PVC, 碳留在产品中(示例) carbide acetylene goes to vinyl chloride (PVC): its carbon stays in the product (illustrative)'])

rows.sort(key=lambda r: (r[1], r[0], r[2], r[3]))
path = os.path.join(out_dir, 'sector_ippu.csv')
with open(path, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['region', 'year', 'category', 'activity', 'value', 'unit', 'source', 'note'])
    w.writerows(rows)
print(f'{path}: {len(rows)} rows')
