import { summarizeUserAgent } from './user-agent';

describe('summarizeUserAgent', () => {
  it('names browser, major version and system of a desktop Chrome', () => {
    expect(
      summarizeUserAgent(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      ),
    ).toEqual({ browser: 'Chrome 126', os: 'macOS', deviceType: 'DESKTOP' });
  });

  it('recognises Safari on an iPhone as mobile', () => {
    expect(
      summarizeUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toEqual({ browser: 'Safari 17', os: 'iOS 17.5', deviceType: 'MOBILE' });
  });

  it('names Windows by its marketing version', () => {
    expect(
      summarizeUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
      ),
    ).toEqual({ browser: 'Firefox 128', os: 'Windows 10', deviceType: 'DESKTOP' });
  });

  it('says nothing rather than guessing for an unknown or missing header', () => {
    expect(summarizeUserAgent('node-superagent/3.8.3')).toEqual({
      browser: null,
      os: null,
      deviceType: 'UNKNOWN',
    });
    expect(summarizeUserAgent('')).toEqual({ browser: null, os: null, deviceType: 'UNKNOWN' });
    expect(summarizeUserAgent(null)).toEqual({ browser: null, os: null, deviceType: 'UNKNOWN' });
  });
});
