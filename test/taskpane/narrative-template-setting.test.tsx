/**
 * The 情况说明 tab's template setting: kept with the document like the other options, "auto"
 * follows the workbook's family, a choice overrides it, and the panel shows that template's sections.
 */
import { analyze } from "../../src/core/analyze";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/taskpane/host/settings-store";
import { chosenTemplate, narrativeOptionsOf } from "../../src/taskpane/narrative-settings";
import { NarrativePanel } from "../../src/taskpane/NarrativePanel";
import { realSheets } from "../narrative/shanghai/real-workbook";
import { render, session, EXCEL, noop } from "../helpers/pane-render";


test("the setting is read back from the document and anything unknown falls back to auto", () => {
  expect(DEFAULT_SETTINGS.narrativeTemplate).toBe("auto");
  expect(parseSettings('{"narrativeTemplate":"shanghai"}').narrativeTemplate).toBe("shanghai");
  expect(parseSettings('{"narrativeTemplate":"beijing"}').narrativeTemplate).toBe("auto");
  expect(chosenTemplate(DEFAULT_SETTINGS)).toBeUndefined();
  expect(narrativeOptionsOf({ ...DEFAULT_SETTINGS, narrativeTemplate: "sichuan" })).toEqual({ template: "sichuan", listZeroCategories: false });
  // Unticked 保留末尾的0 leaves the template's own default in place.
  expect(narrativeOptionsOf(DEFAULT_SETTINGS)).not.toHaveProperty("keepTrailingZeros");
});

test("auto shows the Shanghai sections for the 9-table workbook; choosing sichuan shows the Sichuan ones", async () => {
  const analysis = analyze(await realSheets());
  const auto = render(<NarrativePanel session={session(analysis)} actions={EXCEL} settings={DEFAULT_SETTINGS} onSettings={noop} canRun needsFile={false} />);
  expect(auto).toContain("按表式自动选择（本工作簿：上海");
  expect(auto).toContain('data-section="十一"');
  expect(auto.match(/复制本节/g)?.length).toBe(11);
  expect(auto).not.toContain('data-section="第三部分"');
  const sichuan = render(
    <NarrativePanel session={session(analysis)} actions={EXCEL} settings={{ ...DEFAULT_SETTINGS, narrativeTemplate: "sichuan" }} onSettings={noop} canRun needsFile={false} />,
  );
  expect(sichuan.match(/复制本节/g)?.length).toBe(10);
  expect(sichuan).not.toContain('data-section="十一"');
}, 60_000);
