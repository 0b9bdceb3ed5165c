#!/usr/bin/python3
"""Independent numpy implementation of the scenario projection and Monte Carlo (docs/scenarios.md §4–§7), the second tool of
the cross-check of `ghg scenario run` (issue 16). Written from the document only, not from the C# engine.

usage:
  scenario_numpy.py BASE.json SCENARIO.toml [--iterations N] [--seed S] [--central] [--catalogue CSV]
  scenario_numpy.py --self-test

BASE.json is what `ghg scenario base FILE --out base.json` writes (docs/scenarios.md §3: the frame's ScenarioBase records in
snake_case). Prints one JSON object: the summary keys of `ghg scenario run --format json` (peak_year, peaked_at_base,
peak_co2e_t, p_peak_by_2025, p_peak_by_2030, p_not_peaked, path with central, mean, p05, p25, p50, p75, p95 by year), or with
--central the central path (u = 0.5 on every uncertain dimension) of the city and every part, CO2e excluding and including
LULUCF, t. What it does not compute: the indicators, targets, budgets and sensitivity (the summary and the path only).

Decisions where docs/scenarios.md is silent (kept the same in the C# engine's cross-check; see the issue-16 report):
  * a rate path is interpolated like a level path: flat before its first point, linear between points, flat after the last;
    `value` alone is constant, `value` + `from` is 0 before `from`;
  * activity indices are products of the yearly rates (GDP index Π(1 + g/100) × share ratio), so a part with GDP 0 (the city's
    rest) still follows its growth rates; a share ratio whose base share is 0 is 1;
  * a ratio (T_t/T_b, fuel_t/fuel_b, output_t/output_b) whose base is 0 is 1 for power (heat-only plants are held) and the
    product's growth index for a product without a base output (the cap cannot act); a fuel group absent in the base year
    takes the city's implied CO2 factor of that group in that sector, else of all six energy sectors;
  * CH4 and N2O of every energy sector (power, coke making and other energy industries included) scale with its total
    non-electric fuel; renewable generation of the base year is capacity × the base year's hours (the same in X_b);
  * the Monte Carlo uses numpy's default generator (PCG64) seeded with the seed: it agrees with the C# engine in
    distribution, not draw by draw.
"""
import argparse
import csv
import json
import math
import os
import sys
import tomllib

import numpy as np

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CATALOGUE = os.path.join(REPO, "emission-factors", "vocabulary", "scenario-levers.csv")
ENERGY_SECTORS = ("power", "coke_making", "other_energy_industry", "industry", "transport", "buildings")
GROUPS = ("coal", "oil", "gas")


# ---------------------------------------------------------------------------------------------------------------- reading
def field(obj, name, default=None):
    """obj[name] under snake_case, camelCase or PascalCase."""
    if obj is None:
        return default
    parts = name.split("_")
    for key in (name, parts[0] + "".join(p.title() for p in parts[1:]), "".join(p.title() for p in parts)):
        if key in obj:
            return obj[key]
    return default


MISSING = object()


def need(obj, name, where):
    """obj[name] (any case style), refused when absent: a field the base writer named otherwise is never read as 0."""
    value = field(obj, name, MISSING)
    if value is MISSING:
        raise SystemExit(f"scenario_numpy: the base has no field {name} in {where}")
    return value


def num(value):
    return 0.0 if value is None else float(value)


def region_code(value):
    if isinstance(value, dict):
        value = field(value, "value", field(value, "code"))
    return str(value)


BLOCK_KINDS = ("fugitivecoal", "fugitiveoilgas", "steel", "ferroalloy", "coalchemical", "otherchemical", "minerals", "otherippu",
               "agriculture", "lulucf", "waste")  # the order of the frame's BlockKind (an enum written as a number)


def block_kind(value):
    """A block's kind: the enum name in any case, with or without underscores, or its number; an unknown kind is refused."""
    if isinstance(value, int) or str(value).isdigit():
        if not 0 <= int(value) < len(BLOCK_KINDS):
            raise SystemExit(f"scenario_numpy: block kind {value} is not one of the {len(BLOCK_KINDS)} kinds")
        return BLOCK_KINDS[int(value)]
    kind = str(value).replace("_", "").lower()
    if kind not in BLOCK_KINDS:
        raise SystemExit(f"scenario_numpy: block kind {value!r} is unknown (expected one of {', '.join(BLOCK_KINDS)})")
    return kind


class Sector:
    def __init__(self, obj, where):
        fuel = need(obj, "fuel_tce", where)
        co2 = need(obj, "co2_tonnes", where)
        self.fuel = np.array([num(need(fuel, g, where + ".fuel_tce")) for g in GROUPS])
        self.co2 = np.array([num(need(co2, g, where + ".co2_tonnes")) for g in GROUPS])
        self.ch4 = num(need(obj, "ch4_tonnes", where))
        self.n2o = num(need(obj, "n2o_tonnes", where))
        self.elec = num(need(obj, "electricity_kwh", where))
        # docs/scenarios.md §3: the lines' own CO2e of CH4 and N2O when given (AR6 prices biomass CH4 below fossil), else fossil GWPs.
        self.non_co2_co2e = obj.get("non_co2_co2e_tonnes")

    def non_co2(self, base):
        """CH4 and N2O of the base year in t CO2e: the lines' figure when the base carries it, else at the fossil GWPs."""
        at_fossil = self.ch4 * base.gwp_ch4 + self.n2o * base.gwp_n2o
        return float(self.non_co2_co2e) if self.non_co2_co2e is not None and at_fossil > 0 else at_fossil


