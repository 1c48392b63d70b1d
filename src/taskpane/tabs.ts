/** The task pane's tabs, in order. Labels and blurbs live here, not in the components. */
export const TABS = [
  {
    id: "check",
    label: "校验",
    title: "附表校验",
    description: "检查 14 张附表的表内平衡和表间勾稽关系，列出不一致和尾差，点击即可定位到单元格。",
  },
  {
    id: "narrative",
    label: "情况说明",
    title: "情况说明",
    description: "根据附表数据和补充信息生成部门决算情况说明文字，金额、增减额和增减率自动计算。",
  },
  {
    id: "charts",
    label: "图表",
    title: "图表",
    description: "为收支总体情况、支出结构等生成图表，插入到工作簿中。",
  },
] as const;

export type TabId = (typeof TABS)[number]["id"];
export type TabInfo = (typeof TABS)[number];

export function isTabId(value: unknown): value is TabId {
  return TABS.some((t) => t.id === value);
}
