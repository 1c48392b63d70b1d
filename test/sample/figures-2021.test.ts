/**
 * Guards the 2021 sample figures. All arithmetic is on integers of 0.01 万元, so "equal" means
 * exactly equal. The consistent set must satisfy every tie of rules.md §2–§3; both sets must
 * carry every figure the disclosure states.
 */
import { cents, type CodedTable, type SampleFigures } from "../../src/sample/figures";
import { FIGURES_2021_CONSISTENT as C, FIGURES_2021_PUBLISHED as P } from "../../src/sample/figures-2021";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function row<V>(table: CodedTable<V>, code: string): V {
  const r = table.rows.find((x) => x.code === code);
  if (!r) throw new Error(`no row ${code}`);
  return r.values;
}

/** 合计 = Σ 类; 类 = Σ its 款 (or 经济分类 款); 款 = Σ its 项, for every numeric field. */
function expectHierarchy<V>(table: CodedTable<V>, fields: (v: V) => readonly number[]): void {
  const codes = table.rows.map((r) => r.code);
  expect(new Set(codes).size).toBe(codes.length);
  // Children of a row: its descendants one level down (类 → 款, 款 → 项; 经济分类 类 → 款).
  const children = (code: string): V[] => {
    const below = table.rows.filter((r) => r.code.length > code.length && r.code.startsWith(code));
    const level = Math.min(...below.map((r) => r.code.length));
    return below.filter((r) => r.code.length === level).map((r) => r.values);
  };
  const check = (label: string, parent: V, kids: V[]): void => {
    const want = fields(parent);
    const got = want.map((_, i) => sum(kids.map((k) => fields(k)[i]!)));
    expect({ label, values: got }).toEqual({ label, values: [...want] });
  };
  check("合计", table.total, table.rows.filter((r) => r.code.length === 3).map((r) => r.values));
  for (const r of table.rows) {
    if (r.code.length === 7) continue;
    const kids = children(r.code);
    if (kids.length > 0) check(r.code, r.values, kids);
  }
}

const classRows = <V>(t: CodedTable<V>) => t.rows.filter((r) => r.code.length === 3);