class Part:
    def __init__(self, obj):
        self.region = region_code(need(obj, "region", "a part"))
        where = f"part {self.region}"
        self.is_city_rest = bool(need(obj, "is_city_rest", where))
        self.gdp = num(need(obj, "gdp_yuan", where))
        self.va = [num(need(obj, k, where)) for k in ("va1_yuan", "va2_yuan", "va3_yuan")]
        self.population = num(need(obj, "population", where))
        self.sectors = {s: Sector(need(obj, s, where), f"{where}.{s}") for s in ENERGY_SECTORS}
        self.thermal = num(need(obj, "thermal_generation_kwh", where))
        self.consumption = num(need(obj, "consumption_kwh", where))
        self.capacity = num(need(obj, "renewable_capacity_gw", where))  # null: no capacity given
        self.k_cal = num(need(need(obj, "account", where), "calorific_tce_per_kwh", where + ".account"))
        outputs = need(obj, "outputs", where) or {}
        self.outputs = {k: field(outputs, k + "_tonnes") for k in ("steel", "ferroalloy", "coke", "coal_mined")}  # null: unknown
        self.blocks = {}
        for b in need(obj, "blocks", where) or []:
            kind = block_kind(field(b, "kind"))
            if kind in self.blocks:
                raise SystemExit(f"scenario_numpy: part {self.region}: block {kind} is given twice")
            self.blocks[kind] = (num(field(b, "co2_tonnes")), num(field(b, "co2e_tonnes")))

    def key(self):
        return self.region + ("/rest" if self.is_city_rest else "")


class Base:
    def __init__(self, obj):
        self.city = region_code(need(obj, "city", "the base"))
        self.base_year = int(need(obj, "base_year", "the base"))
        gwp = need(obj, "gwp", "the base")
        self.gwp_ch4 = num(need(gwp, "fossil_ch4", "gwp"))
        self.gwp_n2o = num(need(gwp, "n2o", "gwp"))
        self.parts = [Part(p) for p in need(obj, "parts", "the base")]
        if not self.parts:
            raise SystemExit("scenario_numpy: the base has no part")
        # docs/scenarios.md §4: the renewable_capacity path starts from the city's own base-year capacity (the scorecard's) when the
        # history has it, else from the sum of the parts.
        self.city_capacity = None
        for point in (obj.get("history") or {}).get("indicators") or []:
            if (point.get("indicator") == "renewable_capacity" and point.get("rule", "") == "" and str(point.get("region")) == self.city
                    and point.get("year") == self.base_year and point.get("value") is not None):
                self.city_capacity = float(point["value"])


def load_catalogue(path):
    with open(path, encoding="utf-8", newline="") as f:
        return {row["key"]: row for row in csv.DictReader(f)}


class Setting:
    """One lever setting of the file (city-wide, or a region's own)."""

    def __init__(self, key, region, table):
        self.key, self.region = key, region
        self.unit = table.get("unit")
        if "path" in table:
            self.points = sorted((int(y), v) for y, v in table["path"].items())
            self.from_year = None
        else:
            self.points = [(0, table["value"])]
            self.from_year = table.get("from")
        self.uncertain = any(isinstance(v, dict) for _, v in self.points)
        self.has_path = "path" in table

    def name(self):
        return self.key if self.region is None else f"{self.key}@{self.region}"


def load_scenario(path, catalogue):
    with open(path, "rb") as f:
        doc = tomllib.load(f)
    settings = []
    for key, table in doc.get("levers", {}).items():
        row = catalogue.get(key)
        if row is None:
            raise SystemExit(f"scenario_numpy: {path}: lever {key} is not in the catalogue")
        if table.get("unit") != row["unit"]:
            raise SystemExit(f"scenario_numpy: {path}: lever {key} has unit {table.get('unit')!r}, the catalogue's is {row['unit']!r}")
        settings.append(Setting(key, None, table))
        for region, sub in (table.get("regions") or {}).items():
            settings.append(Setting(key, str(region), sub))
    correlations = [(c["a"], c["b"], float(c["rho"])) for c in doc.get("correlation", [])]
    return doc["scenario"], settings, correlations


# ---------------------------------------------------------------------------------------------------------- distributions
Z_EDGE = 3.090232306167813  # Φ⁻¹(0.999): the draws' truncation (docs/scenarios.md §6)


def std_normal_cdf(z):
    return 0.5 * np.vectorize(math.erfc)(-np.asarray(z, dtype=float) / math.sqrt(2.0))


