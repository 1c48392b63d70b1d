/**
 * 图1–图7 as PNG pictures for the Word export, drawn on a canvas from the same geometry as the
 * pane's SVG previews (chart-geometry.ts): columns with value labels, or a pie with a legend of
 * amounts and shares. Twice the nominal size, so the picture stays sharp when printed.
 */
import type { ChartPicture } from "../../adapters/docx/narrative-docx";
import type { ChartSpec } from "../../core/charts";
import { columnLayout, formatValue, pieSlices } from "./chart-geometry";

const SCALE = 2;
const WIDTH = 560;
const FONT_FAMILY = `"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif`;
const TEXT = "#242424";
const MUTED = "#424242";

function canvasOf(width: number, height: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } | null {
  if (typeof document === "undefined") return null;
  const canvas = document.createElement("canvas");
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  return { canvas, ctx };
}

function drawColumns(spec: ChartSpec) {
  const layout = columnLayout(spec.points, WIDTH, 300);
  const c = canvasOf(layout.width, layout.height);
  if (!c) return null;
  const { ctx } = c;
  ctx.strokeStyle = "#bdbdbd";
  ctx.beginPath();
  ctx.moveTo(0, layout.baseline + 0.5);
  ctx.lineTo(layout.width, layout.baseline + 0.5);
  ctx.stroke();
  ctx.textAlign = "center";
  for (const b of layout.bars) {
    ctx.fillStyle = b.color;
    ctx.fillRect(b.x, b.y, b.width, Math.max(b.height, 0.5));
    ctx.fillStyle = TEXT;
    ctx.font = `12px ${FONT_FAMILY}`;
    ctx.fillText(b.label, b.x + b.width / 2, b.y - 4);
    ctx.fillStyle = MUTED;
    ctx.font = `11px ${FONT_FAMILY}`;
    b.categoryLines.forEach((line, i) => ctx.fillText(line, b.x + b.width / 2, layout.categoryTop + i * layout.lineHeight));
  }
  return c;
}

function drawPie(spec: ChartSpec) {
  const radius = 110;
  const slices = pieSlices(spec.points, radius, radius + 10, radius + 10);
  const rowHeight = 22;
  const height = Math.max(2 * radius + 20, slices.length * rowHeight + 20);
  const c = canvasOf(WIDTH, height);
  if (!c || slices.length === 0) return null;
  const { ctx } = c;
  for (const s of slices) {
    ctx.fillStyle = s.color;
    ctx.strokeStyle = "#ffffff";
    const path = new Path2D(s.path);
    ctx.fill(path);
    ctx.stroke(path);
  }
  const left = 2 * radius + 40;
  const top = (height - slices.length * rowHeight) / 2;
  ctx.font = `13px ${FONT_FAMILY}`;
  ctx.textBaseline = "middle";
  slices.forEach((s, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    ctx.fillStyle = s.color;
    ctx.fillRect(left, y - 6, 12, 12);
    ctx.fillStyle = TEXT;
    ctx.fillText(`${s.category} ${formatValue(s.value)}万元（${s.percent}%）`, left + 18, y, WIDTH - left - 20);
  });
  return c;
}

function toPng(canvas: HTMLCanvasElement): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    canvas.toBlob((blob) => {
      if (!blob) resolve(null);
      else void blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), () => resolve(null));
    }, "image/png");
  });
}

/** The ChartDrawer of the browser: null where there is no canvas or nothing to draw. */
export async function drawChartPng(spec: ChartSpec): Promise<ChartPicture | null> {
  if (spec.unavailable !== null || spec.points.length === 0) return null;
  const drawn = spec.type === "pie" ? drawPie(spec) : drawColumns(spec);
  if (!drawn) return null;
  const png = await toPng(drawn.canvas);
  return png ? { png, width: drawn.canvas.width / SCALE, height: drawn.canvas.height / SCALE } : null;
}