describe("consistent 2021 figures: within-table ties (rules.md §2)", () => {
  const f: SampleFigures = C;
  const inc = f.t01.income;
  const exp = f.t01.expenditure;

  test("T01 I-01…I-05", () => {
    expect(inc.total).toBe(sum([inc.gpb, inc.gfb, inc.socb, inc.superior, inc.business, inc.operating, inc.affiliated, inc.other]));
    expect(exp.total).toBe(sum(exp.classes.map((c) => c.values)));
    expect(inc.grandTotal).toBe(inc.total + inc.usedNonFiscalBalance + inc.opening);
    expect(exp.grandTotal).toBe(exp.total + exp.surplusAllocation + exp.closing);
    expect(inc.grandTotal).toBe(exp.grandTotal);
  });

  test("T02 I-06 and I-07", () => {
    for (const v of [f.t02.total, ...f.t02.rows.map((r) => r.values)]) {
      expect(v.total).toBe(v.fiscal + v.superior + v.business + v.operating + v.affiliated + v.other);
    }
    expectHierarchy(f.t02, (v) => Object.values(v));
  });

  test("T03 I-07 and I-08", () => {
    for (const v of [f.t03.total, ...f.t03.rows.map((r) => r.values)]) {
      expect(v.total).toBe(v.basic + v.project + v.toSuperior + v.operatingExp + v.toAffiliated);
    }
    expectHierarchy(f.t03, (v) => Object.values(v));
  });

  test("T04 I-09…I-13", () => {
    const i = f.t04.income;
    const e = f.t04.expenditure;
    expect(i.total).toBe(i.gpb + i.gfb + i.socb);
    expect(i.opening.total).toBe(i.opening.gpb + i.opening.gfb + i.opening.socb);
    for (const v of [...e.classes.map((c) => c.values), e.total, e.closing, e.grandTotal]) {
      expect(v.total).toBe(v.gpb + v.gfb + v.socb);
    }
    for (const k of ["total", "gpb", "gfb", "socb"] as const) {
      expect(e.total[k]).toBe(sum(e.classes.map((c) => c.values[k])));
      expect(e.grandTotal[k]).toBe(e.total[k] + e.closing[k]);
    }
    expect(i.grandTotal).toBe(i.total + i.opening.total);
    expect(i.grandTotal).toBe(e.grandTotal.total);
    for (const k of ["gpb", "gfb", "socb"] as const) {
      expect(i.opening[k] + i[k]).toBe(e.total[k] + e.closing[k]);
    }
  });

  test("T05, T06, T07, T09, T11 roll-ups and I-14", () => {
    expectHierarchy(f.t05, (v) => Object.values(v));
    for (const v of [f.t05.total, ...f.t05.rows.map((r) => r.values)]) expect(v.total).toBe(v.gpb + v.gfb + v.socb);
    for (const t of [f.t06, f.t07, f.t14]) {
      expectHierarchy(t, (v) => Object.values(v));
      for (const v of [t.total, ...t.rows.map((r) => r.values)]) expect(v.total).toBe(v.basic + v.project);
    }
    expectHierarchy(f.t09, (v) => [v]);
    for (const t of [f.t11, f.t13]) {
      expectHierarchy(t, (v) => Object.values(v));
      for (const v of [t.total, ...t.rows.map((r) => r.values)]) {
        expect(v.expTotal).toBe(v.basic + v.project);
        expect(v.opening + v.income - v.expTotal).toBe(v.closing); // I-18
      }
    }
  });

  test("T08 I-15", () => {
    const panelTotal = (rows: typeof f.t08.personnel) => sum(rows.filter((r) => r.code.length === 3).map((r) => r.values));
    expectHierarchy({ total: f.t08.personnelTotal, rows: f.t08.personnel }, (v) => [v]);
    expectHierarchy({ total: f.t08.publicFundsTotal, rows: f.t08.publicFunds }, (v) => [v]);
    expect(f.t08.personnel.filter((r) => r.code.length === 3).map((r) => r.code)).toEqual(["301", "303"]);
    expect(f.t08.publicFunds.every((r) => !r.code.startsWith("301") && !r.code.startsWith("303"))).toBe(true);
    expect(panelTotal(f.t08.personnel)).toBe(f.t08.personnelTotal);
    expect(panelTotal(f.t08.publicFunds)).toBe(f.t08.publicFundsTotal);
  });

  test("T10/T12 I-16, I-17 and no negatives (I-19)", () => {
    for (const sg of [f.t10, f.t12]) {
      for (const v of [sg.budget, sg.actual]) {
        expect(v.total).toBe(v.abroad + v.vehicle + v.reception);
        expect(v.vehicle).toBe(v.vehiclePurchase + v.vehicleOperation);
      }
      expect(sg.actual.reception).toBe(sg.receptionDomestic + sg.receptionForeign);
    }
    const all = JSON.stringify(f).match(/-\d/g);
    expect(all).toBeNull();
  });
});

