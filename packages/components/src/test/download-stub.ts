// Test helper: records the files an element offers for download, without downloading them.

export interface Download {
  name: string;
  href: string;
  blob: Blob;
  /** The link was inside the element's shadow root, not in the page. */
  inShadowRoot: boolean;
}

export interface DownloadStub {
  files: Download[];
  restore(): void;
}

/** Replaces `URL.createObjectURL` and link clicks until `restore()`. */
export function stubDownloads(): DownloadStub {
  const files: Download[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    last = blob as Blob;
    return create.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({
      name: this.download,
      href: this.href,
      blob: last!,
      inShadowRoot: this.getRootNode() instanceof ShadowRoot,
    });
  };
  return {
    files,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
