/** A one-line progress bar on stderr, for several inputs; silent when stderr is not a terminal. */
export function progressBar(stderr: NodeJS.WritableStream & { isTTY?: boolean }, total: number) {
  const width = 24;
  return {
    update(done: number, label: string) {
      if (!stderr.isTTY || total < 2) return;
      const filled = Math.round((done / total) * width);
      stderr.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(-40).padEnd(40)}`,
      );
    },
    done() {
      if (stderr.isTTY && total >= 2) stderr.write('\n');
    },
  };
}