describe("consistent 2021 figures: cross-table ties (rules.md §3)", () => {
  const f = C;
  const t01 = f.t01;
  const t04 = f.t04;

  test("X-01…X-07: T01 ↔ T02 ↔ T03 ↔ T04", () => {
    expect(t01.income.total).toBe(f.t02.total.total);
    expect(t01.income.gpb + t01.income.gfb + t01.income.socb).toBe(f.t02.total.fiscal);
    expect([t01.income.superior, t01.income.business, t01.income.operating, t01.income.affiliated, t01.income.other]).toEqual([
      f.t02.total.superior,
      f.t02.total.business,
      f.t02.total.operating,
      f.t02.total.affiliated,
      f.t02.total.other,
    ]);
    expect(t01.expenditure.total).toBe(f.t03.total.total);
    for (const c of t01.expenditure.classes) {
      expect({ code: c.code, v: c.values }).toEqual({ code: c.code, v: f.t03.rows.find((r) => r.code === c.code)?.values.total ?? 0 });
    }
    expect(f.t02.total.fiscal).toBe(t04.income.total);
    expect([t04.income.gpb, t04.income.gfb, t04.income.socb]).toEqual([t01.income.gpb, t01.income.gfb, t01.income.socb]);
    expect(t04.income.opening.total).toBeLessThanOrEqual(t01.income.opening);
    expect(t04.expenditure.closing.total).toBeLessThanOrEqual(t01.expenditure.closing);
    expect(t04.income.grandTotal).toBeLessThanOrEqual(t01.income.grandTotal);
    expect(t04.expenditure.total.total).toBeLessThanOrEqual(t01.expenditure.total);
    for (const c of t04.expenditure.classes) {
      expect(c.values.total).toBeLessThanOrEqual(f.t03.rows.find((r) => r.code === c.code)?.values.total ?? 0);
    }
  });

  test("X-08…X-14: T04 ↔ T05 ↔ T06 ↔ T07 ↔ T08 ↔ T09", () => {
    expect(t04.expenditure.total.gpb).toBe(f.t06.total.total);
    for (const c of t04.expenditure.classes) {
      expect({ code: c.code, v: c.values.gpb }).toEqual({ code: c.code, v: f.t06.rows.find((r) => r.code === c.code)?.values.total ?? 0 });
    }
    expect(f.t05.total).toEqual(t04.expenditure.total);
    for (const c of classRows(f.t05)) expect(c.values).toEqual(t04.expenditure.classes.find((x) => x.code === c.code)?.values);
    for (const r of f.t06.rows) expect(row(f.t05, r.code).gpb).toBe(r.values.total);
    expect(f.t05.rows.filter((r) => r.values.gpb !== 0).length).toBe(f.t06.rows.length);
    expect(f.t07.total).toEqual(f.t06.total);
    expect(f.t06.total.basic).toBe(f.t08.personnelTotal + f.t08.publicFundsTotal);
    expect(f.t06.total.project).toBe(f.t09.total);
    for (const r of f.t09.rows) expect(row(f.t06, r.code).project).toBe(r.values);
    for (const r of [...f.t08.personnel, ...f.t08.publicFunds]) expect({ code: r.code, v: row(f.t07, r.code).basic }).toEqual({ code: r.code, v: r.values });
    const t08Codes = new Set([...f.t08.personnel, ...f.t08.publicFunds].map((r) => r.code));
    for (const r of f.t07.rows) if (!t08Codes.has(r.code)) expect({ code: r.code, basic: r.values.basic }).toEqual({ code: r.code, basic: 0 });
  });

  test("X-15, X-16, X-21: 三公 ≤ economic items and totals", () => {
    const t08 = (code: string) => [...f.t08.personnel, ...f.t08.publicFunds].find((r) => r.code === code)?.values ?? 0;
    const t07 = (code: string) => f.t07.rows.find((r) => r.code === code)?.values.total ?? 0;
    const a = f.t10.actual;
    const links: [string, number][] = [
      ["30212", a.abroad],
      ["31013", a.vehiclePurchase],
      ["30231", a.vehicleOperation],
      ["30217", a.reception],
    ];
    for (const [code, sg] of links) {
      expect(t08(code)).toBeLessThanOrEqual(sg);
      expect(sg).toBeLessThanOrEqual(t07(code));
    }
    expect(a.total).toBeLessThanOrEqual(f.t06.total.total);
    expect(f.t12.actual.total).toBeLessThanOrEqual(f.t11.total.expTotal);
  });

  test("X-17…X-20: T04 fund columns ↔ T11/T13/T14", () => {
    const gfbClasses = t04.expenditure.classes.filter((c) => c.values.gfb !== 0);
    expect(f.t11.total.income).toBe(t04.income.gfb);
    expect(f.t11.total.expTotal).toBe(t04.expenditure.total.gfb);
    expect(f.t11.total.opening).toBe(t04.income.opening.gfb);
    expect(f.t11.total.closing).toBe(t04.expenditure.closing.gfb);
    for (const c of gfbClasses) expect(row(f.t11, c.code).expTotal).toBe(c.values.gfb);
    expect(f.t13.total.income).toBe(t04.income.socb);
    expect(f.t13.total.expTotal).toBe(t04.expenditure.total.socb);
    expect(f.t13.total.opening).toBe(t04.income.opening.socb);
    expect(f.t13.total.closing).toBe(t04.expenditure.closing.socb);
    expect(f.t14.total).toEqual({ total: f.t13.total.expTotal, basic: f.t13.total.basic, project: f.t13.total.project });
    // The 国有资本经营 fund is empty, so T13/T14 are empty and say so (X-20, C-03).
    expect(f.t13.rows).toHaveLength(0);
    expect(f.t13.emptyNote).toContain("故本表无数据");
    expect(f.t14.emptyNote).toContain("故本表无数据");
    expect(f.t12.emptyNote).toContain("故本表无数据");
    expect(f.t11.emptyNote).toBeUndefined();
  });
});

