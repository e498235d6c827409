/** Types for build-web.mjs, which the build runs as plain JavaScript and the bench imports. */
export const WEB_DIR: string
export function buildWeb(root: string): Promise<void>
export function folderSize(dir: string): { files: Array<{ path: string; bytes: number; gzipped: number }>; bytes: number; gzipped: number }
