import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  name: { wordBreak: "break-all" },
  hint: { color: tokens.colorNeutralForeground3 },
  input: { display: "none" },
});

interface Props {
  readonly fileName: string | null;
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
  /** Null on the offline page: there is no server to fetch the sample from. */
  readonly onSample: (() => void) | null;
}

/** Outside Excel: choose the workbook to look at. It is read in this page; nothing is uploaded. */
export function FileBar({ fileName, busy, onFile, onSample }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root} data-testid="file-bar">
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
          打开 .xlsx 文件
        </Button>
        {onSample && (
          <Button disabled={busy} onClick={onSample}>
            打开样例
          </Button>
        )}
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          aria-label="选择 .xlsx 文件"
          data-testid="file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) fires a change.
            e.currentTarget.value = "";
            if (file) onFile(file);
          }}
        />
      </div>
      {fileName ? (
        <Text size={200} className={styles.name} data-testid="file-name">{`当前文件：${fileName}`}</Text>
      ) : (
        <Caption1 className={styles.hint}>未在 Excel 中运行：可以打开一个 .xlsx 文件查看校验结果、情况说明和图表。文件只在本机读取，不会上传。</Caption1>
      )}
    </div>
  );
}
