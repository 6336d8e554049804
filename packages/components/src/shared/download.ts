/**
 * Offers a file made in the page (an .ics) for download: a Blob behind an object URL, clicked
 * through a temporary link inside the element's own shadow root. No `data:` URL and no inline
 * script, so it works under a strict CSP, and nothing is written outside the element. The URL
 * is made here, never taken from data: it does not go through `safeUrl`, which only lets
 * `https:` pass.
 */
export function downloadFile(
  root: ShadowRoot | HTMLElement,
  filename: string,
  text: string,
  type = 'text/calendar;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: revoke it later, not now.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
