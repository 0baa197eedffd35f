// Debian's Chromium, launched the one way every script here uses (never a downloaded browser).
import { chromium } from "playwright-core";

// CHROMIUM overrides the path, as in tools/install.sh and the Makefile.
export const CHROMIUM_PATH = process.env.CHROMIUM || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A persistent profile: needed where Chromium refuses incognito (installability). */
export function launchPersistent(profileDir) {
  return chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
