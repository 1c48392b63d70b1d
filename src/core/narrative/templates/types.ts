import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import type { NarrativeContext } from "../context";
import type { NarrativeOptions, TemplateId } from "../options";
import type { Paragraph } from "../types";

export type SectionWriter = (workbook: Workbook, inputs: Inputs, options?: NarrativeOptions) => Paragraph[];

/**
 * One province's 情况说明 template as data: its part heading, its sections in order and the
 * option defaults its published texts follow. A new province is a new file of this shape.
 */
export interface NarrativeTemplate {
  readonly id: TemplateId;
  /** Shown in the CLI and the pane ("四川（14/13张表）"). */
  readonly name: string;
  /** Defaults under the caller's options (the caller's explicit values win). */
  readonly defaults: NarrativeOptions;
  readonly partHeading: (ctx: NarrativeContext) => Paragraph;
  readonly sections: readonly { readonly number: string; readonly write: SectionWriter }[];
}