def point_value(spec, z):
    """The value of one path point for standard-normal draws z (u = Φ(z)); a number is fixed."""
    if not isinstance(spec, dict):
        return float(spec)
    dist = spec["dist"]
    if dist == "normal":
        return spec["mean"] + spec["sd"] * z
    if dist == "lognormal":
        return np.exp(math.log(spec["median"]) + math.log(spec["gsd"]) * z)
    u = std_normal_cdf(z)
    if dist == "uniform":
        return spec["min"] + (spec["max"] - spec["min"]) * u
    if dist == "triangular":
        lo, mode, hi = spec["min"], spec["mode"], spec["max"]
        fc = (mode - lo) / (hi - lo)
        left = lo + np.sqrt(u * (hi - lo) * (mode - lo))
        right = hi - np.sqrt((1.0 - u) * (hi - lo) * (hi - mode))
        return np.where(u < fc, left, right)
    raise SystemExit(f"scenario_numpy: unknown distribution {dist!r}")


def interpolate(points, year):
    """points [(year, value array)] sorted: flat before the first, linear between, flat after the last."""
    if year <= points[0][0]:
        return points[0][1]
    for (y0, v0), (y1, v1) in zip(points, points[1:]):
        if year <= y1:
            return v0 + (v1 - v0) * ((year - y0) / (y1 - y0))
    return points[-1][1]


