/**
 * Whether this is dist/offline.html, the single file opened from disk (file://): no server
 * beside it, so nothing may be fetched — no sample workbook, no icon file. Its template marks
 * the page with <html data-page="offline">.
 */
export function isOfflinePage(): boolean {
  return typeof document !== "undefined" && document.documentElement.dataset.page === "offline";
}
