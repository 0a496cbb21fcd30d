import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { UpdatePrompt } from './update-prompt';
import { UpdatePromptWhenIdle } from './update-prompt-when-idle';

const pwa = vi.hoisted(() => ({
  needRefresh: false,
  setNeedRefresh: vi.fn(),
  updateServiceWorker: vi.fn(() => Promise.resolve()),
  options: undefined as RegisterSWOptions | undefined,
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: RegisterSWOptions) => {
    pwa.options = options;
    return {
      needRefresh: [pwa.needRefresh, pwa.setNeedRefresh],
      offlineReady: [false, vi.fn()],
      updateServiceWorker: pwa.updateServiceWorker,
    };
  },
}));

describe('UpdatePrompt', () => {
  beforeEach(() => {
    pwa.needRefresh = false;
  });

  it('stays out of sight while no new version waits', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByText('A new version is available')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  });

  it('offers the new version; "Reload" tells the waiting worker to take over', async () => {
    pwa.needRefresh = true;
    render(<UpdatePrompt />);
    const prompt = screen.getByRole('region', { name: 'Update' });
    expect(prompt).toHaveTextContent('A new version is available');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(pwa.updateServiceWorker).toHaveBeenCalledWith(true);
    expect(screen.getByRole('button', { name: 'Reloading…' })).toBeDisabled();
  });

  it('"Later" puts the prompt away', async () => {
    pwa.needRefresh = true;
    render(<UpdatePrompt />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Later' }));
    expect(pwa.setNeedRefresh).toHaveBeenCalledWith(false);
  });

  it('starts the hourly and on-focus update checks once the worker is registered', () => {
    render(<UpdatePrompt />);
    const registration = { installing: null, update: vi.fn(() => Promise.resolve()) };
    pwa.options?.onRegisteredSW?.('/sw.js', registration as unknown as ServiceWorkerRegistration);
    window.dispatchEvent(new Event('focus'));
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  it('waits for the loaded page and a quiet moment before registering the worker', async () => {
    pwa.needRefresh = true;
    pwa.options = undefined;
    render(<UpdatePromptWhenIdle />);
    // Nothing on the first paint: the registration's code is not even loaded yet.
    expect(screen.queryByRole('region', { name: 'Update' })).not.toBeInTheDocument();
    expect(pwa.options).toBeUndefined();
    expect(await screen.findByRole('region', { name: 'Update' })).toBeInTheDocument();
    expect(pwa.options).toBeDefined();
  });
});