# ------------------------------------------------------------------------------------------------------------- the model
class Model:
    def __init__(self, base, settings, correlations, catalogue, horizon):
        self.base, self.catalogue = base, catalogue
        self.b, self.h = base.base_year, horizon
        self.years = list(range(self.b, horizon + 1))
        self.settings = settings
        self.dims = [s for s in settings if s.uncertain]
        names = [s.name() for s in self.dims]
        corr = np.eye(len(self.dims))
        for a, b_, rho in correlations:
            if a not in names or b_ not in names:
                raise SystemExit(f"scenario_numpy: correlation {a}–{b_}: both must be uncertain levers")
            i, j = names.index(a), names.index(b_)
            corr[i, j] = corr[j, i] = rho
        self.chol = np.linalg.cholesky(corr) if self.dims else np.zeros((0, 0))

    # draws z (n × d): every distributed point of a dimension reads the same z
    def setting_for(self, key, region):
        own = [s for s in self.settings if s.key == key and s.region == region]
        if own:
            return own[0]
        city = [s for s in self.settings if s.key == key and s.region is None]
        return city[0] if city else None

    def z_of(self, setting, z):
        return z[:, self.dims.index(setting)] if setting.uncertain else None

    def points(self, setting, z):
        zz = self.z_of(setting, z)
        return [(y, point_value(v, zz) if isinstance(v, dict) else float(v)) for y, v in setting.points]

    def rate(self, key, region, z, n):
        """Yearly rate, % a year: list over years b+1 … h of arrays (n,)."""
        s = self.setting_for(key, region)
        default = self.catalogue[key]["default"]
        if s is None:
            v = float(default) if default else 0.0
            return [np.full(n, v) for _ in self.years[1:]]
        pts = self.points(s, z)
        out = []
        for t in self.years[1:]:
            if not s.has_path:
                v = pts[0][1] if s.from_year is None or t >= s.from_year else 0.0
            else:
                v = interpolate(pts, t)
            out.append(np.broadcast_to(np.asarray(v, dtype=float), (n,)).copy())
        return out

    def level(self, key, region, z, n, inventory_base):
        """Level path, the lever's unit: list over years b … h of arrays (n,); None when the file does not set it."""
        s = self.setting_for(key, region)
        if s is None:
            return None
        pts = self.points(s, z)
        if self.catalogue[key]["kind"] == "ratio" or not s.has_path:
            v = np.broadcast_to(np.asarray(pts[0][1], dtype=float), (n,))
            return [v for _ in self.years]
        if inventory_base is not None and self.catalogue[key]["base"] == "inventory":
            # The base-year value is the inventory's: a point at or before the base year is refused, as ghg refuses it at bind.
            early = [y for y, _ in pts if y <= self.b]
            if early:
                raise SystemExit(f"scenario_numpy: lever {key}: the base-year value comes from the inventory ({inventory_base:.6g}); "
                                 f"a path point at or before the base year {self.b} is not allowed (found {early[0]})")
            pts = [(self.b, inventory_base)] + pts
        elif not any(y <= self.b for y, _ in pts):
            default = self.catalogue[key]["default"]
            if default == "":
                raise SystemExit(f"scenario_numpy: lever {key} needs a point at or before {self.b}")
            pts = [(self.b, float(default))] + pts
        return [np.broadcast_to(np.asarray(interpolate(pts, t), dtype=float), (n,)) for t in self.years]

    @staticmethod
    def cumulative(rates, sign=1.0):
        """Π over τ = b+1 … t of (1 + sign·r/100), index 1 in the base year: list over years b … h."""
        out = [np.ones_like(rates[0]) if rates else None]
        acc = out[0]
        for r in rates:
            acc = acc * (1.0 + sign * r / 100.0)
            out.append(acc)
        return out

    def project(self, z):
        """CO2e excluding and including LULUCF, t: arrays (areas, n, years); area 0 the city, then the parts."""
        base, n, Y = self.base, z.shape[0], len(self.years)
        parts = base.parts
        ones = [np.ones(n) for _ in self.years]

        # city bases of the city_delta and city_shared levers
        def d_base(p, s):
            sec = p.sectors[s]
            return sec.fuel.sum() + p.k_cal * sec.elec

        elec_num = sum(p.k_cal * p.sectors[s].elec for p in parts for s in ("industry", "buildings"))
        elec_den = sum(d_base(p, s) for p in parts for s in ("industry", "buildings"))
        e_base = 100.0 * elec_num / elec_den if elec_den > 0 else 0.0
        coal_num = sum(p.sectors[s].fuel[0] for p in parts for s in ("industry", "buildings"))
        fuel_den = sum(p.sectors[s].fuel.sum() for p in parts for s in ("industry", "buildings"))
        c_base = 100.0 * coal_num / fuel_den if fuel_den > 0 else 0.0
        cap_base = base.city_capacity if base.city_capacity is not None else sum(p.capacity for p in parts)
        E = self.level("electrification", None, z, n, e_base)
        C = self.level("coal_share_final_fuel", None, z, n, c_base)
        CAP = self.level("renewable_capacity", None, z, n, cap_base)
        CCUS = self.level("ccus_capture", None, z, n, None)

        def shares(values):
            total = sum(v for v in values if v)
            return [(v / total if total > 0 and v else 0.0) for v in values]

        w_cap = shares([p.capacity for p in parts])
        w_out = {k: shares([num(p.outputs[k]) for p in parts]) for k in ("steel", "ferroalloy", "coke")}
        w_cc = shares([p.blocks.get("coalchemical", (0.0, 0.0))[0] for p in parts])
        caps = {k: self.level(k + "_cap", None, z, n, None) for k in ("steel", "ferroalloy", "coke")}

        # implied CO2 factors (t CO2 / tce) of the city by sector and group, and over all energy sectors
        factor_sector, factor_all = {}, []
        for gi in range(3):
            f_all = sum(p.sectors[s].fuel[gi] for p in parts for s in ENERGY_SECTORS)
            c_all = sum(p.sectors[s].co2[gi] for p in parts for s in ENERGY_SECTORS)
            factor_all.append(c_all / f_all if f_all > 0 else 0.0)
            for s in ENERGY_SECTORS:
                f = sum(p.sectors[s].fuel[gi] for p in parts)
                c = sum(p.sectors[s].co2[gi] for p in parts)
                factor_sector[s, gi] = c / f if f > 0 else factor_all[gi]

        out_ex = np.zeros((len(parts) + 1, n, Y))
        out_in = np.zeros((len(parts) + 1, n, Y))
        for k, p in enumerate(parts):
            r = None if p.is_city_rest else p.region
            gdp_i = self.cumulative(self.rate("gdp_growth", r, z, n))
            pop_i = self.cumulative(self.rate("population_growth", r, z, n))
            s1 = 100.0 * p.va[0] / p.gdp if p.gdp > 0 else 0.0
            s2b = 100.0 * p.va[1] / p.gdp if p.gdp > 0 else 0.0
            s3b = 100.0 - s1 - s2b
            S2 = self.level("secondary_share", r, z, n, s2b) or [np.full(n, s2b) for _ in self.years]
            a_ind = [g * (s2 / s2b if s2b > 0 else 1.0) for g, s2 in zip(gdp_i, S2)]
            a_bld = [g * ((100.0 - s1 - s2) / s3b if s3b > 0 else 1.0) for g, s2 in zip(gdp_i, S2)]
            a_tra = gdp_i
            eta = {s: self.cumulative(self.rate("energy_intensity_" + s, r, z, n), -1.0)
                   for s in ("industry", "transport", "buildings", "energy_industry")}
            kc = p.k_cal

            # final sectors: fuel by group (list over years of (3, n)) and electricity (kWh)
            fuel, elec = {}, {}
            for s, act in (("industry", a_ind), ("buildings", a_bld)):
                sec = p.sectors[s]
                db = sec.fuel.sum() + kc * sec.elec
                eb = kc * sec.elec / db if db > 0 else 0.0
                nb = sec.fuel.sum()
                cb, ob, gb = (sec.fuel / nb) if nb > 0 else (0.0, 0.0, 0.0)
                fy, ey = [], []
                for i in range(Y):
                    d = db * act[i] * eta[s][i]
                    e = eb if E is None else np.clip(eb + (E[i] - E[0]) / 100.0, 0.0, 1.0)
                    ey.append(e * d / kc if kc > 0 else np.zeros(n))
                    nn = (1.0 - e) * d
                    c = cb if C is None else np.clip(cb + (C[i] - C[0]) / 100.0, 0.0, cb + gb)
                    g = gb + cb - c
                    fy.append(np.stack(np.broadcast_arrays(c * nn, ob * nn, g * nn)))
                fuel[s], elec[s] = fy, ey

            sec = p.sectors["transport"]
            db = sec.fuel.sum() + kc * sec.elec
            eb = kc * sec.elec / db if db > 0 else 0.0
            mix = sec.fuel / sec.fuel.sum() if sec.fuel.sum() > 0 else np.zeros(3)
            RHO = self.level("rail_freight_share", r, z, n, None)
            NU = self.level("nev_share", r, z, n, None)
            phi = self.level("transport_freight_share", r, z, n, None)
            rail_ratio = self.level("rail_energy_ratio", r, z, n, None)
            ev_ratio = self.level("ev_energy_ratio", r, z, n, None)
            fy, ey = [], []
            for i in range(Y):
                d = db * a_tra[i] * eta["transport"][i]
                f = (1.0 - eb) * d
                el = eb * d
                m = np.zeros(n)
                if RHO is not None and phi is not None:
                    rb = RHO[0]
                    drho = np.where(rb < 100.0, (RHO[i] - rb) / np.where(rb < 100.0, 100.0 - rb, 1.0), 0.0)
                    m = f * phi[i] / 100.0 * drho
                    el = el + m * (rail_ratio[i] if rail_ratio is not None else 0.0)
                rest = f - m
                moved = np.zeros(n)
                if NU is not None:
                    vb = NU[0]
                    dnu = np.where(vb < 100.0, (NU[i] - vb) / np.where(vb < 100.0, 100.0 - vb, 1.0), 0.0)
                    moved = rest * dnu
                    el = el + moved * (ev_ratio[i] if ev_ratio is not None else 0.0)
                total = np.maximum(rest - moved, 0.0)
                fy.append(np.stack([mix[g] * total for g in range(3)]))
                ey.append(np.maximum(el, 0.0) / kc if kc > 0 else np.zeros(n))
            fuel["transport"], elec["transport"] = fy, ey

            # electricity balance and power
            el_b = sum(elec[s][0] for s in ("industry", "transport", "buildings"))
            hours = self.level("renewable_hours", r, z, n, None)
            x_i = self.cumulative(self.rate("power_export_growth", r, z, n))
            rate = self.level("coal_power_rate", r, z, n, None)
            cap_r = [p.capacity + ((CAP[i] - CAP[0]) * w_cap[k] if CAP is not None else 0.0) for i in range(Y)]
            ren = [cap_r[i] * (hours[i] if hours is not None else 0.0) * 1e6 for i in range(Y)]
            x_b = p.thermal + ren[0] - p.consumption
            power_ratio, coal_ratio = [], []
            for i in range(Y):
                el_t = sum(elec[s][i] for s in ("industry", "transport", "buildings"))
                c_t = p.consumption + (el_t - el_b)
                if p.thermal > 0:
                    t_t = np.maximum(c_t + x_b * x_i[i] - ren[i], 0.0)
                    pr = t_t / p.thermal
                else:
                    pr = np.ones(n)
                power_ratio.append(pr)
                coal_ratio.append(pr * (rate[i] / rate[0] if rate is not None else 1.0))

            # energy industries, products
            cc_i = self.cumulative(self.rate("coal_chemical_output", r, z, n))

            def capped_index(product):
                growth = self.cumulative(self.rate(product + "_output", r, z, n))
                qb = num(p.outputs[product])
                cap = caps[product]
                if qb <= 0 or cap is None:
                    return growth
                return [np.minimum(qb * growth[i], cap[i] * 1e4 * w_out[product][k]) / qb for i in range(Y)]

            coke_i = capped_index("coke")
            steel_i, ferro_i = capped_index("steel"), capped_index("ferroalloy")
            ei = eta["energy_industry"]

            def gas_scale(sec, group_ratio):
                """CO2, CH4, N2O (t CO2e) of an energy sector whose fuel groups scale by group_ratio (3 arrays)."""
                co2 = sum(sec.co2[g] * group_ratio[g] for g in range(3))
                tot = sec.fuel.sum()
                fr = (sum(sec.fuel[g] * group_ratio[g] for g in range(3)) / tot) if tot > 0 else np.zeros(n)
                return co2 + sec.non_co2(base) * fr

            blocks = p.blocks
            coal_out_i = self.cumulative(self.rate("coal_output", r, z, n))
            oil_gas_i = self.cumulative(self.rate("oil_gas_output", r, z, n))
            live_i = self.cumulative(self.rate("livestock", r, z, n))
            sink_i = self.cumulative(self.rate("sink", r, z, n))

            for i in range(Y):
                total = np.zeros(n)
                for s in ("industry", "transport", "buildings"):
                    sec = p.sectors[s]
                    f = fuel[s][i]
                    co2 = np.zeros(n)
                    for g in range(3):
                        if sec.fuel[g] > 0:
                            co2 = co2 + sec.co2[g] * f[g] / sec.fuel[g]
                        else:
                            co2 = co2 + factor_sector[s, g] * f[g]
                    tot = sec.fuel.sum()
                    fr = f.sum(axis=0) / tot if tot > 0 else np.zeros(n)
                    total = total + co2 + sec.non_co2(base) * fr
                pr, cr = power_ratio[i], coal_ratio[i]
                total = total + gas_scale(p.sectors["power"], (cr, pr, pr))
                ck = coke_i[i] * ei[i]
                total = total + gas_scale(p.sectors["coke_making"], (ck, ck, ck))
                oe = cc_i[i] * ei[i]
                total = total + gas_scale(p.sectors["other_energy_industry"], (oe, oe, oe))

                def blk(kind, index):
                    return blocks.get(kind, (0.0, 0.0))[1] * index

                total = total + blk("fugitivecoal", coal_out_i[i]) + blk("fugitiveoilgas", oil_gas_i[i])
                total = total + blk("steel", steel_i[i]) + blk("ferroalloy", ferro_i[i])
                cc_co2 = blocks.get("coalchemical", (0.0, 0.0))[0] * cc_i[i]
                capture = np.zeros(n)
                if CCUS is not None and w_cc[k] > 0:
                    capture = np.minimum(CCUS[i] * 1e4 * w_cc[k], np.maximum(cc_co2, 0.0))
                total = total + blk("coalchemical", cc_i[i]) - capture
                for kind in ("otherchemical", "minerals", "otherippu"):
                    total = total + blk(kind, a_ind[i])
                total = total + blk("agriculture", live_i[i]) + blk("waste", pop_i[i])
                out_ex[k + 1, :, i] = total
                out_in[k + 1, :, i] = total + blk("lulucf", sink_i[i])
        out_ex[0] = out_ex[1:].sum(axis=0)
        out_in[0] = out_in[1:].sum(axis=0)
        return out_ex, out_in

    def draws(self, iterations, seed):
        rng = np.random.default_rng(seed)
        d = len(self.dims)
        if d == 0:
            return np.zeros((iterations, 0))
        # docs/scenarios.md §6: every draw is kept within the 0.1 %–99.9 % quantiles (|z| ≤ Φ⁻¹(0.999) = 3.090232306167813).
        return np.clip(rng.standard_normal((iterations, d)) @ self.chol.T, -Z_EDGE, Z_EDGE)


