/** xl/sharedStrings.xml: the table that cells of type "s" index into. */
import { scanXml } from "../xml/scan-xml";
import { TextRunCollector } from "./text-runs";

export function parseSharedStrings(xml: string, part: string): string[] {
  const strings: string[] = [];
  const runs = new TextRunCollector();
  let inItem = false;
  scanXml(
    xml,
    {
      open(name, _attrs, selfClosing) {
        if (name === "si") {
          if (selfClosing) strings.push("");
          else inItem = true;
        } else if (inItem) {
          runs.open(name, selfClosing);
        }
      },
      close(name) {
        if (name === "si") {
          if (inItem) strings.push(runs.take());
          inItem = false;
        } else if (inItem) {
          runs.close(name);
        }
      },
      text(value) {
        if (inItem) runs.text(value);
      },
    },
    part,
  );
  return strings;
}
