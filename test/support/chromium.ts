// Headless Chromium for the browser checks: Debian's `chromium` (or CHROMIUM_PATH) driven by
// playwright-core, which ships no browser of its own.
import * as fs from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { whichCommand } from "../../scripts/jupyter";

/**
 * Flags that work on the project's machines: headless and sandbox-free (CI runs as root), and
 * none of Chromium's background connections, which a closed network refuses.
 */
const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** What to install when no Chromium is found. */
export const CHROMIUM_INSTALL_HELP =
  "Chromium was not found. Install it with: sudo apt-get install -y chromium (Debian/Ubuntu), " +
  "or point CHROMIUM_PATH at a Chromium or Chrome executable.";

/** The Chromium executable: CHROMIUM_PATH, /usr/bin/chromium, or chromium/chromium-browser/google-chrome on PATH. */
export function chromiumPath(): string | undefined {
  const override = process.env.CHROMIUM_PATH;
  if (override !== undefined && override !== "") return override;
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
    const found = whichCommand(name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Launches headless Chromium, or throws {@link CHROMIUM_INSTALL_HELP}. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (executablePath === undefined || !fs.existsSync(executablePath)) {
    throw new Error(
      executablePath === undefined
        ? CHROMIUM_INSTALL_HELP
        : `${executablePath} does not exist. ${CHROMIUM_INSTALL_HELP}`,
    );
  }
  return chromium.launch({ executablePath, headless: true, args: flags, timeout: 60_000 });
}

/** What went wrong on a page: console errors, uncaught exceptions, requests that left the machine. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** http(s) URLs the page asked for; they are blocked (the pages must work offline). */
  readonly networkRequests: string[];
}

/**
 * Opens a new page that records its problems and blocks every request that would leave the
 * machine, as if offline.
 */
export async function openWatchedPage(
  browser: Browser,
  viewport = { width: 1100, height: 800 },
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport });
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], networkRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") {
      const where = message.location().url;
      problems.consoleErrors.push(`${message.text()}${where ? ` (${where})` : ""}`);
    }
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.stack ?? error.message));
  await page.route(/^https?:/, async (route) => {
    problems.networkRequests.push(route.request().url());
    await route.abort("internetdisconnected");
  });
  return { page, problems };
}
