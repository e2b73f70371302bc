/** The window runs on macOS: keys are written with ⌘ instead of Ctrl. */
export function isMacPlatform(): boolean {
  return navigator.platform.startsWith('Mac');
}
