#!/usr/bin/env python3
"""Writes samples/ordos/sector_fugitive.csv, the ILLUSTRATIVE fugitive-emission activity data (1.B) of the Ordos sample.

    python3 tools/SampleData/generate_fugitive.py            (from the repository root)

Inputs (data, not code): tools/SampleData/fugitive_city_totals.csv (city raw coal and natural gas output by year, each with
its basis: published, derived from published, or illustrative), tools/SampleData/fugitive_banner_shares.csv (illustrative
banner shares and mine-class splits), the low-gas mining factor of emission-factors/ipcc-2006-fugitive/factors.csv (for the
illustrative recovered volumes) and the natural_gas rows of 1.A.4.a/1.A.4.b in samples/ordos/energy_YYYY.csv (city gas
distributed). Deterministic: same inputs, byte-identical output (UTF-8 without BOM, LF).
"""
import csv, os

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
HERE = os.path.join(ROOT, 'tools', 'SampleData')
ILLUSTRATIVE = '示例数据(非统计公布值) illustrative; not published statistics'
BANNERS = ['150602', '150603', '150621', '150622', '150623', '150624', '150625', '150626', '150627']
ENGLISH_UNITS = {'150625'}  # 杭锦旗 writes units in English spellings, as in the energy files


def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def energy_rows(year):
    path = os.path.join(ROOT, 'samples', 'ordos', f'energy_{year}.csv')
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('gb18030')
    return list(csv.DictReader(text.splitlines()))


def num(value):
    s = f'{value:.2f}'.rstrip('0').rstrip('.')
    return s if s != '-0' else '0'


def unit(region, zh):
    en = {'万吨': '10^4 t', '亿立方米': '10^8 m3', '万立方米': '10^4 m3'}
    return en[zh] if region in ENGLISH_UNITS else zh


def main():
    totals = read(os.path.join(HERE, 'fugitive_city_totals.csv'))
    shares = {r['region']: r for r in read(os.path.join(HERE, 'fugitive_banner_shares.csv'))}
    factors = read(os.path.join(ROOT, 'emission-factors', 'ipcc-2006-fugitive', 'factors.csv'))
    low_gas_ef = float(next(r['value'] for r in factors if r['activity'] == 'coal_mined_underground_low_gas' and r['parameter'] == 'coal_mining_ch4_ef'))
    out = []
    for t in totals:
        year = int(t['year'])
        coal_mt, gas_bcm = float(t['coal_mt']), float(t['gas_bcm'])
        gas_used = {}
        for r in energy_rows(year):
            if r['activity'] == 'natural_gas' and r['category'] in ('1.A.4.a', '1.A.4.b'):
                assert r['unit'] in ('万立方米', '10^4 m3'), r
                gas_used[r['region']] = gas_used.get(r['region'], 0.0) + float(r['value'])
        for region in BANNERS:
            if region == '150603' and year == 2015:
                continue  # 康巴什区 was split from 东胜区 in 2016 (samples/ordos/README.md)
            s = shares[region]
            coal_share, surface, high = float(s['coal_share']), float(s['surface_share']), float(s['high_gas_share'])
            low = 1 - surface - high
            coal_note = f"全市原煤产量 {num(coal_mt)} Mt ({t['coal_basis']}) × 本旗份额 {num(coal_share)} × 矿井类型份额 {{}} ({s['basis']})"
            row = lambda cat, act, val, u, note: out.append([region, year, cat, act, val, unit(region, u) if u else '', ILLUSTRATIVE, note, ''])
            if coal_share == 0:
                for act in ('coal_mined_underground_high_gas', 'coal_mined_underground_low_gas', 'coal_mined_surface'):
                    row('1.B.1.a', act, 'NO', '', f"no coal mine in this district (illustrative: {s['basis']})")
            else:
                for act, part in (('coal_mined_underground_high_gas', high), ('coal_mined_underground_low_gas', low), ('coal_mined_surface', surface)):
                    if part == 0:
                        row('1.B.1.a', act, 'NO', '', 'illustrative: Ordos mines are mostly surface and low-gas (../shared/reference); no mine of this class assumed here')
                    else:
                        row('1.B.1.a', act, num(coal_mt * 100 * coal_share * part), '万吨', coal_note.format(num(part)))
                low_t = coal_mt * 1e6 * coal_share * low
                for act, pct in (('coal_mine_methane_utilized', float(s['utilized_pct'])), ('coal_mine_methane_flared', float(s['flared_pct']))):
                    if pct > 0:
                        m3 = low_t * low_gas_ef * pct / 100
                        row('1.B.1.a', act, num(m3 / 1e4), '万立方米',
                            f"illustrative: {num(pct)} % of the low-gas mining methane ({num(low_t / 1e4)} 万吨 × {low_gas_ef:g} m3/t), pure CH4")
            gas_share = float(s['gas_share'])
            if gas_share == 0:
                row('1.B.2.b', 'natural_gas_produced', 'NO', '', 'no gas field in this banner (illustrative)')
            else:
                produced = gas_bcm * 10 * gas_share
                gas_note = f"全市天然气产量 {num(gas_bcm)} bcm ({t['gas_basis']}) × 本旗份额 {num(gas_share)} ({s['basis']})"
                row('1.B.2.b', 'natural_gas_produced', num(produced), '亿立方米', gas_note)
                if s['processed_here'] == 'yes':
                    row('1.B.2.b', 'natural_gas_processed', num(produced), '亿立方米', 'illustrative: all gas produced assumed processed at the field plants of the banner')
                row('1.B.2.b', 'natural_gas_transmitted', 'NE', '', 'long-distance pipeline throughput within the banner not surveyed (illustrative sample)')
            if region in gas_used:
                row('1.B.2.b', 'natural_gas_distributed', num(gas_used[region]), '万立方米',
                    f'illustrative: city gas delivered = natural_gas of 1.A.4.a + 1.A.4.b in energy_{year}.csv')
    path = os.path.join(ROOT, 'samples', 'ordos', 'sector_fugitive.csv')
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['region', 'year', 'category', 'activity', 'value', 'unit', 'source', 'note', 'use'])
        w.writerows(out)
    print(f'{path}: {len(out)} rows')


if __name__ == '__main__':
    main()
