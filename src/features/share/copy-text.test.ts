import { copyText } from './copy-text';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

function stubExecCommand(impl: (command: string) => boolean) {
  const execCommand = vi.fn(impl);
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return execCommand;
}

afterEach(() => {
  // Both are own properties added by the stubs above; removing them restores jsdom's defaults.
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
});

describe('copyText', () => {
  it('uses the Clipboard API when it is there', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    const execCommand = stubExecCommand(() => true);

    await expect(copyText('https://odessa.example/article/a-1')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://odessa.example/article/a-1');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('falls back to a hidden textarea when the Clipboard API refuses', async () => {
    stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    let copiedValue: string | undefined;
    const execCommand = stubExecCommand(() => {
      const field = document.activeElement;
      copiedValue =
        field instanceof HTMLTextAreaElement
          ? field.value.slice(field.selectionStart, field.selectionEnd)
          : undefined;
      return true;
    });
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Selected before copying';
    const button = document.createElement('button');
    document.body.append(paragraph, button);
    button.focus();
    const selected = document.createRange();
    selected.selectNodeContents(paragraph.firstChild!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(selected);
    expect(document.getSelection()!.toString()).toBe('Selected before copying');

    await expect(copyText('https://odessa.example/article/a-1')).resolves.toBe(true);

    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copiedValue).toBe('https://odessa.example/article/a-1');
    expect(document.querySelector('textarea')).toBeNull();
    expect(button).toHaveFocus();
    expect(document.getSelection()!.toString()).toBe('Selected before copying');
    paragraph.remove();
    button.remove();
  });

  it('falls back when there is no Clipboard API at all', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const execCommand = stubExecCommand(() => true);

    await expect(copyText('x')).resolves.toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
  });

  it('reports failure when neither way works', async () => {
    stubClipboard(() => Promise.reject(new Error('no')));
    stubExecCommand(() => false);
    await expect(copyText('x')).resolves.toBe(false);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('reports failure when execCommand throws or is missing', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await expect(copyText('x')).resolves.toBe(false);
    stubExecCommand(() => {
      throw new Error('SecurityError');
    });
    await expect(copyText('x')).resolves.toBe(false);
    expect(document.querySelector('textarea')).toBeNull();
  });
});
