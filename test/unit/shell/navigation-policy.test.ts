import { describe, expect, it } from 'vitest';
import {
  externalUrlToOpen,
  isActivatingInput,
  isAppUrl,
  isUserActivationFresh,
  USER_ACTIVATION_LIFETIME_MS,
} from '../../../main/security/navigation-policy';

describe('isAppUrl', () => {
  it.each(['app://workbench/index.html', 'app://workbench/', 'app://workbench/assets/main.js?x=1#top'])(
    'accepts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'https://example.com/',
    'http://workbench/index.html',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://workbench.evil.example/index.html',
    'app://workbench:8080/index.html',
    'app://user@workbench/index.html',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,hi',
    'blob:app://workbench/123',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('externalUrlToOpen', () => {
  it('opens http and https links the user activated, normalised by the URL parser', () => {
    expect(externalUrlToOpen('https://example.com/a b', true)).toBe('https://example.com/a%20b');
    expect(externalUrlToOpen('http://example.com', true)).toBe('http://example.com/');
  });

  it('opens nothing without a user activation', () => {
    expect(externalUrlToOpen('https://example.com/', false)).toBeNull();
  });

  it.each([
    'file:///etc/passwd',
    'smb://server/share',
    'mailto:someone@example.com',
    'javascript:alert(1)',
    'app://workbench/index.html',
    'ms-settings:',
    'https://user:secret@example.com/',
    '//example.com/',
    'not a url',
  ])('never hands %s to the system', (url) => {
    expect(externalUrlToOpen(url, true)).toBeNull();
  });
});

describe('user activation', () => {
  it('counts presses and taps, not moves or scrolls', () => {
    for (const type of ['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'gestureTap']) {
      expect(isActivatingInput(type)).toBe(true);
    }
    for (const type of ['mouseMove', 'mouseWheel', 'mouseEnter', 'gestureScrollUpdate', 'keyUp']) {
      expect(isActivatingInput(type)).toBe(false);
    }
  });

  it('lasts a short while after the input', () => {
    expect(isUserActivationFresh(undefined, 1000)).toBe(false);
    expect(isUserActivationFresh(1000, 1000)).toBe(true);
    expect(isUserActivationFresh(1000, 1000 + USER_ACTIVATION_LIFETIME_MS)).toBe(true);
    expect(isUserActivationFresh(1000, 1001 + USER_ACTIVATION_LIFETIME_MS)).toBe(false);
    // A clock that went backwards proves nothing about the user.
    expect(isUserActivationFresh(2000, 1000)).toBe(false);
  });
});
