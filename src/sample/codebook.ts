/**
 * The code names the sample tables print. Only what the sample needs: the full 功能分类 class
 * list (T01/T04 list every class, tables.md §7.1), the 款/项 names of the 2021 example and the
 * 经济分类 items of tables.md §7.3. The reader must never depend on this file: it takes names
 * from the workbook.
 */

/** 功能分类 类 (tables.md §7.1), without the 支出 suffix that table labels append. */
export const FUNCTIONAL_CLASSES: readonly (readonly [code: string, name: string])[] = [
  ["201", "一般公共服务"],
  ["202", "外交"],
  ["203", "国防"],
  ["204", "公共安全"],
  ["205", "教育"],
  ["206", "科学技术"],
  ["207", "文化旅游体育与传媒"],
  ["208", "社会保障和就业"],
  ["210", "卫生健康"],
  ["211", "节能环保"],
  ["212", "城乡社区"],
  ["213", "农林水"],
  ["214", "交通运输"],
  ["215", "资源勘探工业信息等"],
  ["216", "商业服务业等"],
  ["217", "金融"],
  ["219", "援助其他地区"],
  ["220", "自然资源海洋气象等"],
  ["221", "住房保障"],
  ["222", "粮油物资储备"],
  ["223", "国有资本经营预算"],
  ["224", "灾害防治及应急管理"],
  ["227", "预备费"],
  ["229", "其他"],
  ["230", "转移性"],
  ["231", "债务还本"],
  ["232", "债务付息"],
  ["233", "债务发行费用"],
  ["234", "抗疫特别国债安排的支出"],
];

/** Class label as tables print it: 一般公共服务 → 一般公共服务支出 (234 already ends in 支出). */
export function classLabel(code: string): string {
  const entry = FUNCTIONAL_CLASSES.find(([c]) => c === code);
  if (!entry) throw new Error(`unknown 功能分类 class ${code}`);
  return entry[1].endsWith("支出") ? entry[1] : `${entry[1]}支出`;
}

/** 款 names of the example (tables.md §7.2; 21208 for the 政府性基金 spending, see figures-2021). */
export const FUNCTIONAL_SECTIONS: Readonly<Record<string, string>> = {
  "20103": "政府办公厅（室）及相关机构事务",
  "20113": "商贸事务",
  "20132": "组织事务",
  "20601": "科学技术管理事务",
  "20801": "人力资源和社会保障管理事务",
  "20805": "行政事业单位养老支出",
  "20808": "抚恤",
  "20810": "社会福利",
  "21208": "国有土地使用权出让收入安排的支出",
  "21302": "林业和草原",
  "22102": "住房改革支出",
  "22403": "森林消防事务",
};

/** 经济分类 类 (tables.md §7.3). */
export const ECONOMIC_CLASSES: Readonly<Record<string, string>> = {
  "301": "工资福利支出",
  "302": "商品和服务支出",
  "303": "对个人和家庭的补助",
  "310": "资本性支出",
};

/** 经济分类 款 used by the sample (tables.md §7.3, verbatim). */
export const ECONOMIC_ITEMS: Readonly<Record<string, string>> = {
  "30101": "基本工资",
  "30102": "津贴补贴",
  "30103": "奖金",
  "30107": "绩效工资",
  "30108": "机关事业单位基本养老保险缴费",
  "30110": "职工基本医疗保险缴费",
  "30111": "公务员医疗补助缴费",
  "30112": "其他社会保障缴费",
  "30113": "住房公积金",
  "30199": "其他工资福利支出",
  "30201": "办公费",
  "30202": "印刷费",
  "30205": "水费",
  "30206": "电费",
  "30207": "邮电费",
  "30209": "物业管理费",
  "30211": "差旅费",
  "30213": "维修（护）费",
  "30214": "租赁费",
  "30215": "会议费",
  "30216": "培训费",
  "30217": "公务接待费",
  "30226": "劳务费",
  "30227": "委托业务费",
  "30228": "工会经费",
  "30229": "福利费",
  "30231": "公务用车运行维护费",
  "30239": "其他交通费用",
  "30299": "其他商品和服务支出",
  "30301": "离休费",
  "30305": "生活补助",
  // The example names its 303 medical item 退休人员医疗费补助 (narrative.md §5 六), not the
  // codebook's 医疗费补助: the sample keeps the unit's own name so that readers take names from cells.
  "30307": "退休人员医疗费补助",
  "30399": "其他对个人和家庭的补助",
  "31002": "办公设备购置",
  "31007": "信息网络及软件购置更新",
};
