/** The pane says how far a workbook read in several syncs has come (issue 10, item 2). */
import { FluentProvider, SSRProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { PhaseProgress } from "../../src/taskpane/PhaseProgress";
import { OfficeWorkbookHost } from "../../src/taskpane/host/office-workbook-host";
import { LocalSettingsStore } from "../../src/taskpane/host/settings-store";
import { buildSheet, installFakeExcel } from "../helpers/fake-excel";

const render = (share: number | null) =>
  renderToString(
    <SSRProvider>
      <FluentProvider theme={webLightTheme}>
        <PhaseProgress phase="reading" readShare={share} />
      </FluentProvider>
    </SSRProvider>,
  );

describe("reading progress", () => {
  it("shows the share read while reading, the plain step text otherwise", () => {
    expect(render(0.456)).toContain("已读取 45%");
    expect(render(null)).toContain("正在读取工作簿…");
    expect(render(null)).not.toContain("已读取");
  });

  it("OfficeWorkbookHost reports shares from 0 to 1 for a workbook read in several syncs", async () => {
    const rows = Array.from({ length: 30_000 }, (_, r) => [`第${r}行`, r, r * 2]);
    const fake = installFakeExcel([buildSheet("决算明细", rows)]);
    try {
      const shares: number[] = [];
      await new OfficeWorkbookHost(undefined, new LocalSettingsStore(null)).readSheets((s) => shares.push(s));
      expect(shares[0]).toBe(0);
      expect(shares.at(-1)).toBe(1);
      expect(shares.length).toBeGreaterThan(2);
    } finally {
      fake.uninstall();
    }
  });
});
