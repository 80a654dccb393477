/**
 * A spreadsheet would run a cell starting with = + - @ (or a tab/CR) as a formula; names,
 * titles and labels are typed by people, so such text gets a leading apostrophe (OWASP
 * "CSV injection"). Shared by every CSV download (the dashboard, the activity log).
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
