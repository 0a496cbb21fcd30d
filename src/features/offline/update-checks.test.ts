import { watchForUpdates } from './update-checks';

function fakeRegistration() {
  return { installing: null, update: vi.fn(() => Promise.resolve()) };
}

describe('watchForUpdates', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('looks for a new version every hour', () => {
    const registration = fakeRegistration();
    const stop = watchForUpdates(registration);
    vi.advanceTimersByTime(59 * 60 * 1000);
    expect(registration.update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60 * 1000);
    expect(registration.update).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(registration.update).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(registration.update).toHaveBeenCalledTimes(2);
  });

  it('looks when the reader comes back to the tab, at most twice a minute', () => {
    const registration = fakeRegistration();
    const stop = watchForUpdates(registration, { now: () => Date.now() });
    window.dispatchEvent(new Event('focus'));
    expect(registration.update).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('focus'));
    expect(registration.update).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(31 * 1000);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledTimes(2);
    stop();
  });

  it('does not look while offline, or while a new worker is already installing', () => {
    const registration = fakeRegistration();
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const stop = watchForUpdates(registration);
    window.dispatchEvent(new Event('focus'));
    expect(registration.update).not.toHaveBeenCalled();
    stop();

    online.mockReturnValue(true);
    const installing = { installing: {} as ServiceWorker, update: vi.fn(() => Promise.resolve()) };
    const stopInstalling = watchForUpdates(installing);
    window.dispatchEvent(new Event('focus'));
    expect(installing.update).not.toHaveBeenCalled();
    stopInstalling();
  });

  it('survives a failed check', async () => {
    const registration = {
      installing: null,
      update: vi.fn(() => Promise.reject(new Error('down'))),
    };
    const stop = watchForUpdates(registration);
    window.dispatchEvent(new Event('focus'));
    await vi.runAllTicks();
    expect(registration.update).toHaveBeenCalledTimes(1);
    stop();
  });
});
