import type { Command } from "commander";
import { registerCharts } from "./charts";
import { registerCheck } from "./check";
import { registerInputs } from "./inputs";
import { registerNarrative } from "./narrative";
import { registerSample } from "./sample";
import { registerTables } from "./tables";
import { registerVerifyText } from "./verify-text";

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command): void {
  registerSample(program);
  registerTables(program);
  registerCheck(program);
  registerNarrative(program);
  registerCharts(program);
  registerVerifyText(program);
  registerInputs(program);
}