describe("both 2021 sets carry the disclosure's figures", () => {
  test.each([
    ["published", P],
    ["consistent", C],
  ])("%s", (_name, f) => {
    expect(f.unitName).toBe("攀枝花市人民政府办公室");
    expect([f.t01.income.total, f.t01.income.gpb, f.t01.income.gfb, f.t01.income.other]).toEqual([cents(3789), cents(3704.83), cents(82.16), cents(2.01)]);
    expect([f.t03.total.total, f.t03.total.basic, f.t03.total.project]).toEqual([cents(3831.87), cents(3187.51), cents(644.36)]);
    expect(f.t04.income.grandTotal).toBe(cents(3848.87));
    expect(f.t06.total.total).toBe(cents(3747.7));
    expect(f.t06.total.basic).toBe(cents(3187.51));
    const classes = Object.fromEntries(classRows(f.t06).map((r) => [r.code, r.values.total]));
    expect(classes).toEqual({
      "201": cents(2694.18),
      "206": cents(181.4),
      "208": cents(663.06),
      "213": cents(6.34),
      "221": cents(196.13),
      "224": cents(6.59),
    });
    const items = f.t06.rows.filter((r) => r.code.length === 7).map((r) => [r.code, r.values.total / 100]);
    expect(items).toEqual([
      ["2010301", 2142.76],
      ["2010302", 466.68],
      ["2010350", 35.42],
      ["2011308", 40],
      ["2013299", 9.32],
      ["2060101", 155.14],
      ["2060199", 26.26],
      ["2080199", 4],
      ["2080501", 414.16],
      ["2080505", 161.73],
      ["2080802", 82.17],
      ["2081001", 1],
      ["2130234", 6.34],
      ["2210201", 196.13],
      ["2240399", 6.59],
    ]);
    expect([f.t08.personnelTotal, f.t08.publicFundsTotal]).toEqual([cents(2670.44), cents(517.07)]);
    const names = (rows: typeof f.t08.personnel) => rows.filter((r) => r.code.length === 5 && r.values !== 0).map((r) => r.name).join("、");
    expect(names(f.t08.personnel)).toBe(
      "基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、离休费、生活补助、退休人员医疗费补助",
    );
    expect(names(f.t08.publicFunds)).toBe(
      "办公费、水费、电费、邮电费、物业管理费、差旅费、维修（护）费、租赁费、公务接待费、劳务费、工会经费、福利费、其他交通费用、其他商品和服务支出",
    );
    expect(f.t10.actual).toEqual({ total: cents(50.69), abroad: 0, vehicle: cents(50.14), vehiclePurchase: 0, vehicleOperation: cents(50.14), reception: cents(0.55) });
    expect(f.t10.budget).toEqual(f.t10.actual);
    expect(f.t11.total.expTotal).toBe(cents(82.16));
    expect(f.t11.rows.find((r) => r.code.length === 3)?.code).toBe("212"); // 附件: 城乡社区支出82.16
    const budgets = f.supplementary.filter((e) => e.label.startsWith("预算数："));
    expect(budgets).toHaveLength(15);
  });

  test("published keeps the 0.01 carry-over gaps of rules.md §6.1; consistent removes them", () => {
    expect([P.t01.income.opening, P.t04.income.opening.total]).toEqual([cents(61.87), cents(61.88)]);
    expect([P.t01.expenditure.closing, P.t04.expenditure.closing.total]).toEqual([cents(19), cents(19.01)]);
    expect(P.t01.income.grandTotal).toBe(cents(3850.87));
    expect(C.t01.income.grandTotal).toBe(cents(3850.88));
    expect(C.t01.income.opening).toBe(C.t04.income.opening.total);
    expect(C.t01.expenditure.closing).toBe(C.t04.expenditure.closing.total);
    // Apart from T01's carry-over rows, the two sets are the same.
    const strip = (f: SampleFigures) => ({ ...f, t01: null });
    expect(strip(P)).toEqual(strip(C));
  });
});
