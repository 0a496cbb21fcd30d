import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DevPanel, PANEL_OPEN_KEY } from './dev-panel.tsx';
import { scenarioNames, scenarios } from './scenarios.ts';

function setup(current: (typeof scenarioNames)[number] = 'slow') {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  const { unmount } = render(
    <DevPanel current={current} onSelect={onSelect} storage={window.sessionStorage} />,
  );
  const panel = screen.getByRole('region', { name: 'Mock scenario' });
  const toggle = within(panel).getByRole('button', { name: /^Mock scenario: / });
  return { user, onSelect, panel, toggle, unmount };
}

describe('DevPanel', () => {
  afterEach(() => window.sessionStorage.clear());

  it('starts collapsed, naming the current scenario', () => {
    const { toggle, panel } = setup('flaky');
    expect(toggle).toHaveAccessibleName('Mock scenario: Flaky');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(panel).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('opens to list every scenario, marks the current one and describes each', async () => {
    const { user, toggle, panel } = setup('huge');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = within(panel).getByRole('list');
    expect(toggle).toHaveAttribute('aria-controls', list.id);
    const names = within(list)
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-labelledby'))
      .map((labelId) => document.getElementById(labelId ?? '')?.textContent);
    expect(names).toEqual(scenarioNames.map((name) => scenarios[name].label));
    const current = within(list).getByRole('button', { name: 'Huge' });
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(current).toHaveAccessibleDescription(scenarios.huge.description);
    expect(within(list).getByRole('button', { name: 'Normal' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('switches scenario from the keyboard', async () => {
    const { user, onSelect, toggle } = setup('normal');
    toggle.focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Normal' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Flaky' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('flaky');
  });

  it('collapses with Escape and gives focus back to its button', async () => {
    const { user, toggle } = setup();
    await user.click(toggle);
    screen.getByRole('button', { name: 'Empty feed' }).focus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('remembers for the tab whether it was left open', async () => {
    const first = setup();
    await first.user.click(first.toggle);
    expect(window.sessionStorage.getItem(PANEL_OPEN_KEY)).toBe('true');
    first.unmount();
    const second = setup();
    expect(second.toggle).toHaveAttribute('aria-expanded', 'true');
  });
});
