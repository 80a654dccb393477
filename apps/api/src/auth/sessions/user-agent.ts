import Bowser from 'bowser';

export interface DeviceSummary {
  /** e.g. "Chrome 126"; null when the browser could not be told. */
  browser: string | null;
  /** e.g. "macOS", "iOS 17.5"; null when unknown. */
  os: string | null;
  deviceType: 'DESKTOP' | 'MOBILE' | 'TABLET' | 'UNKNOWN';
}

/** A short, human summary of a User-Agent header, for "Your sessions". Never throws. */
export function summarizeUserAgent(userAgent: string | null | undefined): DeviceSummary {
  if (!userAgent?.trim()) return { browser: null, os: null, deviceType: 'UNKNOWN' };
  try {
    const parsed = Bowser.parse(userAgent);
    const major = parsed.browser.version?.split('.')[0];
    const browser = parsed.browser.name
      ? [parsed.browser.name, major].filter(Boolean).join(' ')
      : null;
    const os = parsed.os.name
      ? [parsed.os.name, osVersion(parsed.os)].filter(Boolean).join(' ')
      : null;
    const type = parsed.platform.type;
    const deviceType =
      type === 'desktop'
        ? 'DESKTOP'
        : type === 'mobile'
          ? 'MOBILE'
          : type === 'tablet'
            ? 'TABLET'
            : 'UNKNOWN';
    return { browser, os, deviceType };
  } catch {
    return { browser: null, os: null, deviceType: 'UNKNOWN' };
  }
}

/** "Windows 10" rather than "Windows NT 10.0"; macOS reports a frozen 10.15.7, so none. */
function osVersion(os: { name?: string; version?: string; versionName?: string }): string {
  if (os.name === 'macOS') return '';
  if (os.name === 'Windows') return os.versionName ?? '';
  return os.version ?? '';
}
