import { act, render, screen } from '@testing-library/react';
import { OfflineNote } from './offline-note';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

describe('OfflineNote', () => {
  it('says nothing while online', () => {
    render(<OfflineNote />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says the reader is offline only while the browser is offline', () => {
    render(<OfflineNote />);
    goOffline(true);
    expect(screen.getByRole('status')).toHaveTextContent(
      'You are offline. Showing articles saved on this device.',
    );
    goOffline(false);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says so from the first paint when the page opens offline', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<OfflineNote />);
    expect(screen.getByRole('status')).toHaveTextContent(/offline/);
  });
});
