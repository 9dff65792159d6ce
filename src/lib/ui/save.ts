/** Saves a file the atlas made (a picture, a video) under `name`, as the browser's download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy by then; a minute is ample for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
