// Optional, for the page that embeds …/embed/?component=…: sets each Inné iframe's height to
// its content's, from the messages the embed page sends. Load it once per page:
//   <script src="https://…/embed/resizer.js" defer></script>
// A message is trusted only from the window of one of the page's iframes that shows an Inné
// embed page (…/embed/ or …/embed/index.html), and only when it comes from that iframe's own
// origin: another frame of the page (a video, a map, an ad) cannot resize itself through this
// script. Without this script, the iframe keeps its fixed height.
(() => {
  const MIN = 80;
  const MAX = 20000;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'inne-embed-height' || typeof data.height !== 'number') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      let url;
      try {
        url = new URL(frame.src, location.href);
      } catch {
        return;
      }
      if (event.origin !== url.origin || !/\/embed\/(index\.html)?$/.test(url.pathname)) return;
      const height = Math.min(MAX, Math.max(MIN, Math.ceil(data.height)));
      frame.style.height = `${height}px`;
      frame.setAttribute('height', String(height));
      return;
    }
  });
})();
