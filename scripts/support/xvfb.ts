/**
 * A virtual X display (Debian's `xvfb`) for the demo's toolbar shots: headless Chromium draws no toolbar, so the
 * screenshots that show OnRecord's icon need a headful browser, and a machine without a screen needs Xvfb for it.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';

/** A running virtual display: its DISPLAY value and a way to stop it. */
export interface VirtualDisplay {
  display: string;
  stop: () => Promise<void>;
}

/** Whether an executable is on the PATH (`command -v`), so a missing tool can be named before anything starts. */
export function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Stops the server and waits for it to exit, so the next Xvfb can reuse its display number. */
function stopper(server: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
}

/**
 * Starts Xvfb on the first free display number (`-displayfd` lets the server choose and tell it back, so two
 * demos or an engineer's own Xvfb never collide) with one screen of `width`×`height`.
 */
export function startXvfb(width: number, height: number): Promise<VirtualDisplay> {
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => {
      server.kill('SIGTERM');
      reject(new Error('Xvfb did not report a display within 10 s'));
    }, 10_000);
    server.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    server.stdio[3]?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const number = said.match(/^(\d+)\n/)?.[1];
      if (number === undefined) return;
      clearTimeout(timer);
      resolve({ display: `:${number}`, stop: stopper(server) });
    });
  });
}

/** Writes a PNG of the whole virtual screen (ImageMagick's `import`, from Debian's `imagemagick`). */
export function captureScreen(display: string, path: string): void {
  execFileSync('import', ['-display', display, '-window', 'root', path], { stdio: ['ignore', 'ignore', 'inherit'] });
}