# ----------------------------------------------------------------------------------------------------------- peak and summary
def peaks(paths, base_year):
    """paths (n, years): peak year (None when the maximum is the last year), at base, peak value; ties to the earliest."""
    idx = np.argmax(paths, axis=1)
    last = paths.shape[1] - 1
    not_peaked = (idx == last) & (last > 0)
    return base_year + idx, not_peaked, idx == 0, paths[np.arange(paths.shape[0]), idx]


def summary(model, scenario, iterations, seed):
    zc = np.zeros((1, len(model.dims)))
    central, _ = model.project(zc)
    city_c = central[0, 0]
    year_c, np_c, at_base_c, peak_c = peaks(city_c[None, :], model.b)
    result = {
        "scenario": scenario.get("name"),
        "iterations": iterations,
        "seed": seed,
        "peak_year": None if np_c[0] else int(year_c[0]),
        "peaked_at_base": bool(at_base_c[0]),
        "peak_co2e_t": float(peak_c[0]),
        "p_peak_by_2025": None,
        "p_peak_by_2030": None,
        "p_not_peaked": None,
    }
    runs = None
    if iterations > 0:
        ex, _ = model.project(model.draws(iterations, seed))
        runs = ex[0]
        year, not_peaked, _, _ = peaks(runs, model.b)
        result["p_peak_by_2025"] = float(np.mean(~not_peaked & (year <= 2025)))
        result["p_peak_by_2030"] = float(np.mean(~not_peaked & (year <= 2030)))
        result["p_not_peaked"] = float(np.mean(not_peaked))
    path = []
    for i, y in enumerate(model.years):
        row = {"year": y, "central": float(city_c[i]), "mean": None, "p05": None, "p25": None, "p50": None, "p75": None, "p95": None}
        if runs is not None:
            q = np.quantile(runs[:, i], [0.05, 0.25, 0.5, 0.75, 0.95])  # numpy's default: linear (R type 7)
            row.update(mean=float(runs[:, i].mean()), p05=float(q[0]), p25=float(q[1]), p50=float(q[2]), p75=float(q[3]), p95=float(q[4]))
        path.append(row)
    result["path"] = path
    return result


