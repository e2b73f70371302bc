import { describe, expect, it } from 'vitest';
import { hardenedWebPreferences } from '../../../main/security/window-options';

describe('window webPreferences', () => {
  const preferences = hardenedWebPreferences('/app/out/preload/preload.cjs');

  it('isolates and sandboxes the renderer with no Node anywhere', () => {
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and experimental or embedding features off', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.webviewTag).toBe(false);
  });

  it('turns off what would reach the network or leave the app', () => {
    expect(preferences.spellcheck).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
  });

  it('loads only the given preload and sets nothing else', () => {
    expect(preferences.preload).toBe('/app/out/preload/preload.cjs');
    // A new key (enableBlinkFeatures, additionalArguments, …) must be a deliberate change to this test.
    expect(Object.keys(preferences).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});
