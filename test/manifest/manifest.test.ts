import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  ADDIN_HOST,
  checkManifest,
  defaultXsdDir,
  MANIFEST_XSD,
  readElements,
  readPngSize,
  validateManifest,
  validateSchema,
} from "../../scripts/manifest-checks";

const root = resolve(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const assetsDir = join(root, "assets");
const xsdDir = defaultXsdDir(root);
const xsdAvailable = existsSync(join(xsdDir, MANIFEST_XSD));

/** Applies string replacements and fails loudly when one no longer matches the manifest. */
function mutate(xml: string, edits: readonly [string, string][]): string {
  return edits.reduce((acc, [from, to]) => {
    if (!acc.includes(from)) throw new Error(`test edit no longer matches manifest.xml: ${from}`);
    return acc.replace(from, to);
  }, xml);
}

// The XSD folder is data kept beside the repository. CI always has it, so there the schema tests
// always run (and fail if it is missing); on a developer machine without ../shared only the
// project's own checks run, and the test names say so rather than passing silently.
const describeSchema = xsdAvailable || process.env.CI ? describe : describe.skip;

describeSchema(`XSD validation against ${xsdDir}`, () => {
  it("manifest.xml is valid against OfficeAppManifestV1_1.xsd with every .xsd of the folder loaded", async () => {
    const result = await validateSchema(manifest, xsdDir);
    expect(result.ran).toBe(true);
    if (!result.ran) return;
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.schemaFiles).toEqual(expect.arrayContaining([MANIFEST_XSD, "TaskPaneAppVersionOverridesV1_0.xsd", "OfficeAppBasicTypesV1_0.xsd"]));
  });

  it("a schema-breaking copy reports the broken elements with line numbers", async () => {
    const broken = mutate(manifest, [
      ["<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"],
      ["<Version>0.1.0.0</Version>", "<Version>one</Version>"],
    ]);
    const result = await validateSchema(broken, xsdDir);
    expect(result.ran && result.valid).toBe(false);
    if (!result.ran) return;
    expect(result.issues.map((i) => i.message).join("\n")).toMatch(/Permissions[\s\S]*Version|Version[\s\S]*Permissions/);
    expect(result.issues.every((i) => typeof i.line === "number")).toBe(true);
  });
});

describe("XSD validation when the schema folder is absent", () => {
  it("is reported as not run, with the reason, instead of passing", async () => {
    const result = await validateSchema(manifest, join(root, "no-such-xsd-folder"));
    expect(result).toEqual({ ran: false, reason: expect.stringContaining(MANIFEST_XSD) });
    const report = await validateManifest(manifest, { xsdDir: join(root, "no-such-xsd-folder"), assetsDir });
    expect(report.schema.ran).toBe(false);
    expect(report.ok).toBe(true);
  });
});

describe("project checks (run with or without the XSD folder)", () => {
  it("manifest.xml passes: resids resolve, URLs on the configured host, icons at their sizes", () => {
    const { issues, counted } = checkManifest(manifest, { host: ADDIN_HOST, assetsDir });
    expect(issues).toEqual([]);
    // The counts prove the checks looked at something: the ribbon has 3 icon sizes × 2 (group and
    // button) plus IconUrl and HighResolutionIconUrl.
    expect(counted.resids).toBeGreaterThanOrEqual(10);
    expect(counted.urls).toBeGreaterThanOrEqual(8);
    expect(counted.icons).toBe(8);
  });

  it("declares the add-in as the brief requires", () => {
    const els = readElements(manifest);
    const text = (local: string): string | undefined => els.find((e) => e.local === local)?.text.trim();
    const attr = (local: string, name: string): string | undefined => els.find((e) => e.local === local)?.attrs.get(name);
    expect(attr("DisplayName", "DefaultValue")).toBe("决算公开助手");
    expect(text("DefaultLocale")).toBe("zh-CN");
    expect(text("Permissions")).toBe("ReadWriteDocument");
    expect(attr("Host", "Name")).toBe("Workbook");
    expect(attr("Set", "Name")).toBe("ExcelApi");
    expect(attr("OfficeTab", "id")).toBe("TabHome");
    expect(els.find((e) => e.local === "Action")?.attrs.get("xsi:type")).toBe("ShowTaskpane");
    expect(text("TaskpaneId")).toBeTruthy();
    const strings = new Map(els.filter((e) => e.name === "bt:String").map((e) => [e.attrs.get("id"), e.attrs.get("DefaultValue")]));
    expect(strings.get("Group.Label")).toBe("决算公开助手");
    expect(strings.get("OpenPane.Label")).toBe("打开助手");
    expect(attr("SourceLocation", "DefaultValue")).toBe(`${ADDIN_HOST}/taskpane.html`);
  });

  it("a deliberately broken copy reports every kind of error", () => {
    const broken = mutate(manifest, [
      // resid pointing nowhere
      ['<Label resid="OpenPane.Label"/>', '<Label resid="OpenPane.Missing"/>'],
      // resid pointing at the wrong kind of resource (a URL used as a label)
      ['<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'],
      // a second host
      ['<SupportUrl DefaultValue="https://localhost:3000/help.html"/>', '<SupportUrl DefaultValue="https://example.com/help.html"/>'],
      // 16 px slot pointing at the 32 px file
      ['DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="https://localhost:3000/assets/icon-32.png"'],
      // icon that does not exist
      ['DefaultValue="https://localhost:3000/assets/icon-80.png"', 'DefaultValue="https://localhost:3000/assets/icon-81.png"'],
    ]);
    const { issues } = checkManifest(broken, { host: ADDIN_HOST, assetsDir });
    const errors = issues.filter((i) => i.severity === "error");
    const byCheck = (check: string): string[] => errors.filter((i) => i.check === check).map((i) => i.message);
    expect(byCheck("resid")).toEqual(
      expect.arrayContaining([expect.stringContaining("OpenPane.Missing"), expect.stringContaining("应引用 bt:ShortStrings")]),
    );
    expect(byCheck("url")).toEqual([expect.stringContaining("https://example.com/help.html")]);
    expect(byCheck("icon")).toEqual(
      expect.arrayContaining([expect.stringMatching(/声明 16×16.*实际为 32×32/), expect.stringContaining("icon-81.png")]),
    );
    expect(errors.every((i) => typeof i.line === "number")).toBe(true);
  });

  it("the combined report is not ok for the broken copy", async () => {
    const broken = mutate(manifest, [['<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>', ""]]);
    const report = await validateManifest(broken, { xsdDir, assetsDir });
    expect(report.ok).toBe(false);
    expect(report.own.issues.some((i) => i.check === "resid" && i.message.includes("Taskpane.Url"))).toBe(true);
  });
});

describe("readPngSize", () => {
  it("reads IHDR of every committed icon", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(readPngSize(readFileSync(join(assetsDir, `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });

  it("returns null for something that is not a PNG", () => {
    expect(readPngSize(Buffer.from("GIF89a not a png at all, padding padding"))).toBeNull();
  });
});
