/**
 * Hands bytes to the browser as a download (the user's browser asks where to save, or puts it in
 * 下载). Works from file:// too, which the offline page needs: a blob: URL never leaves the machine.
 */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function saveFile(name: string, bytes: Uint8Array, mime: string): void {
  const blob = new Blob([bytes.slice()], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "决算2024.xlsx" → "决算2024": the exported files are named after the workbook. */
export function baseName(fileName: string | null): string {
  const base = (fileName ?? "").replace(/\.xlsx$/i, "").trim();
  return base || "决算公开";
}
