import type { Command } from "commander";
import { registerCheck } from "./check";
import { registerSample } from "./sample";
import { registerTables } from "./tables";

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command): void {
  registerSample(program);
  registerTables(program);
  registerCheck(program);
}