def central_paths(model):
    ex, inc = model.project(np.zeros((1, len(model.dims))))
    areas = [{"region": model.base.city, "is_city_rest": False, "co2e_t": ex[0, 0].tolist(), "co2e_including_lulucf_t": inc[0, 0].tolist()}]
    for k, p in enumerate(model.base.parts):
        areas.append({"region": p.region, "is_city_rest": p.is_city_rest, "co2e_t": ex[k + 1, 0].tolist(),
                      "co2e_including_lulucf_t": inc[k + 1, 0].tolist()})
    return {"years": model.years, "areas": areas}


def build(base_obj, scenario_path, catalogue_path):
    catalogue = load_catalogue(catalogue_path)
    scenario, settings, correlations = load_scenario(scenario_path, catalogue)
    base = Base(base_obj)
    if scenario.get("base_year") is not None and int(scenario["base_year"]) != base.base_year:
        raise SystemExit(f"scenario_numpy: the scenario's base year {scenario['base_year']} is not the base's {base.base_year}")
    return scenario, Model(base, settings, correlations, catalogue, int(scenario["horizon"]))


# ---------------------------------------------------------------------------------------------------------------- self-test
def hand_base(parts):
    def sector(coal=0.0, co2=0.0, elec=0.0):
        return {"fuel_tce": {"coal": coal, "oil": 0.0, "gas": 0.0}, "co2_tonnes": {"coal": co2, "oil": 0.0, "gas": 0.0},
                "ch4_tonnes": 0.0, "n2o_tonnes": 0.0, "electricity_kwh": elec}

    out = []
    for code, coal, co2 in parts:
        out.append({"region": code, "is_city_rest": False, "gdp_yuan": 1e9, "va1_yuan": 0.0, "va2_yuan": 1e9, "va3_yuan": 0.0,
                    "population": 1e5, "industry": sector(coal, co2), "transport": sector(), "buildings": sector(),
                    "power": sector(), "thermal_generation_kwh": 0.0, "coke_making": sector(), "other_energy_industry": sector(),
                    "consumption_kwh": 0.0, "renewable_capacity_gw": None,
                    "account": {"calorific_tce_per_kwh": 0.0001229}, "outputs": {}, "blocks": [], "flags": []})
    return {"city": "150600", "run_id": 1, "run_hash": "hand", "base_year": 2024,
            "gwp": {"set": "AR5", "fossil_ch4": 28.0, "n2o": 265.0}, "parts": out}


