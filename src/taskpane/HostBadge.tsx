import { Badge, Tooltip } from "@fluentui/react-components";
import type { OfficeHostState } from "./office-host";

const LABELS: Record<OfficeHostState["status"], { text: string; hint: string; color: "success" | "warning" | "informative" }> = {
  connecting: { text: "正在连接 Excel…", hint: "正在等待 Office 初始化。", color: "informative" },
  excel: { text: "已连接 Excel", hint: "可以读取和写入当前工作簿。", color: "success" },
  "other-host": { text: "非 Excel 环境", hint: "决算公开助手只能在 Excel 中使用。", color: "warning" },
  browser: { text: "浏览器预览", hint: "未在 Excel 中运行：可以浏览界面，但不能读取工作簿。", color: "warning" },
};

export function HostBadge({ host }: { readonly host: OfficeHostState }) {
  const label = LABELS[host.status];
  return (
    <Tooltip content={label.hint} relationship="description">
      <Badge appearance="tint" color={label.color} shape="rounded" role="status">
        {label.text}
      </Badge>
    </Tooltip>
  );
}