def self_test():
    import tempfile

    failures = []

    def check(name, ok, detail=""):
        print(("ok   " if ok else "FAIL ") + name + (f" ({detail})" if detail else ""))
        if not ok:
            failures.append(name)

    with tempfile.TemporaryDirectory() as tmp:
        def scenario(text):
            path = os.path.join(tmp, "s.toml")
            with open(path, "w", encoding="utf-8") as f:
                f.write('[scenario]\nname = "t"\nregion = "150600"\nbase_year = 2024\nhorizon = 2034\n' + text)
            return path

        # 1. One part, industry coal only, GDP +5 %/a, industry efficiency 3 %/a: CO2_t = CO2_b (1.05 × 0.97)^(t − b).
        #    CO2_b = 250 t: 2025 250 × 1.0185 = 254.625; 2034 250 × 1.0185^10 = 300.2965…; not peaked by the horizon.
        base = hand_base([("150602", 100.0, 250.0)])
        s = scenario('[levers.gdp_growth]\nunit = "%/a"\nsource = "t"\nvalue = 5.0\n'
                     '[levers.energy_intensity_industry]\nunit = "%/a"\nsource = "t"\nvalue = 3.0\n')
        _, model = build(base, s, CATALOGUE)
        paths = central_paths(model)
        city = np.array(paths["areas"][0]["co2e_t"])
        hand = 250.0 * (1.05 * 0.97) ** np.arange(11)
        check("Kaya path CO2_b (1.05 × 0.97)^(t−b)", np.allclose(city, hand, rtol=1e-12, atol=0),
              f"2025 {city[1]:.6f} vs 254.625, 2034 {city[-1]:.6f} vs {hand[-1]:.6f}")
        check("2025 by hand 254.625", abs(city[1] - 254.625) < 1e-9)
        out = summary(model, {"name": "t"}, 0, 1)
        check("not peaked by the horizon: peak_year null", out["peak_year"] is None and abs(out["peak_co2e_t"] - hand[-1]) < 1e-9)

        # 2. Efficiency 6 %/a: 1.05 × 0.94 = 0.987 < 1, the path falls: peaked at the base year 2024 at 250 t.
        s = scenario('[levers.gdp_growth]\nunit = "%/a"\nsource = "t"\nvalue = 5.0\n'
                     '[levers.energy_intensity_industry]\nunit = "%/a"\nsource = "t"\nvalue = 6.0\n')
        _, model = build(base, s, CATALOGUE)
        out = summary(model, {"name": "t"}, 0, 1)
        check("falling path peaks at the base year", out["peak_year"] == 2024 and out["peaked_at_base"] and out["peak_co2e_t"] == 250.0)

        # 3. No lever: every year repeats the base (two parts, 250 + 40 = 290 t).
        base2 = hand_base([("150602", 100.0, 250.0), ("150603", 20.0, 40.0)])
        _, model = build(base2, scenario(""), CATALOGUE)
        paths = central_paths(model)
        check("all-zero levers repeat the base year", all(v == 290.0 for v in paths["areas"][0]["co2e_t"]))

        # 3b. A level whose base comes from the inventory (coal in final fuel: 100 % coal here) refuses a point at or before the base year,
        #     as ghg refuses it at bind; the same path without it runs.
        s = scenario('[levers.coal_share_final_fuel]\nunit = "%"\nsource = "t"\npath = { 2024 = 70, 2030 = 60 }\n')
        try:
            central_paths(build(base, s, CATALOGUE)[1])
            refused = ""
        except SystemExit as e:
            refused = str(e)
        check("an inventory-based level with a point at the base year is refused", "not allowed (found 2024)" in refused, refused)
        s = scenario('[levers.coal_share_final_fuel]\nunit = "%"\nsource = "t"\npath = { 2030 = 60 }\n')
        check("the same path after the base year runs", len(central_paths(build(base, s, CATALOGUE)[1])["areas"][0]["co2e_t"]) == 11)

        # 4. Rising then falling: GDP 5 %/a, efficiency 0 to 2027 then 10 %/a (value + from): peak in 2026,
        #    250 × 1.05^2 = 275.625 (2027: 250 × 1.05^2 × 1.05 × 0.90 = 260.465…).
        s = scenario('[levers.gdp_growth]\nunit = "%/a"\nsource = "t"\nvalue = 5.0\n'
                     '[levers.energy_intensity_industry]\nunit = "%/a"\nsource = "t"\nvalue = 10.0\nfrom = 2027\n')
        _, model = build(base, s, CATALOGUE)
        out = summary(model, {"name": "t"}, 0, 1)
        check("value + from: peak 2026 at 275.625", out["peak_year"] == 2026 and abs(out["peak_co2e_t"] - 275.625) < 1e-9,
              f"{out['peak_year']} {out['peak_co2e_t']}")

        # 5. Monte Carlo: efficiency uniform 0–10 %/a (constant): the path falls when 1.05 (1 − e/100) < 1, i.e. e > 4.7619 %;
        #    then it peaked at base (2024 ≤ 2025); else it rises to the horizon. P = (10 − 4.7619)/10 = 0.52381.
        s = scenario('[levers.gdp_growth]\nunit = "%/a"\nsource = "t"\nvalue = 5.0\n'
                     '[levers.energy_intensity_industry]\nunit = "%/a"\nsource = "t"\n'
                     'path = { 2025 = { dist = "uniform", min = 0.0, max = 10.0 } }\n')
        _, model = build(base, s, CATALOGUE)
        out = summary(model, {"name": "t"}, 20000, 7)
        p = (10.0 - 100.0 * (1.0 - 1.0 / 1.05)) / 10.0
        se = math.sqrt(p * (1.0 - p) / 20000)
        check("Monte Carlo P(peak by 2025) = 0.52381 within 4 standard errors", abs(out["p_peak_by_2025"] - p) < 4 * se,
              f"{out['p_peak_by_2025']:.4f} vs {p:.5f} ± {4 * se:.4f}")
        check("p_peak_by_2025 + p_not_peaked = 1 here", abs(out["p_peak_by_2025"] + out["p_not_peaked"] - 1.0) < 1e-12)
        check("central path at u = 0.5: efficiency 5 %", abs(out["path"][1]["central"] - 250.0 * 1.05 * 0.95) < 1e-9)

        # 6. Triangular quantile at u = 0.5 of (3.5, 4.5, 5.5) is the mode 4.5; of (2, 5, 8) 5; of (0, 0, 1): 1 − √0.5.
        check("triangular median", abs(float(point_value({"dist": "triangular", "min": 0, "mode": 0, "max": 1}, np.array(0.0)))
                                       - (1.0 - math.sqrt(0.5))) < 1e-12)
        # 7. Correlated normals: rho 0.6 is recovered from 200 000 draws within 0.01.
        m = Model.__new__(Model)
        m.dims = [0, 1]
        m.chol = np.linalg.cholesky(np.array([[1.0, 0.6], [0.6, 1.0]]))
        zz = m.draws(200000, 3)
        rho = float(np.corrcoef(zz.T)[0, 1])
        check("correlated draws rho 0.6", abs(rho - 0.6) < 0.01, f"{rho:.4f}")
        # 8. Quantiles are numpy's linear (R type 7): of 1, 2, 3, 4 the 0.25 quantile is 1.75.
        check("quantile type 7", float(np.quantile([1.0, 2.0, 3.0, 4.0], 0.25)) == 1.75)
    print("self-test: " + ("passed" if not failures else f"{len(failures)} FAILED"))
    return 0 if not failures else 1


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", nargs="?")
    ap.add_argument("scenario", nargs="?")
    ap.add_argument("--iterations", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--central", action="store_true", help="print the central path of the city and every part")
    ap.add_argument("--catalogue", default=CATALOGUE)
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args(argv)
    if args.self_test:
        return self_test()
    if not args.base or not args.scenario:
        ap.error("BASE.json and SCENARIO.toml are needed")
    with open(args.base, encoding="utf-8") as f:
        base_obj = json.load(f)
    scenario, model = build(base_obj, args.scenario, args.catalogue)
    out = central_paths(model) if args.central else summary(model, scenario, args.iterations, args.seed)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
